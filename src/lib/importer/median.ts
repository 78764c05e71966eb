/**
 * Medians the importer takes of large arrays and multisets without sorting them whole: merging
 * sorted parts, selection in place, and the median of a multiset kept as (value, count) pairs.
 * Each equals d3-array's R-7 median of the same values.
 */
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
