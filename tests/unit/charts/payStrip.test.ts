import { describe, expect, it } from 'vitest';
import { payStripLayout } from '$lib/charts/payStrip';
import type { YourPayRole } from '$lib/view/yourPay';

/** Percentiles 5th … 95th stepping by `step` from `from`. */
const q = (from: number, step: number) => Array.from({ length: 19 }, (_, k) => from + k * step);
const ml: YourPayRole = {
	role: 'ml_engineer',
	q: q(60000, 5000),
	listings: 40,
	nEff: 40,
	distinct: 40
};
const ai: YourPayRole = {
	role: 'ai_engineer',
	q: q(50000, 4000),
	listings: 20,
	nEff: 20,
	distinct: 20
};

describe('payStripLayout', () => {
	// the data span 50k (AI's 5th) to 150k (ML's 95th: 60k + 18 × 5k); made nice for about five
	// ticks (20k apart) the axis runs 40k … 160k, over x 12 … 588
	const layout = payStripLayout([ml, ai], 'GBP', 95000, 600);
	const x = (v: number) => 12 + ((v - 40000) / 120000) * 576;

	it('draws each role’s middle 90% and middle half on one axis, with the median', () => {
		const [m, a] = layout.rows;
		const near = (got: number | null | undefined, want: number) => expect(got).toBeCloseTo(want, 9);
		near(m!.outer?.x1, x(60000));
		near(m!.outer?.x2, x(150000));
		// the 25th and 75th percentiles are the 5th and 15th entries: 80k and 130k
		near(m!.inner?.x1, x(80000));
		near(m!.inner?.x2, x(130000));
		near(m!.median, x(105000));
		expect(m!.text).toBe('middle half £80k–£130k');
		near(a!.outer?.x1, x(50000));
		near(a!.outer?.x2, x(122000));
		expect(layout.rows.map((r) => r.label)).toEqual(['ML Engineer', 'AI Engineer']);
	});

	it('marks the reader’s amount on the axis', () => {
		expect(layout.amount).toMatchObject({ label: 'Your pay £95k', anchor: 'middle', off: false });
		expect(layout.amount?.x).toBeCloseTo(x(95000), 9);
	});

	it('keeps an amount off the axis at its edge, with an arrow', () => {
		const far = payStripLayout([ml, ai], 'GBP', 400000, 600).amount;
		expect(far).toMatchObject({ x: 588, off: true, anchor: 'end', label: 'Your pay £400k →' });
		const low = payStripLayout([ml, ai], 'GBP', 10000, 600).amount;
		expect(low).toMatchObject({ x: 12, off: true, anchor: 'start', label: '← Your pay £10k' });
	});

	it('says "too few listings" for a withheld role, and draws no amount before one is typed', () => {
		const one = payStripLayout([ml, { ...ai, q: null }], 'GBP', null, 600);
		expect(one.rows[1]).toMatchObject({
			outer: null,
			inner: null,
			median: null,
			text: 'too few listings'
		});
		expect(one.amount).toBeNull();
	});
});
