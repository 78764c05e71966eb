/**
 * Every sentence that makes a claim about the data (methodology v3, "what a page may say"): chart
 * titles (and so embed titles), their text summaries, the headline's words, the fallback notice,
 * the claim checks' verdicts and the preview image's finding. Each is computed from verdicts by
 * the v3 rules, never from a figure alone:
 *
 * - a pay comparison (the gap, a pay change between two years) says "earn more / less", "rose",
 *   "fell" only where the 95% interval of the ratio of medians is on one side of 0 (`gapBetween`);
 * - a share's change says "rose" or "fell" only where the two years' Wilson 95% intervals do not
 *   overlap (`wilsonChange`), and only between years with at least MIN_LISTINGS role listings;
 * - a change in Indeed's postings says "rose" or "fell" only where every month compared moved that
 *   way (`volumeChange`, volume.ts), and a share that rose while those postings did not says so;
 * - a count of regions or levels counts only clear verdicts and names the unclear ones;
 * - a change over a path that turns names its turning point; a partial year is named with its
 *   months ("2025 (Jan–Aug)").
 *
 * Pure, so each sentence is tested on both sides of its rule (tests/unit/view/words*.test.ts,
 * and `npm run mutation` measures how well those tests pin it down).
 */
import {
	dataEndsIn,
	isPartial,
	MARKET_CHANGE_MONTHS,
	MIN_LISTINGS,
	POOLED,
	POSTINGS_BASE_YEAR,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLE_PLURAL,
	ROLES,
	STEEP_MARKET_RATIO,
	STEEP_POSTINGS_RATIO,
	STEEP_SHARE_RATIO,
	type Period,
	type Role,
	type Verdict
} from '../domain';
import {
	cellAt,
	countryCounts,
	gapBetween,
	gapIn,
	isShown,
	largestCountry,
	payGap,
	type Gap,
	type MedianWithCi,
	type PayCell,
	type ShownCell
} from '../data/pay';
import { wilsonChange } from '../data/stats';
import type { AiShareRow, ListingRow, PostingsPoint } from '../data/schema';
import { volumeChange, volumeWords, type MonthValue, type VolumeChange } from './volume';
import {
	currencyName,
	formatCount,
	formatIndependent,
	formatListings,
	formatMoneyShort,
	formatIndex,
	formatMonth,
	formatPct,
	formatPeriod,
	formatSignedPct,
	formatYear,
	inName,
	listNames,
	monthSpan,
	partialMonths
} from './format';

type Named = { id: string; name: string };

function describe(c: PayCell, currency: string): string {
	if (!isShown(c)) return `too few listings (${formatCount(c.listings)})`;
	const m = (v: number) => formatMoneyShort(v, currency);
	const effective = c.distinct < c.listings ? `, ${formatIndependent(c.nEff)}` : '';
	const low = c.confidence === 'low' ? ', low confidence' : '';
	return `${m(c.median)} (95% interval ${m(c.ciLow)}–${m(c.ciHigh)}, ${formatListings(c.listings)}${effective}${low})`;
}

/** `text` with its first letter a capital. */
const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Whether two shares read the same to one decimal: then a sentence calls them "about the same",
 * never "up from 4.5% to 4.5%".
 */
const samePrinted = (a: number, b: number) => formatPct(a, 1) === formatPct(b, 1);

/**
 * A change's size in %, unsigned: to the whole per cent, or to one decimal where that would read
 * "0%" ("0.3%").
 */
const pctSize = (pct: number) => formatPct(Math.abs(pct), Math.abs(pct) < 0.5 ? 1 : 0);

/** A gap's 95% interval, "−49% to +21%" (an end that would read "+0%" to one decimal). */
const pctRange = (g: { low: number; high: number }) => {
	const end = (v: number) => formatSignedPct(v, Math.abs(v) < 0.5 ? 1 : 0);
	return `${end(g.low)} to ${end(g.high)}`;
};

/** "2025 (Jan–Aug; 17 listings)", "2024 (17 listings)": a year with a note in its brackets. */
function yearWith(year: number, note: string): string {
	const months = partialMonths(year);
	return `${year} (${months === null ? '' : `${months}; `}${note})`;
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
			: `Too few listings to compare the two roles ${noun === 'region' ? 'in' : 'at'} any ${noun}`;
	}
	const named = (v: Verdict) => verdicts.filter((x) => x.verdict === v).map((x) => x.name);
	const [lower, higher, unclear] = [named('ai_lower'), named('ai_higher'), named('unclear')];
	const at = noun === 'region' ? 'in' : 'at';
	// "the United Kingdom", "the Senior level", "the Entry and Senior levels"
	const place = (names: string[]) =>
		noun === 'region'
			? listNames(names)
			: `the ${listNames(names)} level${names.length > 1 ? 's' : ''}`;
	// "in the United Kingdom", "at the Senior level", "in 3 regions"
	const which = (names: string[]) =>
		names.length > 2 ? `${at} ${names.length} ${noun}s` : `${at} ${place(names)}`;
	if (lower.length === 0 && higher.length === 0)
		return n === 1
			? `The data cannot tell which role earns more ${which(unclear)}`
			: `The data cannot tell which role earns more ${at} any of the ${n} ${noun}s with enough data for both`;
	const mlLeads = lower.length >= higher.length;
	const [leader, other] = mlLeads
		? (['ml_engineer', 'ai_engineer'] as const)
		: (['ai_engineer', 'ml_engineer'] as const);
	const [ahead, behind] = mlLeads ? [lower, higher] : [higher, lower];
	// the only one is named: "in the United States, the only region with enough data for both"
	const count =
		n === 1
			? `${place(ahead)}, the only ${noun} with enough data for both`
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
	noun: 'region' | 'level',
	currency: string,
	intro: string
): string {
	const described: string[] = [];
	const thin = { both: [] as string[], ml_engineer: [] as string[], ai_engineer: [] as string[] };
	for (const b of bands) {
		const ml = cellOf(b.id, 'ml_engineer');
		const ai = cellOf(b.id, 'ai_engineer');
		const gap = payGap(ml, ai);
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
		const g =
			gap === null
				? ''
				: `; AI engineers’ median ${formatSignedPct(gap.pct)} against ML engineers’ (95% interval ${pctRange(gap)})`;
		described.push(`${b.name}: ${parts.join(', ')}${g}.`);
	}
	// "in the United Kingdom and Germany", "at the Senior and Executive levels"
	const where = (names: string[]) =>
		noun === 'region'
			? `in ${listNames(names.map(inName))}`
			: `at the ${listNames(names)} level${names.length > 1 ? 's' : ''}`;
	const missing = [
		thin.ai_engineer.length ? `for AI engineers ${where(thin.ai_engineer)}` : '',
		thin.ml_engineer.length ? `for ML engineers ${where(thin.ml_engineer)}` : '',
		thin.both.length ? `for either role ${where(thin.both)}` : ''
	].filter(Boolean);
	const tail = missing.length
		? ` Too few listings (under ${MIN_LISTINGS} independent ones) to show ${missing.join('; ')}.`
		: '';
	return `${intro} ${described.join(' ')}${tail}`.replace(/\s+/g, ' ').trim();
}

/**
 * What a chart says in place of a drawing where nothing is thick enough to draw, with the rule
 * as the code applies it: "Too few listings in the United Kingdom (strict titles, senior, pounds
 * as advertised) to draw a trend: no year has 10 or more independent listings of either role."
 */
export function tooFewToDraw(chart: 'trend' | 'levels' | 'gap', place: string, filters: string) {
	const what = {
		trend: 'draw a trend: no year has',
		levels: 'show pay at any experience level: no level has',
		gap: 'measure the gap: no year has'
	}[chart];
	const whose = chart === 'gap' ? 'both roles' : 'either role';
	return `Too few listings in ${place} (${filters}) to ${what} ${MIN_LISTINGS} or more independent listings of ${whose}.`;
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
	// a turn is named only where one of its legs is clear: a peak or dip within the uncertainty
	// either side is no turn the data shows
	const into = turn ? leg(first, turn) : 'unclear';
	const out = turn ? leg(turn, last) : 'unclear';
	if (into === 'unclear' && out === 'unclear') {
		// a path that wanders between its ends: its ends, and the points between
		const wander = monotone(path.map((p) => p.value))
			? ''
			: `, not steadily: ${path.slice(1, -1).map(at).join(', ')}`;
		if (overall !== 'unclear') return `${said(overall, first, last)}${wander}`;
		// the first point may be the thinnest: a clear latest step is said, and over what not
		const previous = path.at(-2) as PathPoint;
		// (with two points the step is the whole change: unclear)
		const step = leg(previous, last);
		if (step !== 'unclear' && wander === '')
			return `${said(step, previous, last)}, though not clearly from ${formatYear(first.year)}`;
		return `no clear change in ${subject} ${span(first, last)}${words.size ? `: ${words.size}, ` : ', '}within the uncertainty${wander}`;
	}
	// (a leg is clear, so there is a turn)
	const peak = turn as PathPoint;
	const head = `${subject} ${peak.value > first.value ? 'peaked at' : 'was lowest at'} ${at(peak)}`;
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
		const pct = (a: PathPoint, b: PathPoint) => pctSize(change(a, b).pct);
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
				// with its interval: two years' bands may overlap where the change's interval is clear
				up: (a, b) => `rose ${pct(a, b)} (95% interval ${pctRange(change(a, b))})`,
				down: (a, b) => `fell ${pct(a, b)} (95% interval ${pctRange(change(a, b))})`,
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
	return capitalise(parts.join('; '));
}

/**
 * Pay in general beside the roles' pay changes (methodology v3, Indeed Wage Tracker): for each span
 * of years a role's change in the trend title covers (its first to its last year with a median), the
 * growth of advertised pay across all jobs in `area` between the Decembers of those years,
 * compounded from each year's December growth (`growth`: percent), and said as a benchmark, never
 * as either role's change. `area.series` false: the region has no such series, which is said.
 *
 * @example
 * // ML pay shown 2023–2025; December growth 2024 +4.0%, 2025 +3.0%: 1.04 × 1.03 − 1 = 7.1%
 * payBenchmark(cells, [2023, 2024, 2025], [{ year: 2024, pct: 4 }, { year: 2025, pct: 3 }],
 *   { name: 'the United Kingdom', series: true })
 * // 'For comparison, advertised pay across all jobs in the United Kingdom grew 7.1% from December
 * //  2023 to December 2025, by Indeed’s Wage Tracker: pay in general, not either role’s.'
 */
export function payBenchmark(
	cells: readonly PayCell[],
	years: readonly number[],
	growth: readonly { year: number; pct: number }[],
	area: { name: string; series: boolean }
): string | null {
	// the same span for both roles is said once; two roles' different spans each name their role
	const spans = new Map<string, { from: number; to: number; role: Role }>();
	for (const role of ROLES) {
		const shown = years.filter((y) => isShown(cellAt(cells, role, y)));
		const [first, last] = [shown[0], shown.at(-1)];
		if (first !== undefined && last !== undefined && first !== last)
			spans.set(`${first}-${last}`, { from: first, to: last, role });
	}
	if (spans.size === 0) return null;
	if (!area.series)
		return `Indeed publishes no series of advertised pay across all jobs for ${area.name}, so there is no benchmark for pay in general.`;
	const changes = [...spans.values()].flatMap(({ from, to, role }) => {
		const factors = [];
		for (let y = from + 1; y <= to; y++) {
			const row = growth.find((g) => g.year === y);
			if (!row) return [];
			factors.push(1 + row.pct / 100);
		}
		const pct = (factors.reduce((a, b) => a * b, 1) - 1) * 100;
		// what reads as 0.0% is no change to speak of
		const size = formatPct(Math.abs(pct), 1);
		const moved =
			Math.abs(pct) < 0.05 ? 'stayed about the same' : pct > 0 ? `grew ${size}` : `fell ${size}`;
		const whose = spans.size > 1 ? ` (beside ${ROLE_ADJECTIVE[role]} pay)` : '';
		return [`${moved} from December ${from} to December ${to}${whose}`];
	});
	if (changes.length === 0) return null;
	return `For comparison, advertised pay across all jobs in ${area.name} ${listNames(changes)}, by Indeed’s Wage Tracker: pay in general, not either role’s.`;
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
	return capitalise(changes.join('; '));
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

/**
 * The latest `MARKET_CHANGE_MONTHS` months of `series` within its last year, compared with the same
 * months a year earlier (null where the series has no year before, or misses one of them).
 */
function latestChange(series: readonly MonthValue[]): VolumeChange | null {
	const last = series.filter((r) => r.value !== null).at(-1);
	if (!last) return null;
	const year = Number(last.month.slice(0, 4));
	const month = Number(last.month.slice(5, 7));
	const months = Array.from({ length: Math.min(MARKET_CHANGE_MONTHS, month) }, (_, i) =>
		String(month - Math.min(MARKET_CHANGE_MONTHS, month) + 1 + i).padStart(2, '0')
	);
	return volumeChange(series, months, year - 1, year);
}

/** "Apr–Jun 2026": the months of a change in one of its years. */
const monthsOf = (c: VolumeChange, year: number) =>
	`${monthSpan(Number(c.months[0]), Number(c.months.at(-1)))} ${year}`;

/** "from Apr–Jun 2025 to Apr–Jun 2026" */
const fromTo = (c: VolumeChange) => `from ${monthsOf(c, c.years[0])} to ${monthsOf(c, c.years[1])}`;

/** Where the market chart's two series are: the AI share's place, and the postings index's. */
export interface MarketPlaces {
	/** "the United Kingdom", "the 5 countries of the European Union (27) that Indeed tracks" */
	share: string;
	/** "the United Kingdom", "the euro area" (EU27 uses the euro area's series) */
	postings: string;
}

/**
 * The market chart's title, by the v3 rule for a change in an Indeed series (volume.ts): the
 * latest three months against the same months a year earlier, said as a rise or fall only where
 * every month moved that way.
 * - With AI postings: what they did, and what all postings did over the same months ("In the
 *   United Kingdom, from Apr–Jun 2025 to Apr–Jun 2026, job postings that mention AI rose 90%,
 *   while all postings fell 11%").
 * - Else with the AI share (Global has no postings index): the share over the latest months, "up
 *   from" or "down from" the same months a year earlier where every month moved that way.
 * - Else with all postings (Spain has no AI share): what they did.
 * - Else the latest level of either, without a change.
 */
export function marketTitle(
	share: readonly AiShareRow[],
	postings: readonly PostingsPoint[],
	places: MarketPlaces
): string {
	const all = postings.map((p) => ({ month: p.month, value: p.all_postings_2023_100 }));
	const ai = postings.map((p) => ({ month: p.month, value: p.ai_postings_2023_100 }));
	const aiChange = latestChange(ai);
	if (aiChange) {
		// all postings over the same months as AI postings, like with like
		const allChange = volumeChange(all, aiChange.months, ...aiChange.years);
		// (AI postings are all postings × the AI share: where they have a month, all postings have it)
		const allWords = allChange
			? `, ${allChange.verdict === aiChange.verdict ? 'and' : 'while'} all postings ${volumeWords(allChange)}`
			: '';
		return `In ${places.postings}, ${fromTo(aiChange)}, job postings that mention AI ${volumeWords(aiChange)}${allWords}`;
	}
	// then the AI share's change (fresher than a postings index that cannot be compared), then
	// all postings' (Spain has no share), then the latest levels
	const shareChange = latestChange(share.map((r) => ({ month: r.month, value: r.ai_share_pct })));
	if (shareChange) {
		const [was, is] = [shareChange.from, shareChange.to];
		const now = `In ${monthsOf(shareChange, shareChange.years[1])}, ${formatPct(is, 1)} of job postings in ${places.share} mentioned AI`;
		const before = `${formatPct(was, 1)} in ${monthsOf(shareChange, shareChange.years[0])}`;
		if (shareChange.verdict === 'mixed')
			return `${now}, against ${before}, with some months higher and some lower`;
		if (samePrinted(was, is)) return `${now}, about the same as ${before}`;
		return `${now}, ${shareChange.verdict === 'rose' ? 'up' : 'down'} from ${before}`;
	}
	const allChange = latestChange(all);
	if (allChange)
		return `In ${places.postings}, ${fromTo(allChange)}, all job postings ${volumeWords(allChange)}`;
	const last = share.at(-1);
	if (last)
		return capitalise(
			`${formatPct(last.ai_share_pct, 1)} of job postings in ${places.share} mentioned AI in ${formatMonth(last.month)}`
		);
	const lastAll = postings.at(-1);
	if (lastAll)
		return `In ${places.postings}, job postings were at ${formatIndex(lastAll.all_postings_2023_100)} in ${formatMonth(lastAll.month)} (${POSTINGS_BASE_YEAR} = 100)`;
	return `Indeed publishes no postings index or AI share of postings for ${places.share}`;
}

/**
 * A monthly series' mean per year, "2020 (Feb–Dec) 85.2; 2021 97.4", a year the series covers
 * only in part named with its months.
 */
function yearlyMeans(
	series: readonly { month: string; value: number }[],
	format: (v: number) => string
): string {
	const byYear = new Map<string, { month: number; value: number }[]>();
	for (const r of series) {
		const y = r.month.slice(0, 4);
		byYear.set(y, [
			...(byYear.get(y) ?? []),
			{ month: Number(r.month.slice(5, 7)), value: r.value }
		]);
	}
	return [...byYear]
		.map(([y, months]) => {
			const label =
				months.length === 12
					? y
					: `${y} (${monthSpan(Math.min(...months.map((m) => m.month)), Math.max(...months.map((m) => m.month)))})`;
			return `${label} ${format(months.reduce((a, r) => a + r.value, 0) / months.length)}`;
		})
		.join('; ');
}

/**
 * The market chart's text summary: the postings index's yearly means and latest months (in
 * `postingsPlace`, "the euro area"), then the AI share's, with each country's latest where the
 * region has several (`countries`).
 */
export function marketSummary(
	rows: readonly AiShareRow[],
	countries: readonly AiShareRow[],
	postings: readonly PostingsPoint[],
	postingsPlace: string
): string {
	const parts: string[] = [];
	const lastAll = postings.at(-1);
	if (lastAll) {
		const ai = postings.flatMap((p) =>
			p.ai_postings_2023_100 === null ? [] : [{ month: p.month, value: p.ai_postings_2023_100 }]
		);
		const lastAi = ai.at(-1);
		const all = `all postings ${yearlyMeans(
			postings.map((p) => ({ month: p.month, value: p.all_postings_2023_100 })),
			formatIndex
		)}`;
		const mention = lastAi ? `; postings that mention AI ${yearlyMeans(ai, formatIndex)}` : '';
		const latest = `Latest: all postings ${formatIndex(lastAll.all_postings_2023_100)} in ${formatMonth(lastAll.month)}${lastAi ? `, postings that mention AI ${formatIndex(lastAi.value)} in ${formatMonth(lastAi.month)}` : ''}.`;
		parts.push(
			`Job postings on Indeed in ${postingsPlace} (${POSTINGS_BASE_YEAR} = 100), mean of the monthly values per year: ${all}${mention}. ${latest}`
		);
	}
	const last = rows.at(-1);
	if (last) {
		const each = countries
			.filter((c) => c.month === last.month)
			.map((c) => `${c.countries} ${formatPct(c.ai_share_pct, 2)}`);
		const by = each.length ? ` By country that month: ${each.join(', ')}.` : '';
		const years = yearlyMeans(
			rows.map((r) => ({ month: r.month, value: r.ai_share_pct })),
			(v) => formatPct(v, 1)
		);
		parts.push(
			`Share of all job postings that mention AI, mean of the monthly values per year: ${years}. Latest month ${formatMonth(last.month)}: ${formatPct(last.ai_share_pct, 2)}.${by}`
		);
	}
	return parts.length ? parts.join(' ') : 'No data.';
}

// ---- the gap --------------------------------------------------------------------------------

export function gapTitle(cells: readonly PayCell[], years: readonly number[]): string {
	const rows = years.map((y) => ({ y, g: gapIn(cells, y).gap })).filter((r) => r.g !== null);
	if (rows.length === 0) return 'Too few listings of both roles in any year to measure the gap';
	const full = rows.filter((r) => !isPartial(r.y));
	const pick = (full.at(-1) ?? rows.at(-1))!;
	const g = pick.g!;
	const range = pctRange(g);
	// "earned less/more" is said only where the whole 95% interval is on one side of 0 (methodology v3)
	if (g.verdict !== 'unclear')
		return `AI engineers earned ${pctSize(g.pct)} ${g.verdict === 'ai_lower' ? 'less' : 'more'} than ML engineers in ${yearWith(pick.y, `95% interval ${range}`)}`;
	// (a gap that would read 0.0% is no gap at the medians)
	const median =
		Math.abs(g.pct) < 0.05
			? 'the same as'
			: `${pctSize(g.pct)} ${g.pct < 0 ? 'lower' : 'higher'} than`;
	return `AI engineers’ median was ${median} ML engineers’ in ${formatYear(pick.y)}, but the gap could be anywhere from ${range}`;
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

// ---- the headline ---------------------------------------------------------------------------

/**
 * "49 listings (about 38 independent)", "71 listings, 49 of them advertised in pounds", "18
 * listings (about 16 independent), low confidence" (`own`: how many were advertised in the
 * region's own currency, on a country's converted figures).
 */
export function listingsWords(
	cell: ShownCell,
	own?: { listings: number; currency: string }
): string {
	const independent = cell.distinct < cell.listings ? ` (${formatIndependent(cell.nEff)})` : '';
	const advertised = own
		? `, ${formatCount(own.listings)} of them advertised in ${currencyName(own.currency)}`
		: '';
	const low = cell.confidence === 'low' ? ', low confidence' : '';
	return `${formatListings(cell.listings)}${independent}${advertised}${low}`;
}

/** Under a withheld median: "too few listings (3; pay needs 10 independent)". */
export const tooFewForPay = (listings: number) =>
	`too few listings (${formatCount(listings)}; pay needs ${MIN_LISTINGS} independent)`;

/** The gap as the headline's figure: its size where the verdict is clear, else "Unclear". */
export const gapFigure = (gap: Gap | null) =>
	!gap ? '–' : gap.verdict === 'unclear' ? 'Unclear' : formatSignedPct(gap.pct, 1);

/**
 * What the gap's 95% interval says, in the headline's words: "AI engineers earn less (95%
 * interval −45% to −10%)" only where the whole interval is below 0; else the median's gap with how
 * wide it could be. `thin`: the roles with too few listings, where there is no gap.
 */
export function gapWords(gap: Gap | null, thin: readonly Role[]): string {
	if (!gap) return `too few ${listNames(thin.map((r) => ROLE_ADJECTIVE[r]))} listings to compare`;
	const range = pctRange(gap);
	if (gap.verdict === 'unclear')
		return `${formatSignedPct(gap.pct, 1)} at the medians, but it could be anywhere from ${range} (95% interval)`;
	const which = gap.verdict === 'ai_lower' ? 'less' : 'more';
	return `AI engineers earn ${which} (95% interval ${range})`;
}

/** Above this total variation distance between the roles' year mixes, a pooled headline says so. */
export const YEAR_MIX_TVD = 0.25;

/**
 * Where the two roles' pooled listings come from different years (methodology v3: a total
 * variation distance, ½ Σ |share_ml(y) − share_ai(y)|, above 0.25), the words that say so:
 * "78% of AI-engineer listings are from 2025 (Jan–Aug), against 35% of ML-engineer listings", for
 * the year whose shares differ most. Null where the mixes are alike, or a role has none.
 */
export function yearMixWarning(
	ml: readonly number[],
	ai: readonly number[],
	years: readonly number[]
): string | null {
	const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
	const [nm, na] = [total(ml), total(ai)];
	if (nm === 0 || na === 0) return null;
	const diff = (i: number) => Math.abs((ml[i] ?? 0) / nm - (ai[i] ?? 0) / na);
	const tvd = 0.5 * years.reduce((sum, _, i) => sum + diff(i), 0);
	if (tvd <= YEAR_MIX_TVD) return null;
	// the year whose shares differ most says it
	const i = years.reduce((best, _, k) => (diff(k) > diff(best) ? k : best), 0);
	const share = { ml_engineer: (ml[i] ?? 0) / nm, ai_engineer: (ai[i] ?? 0) / na };
	// said from the role with more of its listings in that year ("100% of …, against 54% of …")
	const [more, less] =
		share.ai_engineer >= share.ml_engineer
			? (['ai_engineer', 'ml_engineer'] as const)
			: (['ml_engineer', 'ai_engineer'] as const);
	const pct = (role: Role) => formatPct(100 * share[role], 0);
	return `The two roles’ listings come from different years: ${pct(more)} of ${ROLE_ADJECTIVE[more]} listings are from ${formatYear(years[i] as number)}, against ${pct(less)} of ${ROLE_ADJECTIVE[less]} listings.`;
}

/**
 * "Pooled over 2023–2025: ML-engineer listings 2023: 15 · 2024: 24 · 2025 (Jan–Aug): 10;
 * AI-engineer listings …", and the year-mix warning where it applies: where the two roles'
 * medians are compared (`compared`). `counts`: each role's listings in each of `years`.
 */
export function yearMixWords(
	counts: Readonly<Record<Role, readonly number[]>>,
	years: readonly number[],
	compared: boolean
): string {
	const perRole = ROLES.map((role) => {
		const each = counts[role].map((n, i) => `${formatYear(years[i] as number)}: ${formatCount(n)}`);
		return `${ROLE_ADJECTIVE[role]} listings ${each.join(' · ')}`;
	});
	const warning = compared && yearMixWarning(counts.ml_engineer, counts.ai_engineer, years);
	return `Pooled over ${formatPeriod(POOLED.id)}: ${perRole.join('; ')}.${warning ? ` ${warning}` : ''}`;
}

/** "91% of these listings are in the United States": a region of several countries' largest. */
export const whereWords = (share: number, country: string, these = 'these') =>
	`${formatPct(share * 100, 0)} of ${these} listings are in ${country}`;

/**
 * How fresh the data is (methodology v3): "Pay data to August 2025 · Indeed’s AI share to Jun
 * 2026 · its postings to Jul 2026". `lastYear`: the pay data's last year; `shareMonth` and
 * `postingsMonth`: the last month (YYYY-MM) of the region's AI share and postings index, null
 * where it has none.
 */
export function freshWords(
	lastYear: number | undefined,
	shareMonth: string | null,
	postingsMonth: string | null
): string {
	const pay =
		lastYear === undefined ? null : `Pay data to ${dataEndsIn(lastYear) ?? 'December'} ${lastYear}`;
	const share = shareMonth ? `Indeed’s AI share to ${formatMonth(shareMonth)}` : null;
	const postings = postingsMonth
		? `${share ? 'its' : 'Indeed’s'} postings to ${formatMonth(postingsMonth)}`
		: null;
	return [pay, share, postings].filter(Boolean).join(' · ');
}

// ---- a region without figures: the notice and the nearest region --------------------------------

/** A role's pooled listings on a page without figures: all of them, and independent ones. */
export interface ThinCount {
	role: Role;
	listings: number;
	distinct: number;
	nEff: number;
}

/**
 * Said first on a region page that cannot show pay for either role even pooled: how many listings
 * it has, and why none is shown. `local`: each role's listings advertised in the country's own
 * currency (null for a region of several countries).
 */
export function noticeWords(
	name: string,
	counts: readonly ThinCount[],
	local: readonly number[] | null,
	currency: string
): string {
	const all = counts
		.map((c) => {
			const repeats = c.distinct < c.listings ? ` (${formatIndependent(c.nEff)})` : '';
			return `${formatCount(c.listings)} ${ROLE_ADJECTIVE[c.role]}${repeats}`;
		})
		.join(' and ');
	const own = local
		? ` Of these, ${listNames(counts.map((c, i) => `${formatCount(local[i] ?? 0)} ${ROLE_ADJECTIVE[c.role]}`))} listings were advertised in ${currencyName(currency)}.`
		: '';
	return `${name} has too few listings to show pay for either role, even pooled over ${formatPeriod(POOLED.id)}: ${all} listings in all, strict titles, all levels.${own} Pay is shown where a role has at least ${MIN_LISTINGS} independent listings (repeats of one listing count as less than that).`;
}

/**
 * What the fallback region shows, and what it is (methodology v3): a region of several countries
 * that holds this one (EU27 for a European country) with its largest countries; where only Global
 * holds it, that no region resembles this one's listings, and how much of Global one country is.
 * `countryName` names a country code ("the United States").
 */
export function nearestWords(
	here: string,
	near: { name: string; countries: readonly string[] | null; cells: readonly ShownCell[] },
	currency: string,
	countryName: (code: string) => string
): string {
	const figures = `${listNames(
		near.cells.map(
			(c) =>
				`${ROLE_LABEL[c.role]} ${formatMoneyShort(c.median, currency)} (95% interval ${formatMoneyShort(c.ciLow, currency)}–${formatMoneyShort(c.ciHigh, currency)}; ${formatListings(c.listings)})`
		)
	)}, ${formatPeriod(POOLED.id)}, every listing converted to ${currencyName(currency)}`;
	const mix = countryCounts(near.cells);
	if (near.countries === null) {
		const top = largestCountry(near.cells);
		const mostly = top ? `; but ${whereWords(top.share, countryName(top.code), 'those')}` : '';
		return `No region’s listings resemble ${inName(here)}’s. Across every country (Global): ${figures}${mostly}.`;
	}
	const byCountry = [...mix]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 4)
		.map(([code, n]) => `${code} ${formatCount(n)}`);
	const more =
		mix.size > 4
			? `, ${formatCount(mix.size - 4)} more ${mix.size === 5 ? 'country' : 'countries'}`
			: '';
	return `The nearest region with figures is ${inName(near.name)}: ${figures}. Its listings by country: ${byCountry.join(', ')}${more}.`;
}

// ---- claim checks ---------------------------------------------------------------------------

/** A claimed figure against this data: within the median's 95% interval, above or below it. */
export type ClaimVerdict = 'inside' | 'above' | 'below' | 'no data';

export interface ClaimCheck {
	role: Role;
	claimed: number;
	/** The cell the claim is checked against, in the claim's period; null when withheld. */
	cell: ShownCell | null;
	/** The role's listings in the period (also where its pay is withheld). */
	listings: number;
	verdict: ClaimVerdict;
}

/** A period as a claim check names it: "2024", "2025 (Jan–Aug)", "2023–2025 pooled (2025: Jan–Aug only)". */
export function periodLabel(period: Period): string {
	if (period !== POOLED.id) return formatYear(period);
	const partial = POOLED.years.filter(isPartial).map((y) => `${y}: ${partialMonths(y)} only`);
	return `${formatPeriod(period)} pooled${partial.length ? ` (${partial.join('; ')})` : ''}`;
}

/** A claimed figure's verdict in the sentence's words. */
const CLAUSE: Readonly<Record<ClaimVerdict, (adjective: string) => string>> = {
	inside: (a) => `the ${a} figure is consistent with this data`,
	above: (a) => `the ${a} figure is above what the data supports`,
	below: (a) => `the ${a} figure is below what the data supports`,
	'no data': (a) => `the ${a} figure cannot be checked, as there are too few ${a} listings`
};

/** A claimed figure's verdict as the claim table's column says it. */
export const CLAIM_VERDICT: Readonly<Record<ClaimVerdict, string>> = {
	inside: 'consistent with the data',
	above: 'above what the data supports',
	below: 'below what the data supports',
	'no data': 'cannot check'
};

/** How far the interval runs each side of the median: "25% below to 58% above the median". */
function sides(cell: ShownCell): string {
	const below = Math.round(((cell.median - cell.ciLow) / cell.median) * 100);
	const above = Math.round(((cell.ciHigh - cell.median) / cell.median) * 100);
	return `${below}% below to ${above}% above the median`;
}

/**
 * How the claim and the data agree, in the period checked: a verdict per figure, then each
 * figure beside the median, its interval (in money and both sides in %) and its listings.
 */
export function claimSentence(
	checks: readonly ClaimCheck[],
	currency: string,
	period: Period
): string {
	const money = (v: number) => formatMoneyShort(v, currency);
	const when = period === POOLED.id ? `Over ${periodLabel(period)}` : `In ${periodLabel(period)}`;
	const verdicts = checks.every((c) => c.verdict === 'inside')
		? 'both claimed figures are consistent with this data'
		: checks.map((c) => CLAUSE[c.verdict](ROLE_ADJECTIVE[c.role])).join('; ');
	const details = checks.map(({ role, claimed, cell, listings }) =>
		cell
			? `${ROLE_LABEL[role]}: claimed ${money(claimed)}; this data’s median is ${money(cell.median)}, and the range the data supports (95% interval) is ${money(cell.ciLow)}–${money(cell.ciHigh)}, from ${sides(cell)}; ${listingsWords(cell)}.`
			: `${ROLE_LABEL[role]}: claimed ${money(claimed)}; too few listings to check (${formatListings(listings)}).`
	);
	const meaning = checks.some((c) => c.verdict === 'inside')
		? ' Consistent means only that the data cannot rule the figure out.'
		: '';
	return `${when}, ${verdicts}. ${details.join(' ')}${meaning}`;
}

/** One year of a role's listings against the stable panel, with the share's 95% interval. */
export interface ShareYear {
	year: number;
	listings: number;
	panel: number;
	/** In %. */
	share: number;
	/** The share's Wilson 95% interval, in %. */
	low: number;
	high: number;
	/** Enough role listings (MIN_LISTINGS) to compare with another year. */
	comparable: boolean;
}

/** What two years' shares say: rose or fell (their intervals do not overlap), or neither. */
export type ShareChange = 'rose' | 'fell' | 'within' | 'too few';

export function shareChange(a: ShareYear, b: ShareYear): ShareChange {
	if (!a.comparable || !b.comparable) return 'too few';
	const change = wilsonChange(a, b);
	return change === 'up' ? 'rose' : change === 'down' ? 'fell' : 'within';
}

/** "3.2% in 2025 (Jan–Aug; 17 of 535 stable-panel listings)" */
const shareAt = (y: ShareYear) =>
	`${formatPct(y.share)} in ${yearWith(y.year, `${formatCount(y.listings)} of ${formatListings(y.panel)}`)}`;

/** "1.5%–4.4%" (`digits` decimals, or as `formatPct` chooses) */
export const shareRange = (y: ShareYear, digits?: number) =>
	`${formatPct(y.low, digits)}–${formatPct(y.high, digits)}`;

/**
 * Two years' intervals, "95% intervals 0.86%–2.6% and 1.8%–4.5%", with as many decimals (up to
 * three) as it takes for the ends of intervals that do not overlap to read apart.
 */
function twoRanges(a: ShareYear, b: ShareYear): string {
	const apart = (d?: number) =>
		formatPct(a.high, d) !== formatPct(b.low, d) && formatPct(b.high, d) !== formatPct(a.low, d);
	const overlap = a.low <= b.high && b.low <= a.high;
	const digits = overlap || apart() ? undefined : apart(2) ? 2 : 3;
	return `95% intervals ${shareRange(a, digits)} and ${shareRange(b, digits)}`;
}

/** "2022 (0 listings), 2023 (1 listing) and 2024 (6 listings)" */
const yearsWithCounts = (ys: readonly ShareYear[]) =>
	listNames(ys.map((y) => yearWith(y.year, formatListings(y.listings))));

/**
 * ", 2.8 times the share": how many times `from` `to` is, to one decimal rounded down (1.975 is not
 * "2.0 times"); nothing under 1.5 times (a fall among them), where "1.0 times" would read as no
 * change, or from 0.
 */
const times = (from: number, to: number) => {
	const ratio = Math.floor((to / from) * 10) / 10;
	return from > 0 && ratio >= 1.5 ? `, ${ratio.toFixed(1)} times the share` : '';
};

/**
 * Indeed's postings over the months the demand claim compares (its Job Postings Index, 2023 =
 * 100): the change from the earlier of the two years compared to the later in the postings that
 * mention AI and in all postings (`volumeChange`; null where Indeed has no such series, or not for
 * every month compared), and the mean of the postings that mention AI in each year of the claim's
 * table, earlier first (the years it has every month of).
 */
export interface DemandVolume {
	ai: VolumeChange | null;
	all: VolumeChange | null;
	aiByYear: readonly { year: number; value: number }[];
}

/**
 * What Indeed's postings did over the same months of the two years (`months`: "January to
 * August"): the postings that mention AI and all postings, each by the v3 rule for a change in
 * volume (`volumeWords`), said plainly where the two went opposite ways ("demand for AI skills
 * grew while the job market shrank"); the path of the postings that mention AI over the table's
 * years when it turns, as for the share; nothing where Indeed counts neither.
 */
export function volumeSentence(volume: DemandVolume, months: string): string {
	const { ai, all, aiByYear } = volume;
	const change = ai ?? all;
	if (change === null) return '';
	const [from, to] = change.years;
	const when = `Comparing ${months} of ${to} with the same months of ${from}`;
	if (ai === null)
		return ` ${when}, all postings on Indeed ${volumeWords(change)}; Indeed’s postings that mention AI are not known for every one of those months.`;
	const aiWords = `Indeed’s postings that mention AI ${volumeWords(ai)}`;
	let words: string;
	if (all === null) words = `${aiWords}.`;
	else {
		const apart = ai.verdict !== 'mixed' && all.verdict !== 'mixed' && ai.verdict !== all.verdict;
		const plainly = !apart
			? ''
			: ai.verdict === 'rose'
				? ': demand for AI skills grew while the job market shrank'
				: ': demand for AI skills shrank while the job market grew';
		words = `${aiWords}, ${apart ? 'while' : 'and'} all postings ${volumeWords(all)}${plainly}.`;
	}
	const last = aiByYear.at(-1) as { year: number; value: number };
	const path = monotone(aiByYear.map((y) => y.value))
		? ''
		: ` Over the same months, the postings that mention AI did not move one way (${POSTINGS_BASE_YEAR} = 100): ${aiByYear
				.slice(0, -1)
				.map((y) => `${formatIndex(y.value)} in ${formatYear(y.year)}`)
				.join(', ')}, then ${formatIndex(last.value)} in ${formatYear(last.year)}.`;
	return ` ${when}, ${words}${path}`;
}

/**
 * The demand claim's verdict: the last two years' shares compared by their Wilson intervals (a
 * rise or fall only where they do not overlap; neither year under MIN_LISTINGS role listings),
 * the years too thin to compare, the path when it turns, Indeed's AI share over the same months
 * of those two years (`market`, its change by the same rule as its postings': `volumeChange`;
 * null where Indeed has none for every month; `months`: "January to August"), and
 * Indeed's postings over them (`volume`, see `volumeSentence`). A rise is "consistent with a steep
 * rise" only where every leg supports it (STEEP_SHARE_RATIO and the others, in domain.ts), and a
 * rise in share while the postings that mention AI did not rise says so.
 */
export function demandSentence(
	role: Role,
	shown: readonly ShareYear[],
	market: VolumeChange | null,
	months: string,
	volume?: DemandVolume
): string {
	const adjective = ROLE_ADJECTIVE[role];
	const [a, b] = shown.slice(-2);
	const thin = shown.filter((y) => !y.comparable);
	const enough = shown.filter((y) => y.comparable);
	let verdict: string;
	let detail: string;
	if (!a || !b || shareChange(a, b) === 'too few') {
		verdict = `This data has too few ${adjective} listings to test the claim`;
		const parts = [
			thin.length
				? `too few to compare in ${yearsWithCounts(thin)}, under ${MIN_LISTINGS} a year`
				: `there ${shown.length === 1 ? 'is only one year' : 'are no years'} with listings to compare`,
			...enough.map(
				(y) =>
					`in ${formatYear(y.year)}, ${adjective} listings were ${formatPct(y.share)} of the stable panel (${formatCount(y.listings)} of ${formatListings(y.panel)}; 95% interval ${shareRange(y)})`
			)
		];
		detail = parts.join('; ');
	} else {
		const change = shareChange(a, b);
		const share = `the ${adjective} share of the stable panel`;
		const intervals = twoRanges(a, b);
		if (change === 'within') {
			verdict = 'This data shows no clear change';
			detail = `${share} went from ${shareAt(a)} to ${shareAt(b)}, a change within the uncertainty (${intervals}, which overlap)`;
		} else if (change === 'fell') {
			verdict = 'This data shows a fall, not a rise';
			detail = `${share} fell from ${shareAt(a)} to ${shareAt(b)}, beyond the uncertainty (${intervals}, which do not overlap)`;
		} else {
			const ai = volume?.ai ?? null;
			verdict =
				ai !== null && ai.verdict !== 'rose'
					? `This data shows a rise in share, but ${ai.verdict === 'fell' ? 'not' : 'no clear rise'} in the number of postings that mention AI`
					: b.share / a.share >= STEEP_SHARE_RATIO &&
						  (market === null ||
								(market.verdict === 'rose' && market.ratio >= STEEP_MARKET_RATIO)) &&
						  (ai === null || ai.ratio >= STEEP_POSTINGS_RATIO)
						? 'This data is consistent with a steep rise'
						: 'This data shows a rise, but “skyrocketing” overstates it';
			detail = `${share} rose from ${shareAt(a)} to ${shareAt(b)}${times(a.share, b.share)}, beyond the uncertainty (${intervals}, which do not overlap)`;
		}
		if (thin.length) detail += `; too few listings to compare in ${yearsWithCounts(thin)}`;
	}
	// the path over every year with enough listings, when it turns
	// (a path of one or two points is monotone)
	const last = enough.at(-1) as ShareYear;
	const path = !monotone(enough.map((y) => y.share))
		? ` The share did not move one way over the years with enough listings: ${enough
				.slice(0, -1)
				.map((y) => `${formatPct(y.share)} in ${formatYear(y.year)}`)
				.join(', ')}, then ${formatPct(last.share)} in ${formatYear(last.year)}.`
		: '';
	// Indeed's AI share: a rise or fall only where every month moved that way and the two means
	// read apart
	const marketWords = (() => {
		if (!a || !b || market === null) return '';
		const [ma, mb] = [market.from, market.to];
		const over = `over ${months} of ${a.year} and ${b.year}`;
		if (market.verdict === 'mixed')
			return ` Across all postings, Indeed’s AI share showed no clear change ${over} (${formatPct(ma, 1)} and ${formatPct(mb, 1)}; some months up, some down).`;
		if (samePrinted(ma, mb))
			return ` Across all postings, Indeed’s AI share was about the same ${over} (${formatPct(ma, 1)} and ${formatPct(mb, 1)}).`;
		return ` Across all postings, Indeed’s AI share ${market.verdict} from ${formatPct(ma, 1)} to ${formatPct(mb, 1)} ${over}${times(ma, mb)}.`;
	})();
	const postings = a && b && volume ? volumeSentence(volume, months) : '';
	return `${verdict}: ${detail}.${path}${marketWords}${postings}`;
}

// ---- the preview image ----------------------------------------------------------------------

/** The parts of a region's headline its preview image words. */
export interface HeadlineWords {
	/** "United Kingdom, 2023–2025 (pooled), pounds as advertised, strict titles, all levels" */
	context: string;
	figures: readonly {
		role: Role;
		value: string;
		range: string | null;
		note: string;
		shown: boolean;
	}[];
	gap: { value: string; verdict: Verdict | null; words: string };
	/** "91% of these listings are in the United States", for a region of several countries */
	where: string | null;
}

/** A preview image's words, from the headline (see `previewWords`). */
export interface PreviewWords {
	/** "United Kingdom: ML engineers £93.5k, AI engineers £73.5k" */
	finding: string;
	/** What the figures are: "Median advertised pay · 2023–2025 (pooled) · pounds as advertised · …" */
	context: string;
	/** Each role's median with its interval, and its listings (or why there is none). */
	marks: { role: Role; text: string; note: string }[];
	/** The gap and its verdict in the headline's words, or what a page without figures says. */
	detail: string;
}

/**
 * The preview image's words, from the headline, so the image says what the page's first screen
 * says: the finding, what the figures are, each median with its 95% interval and listings (low
 * confidence where it applies), and the gap with its interval and verdict (an unclear one said
 * as unclear). `fallback`: what a page without figures says instead (its nearest region).
 */
export function previewWords(headline: HeadlineWords, fallback: string | null): PreviewWords {
	const [where, ...rest] = headline.context.split(', ');
	const shown = headline.figures.filter((f) => f.shown);
	const one = shown[0];
	const finding =
		shown.length === 2
			? `${where}: ${shown.map((f) => `${ROLE_PLURAL[f.role]} ${f.value}`).join(', ')}`
			: one
				? `${where}: ${ROLE_PLURAL[one.role]} ${one.value}, ${ROLE_PLURAL[one.role === 'ml_engineer' ? 'ai_engineer' : 'ml_engineer']} too few to show`
				: `${where}: too few listings to show pay`;
	const { gap } = headline;
	const detail =
		shown.length === 2
			? `AI vs ML: ${gap.verdict === 'unclear' ? 'unclear' : gap.value} — ${gap.words}`
			: shown.length === 1
				? capitalise(gap.words)
				: (fallback ?? 'See the listings and the market data on the page');
	return {
		finding,
		context: `${['Median advertised pay', ...rest].join(' · ')}${headline.where ? `; ${headline.where}` : ''}`,
		// a withheld median: why, in its place
		marks: headline.figures.map((f) => ({
			role: f.role,
			text: f.range ? `${f.value}, 95% interval ${f.range}` : f.note,
			note: f.range ? f.note : ''
		})),
		detail
	};
}
