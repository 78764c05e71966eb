import fc from 'fast-check';
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { band, linear, point } from '$lib/charts/scales';

// ordinary magnitudes (the charts' pixels and pay), not subnormals
const finite = fc
	.double({ min: -1e6, max: 1e6, noNaN: true })
	.filter((x) => x === 0 || Math.abs(x) > 1e-6);

/** Equal as numbers: +0 and −0 are the same pixel. */
const same = (a: number | undefined, b: number | undefined) =>
	expect(a === b || (Number.isNaN(a) && Number.isNaN(b)), `${a} vs ${b}`).toBe(true);

describe('scales match d3-scale to the last bit', () => {
	it('linear, with and without nice, and its ticks', () => {
		fc.assert(
			fc.property(
				// the charts' domains run upwards, between values apart by whole units (pay, %, months)
				fc.integer({ min: -1e6, max: 1e6 }),
				fc.integer({ min: 1, max: 1e6 }),
				finite,
				finite,
				fc.integer({ min: 2, max: 10 }),
				finite,
				(d0, width, r0, r1, count, x) => {
					const d1 = d0 + width;
					const ours = linear([d0, d1], [r0, r1], count);
					const theirs = scaleLinear().domain([d0, d1]).nice(count).range([r0, r1]);
					same(ours(x), theirs(x));
					const zero = (xs: number[]) => xs.map((v) => v + 0); // −0 → 0
					expect(zero(ours.domain())).toEqual(zero(theirs.domain()));
					expect(zero(ours.ticks(count))).toEqual(zero(theirs.ticks(count)));
					same(linear([d0, d1], [r0, r1])(x), scaleLinear().domain([d0, d1]).range([r0, r1])(x));
				}
			)
		);
	});

	it('band over a reversed range, as d3 lays it', () => {
		// domain a, b, c over [300, 0], padding 0.2 inner, 0.1 outer: step 300 / (3 − 0.2 + 0.2) =
		// 100, start 0 + (300 − 100 × 2.8) × 0.5 = 10; laid from 0 up, in reverse: c 10, b 110, a 210
		const ours = band(['a', 'b', 'c'], [300, 0], 0.2, 0.1);
		expect(['a', 'b', 'c'].map((d) => ours(d))).toEqual([210, 110, 10]);
		expect(ours.bandwidth()).toBeCloseTo(80);
	});

	it('band and point', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 8 }),
				finite,
				fc.double({ min: 1, max: 1e6, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.boolean(), // a range that runs backwards, as a y axis from the bottom up does
				(domain, r0, width, inner, outer, backwards) => {
					const r1 = r0 + (backwards ? -width : width);
					const ours = band(domain, [r0, r1], inner, outer);
					const theirs = scaleBand<number>()
						.domain(domain)
						.range([r0, r1])
						.paddingInner(inner)
						.paddingOuter(outer);
					same(ours.bandwidth(), theirs.bandwidth());
					for (const d of domain) same(ours(d), theirs(d));
					const p = point(domain, [r0, r1], outer);
					const q = scalePoint<number>().domain(domain).range([r0, r1]).padding(outer);
					for (const d of domain) same(p(d), q(d));
					expect(ours(Number.MAX_SAFE_INTEGER + 1)).toBeUndefined();
				}
			)
		);
	});
});
