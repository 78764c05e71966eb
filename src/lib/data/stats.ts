/**
 * Per-cell statistics: quartiles with d3-array (R-7, linear interpolation), the effective number of
 * listings when some are repeats (Kish), and a distribution-free 95% confidence interval for the
 * median from binomial order statistics at that effective size.
 */
import { quantileSorted } from 'd3-array';
import { round } from './round';
import { confidenceFor, Z95, type Confidence } from '../domain';

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
 * Wilson's 95% score interval for a proportion of `k` in `n`, as fractions (null for n = 0): the
 * interval v3 compares two years' shares with (a change is called one only where the two years'
 * intervals do not overlap).
 *
 * @example wilsonInterval(10, 100) // [0.0552, 0.1744] (to 4 decimals)
 */
export function wilsonInterval(k: number, n: number, z = Z95): [number, number] | null {
	if (n <= 0) return null;
	const p = k / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = ((z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n)));
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * How a share moved from `a` to `b` (each `listings` of `panel`), as methodology v3 lets a page
 * say it: 'up' or 'down' only where the two Wilson 95% intervals do not overlap, else 'unclear'
 * (and 'unclear' where either has no panel).
 */
export function wilsonChange(
	a: { listings: number; panel: number },
	b: { listings: number; panel: number }
): 'up' | 'down' | 'unclear' {
	const ia = wilsonInterval(a.listings, a.panel);
	const ib = wilsonInterval(b.listings, b.panel);
	if (!ia || !ib) return 'unclear';
	if (ib[0] > ia[1]) return 'up';
	if (ib[1] < ia[0]) return 'down';
	return 'unclear';
}

