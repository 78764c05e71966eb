import { median, quantile } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cellStats,
	effectiveSize,
	medianCi,
	medianCiRanks,
	noRepeats,
	ventiles,
	wilsonChange,
	wilsonInterval
} from '$lib/data/stats';

/** Checked with fast-check on generated data: they must hold for any input. */
const pay = fc.double({ min: 1, max: 5_000_000, noNaN: true });
const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe('medianCiRanks', () => {
	it('gives the textbook order statistics', () => {
		// n = 10: P(B ≤ 1) = 11/1024 = 0.0107 ≤ 0.025 < P(B ≤ 2) = 56/1024 → (x2, x9)
		expect(medianCiRanks(10)).toEqual([2, 9]);
		// n = 13: P(B ≤ 2) = 92/8192 = 0.0112 ≤ 0.025 < P(B ≤ 3) = 378/8192 → (x3, x11)
		expect(medianCiRanks(13)).toEqual([3, 11]);
		// n = 14: P(B ≤ 2) = 106/16384 = 0.0065, P(B ≤ 3) = 470/16384 = 0.0287 → (x3, x12)
		expect(medianCiRanks(14)).toEqual([3, 12]);
		// n = 30: P(B ≤ 9) = 0.0214, P(B ≤ 10) = 0.0494 → (x10, x21)
		expect(medianCiRanks(30)).toEqual([10, 21]);
		// n = 6: P(B ≤ 0) = 1/64 = 0.0156 ≤ 0.025 < P(B ≤ 1) = 7/64 → (x1, x6)
		expect(medianCiRanks(6)).toEqual([1, 6]);
	});

	it('has no interval when even the extremes cover less than 95%', () => {
		// n = 5: P(B ≤ 0) = 1/32 = 0.031 > 0.025
		expect(medianCiRanks(5)).toBeNull();
		expect(medianCiRanks(0)).toBeNull();
	});

	it('stays finite and symmetric for very large cells (no underflow)', () => {
		const [lo, hi] = medianCiRanks(1_000_000) as [number, number];
		// normal approximation: n/2 ± 1.96 √n / 2 = 500000 ± 980
		expect(Math.abs(lo - (500000 - 980))).toBeLessThan(3);
		expect(lo + hi).toBe(1_000_001);
	});

	it('agrees with the exact binomial sum for large n, where it skips the far tail', () => {
		// lo is the largest k with P(B ≤ k − 1) ≤ 0.025, i.e. 40 Σᵢ<ₖ C(n, i) ≤ 2ⁿ, in integers
		const exact = (n: number): number => {
			const bound = 1n << BigInt(n);
			let term = 1n; // C(n, i)
			let sum = 0n;
			for (let i = 0; ; i++) {
				if (40n * (sum + term) > bound) return i;
				sum += term;
				term = (term * BigInt(n - i)) / BigInt(i + 1);
			}
		};
		for (const n of [999, 1000, 1001, 1002, 1500, 2047, 4096, 9999, 20_001]) {
			const lo = exact(n);
			expect(medianCiRanks(n), `n = ${n}`).toEqual([lo, n + 1 - lo]);
		}
	});

	it('narrows relative to n as n grows', () => {
		const width = (n: number) => {
			const [lo, hi] = medianCiRanks(n) as [number, number];
			return (hi - lo) / n;
		};
		expect(width(100)).toBeGreaterThan(width(1000));
	});
});

describe('effectiveSize', () => {
	it('is n when every listing is distinct', () => {
		// ten groups of one: 10² / (10 × 1²) = 10
		expect(effectiveSize(10, 10)).toBe(10);
		expect(effectiveSize(noRepeats(34).distinct, noRepeats(34).sumOfSquares)).toBe(34);
	});

	it('counts a repeated listing as less than two independent ones, to 2 decimals', () => {
		// groups 1, 1, 2: n = 4, Σm² = 1 + 1 + 4 = 6 → 16 / 6 = 2.666… → 2.67
		expect(effectiveSize(4, 6)).toBe(2.67);
		// 20 singles and 10 pairs: n = 40, Σm² = 20 + 10 × 4 = 60 → 1600 / 60 = 26.666… → 26.67
		expect(effectiveSize(40, 60)).toBe(26.67);
	});

	it('is 1 when all listings are one repeated listing, and 0 for no listings', () => {
		// one group of 7: 49 / 49
		expect(effectiveSize(7, 49)).toBe(1);
		expect(effectiveSize(0, 0)).toBe(0);
	});
});

describe('medianCi', () => {
	// irregular, strictly increasing values: an interpolation that missed a rank by a rounding
	// error would not land exactly on one of them
	const sample = (n: number) => Float64Array.from({ length: n }, (_, i) => 1000.37 * Math.sqrt(i + 1));

	it('is exactly the order statistics x_lo, x_hi of medianCiRanks when there are no repeats', () => {
		for (const n of [6, 10, 13, 34, 100, 997]) {
			const sorted = sample(n);
			const [lo, hi] = medianCiRanks(n) as [number, number];
			const ci = medianCi(sorted, n) as [number, number];
			expect(ci[0], `n=${n}`).toBe(sorted[lo - 1]);
			expect(ci[1], `n=${n}`).toBe(sorted[hi - 1]);
		}
	});

	it('widens when repeats make the effective size smaller than n', () => {
		// 20 values 10, 20, …, 200 with n_eff 10 → m = 10 → ranks (2, 9) → levels 1/9 and 8/9.
		// R-7 positions (1-based) 1 + 19 × 1/9 = 28/9 and 1 + 19 × 8/9 = 161/9; x_k = 10k, so the
		// interpolated values are 280/9 = 31.11 and 1610/9 = 178.89
		const sorted = Float64Array.from({ length: 20 }, (_, i) => 10 * (i + 1));
		const [low, high] = medianCi(sorted, 10) as [number, number];
		expect(low).toBeCloseTo(280 / 9, 10);
		expect(high).toBeCloseTo(1610 / 9, 10);
		// without repeats: medianCiRanks(20) = (6, 15), as P(B ≤ 5) = 21700 / 2^20 = 0.0207 ≤ 0.025
		// < P(B ≤ 6) = 60460 / 2^20 = 0.0577 → (x6, x15) = (60, 150), much narrower
		expect(medianCi(sorted, 20)).toEqual([60, 150]);
	});

	it('rounds n_eff to the nearest whole sample size, and has no interval below 6', () => {
		const sorted = Float64Array.from({ length: 20 }, (_, i) => 10 * (i + 1));
		// n_eff 5.5 → m = 6 → ranks (1, 6) → levels 0 and 1: the smallest and largest listing
		expect(medianCi(sorted, 5.5)).toEqual([10, 200]);
		// n_eff 5.4 → m = 5: P(B ≤ 0) = 1/32 > 0.025
		expect(medianCi(sorted, 5.4)).toBeNull();
		expect(medianCi(sorted, 0)).toBeNull();
	});
});

describe('cellStats', () => {
	const tenValues = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190].map((v) => v * 1000);

	it('computes R-7 quartiles, the median and its CI for 10 listings, flagged low confidence', () => {
		// p25: h = 9 × 0.25 = 2.25 → 120k + 0.25 × 10k; median: (140k + 150k) / 2; p75: h = 6.75;
		// CI: medianCiRanks(10) = (2, 9) → (110k, 180k); no repeats → 10 distinct, n_eff 10
		expect(cellStats(tenValues)).toEqual({
			listings: 10,
			distinct: 10,
			nEff: 10,
			p25: 122500,
			median: 145000,
			p75: 167500,
			ciLow: 110000,
			ciHigh: 180000,
			confidence: 'low'
		});
	});

	it('withholds pay figures below 10 listings but keeps n', () => {
		expect(cellStats(tenValues.slice(0, 9))).toEqual({
			listings: 9,
			distinct: 9,
			nEff: 9,
			p25: null,
			median: null,
			p75: null,
			ciLow: null,
			ciHigh: null,
			confidence: 'withheld'
		});
		expect(cellStats([])).toMatchObject({ listings: 0, nEff: 0, confidence: 'withheld' });
	});

	it('withholds on n_eff under 10 even when there are 10 or more listings', () => {
		// 12 listings: 9 singles and one listing repeated 3 times → 10 distinct, Σm² = 9 + 9 = 18,
		// n_eff = 144 / 18 = 8
		const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10].map((v) => v * 1000);
		expect(cellStats(values, { distinct: 10, sumOfSquares: 18 })).toEqual({
			listings: 12,
			distinct: 10,
			nEff: 8,
			p25: null,
			median: null,
			p75: null,
			ciLow: null,
			ciHigh: null,
			confidence: 'withheld'
		});
	});

	it('marks n_eff under 30 low even with 30 or more listings, and takes its CI at n_eff', () => {
		// 1 … 20 once and 21 … 30 twice: n = 40, 30 distinct, Σm² = 20 + 10 × 4 = 60,
		// n_eff = 1600 / 60 = 26.67 → low
		const values = [
			...Array.from({ length: 20 }, (_, i) => i + 1),
			...Array.from({ length: 10 }, (_, i) => [21 + i, 21 + i]).flat()
		];
		// x_k (1-based) = k for k ≤ 20, then 21 + ⌊(k − 21) / 2⌋: x_20 = 20, x_21 = 21, x_29 = x_30 = 25,
		// x_31 = 26.
		// quartiles of all 40 listings, R-7 position 1 + 39p: p25 at 10.75 → 10.75; median at 20.5 →
		// (20 + 21) / 2 = 20.5; p75 at 30.25 → 25 + 0.25 × (26 − 25) = 25.25.
		// CI at m = round(26.67) = 27: P(B ≤ 7) = 1285624 / 2^27 = 0.0096 ≤ 0.025 < P(B ≤ 8) =
		// 3505699 / 2^27 = 0.0261 → ranks (8, 20) → levels 7/26 and 19/26 → positions
		// 1 + 39 × 7/26 = 11.5 and 1 + 39 × 19/26 = 29.5 → (11 + 12) / 2 = 11.5 and (25 + 25) / 2 = 25
		const s = cellStats(values, { distinct: 30, sumOfSquares: 60 });
		expect(s).toEqual({
			listings: 40,
			distinct: 30,
			nEff: 26.67,
			p25: 10.75,
			median: 20.5,
			p75: 25.25,
			ciLow: 11.5,
			ciHigh: 25,
			confidence: 'low'
		});
		// the same 40 values taken as distinct: P(B ≤ 13) = 0.0192 ≤ 0.025 < P(B ≤ 14) = 0.0403 for
		// n = 40 → ranks (14, 27) → (x14, x27) = (14, 24), narrower
		expect(cellStats(values)).toMatchObject({ nEff: 40, confidence: 'ok', ciLow: 14, ciHigh: 24 });
	});

	it('marks 30 or more independent listings ok', () => {
		const values = Array.from({ length: 30 }, (_, i) => i + 1);
		const s = cellStats(values);
		// median of 1..30 is 15.5; CI (x10, x21) = (10, 21)
		expect(s).toMatchObject({ confidence: 'ok', median: 15.5, ciLow: 10, ciHigh: 21 });
		expect(cellStats(values.slice(0, 29)).confidence).toBe('low');
	});
});

describe('properties of the statistics', () => {
	it('the median lies between the smallest and the largest listing', () => {
		fc.assert(
			fc.property(fc.array(pay, { minLength: 10, maxLength: 300 }), (xs) => {
				const s = cellStats(sorted(xs));
				expect(s.median).toBeGreaterThanOrEqual(Math.min(...xs));
				expect(s.median).toBeLessThanOrEqual(Math.max(...xs));
			})
		);
	});

	it('quantiles are monotone and the CI contains the median', () => {
		fc.assert(
			fc.property(fc.array(pay, { minLength: 10, maxLength: 300 }), (xs) => {
				const s = cellStats(sorted(xs));
				const [p25, m, p75, lo, hi] = [s.p25, s.median, s.p75, s.ciLow, s.ciHigh] as number[];
				expect(p25).toBeLessThanOrEqual(m as number);
				expect(m).toBeLessThanOrEqual(p75 as number);
				expect(lo).toBeLessThanOrEqual(m as number);
				expect(m).toBeLessThanOrEqual(hi as number);
			})
		);
	});

	it('does not depend on the order of the listings, and agrees with d3', () => {
		fc.assert(
			fc.property(
				fc
					.array(pay, { minLength: 10, maxLength: 200 })
					.chain((xs) =>
						fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))
					),
				([xs, shuffled]) => {
					expect(cellStats(sorted(shuffled))).toEqual(cellStats(sorted(xs)));
					expect(cellStats(sorted(xs)).median).toBeCloseTo(median(xs) as number, 6);
					expect(cellStats(sorted(xs)).p75).toBeCloseTo(quantile(xs, 0.75) as number, 6);
				}
			)
		);
	});

	it('with no repeats, the CI is exactly the order statistics of medianCiRanks', () => {
		fc.assert(
			fc.property(fc.array(pay, { minLength: 10, maxLength: 300 }), (xs) => {
				const s = sorted(xs);
				const [lo, hi] = medianCiRanks(s.length) as [number, number];
				const stats = cellStats(s);
				expect(stats.ciLow).toBe(s[lo - 1]);
				expect(stats.ciHigh).toBe(s[hi - 1]);
			})
		);
	});

	it('with repeats, n_eff lies between 1 and n, and the CI still contains the median', () => {
		// each generated value is one group of identical listings, repeated 1 to 4 times.
		// (Repeats do not always widen the CI: rounding n_eff to m can land just past a step of the
		// ranks, e.g. n = 11 with n_eff 10 gives (x2.11, x9.89) where the order statistics are (x2, x10).)
		const groups = fc.array(fc.tuple(pay, fc.integer({ min: 1, max: 4 })), {
			minLength: 10,
			maxLength: 120
		});
		fc.assert(
			fc.property(groups, (entries) => {
				const values = sorted(entries.flatMap(([v, m]) => Array<number>(m).fill(v)));
				const sumOfSquares = entries.reduce((t, [, m]) => t + m * m, 0);
				const s = cellStats(values, { distinct: entries.length, sumOfSquares });
				expect(s.nEff).toBeGreaterThanOrEqual(1);
				expect(s.nEff).toBeLessThanOrEqual(values.length);
				if (s.confidence === 'withheld') return;
				const [lo, m, hi] = [s.ciLow, s.median, s.ciHigh] as number[];
				expect(lo).toBeLessThanOrEqual(m as number);
				expect(m).toBeLessThanOrEqual(hi as number);
				expect(lo).toBeGreaterThanOrEqual(values[0] as number);
				expect(hi).toBeLessThanOrEqual(values.at(-1) as number);
			})
		);
	});

	it('the CI ranks cover at least 95% for every n from 6 to 400', () => {
		for (let n = 6; n <= 400; n++) {
			const [lo, hi] = medianCiRanks(n) as [number, number];
			// P(x_lo ≤ median ≤ x_hi) = 1 − 2 P(B ≤ lo − 1), B ~ Bin(n, ½), computed in logs
			let logP = -n * Math.LN2;
			let tail = Math.exp(logP);
			for (let k = 0; k < lo - 1; k++) {
				logP += Math.log((n - k) / (k + 1));
				tail += Math.exp(logP);
			}
			expect(1 - 2 * tail, `n=${n}`).toBeGreaterThanOrEqual(0.95);
			expect(lo + hi).toBe(n + 1);
		}
	});
});

describe('ventiles', () => {
	it('gives the 5th … 95th percentiles (R-7), on the order statistics when n − 1 is a multiple of 20', () => {
		// 21 values 0, 10, …, 200: the k/20 quantile is the (k+1)th value, 10k
		const values = Float64Array.from({ length: 21 }, (_, i) => 10 * i);
		expect(ventiles(values)).toEqual(Array.from({ length: 19 }, (_, k) => 10 * (k + 1)));
		// 3 values 0, 100, 200: h = 2p, so the 5% quantile is 0 + 0.1 × 100 = 10, the 95% one 190
		const three = ventiles(Float64Array.of(0, 100, 200));
		expect(three[0]).toBeCloseTo(10, 9);
		expect(three[18]).toBeCloseTo(190, 9);
		expect(ventiles(new Float64Array(0))).toEqual([]);
	});

	it('agrees with d3’s quantile at every level, in order', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 60 }), (xs) => {
				const sorted = Float64Array.from(xs).sort();
				const v = ventiles(sorted);
				v.forEach((q, k) => {
					expect(q).toBeCloseTo(quantile(xs, (k + 1) / 20) as number, 6);
					if (k > 0) expect(q).toBeGreaterThanOrEqual(v[k - 1] as number);
				});
			})
		);
	});
});

describe('wilsonInterval', () => {
	it('gives the textbook score interval', () => {
		// 10 of 100: p = 0.1, z² = 3.841459; centre (0.1 + 0.0192073) / 1.0384146 = 0.1147974;
		// half-width 1.959964 / 1.0384146 × √(0.0009 + 0.0000960) = 1.887458 × 0.0315600 = 0.0595683
		const [lo, hi] = wilsonInterval(10, 100)!;
		expect(lo).toBeCloseTo(0.0552291, 6);
		expect(hi).toBeCloseTo(0.1743657, 6);
		// 17 of 535 (the UK's AI engineers in 2025): p = 0.0317757; centre (0.0317757 + 0.0035901)
		// / 1.0071803 = 0.0351137; half 1.9459912 × √(0.0000575 + 0.0000034) = 1.9459912 ×
		// 0.0078014 = 0.0151815
		const [lo2, hi2] = wilsonInterval(17, 535)!;
		expect(lo2).toBeCloseTo(0.0199323, 6);
		expect(hi2).toBeCloseTo(0.0502952, 6);
	});

	it('stays within 0 and 1 at the extremes, and has none for no trials', () => {
		// 0 of 20: from 0 to z² / (n + z²) = 3.841459 / 23.841459 = 0.1611252
		expect(wilsonInterval(0, 20)![0]).toBe(0);
		expect(wilsonInterval(0, 20)![1]).toBeCloseTo(0.1611252, 6);
		expect(wilsonInterval(20, 20)![1]).toBe(1);
		expect(wilsonInterval(0, 0)).toBeNull();
	});
});

describe('wilsonChange', () => {
	it('calls a move up or down only where the two Wilson intervals do not overlap', () => {
		// 10 / 500 reaches 3.642%; 26 / 500 starts at 3.573% (overlap), 27 / 500 at 3.737% (apart)
		const base = { listings: 10, panel: 500 };
		expect(wilsonChange(base, { listings: 26, panel: 500 })).toBe('unclear');
		expect(wilsonChange(base, { listings: 27, panel: 500 })).toBe('up');
		expect(wilsonChange({ listings: 27, panel: 500 }, base)).toBe('down');
		expect(wilsonChange(base, { listings: 0, panel: 0 })).toBe('unclear');
	});
});

