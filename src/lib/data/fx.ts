/**
 * Yearly exchange rates derived from the salary index itself: for each currency and year, the median
 * of `salary_in_usd / salary` over that currency's rows. The publisher converted every row with its
 * yearly average rate, so the median recovers that rate while ignoring rounding noise.
 * Ratios are kept per currency and year as runs of equal values in typed arrays: every USD row has
 * the ratio 1 and many others repeat their neighbour's, so a run costs one entry and a million rows
 * no more than a few megabytes, without a hash-map entry per distinct ratio.
 */
import { roundSignificant } from './round';
import type { FxRow } from './schema';
import { weightedMedian } from './stats';

/** Runs of equal ratios in arrival order: `ratios[i]` occurred `counts[i]` times in a row. */
class RatioRuns {
	ratios = new Float64Array(16);
	counts = new Uint32Array(16);
	length = 0;

	add(ratio: number): void {
		const last = this.length - 1;
		if (last >= 0 && this.ratios[last] === ratio) {
			this.counts[last]!++;
			return;
		}
		if (this.length === this.ratios.length) {
			const ratios = new Float64Array(this.length * 2);
			const counts = new Uint32Array(this.length * 2);
			ratios.set(this.ratios);
			counts.set(this.counts);
			this.ratios = ratios;
			this.counts = counts;
		}
		this.ratios[this.length] = ratio;
		this.counts[this.length++] = 1;
	}
}

export class FxAccumulator {
	/** currency → year → ratios */
	private readonly runs = new Map<string, Map<number, RatioRuns>>();

	/** Consecutive rows mostly share currency and year: remember the last pair's runs. */
	private lastCurrency = '';
	private lastYear = NaN;
	private last: RatioRuns | null = null;

	add(currency: string, year: number, salary: number, salaryUsd: number): void {
		let runs = this.last;
		if (runs === null || currency !== this.lastCurrency || year !== this.lastYear) {
			runs = this.runsOf(currency, year);
			this.last = runs;
			this.lastCurrency = currency;
			this.lastYear = year;
		}
		runs.add(salaryUsd / salary);
	}

	private runsOf(currency: string, year: number): RatioRuns {
		let byYear = this.runs.get(currency);
		if (!byYear) this.runs.set(currency, (byYear = new Map()));
		let runs = byYear.get(year);
		if (!runs) byYear.set(year, (runs = new RatioRuns()));
		return runs;
	}

	/** One row per currency and year seen, sorted by currency then year. */
	rows(): FxRow[] {
		const rows: FxRow[] = [];
		for (const currency of [...this.runs.keys()].sort())
			for (const [year, runs] of [...(this.runs.get(currency) ?? [])].sort((a, b) => a[0] - b[0])) {
				const ratios = runs.ratios.subarray(0, runs.length);
				const counts = runs.counts.subarray(0, runs.length);
				let n = 0;
				for (const c of counts) n += c;
				rows.push({
					currency,
					year,
					usd_per_unit: roundSignificant(weightedMedian(ratios, counts) as number, 8),
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
