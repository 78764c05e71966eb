/**
 * Per-cell statistics: quartiles with d3-array (R-7, linear interpolation) and a distribution-free
 * 95% confidence interval for the median from binomial order statistics.
 */
import { quantileSorted } from 'd3-array';
import { confidenceFor, type Confidence } from './schema';

/**
 * 1-based ranks (lo, hi) of the order statistics that bound the median with at least `level`
 * coverage: lo is the largest k with P(B ≤ k − 1) ≤ (1 − level) / 2 for B ~ Binomial(n, ½), and
 * hi = n + 1 − lo. Returns null when n is too small for any such interval (n ≤ 5 at 95%).
 *
 * @example medianCiRanks(10) // [2, 9]: P(B ≤ 1) = 11/1024 ≤ 0.025 < P(B ≤ 2) = 56/1024
 */
export function medianCiRanks(n: number, level = 0.95): [number, number] | null {
	const tail = (1 - level) / 2;
	// Work in logs: 0.5^n underflows to 0 long before n reaches the sizes the benchmark uses.
	let logPmf = -n * Math.LN2; // log P(B = 0)
	let logCdf = logPmf;
	if (Math.exp(logCdf) > tail) return null;
	let j = 0; // invariant: P(B ≤ j) ≤ tail
	while (j + 1 <= n) {
		logPmf += Math.log((n - j) / (j + 1));
		const next = logCdf + Math.log1p(Math.exp(logPmf - logCdf));
		if (Math.exp(next) > tail) break;
		logCdf = next;
		j++;
	}
	const lo = j + 1;
	return [lo, n + 1 - lo];
}

/** d3's R-7 quantile of sorted values; its types want an array, but it only indexes (typed arrays too). */
const quantileOf = (sorted: ArrayLike<number>, p: number): number | null =>
	quantileSorted(sorted as unknown as number[], p) ?? null;

export interface CellStats {
	listings: number;
	p25: number | null;
	median: number | null;
	p75: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	confidence: Confidence;
}

/** Statistics of one cell from its listing midpoints, sorted ascending. Withheld cells keep only n. */
export function cellStats(sorted: ArrayLike<number>): CellStats {
	const n = sorted.length;
	const confidence = confidenceFor(n);
	if (confidence === 'withheld')
		return { listings: n, p25: null, median: null, p75: null, ciLow: null, ciHigh: null, confidence };
	const ranks = medianCiRanks(n);
	if (!ranks) throw new RangeError(`no median CI for n = ${n}; MIN_LISTINGS must be at least 6`);
	return {
		listings: n,
		p25: quantileOf(sorted, 0.25),
		median: quantileOf(sorted, 0.5),
		p75: quantileOf(sorted, 0.75),
		ciLow: sorted[ranks[0] - 1] as number,
		ciHigh: sorted[ranks[1] - 1] as number,
		confidence
	};
}

/** Median of a multiset given as value → count, equal to d3's `median` of the expanded list. */
export function weightedMedian(counts: ReadonlyMap<number, number>): number | null {
	const values = [...counts.keys()].sort((a, b) => a - b);
	let total = 0;
	for (const v of values) total += counts.get(v) as number;
	if (total === 0) return null;
	const lowIndex = Math.floor((total - 1) / 2);
	const highIndex = Math.ceil((total - 1) / 2);
	let seen = 0;
	let low: number | undefined;
	for (const v of values) {
		seen += counts.get(v) as number;
		if (low === undefined && seen > lowIndex) low = v;
		if (seen > highIndex) return ((low as number) + v) / 2;
	}
	return null;
}
