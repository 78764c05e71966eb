import { describe, expect, it } from 'vitest';
import { headlineRanges } from '$lib/view/headlineRanges';
import { payCell } from '../helpers';

const k = (v: number) => (v === 0 ? '$0' : `$${v / 1000}k`);

describe('headlineRanges', () => {
	it('draws each median on its interval, on one scale from zero to a round end', () => {
		// the highest interval end is $88k: d3 rounds the scale to $0–$100k, labelled every $20k
		const ml = payCell({
			role: 'ml_engineer',
			listings: 40,
			median: 80000,
			ciLow: 70000,
			ciHigh: 88000
		});
		const ai = payCell({
			role: 'ai_engineer',
			listings: 12,
			median: 50000,
			ciLow: 35000,
			ciHigh: 75000
		});
		const ranges = headlineRanges([ml, ai], k);
		expect(ranges?.marks).toEqual([
			{ role: 'ml_engineer', label: 'ML Engineer', low: 70, median: 80, high: 88, hollow: false },
			// 12 listings: low confidence, a hollow dot
			{ role: 'ai_engineer', label: 'AI Engineer', low: 35, median: 50, high: 75, hollow: true }
		]);
		expect(ranges?.ticks).toEqual([
			{ at: 0, text: '$0', align: 'start', minor: false },
			{ at: 20, text: '$20k', align: 'middle', minor: true },
			{ at: 40, text: '$40k', align: 'middle', minor: false },
			{ at: 60, text: '$60k', align: 'middle', minor: true },
			{ at: 80, text: '$80k', align: 'middle', minor: false },
			{ at: 100, text: '$100k', align: 'end', minor: false }
		]);
	});

	it('keeps the scale’s end label however many labels there are', () => {
		// $0–$30k every $10k: the end is the fourth label, an odd one, and stays on narrow screens
		const ml = payCell({
			role: 'ml_engineer',
			listings: 40,
			median: 20000,
			ciLow: 15000,
			ciHigh: 30000
		});
		const ticks = headlineRanges([ml], k)?.ticks ?? [];
		expect(ticks.map((t) => [t.text, t.minor])).toEqual([
			['$0', false],
			['$10k', true],
			['$20k', false],
			['$30k', false]
		]);
	});

	it('draws only the roles with a median, and nothing where neither has one', () => {
		const ml = payCell({ role: 'ml_engineer', listings: 40, median: 80000 });
		const few = payCell({ role: 'ai_engineer', listings: 6, median: 50000 });
		expect(headlineRanges([ml, few], k)?.marks.map((m) => m.role)).toEqual(['ml_engineer']);
		expect(headlineRanges([few, undefined], k)).toBeNull();
	});
});
