/**
 * Yearly exchange rates derived from the salary index itself: for each currency and year, the median
 * of `salary_in_usd / salary` over that currency's rows. The publisher converted every row with its
 * yearly average rate, so the median recovers that rate while ignoring rounding noise.
 * Rates are kept as value → count maps: rows of one currency-year share a handful of distinct ratios,
 * so memory stays flat however long the file is.
 */
import { roundSignificant } from './round';
import type { FxRow } from './schema';
import { weightedMedian } from './stats';

export class FxAccumulator {
	private readonly ratios = new Map<string, Map<number, number>>();

	add(currency: string, year: number, salary: number, salaryUsd: number): void {
		const key = `${currency}|${year}`;
		let counts = this.ratios.get(key);
		if (!counts) this.ratios.set(key, (counts = new Map()));
		const ratio = salaryUsd / salary;
		counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
	}

	/** One row per currency and year seen, sorted by currency then year. */
	rows(): FxRow[] {
		const rows: FxRow[] = [];
		for (const [key, counts] of this.ratios) {
			const [currency, year] = key.split('|') as [string, string];
			let n = 0;
			for (const c of counts.values()) n += c;
			rows.push({
				currency,
				year: Number(year),
				usd_per_unit: roundSignificant(weightedMedian(counts) as number, 8),
				rows: n
			});
		}
		return rows.sort((a, b) =>
			a.currency === b.currency ? a.year - b.year : a.currency < b.currency ? -1 : 1
		);
	}
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
