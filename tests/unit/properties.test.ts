/**
 * Properties of the statistics and the pairing that must hold for any input, checked with
 * fast-check on generated data.
 */
import fc from 'fast-check';
import { median, quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { pairRows } from '$lib/data/pair';
import { cellStats, medianCiRanks } from '$lib/data/stats';
import { rawRow } from './helpers';

const pay = fc.double({ min: 1, max: 5_000_000, noNaN: true });
const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe('statistics', () => {
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

describe('pairing', () => {
	// few distinct values, so adjacent rows often agree and pairs, triples and runs all occur
	const row = fc
		.record({
			work_year: fc.constantFrom(2024, 2025),
			job_title: fc.constantFrom('AI Engineer', 'Data Scientist'),
			salary_in_usd: fc.integer({ min: 1, max: 9 })
		})
		.map((r) => rawRow({ ...r, salary: r.salary_in_usd }));

	it('never loses or invents a row, and keeps them in order', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
				const listings = pairRows(rows);
				const lines = listings.flatMap((l) => l.lines);
				expect(lines).toEqual(rows.map((_, i) => i + 2));
			})
		);
	});

	it('pairs only rows that agree on everything but pay, at their midpoint', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
				for (const l of pairRows(rows)) {
					if (l.lines.length === 1) continue;
					const [a, b] = l.lines.map((line) => rows[line - 2]!);
					expect(a!.job_title).toBe(b!.job_title);
					expect(a!.work_year).toBe(b!.work_year);
					expect(l.midUsd).toBe((a!.salary_in_usd + b!.salary_in_usd) / 2);
				}
			})
		);
	});
});
