/**
 * Words from numbers: chart titles that state the finding and text summaries for screen readers
 * and for anyone who would rather read than look. Pure, so each sentence is tested.
 */
import type { PayCell } from '$lib/data/convert';
import { formatCount, formatMoneyShort, formatSignedPct, gapPct } from '$lib/data/format';
import type { AiShareRow, ListingRow, Role } from '$lib/data/schema';
import { formatShare } from './demand';
import { gapOf } from './gap';
import { ROLE_LABEL, ROLE_ORDER } from './labels';
import { formatMonth } from './market';

type Named = { id: string; name: string };
type Shown = PayCell & { median: number; ciLow: number; ciHigh: number };

export const isShown = (c: PayCell | null | undefined): c is Shown =>
	!!c && c.median !== null && c.ciLow !== null && c.ciHigh !== null;

/** Joins names as English prose: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const roleNoun: Record<Role, string> = { ml_engineer: 'ML engineers', ai_engineer: 'AI engineers' };

export interface Comparison {
	ml: PayCell | null;
	ai: PayCell | null;
	/** AI-engineer median relative to ML-engineer median, in %; null unless both are shown. */
	gap: number | null;
}

export function compare(ml: PayCell | undefined, ai: PayCell | undefined): Comparison {
	return {
		ml: ml ?? null,
		ai: ai ?? null,
		gap: isShown(ml) && isShown(ai) ? gapPct(ml.median, ai.median) : null
	};
}

function describe(c: PayCell, currency: string): string {
	if (!isShown(c)) return `too few listings (${formatCount(c.listings)})`;
	const m = (v: number) => formatMoneyShort(v, currency);
	const low = c.confidence === 'low' ? ', low confidence' : '';
	return `${m(c.median)} (95% CI ${m(c.ciLow)}–${m(c.ciHigh)}, ${formatCount(c.listings)} listings${low})`;
}

// ---- dot-range charts: by region, by level --------------------------------------------------

type CellOf = (band: string, role: Role) => PayCell | undefined;

/** "ML engineers out-earn AI engineers in all 3 regions with enough data for both" */
export function bandsTitle(
	bands: readonly Named[],
	cellOf: CellOf,
	noun: 'region' | 'level'
): string {
	const gaps = bands
		.map((b) => compare(cellOf(b.id, 'ml_engineer'), cellOf(b.id, 'ai_engineer')).gap)
		.filter((g): g is number => g !== null);
	const n = gaps.length;
	if (n === 0) {
		const alone = ROLE_ORDER.filter((role) => bands.some((b) => isShown(cellOf(b.id, role))));
		return alone.length === 1
			? `Only ${roleNoun[alone[0] as Role]} have enough listings to show by ${noun}`
			: `Too few listings to compare the two roles at any ${noun}`;
	}
	const mlAhead = gaps.filter((g) => g < 0).length;
	const where =
		n === 1 ? `the only ${noun} with enough data` : `${noun}s with enough data for both`;
	const leader = mlAhead >= n - mlAhead ? 'ml_engineer' : 'ai_engineer';
	const other = leader === 'ml_engineer' ? 'ai_engineer' : 'ml_engineer';
	const ahead = leader === 'ml_engineer' ? mlAhead : n - mlAhead;
	const count = n === 1 ? where : ahead === n ? `all ${n} ${where}` : `${ahead} of ${n} ${where}`;
	return `${roleNoun[leader]} out-earn ${roleNoun[other]} in ${count}`;
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
		const { gap } = compare(ml, ai);
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
	const tail = missing.length ? ` Too few listings (under 10) to show ${missing.join('; ')}.` : '';
	return `${intro} ${described.join(' ')}${tail}`.replace(/\s+/g, ' ').trim();
}

// ---- pay trend ------------------------------------------------------------------------------

const rise = (from: number, to: number) => {
	const pct = gapPct(from, to);
	if (Math.abs(pct) < 0.5) return 'held steady';
	return `${pct > 0 ? 'rose' : 'fell'} ${Math.abs(pct).toFixed(0)}%`;
};

/** "ML-engineer pay rose 4% from 2023 to 2024; AI-engineer pay fell 3%" */
export function trendTitle(
	cells: readonly PayCell[],
	fullYears: readonly number[],
	place: string
): string {
	const parts: string[] = [];
	let span = '';
	for (const role of ROLE_ORDER) {
		const shown = fullYears
			.map((y) => cells.find((c) => c.role === role && c.year === y))
			.filter(isShown);
		if (shown.length < 2) continue;
		const first = shown[0] as Shown;
		const last = shown.at(-1) as Shown;
		const s = `from ${first.year} to ${last.year}`;
		const who = role === 'ml_engineer' ? 'ML-engineer pay' : 'AI-engineer pay';
		parts.push(`${who} ${rise(first.median, last.median)}${s === span ? '' : ` ${s}`}`);
		span = s;
	}
	if (parts.length === 0) {
		const any = cells.some(isShown);
		return any
			? `Too few years with enough listings to show a pay trend in ${place}`
			: `Too few listings to show a pay trend in ${place}`;
	}
	return parts.join('; ');
}

export function trendSummary(
	cells: readonly PayCell[],
	years: readonly number[],
	partialYears: ReadonlySet<number>,
	currency: string
): string {
	const perRole = ROLE_ORDER.map((role) => {
		const items = years.map((y) => {
			const c = cells.find((x) => x.role === role && x.year === y);
			const label = partialYears.has(y) ? `${y} (partial)` : String(y);
			return `${label} ${c ? describe(c, currency) : 'no listings'}`;
		});
		return `${ROLE_LABEL[role]}: ${items.join('; ')}.`;
	});
	return `Median pay by year with 95% confidence intervals. ${perRole.join(' ')}`;
}

// ---- role demand ----------------------------------------------------------------------------

/** "AI engineers rose from 0.64% to 1.8% of listings (2023–2025*); ML engineers fell from 12% to 3.9%" */
export function demandTitle(
	rows: readonly ListingRow[],
	years: readonly number[],
	partialYears: ReadonlySet<number>,
	place: string
): string {
	const star = (y: number) => (partialYears.has(y) ? `${y}*` : String(y));
	const changes = (['ai_engineer', 'ml_engineer'] as const).flatMap((role) => {
		const withShare = years
			.map((y) => rows.find((r) => r.role === role && r.year === y))
			.filter(
				(r): r is ListingRow & { share_of_all_pct: number; year: number } =>
					!!r && r.share_of_all_pct !== null && r.listings > 0
			);
		const a = withShare[0];
		const b = withShare.at(-1);
		if (!a || !b || a === b) return [];
		const dir = b.share_of_all_pct >= a.share_of_all_pct ? 'rose' : 'fell';
		const change = `${roleNoun[role]} ${dir} from ${formatShare(a.share_of_all_pct)} to ${formatShare(b.share_of_all_pct)}`;
		return [{ change, span: `${star(a.year)}–${star(b.year)}` }];
	});
	const [first, second] = changes;
	if (!first) return `Too few listings to show demand for either role in ${place}`;
	const head = `${first.change} of listings (${first.span})`;
	if (!second) return head;
	return `${head}; ${second.change}${second.span === first.span ? '' : ` (${second.span})`}`;
}

export function demandSummary(
	rows: readonly ListingRow[],
	years: readonly number[],
	partialYears: ReadonlySet<number>
): string {
	const perRole = ROLE_ORDER.map((role) => {
		const items = years.map((y) => {
			const r = rows.find((x) => x.role === role && x.year === y);
			const label = partialYears.has(y) ? `${y} (partial)` : String(y);
			if (!r) return `${label} no listings`;
			const share =
				r.share_of_all_pct === null
					? ''
					: ` (${formatShare(r.share_of_all_pct)} of ${formatCount(r.all_listings)})`;
			return `${label} ${formatCount(r.listings)}${share}`;
		});
		return `${ROLE_LABEL[role]} listings: ${items.join('; ')}.`;
	});
	return `Listings per year, and their share of all listings in the index. ${perRole.join(' ')}`;
}

// ---- market demand --------------------------------------------------------------------------

/** "6.1% of job postings in the United Kingdom mentioned AI in Jun 2026, up from 4.5% a year earlier" */
export function marketTitle(rows: readonly AiShareRow[], place: string): string {
	const last = rows.at(-1);
	if (!last) return `Indeed does not publish an AI share of postings for ${place}`;
	const [y, m] = last.month.split('-');
	const before = rows.find((r) => r.month === `${Number(y) - 1}-${m}`);
	const now = `${last.ai_share_pct.toFixed(1)}% of job postings in ${place} mentioned AI in ${formatMonth(last.month)}`;
	if (!before) return now;
	const change = last.ai_share_pct - before.ai_share_pct;
	const dir = Math.abs(change) < 0.05 ? 'about the same as' : change > 0 ? 'up from' : 'down from';
	return `${now}, ${dir} ${before.ai_share_pct.toFixed(1)}% a year earlier`;
}

export function marketSummary(rows: readonly AiShareRow[]): string {
	if (rows.length === 0) return 'No data.';
	const byYear = new Map<string, number[]>();
	for (const r of rows) {
		const y = r.month.slice(0, 4);
		byYear.set(y, [...(byYear.get(y) ?? []), r.ai_share_pct]);
	}
	const years = [...byYear].map(
		([y, v]) => `${y} ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(1)}%`
	);
	return `Share of all job postings that mention AI, mean of the monthly values per year: ${years.join('; ')}. Latest month ${formatMonth(rows.at(-1)!.month)}: ${rows.at(-1)!.ai_share_pct.toFixed(2)}%.`;
}

// ---- the gap --------------------------------------------------------------------------------

export function gapTitle(
	cells: readonly PayCell[],
	years: readonly number[],
	partialYears: ReadonlySet<number>
): string {
	const rows = years
		.map((y) => ({
			y,
			g: gapOf(
				cells.find((c) => c.role === 'ml_engineer' && c.year === y),
				cells.find((c) => c.role === 'ai_engineer' && c.year === y)
			)
		}))
		.filter((r) => r.g !== null);
	if (rows.length === 0) return 'Too few listings of both roles in any year to measure the gap';
	const full = rows.filter((r) => !partialYears.has(r.y));
	const pick = (full.at(-1) ?? rows.at(-1))!;
	const g = pick.g!;
	const when = partialYears.has(pick.y) ? `${pick.y} (partial)` : String(pick.y);
	const size = `${Math.abs(g.pct).toFixed(0)}% ${g.pct < 0 ? 'less' : 'more'} than ML engineers in ${when}`;
	const sure = g.high < 0 || g.low > 0 ? ', beyond the uncertainty' : ', within the uncertainty';
	return `AI engineers earned ${size}${sure}`;
}

export function gapSummary(
	cells: readonly PayCell[],
	years: readonly number[],
	partialYears: ReadonlySet<number>
): string {
	const items = years.map((y) => {
		const ml = cells.find((c) => c.role === 'ml_engineer' && c.year === y);
		const ai = cells.find((c) => c.role === 'ai_engineer' && c.year === y);
		const g = gapOf(ml, ai);
		const label = partialYears.has(y) ? `${y} (partial)` : String(y);
		const n = `${formatCount(ml?.listings ?? 0)} ML and ${formatCount(ai?.listings ?? 0)} AI listings`;
		return g
			? `${label} ${formatSignedPct(g.pct, 1)} (range ${formatSignedPct(g.low, 1)} to ${formatSignedPct(g.high, 1)}; ${n})`
			: `${label} too few listings (${n})`;
	});
	return `AI-engineer median pay against ML-engineer median pay, by year. ${items.join('; ')}.`;
}
