import { describe, expect, it } from 'vitest';
import { LAYOUT, regionPayLayout } from '$lib/charts/regionPay';
import type { SalaryRow } from '$lib/data/schema';

const base = {
	definition: 'strict',
	year: 2024,
	level: 'all',
	p25_usd: null,
	p75_usd: null
} as const;
const cells: SalaryRow[] = [
	{
		...base,
		role: 'ml_engineer',
		region: 'global',
		listings: 100,
		median_usd: 150000,
		ci_low_usd: 140000,
		ci_high_usd: 200000,
		confidence: 'ok'
	},
	{
		...base,
		role: 'ai_engineer',
		region: 'global',
		listings: 20,
		median_usd: 100000,
		ci_low_usd: 90000,
		ci_high_usd: 110000,
		confidence: 'low'
	},
	{
		...base,
		role: 'ml_engineer',
		region: 'gb',
		listings: 4,
		median_usd: null,
		ci_low_usd: null,
		ci_high_usd: null,
		confidence: 'withheld'
	}
];
const regions = [
	{ id: 'global', name: 'Global' },
	{ id: 'gb', name: 'United Kingdom' }
];

describe('regionPayLayout', () => {
	const layout = regionPayLayout(regions, cells, 680, 'gb');

	it('maps $0 to the plot’s left edge and the largest CI end inside the right edge', () => {
		// domain [0, 200k] is already nice: $200k sits exactly at the right edge
		expect(layout.plot).toMatchObject({ left: LAYOUT.left, right: 680 - LAYOUT.right });
		const ml = layout.bands[0]?.marks[0];
		const span = layout.plot.right - layout.plot.left;
		expect(ml?.dot?.cx).toBeCloseTo(layout.plot.left + span * 0.75);
		expect(ml?.dot?.x2).toBeCloseTo(layout.plot.right);
		expect(layout.ticks.map((t) => t.label)).toEqual(['$0', '$50k', '$100k', '$150k', '$200k']);
	});

	it('draws a band per region and a line per role, in order', () => {
		expect(layout.bands.map((b) => [b.id, b.highlighted])).toEqual([
			['global', false],
			['gb', true]
		]);
		const ys = layout.bands.flatMap((b) => b.marks.map((m) => m.y));
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		expect(layout.height).toBe(LAYOUT.top + 2 * (2 * LAYOUT.line + LAYOUT.bandGap) + LAYOUT.bottom);
	});

	it('labels withheld and missing cells "too few listings" with n, and draws no dot', () => {
		const [ml, ai] = layout.bands[1]?.marks ?? [];
		expect(ml).toMatchObject({
			dot: null,
			label: { text: 'ML Engineer: too few listings', n: 'n=4' }
		});
		expect(ai).toMatchObject({ dot: null, listings: 0, confidence: 'withheld' });
	});

	it('names the roles directly beside the first band when they fit, instead of a legend', () => {
		expect(layout.bands[0]?.marks.map((m) => m.roleLabel?.text)).toEqual([
			'ML Engineer',
			'AI Engineer'
		]);
		expect(layout.bands[1]?.marks.every((m) => m.roleLabel === null)).toBe(true);
	});

	it('puts region names above their lines on a phone-width chart', () => {
		const narrow = regionPayLayout(regions, cells, 340);
		expect(narrow.plot.left).toBe(8);
		expect(narrow.bands[0]).toMatchObject({ labelAnchor: 'start', labelX: 8 });
		expect(narrow.ticks).toHaveLength(3);
	});
});
