/**
 * Pay cells as the pages use them: a salary row's figures in the reader's currency, whether a cell
 * is shown, the cell of a role and year, and the pay gap between the two roles. Snapshots hold US
 * dollars; each figure is converted with the rate of its own year from `fx.csv` (the rate the
 * publisher used to make `salary_in_usd`, recovered from the data), falling back to the nearest
 * year a currency has rows for.
 *
 * @example
 * const cells = toPayCells(rows, fx, 'GBP', 2024);
 * payGap(cellAt(cells, 'ml_engineer', 2024), cellAt(cells, 'ai_engineer', 2024));
 * // { pct: −12.3, low: −30.1, high: +8.2 } or null when either cell is withheld
 */
import type { Definition, Role } from '../domain';
import { rateFor } from './fx';
import type { FxRow, SalaryRow } from './schema';
import type { CellStats } from './stats';

/** One salary cell with its pay figures in a display currency (null where withheld). */
export interface PayCell extends CellStats {
	role: Role;
	definition: Definition;
	region: string;
	year: number | 'all';
	level: SalaryRow['level'];
}

/** A cell with every figure the charts draw: its median and the median's 95% CI. */
export type ShownCell = PayCell & { median: number; ciLow: number; ciHigh: number };

/** Whether a cell has figures to show; a withheld (or missing) cell is drawn as "too few listings". */
export const isShown = (c: PayCell | null | undefined): c is ShownCell =>
	!!c && c.median !== null && c.ciLow !== null && c.ciHigh !== null;

/** The cell of `role` in `year` among one region's cells (one definition and level), if any. */
export function cellAt<C extends { role: Role; year: number | 'all' }>(
	cells: readonly C[],
	role: Role,
	year: number
): C | undefined {
	return cells.find((c) => c.role === role && c.year === year);
}

export interface Gap {
	/** (AI median / ML median − 1) × 100 */
	pct: number;
	/**
	 * The gap's range from the two medians' 95% CIs at their most distant ends, (AI low / ML high − 1)
	 * to (AI high / ML low − 1): conservative, wider than a 95% interval for the ratio itself.
	 */
	low: number;
	high: number;
}

/** The AI-engineer median against the ML-engineer median, in %, or null unless both are shown. */
export function payGap(ml: PayCell | null | undefined, ai: PayCell | null | undefined): Gap | null {
	if (!isShown(ml) || !isShown(ai)) return null;
	return {
		pct: (ai.median / ml.median - 1) * 100,
		low: (ai.ciLow / ml.ciHigh - 1) * 100,
		high: (ai.ciHigh / ml.ciLow - 1) * 100
	};
}

/** Both roles' cells in `year` among one region's cells (one definition and level), and their gap. */
export function gapIn(cells: readonly PayCell[], year: number) {
	const ml = cellAt(cells, 'ml_engineer', year);
	const ai = cellAt(cells, 'ai_engineer', year);
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
 * The rate to use for `year` (for "all years" cells, `fallbackYear`). USD is always 1.
 * Throws when fx.csv has no row at all for the currency: a page must not show unconverted dollars
 * under another currency's symbol.
 */
export function rateOf(fx: readonly FxRow[], currency: string, year: number): Rate {
	if (currency === 'USD') return { currency, usdPerUnit: 1, year };
	const row = rateFor(fx, currency, year);
	if (!row) throw new RangeError(`fx.csv has no rate for ${currency}; add rows or drop the currency`);
	return { currency, usdPerUnit: row.usd_per_unit, year: row.year };
}

export function toPayCell(row: SalaryRow, rate: Rate): PayCell {
	const f = (v: number | null) => (v === null ? null : v / rate.usdPerUnit);
	return {
		role: row.role,
		definition: row.definition,
		region: row.region,
		year: row.year,
		level: row.level,
		listings: row.listings,
		p25: f(row.p25_usd),
		median: f(row.median_usd),
		p75: f(row.p75_usd),
		ciLow: f(row.ci_low_usd),
		ciHigh: f(row.ci_high_usd),
		confidence: row.confidence
	};
}

/** Converts rows, each with the rate of its own year ("all" uses `fallbackYear`'s rate). */
export function toPayCells(
	rows: readonly SalaryRow[],
	fx: readonly FxRow[],
	currency: string,
	fallbackYear: number
): PayCell[] {
	const rates = new Map<number, Rate>();
	return rows.map((row) => {
		const year = row.year === 'all' ? fallbackYear : row.year;
		let rate = rates.get(year);
		if (!rate) rates.set(year, (rate = rateOf(fx, currency, year)));
		return toPayCell(row, rate);
	});
}
