import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from '$lib/charts/path';

const pts = [
	{ x: 0, y: 10, lo: 12, hi: 8 },
	{ x: 10, y: 20.04, lo: 25, hi: 15 },
	{ x: 20, y: null, lo: 0, hi: 0 },
	{ x: 30, y: 5.25, lo: 6, hi: 4 },
	{ x: 40, y: 1 / 3, lo: 2, hi: 0 }
];
const shown = (p: (typeof pts)[number]) => p.y !== null;

describe('linePath', () => {
	it('joins points with straight segments, one sub-path per run of defined points', () => {
		// 20.04 → 20, 5.25 → 5.3 (Math.round(52.5) = 53), 1/3 → 0.3
		expect(
			linePath(
				pts,
				(p) => p.x,
				(p) => p.y ?? 0,
				shown
			)
		).toBe('M0,10L10,20M30,5.3L40,0.3');
	});

	it('draws nothing for no defined points', () => {
		expect(
			linePath(
				pts,
				(p) => p.x,
				() => 0,
				() => false
			)
		).toBe('');
		expect(
			linePath(
				[],
				() => 0,
				() => 0
			)
		).toBe('');
	});
});

describe('areaPath', () => {
	it('runs along the upper edge, back along the lower edge, and closes, per run', () => {
		expect(
			areaPath(
				pts,
				(p) => p.x,
				(p) => p.lo,
				(p) => p.hi,
				shown
			)
		).toBe('M0,8L10,15L10,25L0,12ZM30,4L40,0L40,2L30,6Z');
	});

	it('draws a single point as a vertical segment', () => {
		expect(
			areaPath(
				[pts[0]!],
				(p) => p.x,
				(p) => p.lo,
				(p) => p.hi
			)
		).toBe('M0,8L0,12Z');
	});
});
