import { describe, expect, it } from 'vitest';
import { RepeatGroups } from '$lib/data/repeats';

const ATTRS = '2024 SE FT USD US 0 US M';

describe('RepeatGroups', () => {
	it('puts listings identical in every field in one group, and counts it', () => {
		const groups = new RepeatGroups();
		const a = groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000);
		expect(groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000)).toBe(a);
		expect(groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000)).toBe(a);
		expect(groups.sizeOf(a)).toBe(3);
		expect(groups.count).toBe(1);
	});

	it('tells listings apart by any one field: title, another attribute or either end of the pay', () => {
		const groups = new RepeatGroups();
		const base = [3, ATTRS, 150000, 150000, 170000, 170000] as const;
		const a = groups.groupOf(...base);
		const variants: Parameters<RepeatGroups['groupOf']>[] = [
			[4, ATTRS, 150000, 150000, 170000, 170000],
			[3, '2024 SE FT USD US 100 US M', 150000, 150000, 170000, 170000],
			[3, ATTRS, 150001, 150000, 170000, 170000],
			[3, ATTRS, 150000, 150001, 170000, 170000],
			[3, ATTRS, 150000, 150000, 170001, 170000],
			[3, ATTRS, 150000, 150000, 170000, 170001],
			// the same midpoint from other ends is another listing
			[3, ATTRS, 140000, 140000, 180000, 180000],
			// a single row of the same pay is not the pair
			[3, ATTRS, 160000, 160000, -1, -1]
		];
		const ids = variants.map((v) => groups.groupOf(...v));
		expect(new Set([a, ...ids]).size).toBe(variants.length + 1);
		expect([a, ...ids].map((g) => groups.sizeOf(g))).toEqual(new Array(variants.length + 1).fill(1));
	});

	it('stays exact as it grows past its first table, with sizes by group index', () => {
		const groups = new RepeatGroups();
		// 5,000 listings, each pay twice: 2,500 groups of 2, in insertion order
		for (let i = 0; i < 5000; i++) groups.groupOf(1, ATTRS, 1000 + (i % 2500), 1000, -1, -1);
		expect(groups.count).toBe(2500);
		expect([...groups.sizes()].every((n) => n === 2)).toBe(true);
		expect(groups.groupOf(1, ATTRS, 1000 + 1234, 1000, -1, -1)).toBe(1234);
	});
});
