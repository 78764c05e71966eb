/**
 * Words from numbers: chart titles that state the finding and text summaries for screen readers
 * and for anyone who would rather read than look. Pure, so each sentence is tested.
 */
import {
	isPartial,
	MIN_LISTINGS,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLE_PLURAL,
	ROLES,
	type Role,
	type Verdict
} from '../domain';
import {
	cellAt,
	gapBetween,
	gapIn,
	isShown,
	payGap,
	type MedianWithCi,
	type PayCell
} from '../data/pay';
import { wilsonChange } from '../data/stats';
import type { AiShareRow, ListingRow } from '../data/schema';
import {
	formatCount,
	formatMoneyShort,
	formatMonth,
	formatIndependent,
	formatListings,
	formatPct,
	formatSignedPct,
	formatYear,
	inName,
	listNames
} from './format';

type Named = { id: string; name: string };

function describe(c: PayCell, currency: string): string {
	if (!isShown(c)) return `too few listings (${formatCount(c.listings)})`;
	const m = (v: number) => formatMoneyShort(v, currency);
	const effective = c.distinct < c.listings ? `, ${formatIndependent(c.nEff)}` : '';
	const low = c.confidence === 'low' ? ', low confidence' : '';
	return `${m(c.median)} (95% interval ${m(c.ciLow)}–${m(c.ciHigh)}, ${formatListings(c.listings)}${effective}${low})`;
}

// ---- dot-range charts: by region, by level --------------------------------------------------

type CellOf = (band: string, role: Role) => PayCell | undefined;

/**
 * "ML engineers out-earn AI engineers in 4 of the 5 regions with enough data for both; the gap is
 * unclear in the United Kingdom". Only a clear verdict (the gap's whole 95% interval on one side
 * of 0) counts towards "out-earn" (methodology v3); the unclear ones are said, by name while few.
 */
export function bandsTitle(
	bands: readonly Named[],
	cellOf: CellOf,
	noun: 'region' | 'level'
): string {
	const verdicts = bands.flatMap((b) => {
		const gap = payGap(cellOf(b.id, 'ml_engineer'), cellOf(b.id, 'ai_engineer'));
		return gap ? [{ name: noun === 'region' ? inName(b.name) : b.name, verdict: gap.verdict }] : [];
	});
	const n = verdicts.length;
	if (n === 0) {
		const alone = ROLES.filter((role) => bands.some((b) => isShown(cellOf(b.id, role))));
		return alone.length === 1
			? `Only ${ROLE_PLURAL[alone[0] as Role]} have enough listings to show by ${noun}`
			: `Too few listings to compare the two roles at any ${noun}`;
	}
	const named = (v: Verdict) => verdicts.filter((x) => x.verdict === v).map((x) => x.name);
	const [lower, higher, unclear] = [named('ai_lower'), named('ai_higher'), named('unclear')];
	const at = noun === 'region' ? 'in' : 'at';
	const which = (names: string[]) =>
		names.length <= 2 ? `${at} ${listNames(names)}` : `${at} ${names.length} ${noun}s`;
	if (lower.length === 0 && higher.length === 0)
		return n === 1
			? `The data cannot tell which role earns more ${which(unclear)}`
			: `The data cannot tell which role earns more ${at} any of the ${n} ${noun}s with enough data for both`;
	const mlLeads = lower.length >= higher.length;
	const [leader, other] = mlLeads
		? (['ml_engineer', 'ai_engineer'] as const)
		: (['ai_engineer', 'ml_engineer'] as const);
	const [ahead, behind] = mlLeads ? [lower, higher] : [higher, lower];
	const count =
		n === 1
			? `the only ${noun} with enough data`
			: ahead.length === n
				? `${n === 2 ? 'the two' : `all ${n}`} ${noun}s with enough data for both`
				: `${ahead.length} of the ${n} ${noun}s with enough data for both`;
	const rest = [
		behind.length ? `${ROLE_PLURAL[other]} earn more ${which(behind)}` : '',
		unclear.length ? `the gap is unclear ${which(unclear)}` : ''
	].filter(Boolean);
	return `${ROLE_PLURAL[leader]} out-earn ${ROLE_PLURAL[other]} ${at} ${count}${rest.length ? `; ${rest.join('; ')}` : ''}`;
}

/**
 * The text alternative of a dot-range chart: each band with data, both medians with CI and
 * listings, then in one sentence the bands where a role has too few listings to show.
 */
export function bandsSummary(
	bands: readonly Named[],
	cellOf: CellOf,
	currency: string,
	intro: string
): string {
	const described: string[] = [];
	const thin = { both: [] as string[], ml_engineer: [] as string[], ai_engineer: [] as string[] };
	for (const b of bands) {
		const ml = cellOf(b.id, 'ml_engineer');
		const ai = cellOf(b.id, 'ai_engineer');
		const gap = payGap(ml, ai)?.pct ?? null;
		if (!isShown(ml) && !isShown(ai)) {
			thin.both.push(b.name);
			continue;
		}
		const parts: string[] = [];
		for (const [role, c] of [
			['ml_engineer', ml],
			['ai_engineer', ai]
		] as const) {
			if (isShown(c)) parts.push(`${ROLE_LABEL[role]} ${describe(c, currency)}`);
			else thin[role].push(b.name);
		}
		const g = gap === null ? '' : `; AI engineers ${formatSignedPct(gap)} against ML engineers`;
		described.push(`${b.name}: ${parts.join(', ')}${g}.`);
	}
	const missing = [
		thin.ai_engineer.length ? `for AI engineers in ${listNames(thin.ai_engineer)}` : '',
		thin.ml_engineer.length ? `for ML engineers in ${listNames(thin.ml_engineer)}` : '',
		thin.both.length ? `for either role in ${listNames(thin.both)}` : ''
	].filter(Boolean);
	const tail = missing.length
		? ` Too few listings (under ${MIN_LISTINGS} independent ones) to show ${missing.join('; ')}.`
		: '';
	return `${intro} ${described.join(' ')}${tail}`.replace(/\s+/g, ' ').trim();
}

// ---- pay trend ------------------------------------------------------------------------------

/** A change along a path of points (years in order), as v3 lets a title say it. */
interface PathPoint {
	year: number;
	value: number;
	/** what the point reads as: "$150k", "2.1%" */
	text: string;
}

/**
 * Whether the values only rise or only fall (ties allowed): a title may then name the two ends;
 * otherwise it names the path's turning point as well, never only two convenient ends.
 */
export const monotone = (values: readonly number[]) =>
	values.every((v, i) => i === 0 || v >= (values[i - 1] as number)) ||
	values.every((v, i) => i === 0 || v <= (values[i - 1] as number));

/**
 * The point where a path turns: an interior point above both its ends (a peak) or below both (a
 * dip); null where the path wanders between its ends without turning.
 */
function turningPoint(path: readonly PathPoint[]): PathPoint | null {
	const first = path[0] as PathPoint;
	const last = path.at(-1) as PathPoint;
	const inner = path.slice(1, -1);
	if (inner.length === 0) return null;
	const up = inner.reduce((a, b) => (b.value > a.value ? b : a));
	const down = inner.reduce((a, b) => (b.value < a.value ? b : a));
	if (up.value > Math.max(first.value, last.value)) return up;
	if (down.value < Math.min(first.value, last.value)) return down;
	return null;
}

type Direction = 'up' | 'down' | 'unclear';

/**
 * "ML-engineer pay rose 30% from 2023 to 2024", "no clear change in AI-engineer pay from 2023 to
 * 2025 (Jan–Aug): −3%, within the uncertainty"; where the change from the first point to the last
 * is unclear but the latest step is clear, that step ("…, though not clearly from 2023");
 * and for a path that turns, its turning point and each leg as the data supports it: "ML
 * engineers' share of the stable panel peaked at 13.6% in 2023 (up from 8.1% in 2022), then fell
 * to 9.3% in 2025 (Jan–Aug)". `leg` is the rules' reading of a change between two points.
 */
function changeWords(
	subject: string,
	path: readonly PathPoint[],
	leg: (a: PathPoint, b: PathPoint) => Direction,
	words: {
		up: (a: PathPoint, b: PathPoint) => string;
		down: (a: PathPoint, b: PathPoint) => string;
		size: string | null;
		values: boolean;
	}
): string {
	const first = path[0] as PathPoint;
	const last = path.at(-1) as PathPoint;
	const at = (p: PathPoint) => `${p.text} in ${formatYear(p.year)}`;
	const end = (p: PathPoint) => (words.values ? at(p) : formatYear(p.year));
	const span = (a: PathPoint, b: PathPoint) => `from ${end(a)} to ${end(b)}`;
	const said = (d: Direction, a: PathPoint, b: PathPoint) =>
		`${subject} ${d === 'up' ? words.up(a, b) : words.down(a, b)} ${span(a, b)}`;
	const overall = leg(first, last);
	const turn = turningPoint(path);
	if (turn === null) {
		// a path that wanders between its ends without turning: its ends, and the points between
		const wander = monotone(path.map((p) => p.value))
			? ''
			: `, not steadily: ${path.slice(1, -1).map(at).join(', ')}`;
		if (overall !== 'unclear') return `${said(overall, first, last)}${wander}`;
		// the first point may be the thinnest: a clear latest step is said, and over what not
		const previous = path.at(-2) as PathPoint;
		const step = path.length > 2 ? leg(previous, last) : 'unclear';
		if (step !== 'unclear' && wander === '')
			return `${said(step, previous, last)}, though not clearly from ${formatYear(first.year)}`;
		return `no clear change in ${subject} ${span(first, last)}${words.size ? `: ${words.size}, ` : ', '}within the uncertainty${wander}`;
	}
	const [into, out] = [leg(first, turn), leg(turn, last)];
	const head = `${subject} ${turn.value > first.value ? 'peaked at' : 'was lowest at'} ${at(turn)}`;
	const before =
		into === 'unclear'
			? `(from ${at(first)}, within the uncertainty)`
			: `(${into === 'up' ? 'up' : 'down'} from ${at(first)})`;
	const after =
		out === 'unclear'
			? `then ${at(last)}, within the uncertainty`
			: `then ${out === 'up' ? 'rose' : 'fell'} to ${at(last)}`;
	return `${head} ${before}, ${after}`;
}

/**
 * Each role's pay from its first to its last year with a median shown (a partial year included,
 * and named as such): "rose"/"fell" only where the 95% interval of the ratio of the two medians
 * is above or below 0 (methodology v3, the same interval as the gap's).
 */
export function trendTitle(
	cells: readonly PayCell[],
	years: readonly number[],
	place: string,
	currency: string
): string {
	const parts: string[] = [];
	for (const role of ROLES) {
		const shown = years.map((y) => cellAt(cells, role, y)).filter(isShown);
		const [first, last] = [shown[0], shown.at(-1)];
		if (!first || !last || first === last) continue;
		const cellOf = (p: PathPoint) => shown.find((c) => c.period === p.year) as MedianWithCi;
		const change = (a: PathPoint, b: PathPoint) => gapBetween(cellOf(a), cellOf(b));
		const pct = (a: PathPoint, b: PathPoint) => formatPct(Math.abs(change(a, b).pct), 0);
		const path = shown.map((c) => ({
			year: c.period as number,
			value: c.median,
			text: formatMoneyShort(c.median, currency)
		}));
		const leg = (a: PathPoint, b: PathPoint): Direction => {
			const v = change(a, b).verdict;
			return v === 'ai_higher' ? 'up' : v === 'ai_lower' ? 'down' : 'unclear';
		};
		parts.push(
			changeWords(`${ROLE_ADJECTIVE[role]} pay`, path, leg, {
				up: (a, b) => `rose ${pct(a, b)}`,
				down: (a, b) => `fell ${pct(a, b)}`,
				size: formatSignedPct(gapBetween(first, last).pct, 0),
				values: false
			})
		);
	}
	if (parts.length === 0) {
		const any = cells.some(isShown);
		return any
			? `Too few years with enough listings to show a pay trend in ${place}`
			: `Too few listings to show a pay trend in ${place}`;
	}
	const text = parts.join('; ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function trendSummary(
	cells: readonly PayCell[],
	years: readonly number[],
	currency: string
): string {
	const perRole = ROLES.map((role) => {
		const items = years.map((y) => {
			const c = cellAt(cells, role, y);
			return `${formatYear(y)} ${c ? describe(c, currency) : 'no listings'}`;
		});
		return `${ROLE_LABEL[role]}: ${items.join('; ')}.`;
	});
	return `Median pay by year, each with its 95% interval. ${perRole.join(' ')}`;
}

// ---- role demand ----------------------------------------------------------------------------

/**
 * "AI engineers' share of the stable panel rose from 0.50% in 2023 to 1.6% in 2025 (Jan–Aug)":
 * each role from its first to its last year with at least MIN_LISTINGS listings (a share of a
 * handful moves by whole points with one listing). "Rose"/"fell" only where the two years' Wilson
 * 95% intervals do not overlap (methodology v3); a path that turns is named with its turning point.
 */
export function demandTitle(
	rows: readonly ListingRow[],
	years: readonly number[],
	place: string
): string {
	// the newcomer first: its change is the story
	const changes = [...ROLES].reverse().flatMap((role) => {
		const counted = years
			.map((y) => cellAt(rows, role, y))
			.filter(
				(r): r is ListingRow & { share_of_panel_pct: number; period: number } =>
					!!r && r.share_of_panel_pct !== null && r.listings >= MIN_LISTINGS
			);
		const a = counted[0];
		const b = counted.at(-1);
		if (!a || !b || a === b) return [];
		const rowOf = (p: PathPoint) => counted.find((r) => r.period === p.year) as ListingRow;
		// a share rose or fell only where the two years' Wilson 95% intervals do not overlap
		const sample = (p: PathPoint) => ({
			listings: rowOf(p).listings,
			panel: rowOf(p).panel_listings
		});
		const leg = (p: PathPoint, q: PathPoint): Direction => wilsonChange(sample(p), sample(q));
		const path = counted.map((r) => ({
			year: r.period,
			value: r.share_of_panel_pct,
			text: formatPct(r.share_of_panel_pct)
		}));
		return [
			changeWords(`${ROLE_PLURAL[role]}’ share of the stable panel`, path, leg, {
				up: () => 'rose',
				down: () => 'fell',
				size: null,
				values: true
			})
		];
	});
	if (changes.length === 0)
		return `Too few listings to show a change in demand for either role in ${place} (under ${MIN_LISTINGS} in a year)`;
	const text = changes.join('; ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function demandSummary(rows: readonly ListingRow[], years: readonly number[]): string {
	const perRole = ROLES.map((role) => {
		const items = years.map((y) => {
			const r = cellAt(rows, role, y);
			const label = formatYear(y);
			if (!r) return `${label} no listings`;
			const share =
				r.share_of_panel_pct === null
					? ''
					: r.listings < MIN_LISTINGS
						? ` (too few for a share, under ${MIN_LISTINGS})`
						: ` (${formatPct(r.share_of_panel_pct)} of ${formatCount(r.panel_listings)} in the panel)`;
			return `${label} ${formatCount(r.listings)}${share}`;
		});
		return `${ROLE_LABEL[role]} listings: ${items.join('; ')}.`;
	});
	return `Listings per year, and their share of the stable panel. ${perRole.join(' ')}`;
}

// ---- market demand --------------------------------------------------------------------------

/** "6.1% of job postings in the United Kingdom mentioned AI in Jun 2026, up from 4.5% a year earlier" */
export function marketTitle(rows: readonly AiShareRow[], place: string): string {
	const last = rows.at(-1);
	if (!last) return `Indeed does not publish an AI share of postings for ${place}`;
	const [y, m] = last.month.split('-');
	const before = rows.find((r) => r.month === `${Number(y) - 1}-${m}`);
	const now = `${formatPct(last.ai_share_pct, 1)} of job postings in ${place} mentioned AI in ${formatMonth(last.month)}`;
	if (!before) return now;
	const change = last.ai_share_pct - before.ai_share_pct;
	const dir = Math.abs(change) < 0.05 ? 'about the same as' : change > 0 ? 'up from' : 'down from';
	return `${now}, ${dir} ${formatPct(before.ai_share_pct, 1)} a year earlier`;
}

export function marketSummary(
	rows: readonly AiShareRow[],
	countries: readonly AiShareRow[] = []
): string {
	if (rows.length === 0) return 'No data.';
	const byYear = new Map<string, number[]>();
	for (const r of rows) {
		const y = r.month.slice(0, 4);
		byYear.set(y, [...(byYear.get(y) ?? []), r.ai_share_pct]);
	}
	const years = [...byYear].map(
		([y, v]) => `${y} ${formatPct(v.reduce((a, b) => a + b, 0) / v.length, 1)}`
	);
	const last = rows.at(-1)!;
	const each = countries
		.filter((c) => c.month === last.month)
		.map((c) => `${c.countries} ${formatPct(c.ai_share_pct, 2)}`);
	const by = each.length ? ` By country that month: ${each.join(', ')}.` : '';
	return `Share of all job postings that mention AI, mean of the monthly values per year: ${years.join('; ')}. Latest month ${formatMonth(last.month)}: ${formatPct(last.ai_share_pct, 2)}.${by}`;
}

// ---- the gap --------------------------------------------------------------------------------

export function gapTitle(cells: readonly PayCell[], years: readonly number[]): string {
	const rows = years.map((y) => ({ y, g: gapIn(cells, y).gap })).filter((r) => r.g !== null);
	if (rows.length === 0) return 'Too few listings of both roles in any year to measure the gap';
	const full = rows.filter((r) => !isPartial(r.y));
	const pick = (full.at(-1) ?? rows.at(-1))!;
	const g = pick.g!;
	const when = formatYear(pick.y);
	const range = `${formatSignedPct(g.low, 0)} to ${formatSignedPct(g.high, 0)}`;
	// "earned less/more" is said only where the whole 95% interval is on one side of 0 (methodology v3)
	if (g.verdict !== 'unclear')
		return `AI engineers earned ${formatPct(Math.abs(g.pct), 0)} ${g.verdict === 'ai_lower' ? 'less' : 'more'} than ML engineers in ${when} (95% interval ${range})`;
	return `AI engineers’ median was ${formatPct(Math.abs(g.pct), 0)} ${g.pct < 0 ? 'lower' : 'higher'} than ML engineers’ in ${when}, but the gap could be anywhere from ${range}`;
}

export function gapSummary(cells: readonly PayCell[], years: readonly number[]): string {
	const items = years.map((y) => {
		const { ml, ai, gap: g } = gapIn(cells, y);
		const label = formatYear(y);
		const n = `${formatCount(ml?.listings ?? 0)} ML and ${formatCount(ai?.listings ?? 0)} AI listings`;
		return g
			? `${label} ${formatSignedPct(g.pct, 1)} (95% interval ${formatSignedPct(g.low, 1)} to ${formatSignedPct(g.high, 1)}; ${n})`
			: `${label} too few listings (${n})`;
	});
	return `AI-engineer median pay against ML-engineer median pay, by year. ${items.join('; ')}.`;
}
