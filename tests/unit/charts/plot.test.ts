import { describe, expect, it } from 'vitest';
import { separateLabels } from '$lib/charts/plot';

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
