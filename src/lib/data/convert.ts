/**
 * Pay in the reader's currency. Snapshots hold US dollars; each figure is converted with the rate of
 * its own year from `fx.csv` (the rate the publisher used to make `salary_in_usd`, recovered from the
 * data), falling back to the nearest year a currency has rows for.
 */
import { rateFor } from './fx';
import type { Confidence, Definition, FxRow, Role, SalaryRow } from './schema';

/** One salary cell with its pay figures in a display currency (null where withheld). */
export interface PayCell {
	role: Role;
	definition: Definition;
	region: string;
	year: number | 'all';
	level: SalaryRow['level'];
	listings: number;
	p25: number | null;
	median: number | null;
	p75: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	confidence: Confidence;
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
