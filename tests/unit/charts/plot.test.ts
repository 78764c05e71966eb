import { describe, expect, it } from 'vitest';
import { gridOf, plotArea, separateLabels } from '$lib/charts/plot';

describe('separateLabels', () => {
	it('moves labels closer than the gap apart, each by half the gap from their middle', () => {
		const a = { y: 100 };
		const b = { y: 104 };
		separateLabels(a, b, 14);
		expect([a.y, b.y]).toEqual([95, 109]);
		// the lower one stays lower whichever comes first
		const c = { y: 60 };
		const d = { y: 50 };
		separateLabels(c, d, 13);
		expect([c.y, d.y]).toEqual([61.5, 48.5]);
	});

	it('leaves labels that are far enough apart, or missing, alone', () => {
		const a = { y: 100 };
		const b = { y: 114 };
		separateLabels(a, b, 14);
		expect([a.y, b.y]).toEqual([100, 114]);
		separateLabels(a, null, 14);
		expect(a.y).toBe(100);
	});
});

describe('gridOf', () => {
	it('lays a gridline and a label left of the plot per y tick, and a label under it per x tick', () => {
		const grid = gridOf({
			plot: { left: 50, right: 300, top: 10, bottom: 200 },
			yTicks: [{ y: 100, label: '$100k' }],
			xTicks: [{ x: 80, label: '2024' }]
		});
		expect(grid).toEqual({
			rows: [{ line: { x1: 50, x2: 300, y: 100 }, label: { x: 42, y: 104, text: '$100k' } }],
			columns: [{ x: 80, y: 218, text: '2024' }]
		});
	});
});

describe('plotArea', () => {
	it('takes the margins off the chart', () => {
		expect(plotArea(680, 300, { left: 52, right: 112, top: 16, bottom: 30 })).toEqual({
			left: 52,
			right: 568,
			top: 16,
			bottom: 270
		});
	});
});
