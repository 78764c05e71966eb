import { median } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace, mergeSorted, weightedMedian } from '$lib/importer/median';

/** Checked with fast-check on generated data: they must hold for any input. */
const pay = fc.double({ min: 1, max: 5_000_000, noNaN: true });

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

	// counts up to 4 are expanded and sorted; counts up to 60 mostly select among the pairs
	it.each([4, 60])(
		'counts a value that occurs in several entries once per occurrence (counts ≤ %i)',
		(most) => {
			fc.assert(
				fc.property(
					fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: most })), {
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
		}
	);

	it('is null when there is nothing to take the median of', () => {
		expect(weightedMedian(new Float64Array(0), new Uint32Array(0))).toBeNull();
		expect(weightedMedian(Float64Array.of(3), Uint32Array.of(0))).toBeNull();
	});
});

describe('medianInPlace', () => {
	it('is d3’s median, by selection: the middle value, or halfway between the two middle ones', () => {
		expect(medianInPlace(Float64Array.of(5, 1, 4))).toBe(4);
		expect(medianInPlace(Float64Array.of(5, 1, 4, 2))).toBe(3);
		expect(medianInPlace(Float64Array.of(7))).toBe(7);
		expect(medianInPlace(Float64Array.of(2, 2, 2, 9))).toBe(2);
		expect(medianInPlace(new Float64Array(0))).toBeNull();
	});

	it('agrees with d3’s median to the last bit on any values, repeats included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(pay, fc.constantFrom(100, 200, 300)), { minLength: 1 }),
				(xs) => {
					expect(medianInPlace(Float64Array.from(xs))).toBe(median(xs) as number);
				}
			)
		);
	});
});
