/**
 * Pay cells as the pages use them: a salary row's figures in the reader's currency, whether a cell
 * is shown, the cell of a role and period, and the pay gap between the two roles. A snapshot row
 * holds its figures in its own currency (US dollars for the `all` basis, the region's currency for
 * `local`); another currency is reached through US dollars at the market rates of fx.csv, for the
 * period's last year (a pooled period's figures mix years; they are shown at its latest rate).
 *
 * @example
 * const cells = toPayCells(rows, fx, 'GBP');
 * payGap(cellAt(cells, 'ml_engineer', 2024), cellAt(cells, 'ai_engineer', 2024));
 * // { pct: −12.3, low: −30.1, high: +8.2, verdict: 'unclear' } or null when either is withheld
 */
import {
	rateYear,
	Z95,
	type Basis,
	type Definition,
	type Period,
	type Role,
	type Verdict
} from '../domain';
import { round } from './round';
import type { FxRow, SalaryRow } from './schema';
import type { CellStats } from './stats';

/** A salaries.csv row as a page receives it: without the figures only the methodology uses. */
export type CellRow = Omit<SalaryRow, 'median_distinct' | 'median_index_usd'>;

/** One salary cell with its pay figures in a display currency (null where withheld). */
export interface PayCell extends CellStats {
	role: Role;
	definition: Definition;
	basis: Basis;
	region: string;
	period: Period;
	level: SalaryRow['level'];
	/** The currency the figures are in. */
	currency: string;
	/** Listings per country (`DE:8 FR:2`), for a region of several countries. */
	countryMix: string | null;
}

/** A cell with every figure the charts draw: its median and the median's 95% CI. */
export type ShownCell = PayCell & { median: number; ciLow: number; ciHigh: number };

/** Whether a cell has figures to show; a withheld (or missing) cell is drawn as "too few listings". */
export const isShown = (c: PayCell | null | undefined): c is ShownCell =>
	!!c && c.median !== null && c.ciLow !== null && c.ciHigh !== null;

/** The cell of `role` in `period` among one region's cells (one definition, level, basis), if any. */
export function cellAt<C extends { role: Role; period: Period }>(
	cells: readonly C[],
	role: Role,
	period: Period
): C | undefined {
	return cells.find((c) => c.role === role && c.period === period);
}

export interface Gap {
	/** (AI median / ML median − 1) × 100 */
	pct: number;
	/** The gap's 95% interval, in % (see `gapBetween`). */
	low: number;
	high: number;
	verdict: Verdict;
}

/** A median with its 95% CI, in any one currency. */
export interface MedianWithCi {
	median: number;
	ciLow: number;
	ciHigh: number;
}

/**
 * The AI-engineer median against the ML-engineer median (methodology v3): r = AI / ML and the gap
 * r − 1, in %, with a 95% interval for it on the log scale. Each median's standard error on the
 * log scale is read off its own 95% CI, SE = (ln high − ln low) / (2 × 1.959964), and the
 * interval is exp(ln r ± 1.959964 × √(SE_ai² + SE_ml²)) − 1 (the usual interval for a ratio of
 * medians, e.g. Price & Bonett 2002). The verdict is read off the interval as it is shown, to one
 * decimal: the AI median is lower when all of it is below 0, higher when all of it is above.
 *
 * @example
 * // ML £100k (CI 90k–110k), AI £80k (CI 64k–100k): −20%, interval −37.4% to +2.2%: unclear
 * gapBetween({ median: 100e3, ciLow: 90e3, ciHigh: 110e3 }, { median: 80e3, ciLow: 64e3, ciHigh: 100e3 });
 */
export function gapBetween(ml: MedianWithCi, ai: MedianWithCi): Gap {
	const se = (c: MedianWithCi) => (Math.log(c.ciHigh) - Math.log(c.ciLow)) / (2 * Z95);
	const logRatio = Math.log(ai.median / ml.median);
	const half = Z95 * Math.hypot(se(ai), se(ml));
	const pct = (ai.median / ml.median - 1) * 100;
	const low = (Math.exp(logRatio - half) - 1) * 100;
	const high = (Math.exp(logRatio + half) - 1) * 100;
	const verdict = round(high, 1) < 0 ? 'ai_lower' : round(low, 1) > 0 ? 'ai_higher' : 'unclear';
	return { pct, low, high, verdict };
}

/** The AI-engineer median against the ML-engineer median, or null unless both are shown. */
export function payGap(ml: PayCell | null | undefined, ai: PayCell | null | undefined): Gap | null {
	if (!isShown(ml) || !isShown(ai)) return null;
	return gapBetween(ml, ai);
}

/** Both roles' cells in `period` among one region's cells (one definition, level, basis), and their gap. */
export function gapIn(cells: readonly PayCell[], period: Period) {
	const ml = cellAt(cells, 'ml_engineer', period);
	const ai = cellAt(cells, 'ai_engineer', period);
	return { ml, ai, gap: payGap(ml, ai) };
}

export interface Rate {
	currency: string;
	/** US dollars per unit of `currency`. */
	usdPerUnit: number;
	/** The year the rate is from (may differ from the year asked for). */
	year: number;
}

/**
 * The rate to use for `year`: that year's, or the nearest year's. USD is always 1. Throws when
 * fx.csv has no row at all for the currency: a page must not show unconverted dollars under
 * another currency's symbol.
 */
export function rateOf(fx: readonly FxRow[], currency: string, year: number): Rate {
	if (currency === 'USD') return { currency, usdPerUnit: 1, year };
	const row = rateFor(fx, currency, year);
	if (!row) throw new RangeError(`fx.csv has no rate for ${currency}; add rows or drop the currency`);
	return { currency, usdPerUnit: row.usd_per_unit, year: row.year };
}

/**
 * What a figure of `period` in currency `from` is multiplied by to show it in `to`: 1 for the same
 * currency, else through US dollars at the period's rate (a pooled period's latest year).
 */
export function conversion(fx: readonly FxRow[], from: string, to: string, period: Period): number {
	if (from === to) return 1;
	const year = rateYear(period);
	return rateOf(fx, from, year).usdPerUnit / rateOf(fx, to, year).usdPerUnit;
}

/** A row's figures in `currency`: as they are, or through US dollars at the period's rate. */
export function toPayCell(row: CellRow, fx: readonly FxRow[], currency: string): PayCell {
	const factor = conversion(fx, row.currency, currency, row.period);
	const f = (v: number | null) => (v === null ? null : factor === 1 ? v : v * factor);
	return {
		role: row.role,
		definition: row.definition,
		basis: row.basis,
		region: row.region,
		period: row.period,
		level: row.level,
		currency,
		listings: row.listings,
		distinct: row.distinct,
		nEff: row.n_eff,
		p25: f(row.p25),
		median: f(row.median),
		p75: f(row.p75),
		ciLow: f(row.ci_low),
		ciHigh: f(row.ci_high),
		confidence: row.confidence,
		countryMix: row.country_mix
	};
}

/** Converts rows, each with the rate of its own period. */
export function toPayCells(
	rows: readonly CellRow[],
	fx: readonly FxRow[],
	currency: string
): PayCell[] {
	return rows.map((row) => toPayCell(row, fx, currency));
}

/**
 * The rate for `currency` in `year`: that year's, or else the nearest year's (earlier wins a tie),
 * so that a currency with no rows in one year still converts. Returns null for an unknown currency.
 */
export function rateFor(rows: readonly FxRow[], currency: string, year: number): FxRow | null {
	let best: FxRow | null = null;
	for (const row of rows) {
		if (row.currency !== currency) continue;
		const d = Math.abs(row.year - year);
		const bestD = best ? Math.abs(best.year - year) : Infinity;
		if (d < bestD || (d === bestD && best !== null && row.year < best.year)) best = row;
	}
	return best;
}

/** `cells`' listings by country, from their country mixes (`DE:8 FR:2`). */
export function countryCounts(cells: readonly (PayCell | undefined)[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const c of cells)
		for (const part of c?.countryMix?.split(' ') ?? []) {
			const [code, n] = part.split(':');
			if (code && n) counts.set(code, (counts.get(code) ?? 0) + Number(n));
		}
	return counts;
}

/** The country with the most of `cells`' listings, and its share of them. */
export function largestCountry(
	cells: readonly (PayCell | undefined)[]
): { code: string; share: number } | null {
	const counts = countryCounts(cells);
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	if (total === 0) return null;
	const [code, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
	return { code, share: n / total };
}
