import { median, quantile } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellStats, medianCiRanks, mergeSorted, weightedMedian } from '$lib/data/stats';

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

	it('narrows relative to n as n grows', () => {
		const width = (n: number) => {
			const [lo, hi] = medianCiRanks(n) as [number, number];
			return (hi - lo) / n;
		};
		expect(width(100)).toBeGreaterThan(width(1000));
	});
});

describe('cellStats', () => {
	const tenValues = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190].map((v) => v * 1000);

	it('computes R-7 quartiles, the median and its CI for 10 listings, flagged low confidence', () => {
		// p25: h = 9 × 0.25 = 2.25 → 120k + 0.25 × 10k; median: (140k + 150k) / 2; p75: h = 6.75
		expect(cellStats(tenValues)).toEqual({
			listings: 10,
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
			p25: null,
			median: null,
			p75: null,
			ciLow: null,
			ciHigh: null,
			confidence: 'withheld'
		});
		expect(cellStats([]).listings).toBe(0);
	});

	it('marks 30 or more listings ok', () => {
		const values = Array.from({ length: 30 }, (_, i) => i + 1);
		const s = cellStats(values);
		// median of 1..30 is 15.5; CI (x10, x21) = (10, 21)
		expect(s).toMatchObject({ confidence: 'ok', median: 15.5, ciLow: 10, ciHigh: 21 });
		expect(cellStats(values.slice(0, 29)).confidence).toBe('low');
	});
});

describe('mergeSorted', () => {
	it('gives what sorting the concatenation gives', () => {
		const sortedArray = fc
			.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }))
			.map((xs) => Float64Array.from(xs).sort());
		fc.assert(
			fc.property(fc.array(sortedArray, { maxLength: 9 }), (parts) => {
				const all = Float64Array.from(parts.flatMap((p) => [...p])).sort();
				expect(mergeSorted(parts)).toEqual(all);
			})
		);
	});
});

describe('weightedMedian', () => {
	it('equals the median of the expanded list, for odd and even totals', () => {
		const cases: [number, number][][] = [
			[
				[1, 3],
				[2, 1]
			],
			[
				[1, 2],
				[5, 2]
			],
			[[7, 1]],
			[
				[0.5, 1],
				[0.25, 4],
				[2, 3]
			]
		];
		for (const entries of cases) {
			const expanded = entries.flatMap(([v, c]) => Array<number>(c).fill(v));
			const values = Float64Array.from(entries, ([v]) => v);
			const counts = Uint32Array.from(entries, ([, c]) => c);
			expect(weightedMedian(values, counts)).toBe(median(expanded));
		}
	});

	it('counts a value that occurs in several entries once per occurrence', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 4 })), {
					minLength: 1
				}),
				(entries) => {
					const expanded = entries.flatMap(([v, c]) => Array<number>(c).fill(v));
					const values = Float64Array.from(entries, ([v]) => v);
					const counts = Uint32Array.from(entries, ([, c]) => c);
					expect(weightedMedian(values, counts)).toBe(median(expanded) ?? null);
				}
			)
		);
	});

	it('is null when there is nothing to take the median of', () => {
		expect(weightedMedian(new Float64Array(0), new Uint32Array(0))).toBeNull();
		expect(weightedMedian(Float64Array.of(3), Uint32Array.of(0))).toBeNull();
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
