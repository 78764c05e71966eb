/**
 * Per-cell statistics: quartiles with d3-array (R-7, linear interpolation), the effective number of
 * listings when some are repeats (Kish), and a distribution-free 95% confidence interval for the
 * median from binomial order statistics at that effective size.
 */
import { quantileSorted } from 'd3-array';
import { round } from './round';
import { confidenceFor, type Confidence } from '../domain';

/**
 * 1-based ranks (lo, hi) of the order statistics that bound the median with at least `level`
 * coverage: lo is the largest k with P(B ≤ k − 1) ≤ (1 − level) / 2 for B ~ Binomial(n, ½), and
 * hi = n + 1 − lo. Returns null when n is too small for any such interval (n ≤ 5 at 95%).
 *
 * @example medianCiRanks(10) // [2, 9]: P(B ≤ 1) = 11/1024 ≤ 0.025 < P(B ≤ 2) = 56/1024
 */
export function medianCiRanks(n: number, level = 0.95): [number, number] | null {
	const key = `${n} ${level}`;
	let ranks = RANKS.get(key);
	if (ranks === undefined) RANKS.set(key, (ranks = ranksOf(n, level)));
	return ranks && [ranks[0], ranks[1]];
}

/** `medianCiRanks` by n and level: a few thousand cells ask for a few hundred sizes. */
const RANKS = new Map<string, readonly [number, number] | null>();

/**
 * ln(m!) by Stirling's series, for m ≥ 100 (the first omitted term is below 10⁻¹⁷ there).
 */
function lnFactorial(m: number): number {
	const m2 = m * m;
	return (
		m * Math.log(m) - m + 0.5 * Math.log(2 * Math.PI * m) + (1 / 12 - (1 / 360 - 1 / (1260 * m2)) / m2) / m
	);
}

/**
 * Where `ranksOf` starts summing: ten standard deviations (√n / 2 each) below the mean, where
 * P(B ≤ j) < 10⁻²², far below a double's precision next to 0.025; 0 for small n. A large cell's
 * ranks then take about 4√n terms rather than n / 2 of them (a 100,000-listing cell: 1,300).
 */
const firstTerm = (n: number) => (n < 1000 ? 0 : Math.floor(n / 2 - 5 * Math.sqrt(n)));

function ranksOf(n: number, level: number): [number, number] | null {
	const tail = (1 - level) / 2;
	// P(B ≤ j) = 2⁻ⁿ Σᵢ≤ⱼ C(n, i), summed in plain numbers carried with a scale e^scale (2⁻ⁿ
	// underflows long before n reaches the sizes the benchmark uses): one multiplication per term,
	// and a rescale whenever the sum grows large. The terms below `firstTerm` are left out.
	let j = firstTerm(n);
	let scale =
		(j === 0 ? 0 : lnFactorial(n) - lnFactorial(j) - lnFactorial(n - j)) - n * Math.LN2;
	let term = 1; // C(n, j) × e^(-n ln 2 - scale)
	let sum = 1; // P(B ≤ j) = sum × e^scale
	let limit = Math.exp(Math.log(tail) - scale); // P(B ≤ j) ≤ tail ⇔ sum ≤ limit
	if (sum > limit) return null;
	// invariant: P(B ≤ j) ≤ tail
	while (j + 1 <= n) {
		term *= (n - j) / (j + 1);
		const next = sum + term;
		if (next > limit) break;
		sum = next;
		j++;
		if (sum > 1e250) {
			sum /= 1e250;
			term /= 1e250;
			scale += 250 * Math.LN10;
			limit = Math.exp(Math.log(tail) - scale);
		}
	}
	const lo = j + 1;
	return [lo, n + 1 - lo];
}

/** d3's R-7 quantile of sorted values; its types want an array, but it only indexes (typed arrays too). */
const quantileOf = (sorted: ArrayLike<number>, p: number): number | null =>
	quantileSorted(sorted as unknown as number[], p) ?? null;

/**
 * The R-7 quantiles of sorted values at 5%, 10%, …, 95% (`VENTILES`): level k/20 taken as
 * `quantileAtRank(k, 21)`, whole and fraction in integers, so that a level that is a whole rank
 * (every k when n − 1 is a multiple of 20) lands exactly on its order statistic. Empty for no values.
 */
export function ventiles(sorted: ArrayLike<number>): number[] {
	if (sorted.length === 0) return [];
	return Array.from({ length: 19 }, (_, k) => quantileAtRank(sorted, k + 1, 21));
}

/**
 * Kish's effective sample size n² / Σmᵢ² of a sample made of groups of identical listings with
 * sizes m₁…m_k (n = Σmᵢ), to 2 decimals: n when every listing is distinct, 1 when all are one.
 *
 * @example effectiveSize(4, 1 + 1 + 4) // 2.67: groups of 1, 1 and 2
 */
export function effectiveSize(n: number, sumOfSquares: number): number {
	return n === 0 ? 0 : round((n * n) / sumOfSquares, 2);
}

/**
 * The R-7 quantile of sorted values at the level j / (m − 1): d3's interpolation, with the index
 * (n − 1)·j / (m − 1) split into whole and fraction in integers, so that m = n lands exactly on the
 * order statistic x_(j+1) (a float level times n − 1 can miss it in the last bit).
 */
function quantileAtRank(sorted: ArrayLike<number>, j: number, m: number): number {
	const n = sorted.length;
	const whole = Math.floor(((n - 1) * j) / (m - 1));
	const fraction = ((n - 1) * j - whole * (m - 1)) / (m - 1);
	const a = sorted[whole] as number;
	return fraction === 0 ? a : a + ((sorted[whole + 1] as number) - a) * fraction;
}

/**
 * The 95% CI of the median of a sample whose effective size is `nEff`: with m = max(1, round(nEff))
 * and (lo, hi) the order-statistic ranks of a sample of m (`medianCiRanks`), the R-7 quantiles of
 * the full sample at levels (lo − 1)/(m − 1) and (hi − 1)/(m − 1). Without repeats m = n and this
 * is exactly the order statistics x_(lo), x_(hi). Null when m is too small for an interval.
 */
export function medianCi(sorted: ArrayLike<number>, nEff: number): [number, number] | null {
	const m = Math.max(1, Math.round(nEff));
	const ranks = medianCiRanks(m);
	if (!ranks || m < 2) return null;
	return [quantileAtRank(sorted, ranks[0] - 1, m), quantileAtRank(sorted, ranks[1] - 1, m)];
}

/** How a cell's listings group into identical ones: k distinct listings, Σmᵢ² over their groups. */
export interface Repeats {
	distinct: number;
	sumOfSquares: number;
}

/** No repeats: every one of `n` listings distinct. */
export const noRepeats = (n: number): Repeats => ({ distinct: n, sumOfSquares: n });

export interface CellStats {
	listings: number;
	distinct: number;
	nEff: number;
	p25: number | null;
	median: number | null;
	p75: number | null;
	ciLow: number | null;
	ciHigh: number | null;
	confidence: Confidence;
}

/**
 * Statistics of one cell from its listings' pay, sorted ascending, and how they repeat. The
 * quartiles are of every listing (repeats included, as the index publishes them); the confidence
 * and the CI follow the effective size. Withheld cells keep only their counts.
 */
export function cellStats(sorted: ArrayLike<number>, repeats: Repeats = noRepeats(sorted.length)): CellStats {
	const n = sorted.length;
	const nEff = effectiveSize(n, repeats.sumOfSquares);
	const confidence = confidenceFor(nEff);
	const counts = { listings: n, distinct: repeats.distinct, nEff };
	if (confidence === 'withheld')
		return { ...counts, p25: null, median: null, p75: null, ciLow: null, ciHigh: null, confidence };
	const ci = medianCi(sorted, nEff);
	if (!ci) throw new RangeError(`no median CI for n_eff = ${nEff}; MIN_LISTINGS must be at least 6`);
	return {
		...counts,
		p25: quantileOf(sorted, 0.25),
		median: quantileOf(sorted, 0.5),
		p75: quantileOf(sorted, 0.75),
		ciLow: ci[0],
		ciHigh: ci[1],
		confidence
	};
}

/**
 * One ascending array from ascending arrays, merged in pairs (O(n log k) for k arrays, where
 * sorting their concatenation would be O(n log n)). A single array is returned as it is.
 */
export function mergeSorted(parts: readonly Float64Array[]): Float64Array {
	let arrays = parts;
	if (arrays.length === 0) return new Float64Array(0);
	while (arrays.length > 1) {
		const next: Float64Array[] = [];
		for (let p = 0; p + 1 < arrays.length; p += 2)
			next.push(merge(arrays[p] as Float64Array, arrays[p + 1] as Float64Array));
		if (arrays.length % 2 === 1) next.push(arrays.at(-1) as Float64Array);
		arrays = next;
	}
	return arrays[0] as Float64Array;
}

function merge(a: Float64Array, b: Float64Array): Float64Array {
	const out = new Float64Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length)
		out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
	out.set(a.subarray(i), k);
	out.set(b.subarray(j), k + a.length - i);
	return out;
}

/**
 * The median of `values` as d3’s `median` gives it (R-7: for an even count, the lower middle value
 * plus half the way to the upper one), found by selection in O(n) rather than by sorting; it
 * reorders `values` in place. Null when there are none.
 *
 * @example medianInPlace(Float64Array.of(5, 1, 4, 2)) // 3
 */
export function medianInPlace(values: Float64Array): number | null {
	const n = values.length;
	if (n === 0) return null;
	const k = (n - 1) >> 1;
	selectInPlace(values, k);
	const low = values[k] as number;
	if (n % 2 === 1) return low;
	// the upper middle value is the least of those the selection left above it
	let high = Infinity;
	for (let i = k + 1; i < n; i++) if ((values[i] as number) < high) high = values[i] as number;
	return low + (high - low) * 0.5;
}

/** Hoare's selection: puts the value of rank `k` (0-based) at `k`, no greater one before it, no smaller after. */
function selectInPlace(a: Float64Array, k: number): void {
	let lo = 0;
	let hi = a.length - 1;
	while (lo < hi) {
		const pivot = a[(lo + hi) >>> 1] as number;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while ((a[i] as number) < pivot) i++;
			while ((a[j] as number) > pivot) j--;
			if (i <= j) {
				const t = a[i] as number;
				a[i++] = a[j] as number;
				a[j--] = t;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return;
	}
}

/** `weightedMedian` expands a multiset of at most this many times as many elements as pairs. */
const EXPAND_AT_MOST = 4;

/**
 * Median of a multiset where `values[i]` occurs `counts[i]` times (values may repeat), equal to d3's
 * `median` of the expanded list. The list is expanded only when that costs a few times the pairs'
 * own memory (`EXPAND_AT_MOST`); a multiset of many repeats is selected among its pairs.
 */
export function weightedMedian(values: Float64Array, counts: Uint32Array): number | null {
	let total = 0;
	for (const c of counts) total += c;
	if (total === 0) return null;
	const rank = Math.floor((total - 1) / 2);
	if (total <= EXPAND_AT_MOST * values.length) {
		// few repeats: the expanded list (a few times the pairs' own size), sorted natively, is
		// several times faster than selecting pairs in JavaScript that has not warmed up
		const expanded = new Float64Array(total);
		let at = 0;
		for (let i = 0; i < values.length; i++)
			for (let n = counts[i] as number, x = values[i] as number; n > 0; n--) expanded[at++] = x;
		expanded.sort();
		const low = expanded[rank] as number;
		return total % 2 === 1 ? low : (low + (expanded[rank + 1] as number)) / 2;
	}
	// selecting reorders the pairs, so work on copies
	const v = values.slice();
	const c = counts.slice();
	const low = selectRank(v, c, rank);
	if (total % 2 === 1) return low;
	// the next rank up: `low` again if more than rank + 1 elements are at most `low`, else the
	// least value above it that occurs at all (one pass, where a second selection would
	// partition again)
	let atMost = 0;
	let above = Infinity;
	for (let i = 0; i < v.length; i++) {
		const x = v[i] as number;
		if (x <= low) atMost += c[i] as number;
		else if ((c[i] as number) > 0 && x < above) above = x;
	}
	return (low + (atMost > rank + 1 ? low : above)) / 2;
}

/**
 * The element at 0-based `rank` of the multiset where `values[i]` occurs `counts[i]` times
 * (`rank` below the total count; no NaN values). Quickselect with a three-way partition that
 * moves each value and its count together: O(n) expected. Reorders both arrays in place.
 */
function selectRank(values: Float64Array, counts: Uint32Array, rank: number): number {
	const swap = (i: number, j: number) => {
		const v = values[i] as number;
		values[i] = values[j] as number;
		values[j] = v;
		const c = counts[i] as number;
		counts[i] = counts[j] as number;
		counts[j] = c;
	};
	let lo = 0;
	let hi = values.length;
	let k = rank;
	for (;;) {
		// [lo, hi) holds more than k elements: split it into < pivot, = pivot and > pivot
		const pivot = values[(lo + hi) >>> 1] as number;
		let lt = lo;
		let i = lo;
		let gt = hi;
		let below = 0;
		let equal = 0;
		while (i < gt) {
			const value = values[i] as number;
			if (value < pivot) {
				swap(lt, i);
				below += counts[lt++] as number;
				i++;
			} else if (value > pivot) swap(i, --gt);
			else equal += counts[i++] as number;
		}
		if (k < below) hi = lt;
		else if (k < below + equal) return pivot;
		else {
			k -= below + equal;
			lo = gt;
		}
	}
}
