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
	/** currency → year → ratio → count */
	private readonly ratios = new Map<string, Map<number, Map<number, number>>>();

	/** Consecutive rows mostly share currency and year: remember the last pair's counts. */
	private last: { currency: string; year: number; counts: Map<number, number> } | null = null;
	/** …and mostly the same ratio too: count a run of equal ratios before touching the map. */
	private run = { ratio: NaN, count: 0, counts: null as Map<number, number> | null };

	private flush(): void {
		const { ratio, count, counts } = this.run;
		if (counts && count > 0) counts.set(ratio, (counts.get(ratio) ?? 0) + count);
		this.run.count = 0;
	}

	add(currency: string, year: number, salary: number, salaryUsd: number): void {
		let counts: Map<number, number> | undefined;
		const last = this.last;
		if (last !== null && last.currency === currency && last.year === year) counts = last.counts;
		else {
			let byYear = this.ratios.get(currency);
			if (!byYear) this.ratios.set(currency, (byYear = new Map()));
			counts = byYear.get(year);
			if (!counts) byYear.set(year, (counts = new Map()));
			this.last = { currency, year, counts };
		}
		const ratio = salaryUsd / salary;
		if (ratio === this.run.ratio && counts === this.run.counts) this.run.count++;
		else {
			this.flush();
			this.run.ratio = ratio;
			this.run.counts = counts;
			this.run.count = 1;
		}
	}

	/** One row per currency and year seen, sorted by currency then year. */
	rows(): FxRow[] {
		this.flush();
		const rows: FxRow[] = [];
		for (const currency of [...this.ratios.keys()].sort())
			for (const [year, counts] of [...(this.ratios.get(currency) ?? [])].sort((a, b) => a[0] - b[0])) {
				let n = 0;
				for (const c of counts.values()) n += c;
				rows.push({
					currency,
					year,
					usd_per_unit: roundSignificant(weightedMedian(counts) as number, 8),
					rows: n
				});
			}
		return rows;
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
