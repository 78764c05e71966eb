import { describe, expect, it } from 'vitest';
import { gridOf, labelWidth, plotArea, separateLabels, spreadLabels } from '$lib/charts/plot';

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

describe('spreadLabels', () => {
	it('centres labels that would overlap on their own positions, spreading them both ways', () => {
		// 100 and 104 overlap: centred on the mean of 100 and 104 − 12, at 96 and 108; 130 is clear
		const ls = [{ y: 100 }, { y: 104 }, { y: 130 }];
		spreadLabels(ls, 12);
		expect(ls.map((l) => l.y)).toEqual([96, 108, 130]);
	});

	it('merges clusters that come to overlap, and keeps the order whatever order they come in', () => {
		// 50 and 52 → 45, 57; 60 then overlaps 57: all three centred: (50 + 52 − 12 + 60 − 24) / 3 = 42
		const [a, b, c] = [{ y: 60 }, { y: 50 }, { y: 52 }];
		spreadLabels([a, b, c], 12);
		expect([b.y, c.y, a.y]).toEqual([42, 54, 66]);
	});

	it('leaves labels far enough apart, one label or none alone', () => {
		const ls = [{ y: 10 }, { y: 30 }];
		spreadLabels(ls, 12);
		expect(ls.map((l) => l.y)).toEqual([10, 30]);
		const one = { y: 5 };
		spreadLabels([one], 12);
		expect(one.y).toBe(5);
		expect(() => spreadLabels([], 12)).not.toThrow();
		expect(() => spreadLabels([], 12, [0, 100])).not.toThrow();
	});

	it('keeps a cluster inside the bounds, as near its labels as they allow', () => {
		// 190 and 198 centre at 188 and 200; the bottom is 195: moved up to 183, 195
		const ls = [{ y: 190 }, { y: 198 }];
		spreadLabels(ls, 12, [10, 195]);
		expect(ls.map((l) => l.y)).toEqual([183, 195]);
		// within the bounds nothing changes
		const inside = [{ y: 20 }, { y: 40 }];
		spreadLabels(inside, 12, [10, 200]);
		expect(inside.map((l) => l.y)).toEqual([20, 40]);
	});

	it('spreads labels evenly over the bounds when there are too many to fit', () => {
		// 4 labels 12 apart need 36; 10 to 40 holds 30: 10, 20, 30, 40
		const ls = [{ y: 15 }, { y: 16 }, { y: 17 }, { y: 18 }];
		spreadLabels(ls, 12, [10, 40]);
		expect(ls.map((l) => l.y)).toEqual([10, 20, 30, 40]);
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
			columns: [{ x: 80, y: 218, text: '2024', sub: null, subY: 231 }]
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

describe('labelWidth', () => {
	it('allows 8.4 per capital and 7.6 per other character', () => {
		expect(labelWidth('$300k')).toBeCloseTo(5 * 7.6, 9);
		expect(labelWidth('C$300k')).toBeCloseTo(8.4 + 5 * 7.6, 9);
		expect(labelWidth('')).toBe(0);
	});
});
