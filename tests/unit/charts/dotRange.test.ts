import { describe, expect, it } from 'vitest';
import { dotRangeLayout, LAYOUT } from '$lib/charts/dotRange';
import type { Role } from '$lib/domain';
import { payCell } from '../helpers';

// ML global: median 150k, CI 135k–165k; AI global: median 100k (low confidence); ML gb withheld
const cells = [
	payCell({ role: 'ml_engineer', region: 'global', listings: 100, median: 150000, ciHigh: 200000 }),
	payCell({ role: 'ai_engineer', region: 'global', listings: 20, median: 100000 }),
	payCell({ role: 'ml_engineer', region: 'gb', listings: 4, median: null })
];
const cellOf = (band: string, role: Role) =>
	cells.find((c) => c.region === band && c.role === role);
const bands = [
	{ id: 'global', name: 'Global' },
	{ id: 'gb', name: 'United Kingdom' }
];

describe('dotRangeLayout', () => {
	const layout = dotRangeLayout({
		bands,
		cellOf,
		range: 'ci',
		width: 680,
		currency: 'USD',
		highlight: 'gb'
	});

	it('maps 0 to the left edge and the largest range end to the right edge', () => {
		// domain [0, 200k] is already nice: 150k sits at three quarters, 200k at the right edge
		expect(layout.plot).toMatchObject({ left: LAYOUT.left, right: 680 - LAYOUT.right });
		const ml = layout.bands[0]?.marks[0];
		const span = layout.plot.right - layout.plot.left;
		expect(ml?.dot?.cx).toBeCloseTo(layout.plot.left + span * 0.75);
		expect(ml?.dot?.x2).toBeCloseTo(layout.plot.right);
		expect(layout.ticks.map((t) => t.label.text)).toEqual([
			'$0',
			'$50k',
			'$100k',
			'$150k',
			'$200k'
		]);
		// gridlines from just above the plot to its bottom, labelled above them
		expect(layout.ticks[0]).toMatchObject({ y1: layout.plot.top - 4, y2: layout.plot.bottom });
		expect(layout.ticks[0]?.label.y).toBe(layout.plot.top - 10);
		expect(layout.ticks.map((t) => t.label.anchor)).toEqual(new Array(5).fill('middle'));
	});

	it('starts a phone’s first tick label at its tick, where centring it would cut it off', () => {
		// compact: the plot starts 8px in; "A$0" is 8.4 + 2 × 7.6 = 23.6 wide, half of it 11.8
		const phone = dotRangeLayout({ bands, cellOf, range: 'ci', width: 360, currency: 'AUD' });
		expect(phone.plot.left).toBe(8);
		expect(phone.ticks[0]?.label).toMatchObject({ text: 'A$0', anchor: 'start' });
		expect(phone.ticks.slice(1).every((t) => t.label.anchor === 'middle')).toBe(true);
	});

	it('uses p25–p75 for the range when asked', () => {
		const iqr = dotRangeLayout({ bands, cellOf, range: 'iqr', width: 680, currency: 'USD' });
		// AI: p25 = 80k, p75 = 120k; ML p75 = 180k sets the domain max → nice(4) gives [0, 200k]
		const ai = iqr.bands[0]?.marks[1];
		const x = (v: number) => iqr.plot.left + ((iqr.plot.right - iqr.plot.left) * v) / 200000;
		expect(ai?.dot?.x1).toBeCloseTo(x(80000));
		expect(ai?.dot?.x2).toBeCloseTo(x(120000));
	});

	it('formats ticks and labels in the chosen currency', () => {
		const gbp = dotRangeLayout({ bands, cellOf, range: 'ci', width: 680, currency: 'GBP' });
		expect(gbp.ticks[1]?.label.text).toBe('£50k');
		expect(gbp.bands[0]?.marks[0]?.label.text).toBe('£150k');
	});

	it('draws a band per category and a line per role, in order, highlighting the selected one', () => {
		expect(layout.bands.map((b) => [b.id, b.highlighted])).toEqual([
			['global', false],
			['gb', true]
		]);
		const ys = layout.bands.flatMap((b) => b.marks.map((m) => m.y));
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		// labels sit on a baseline level with their dot
		for (const m of layout.bands.flatMap((b) => b.marks)) expect(m.textY).toBe(m.y + 4);
		expect(layout.range).toBe('ci');
		expect(layout.height).toBe(LAYOUT.top + 2 * (2 * LAYOUT.line + LAYOUT.bandGap) + LAYOUT.bottom);
	});

	it('labels withheld and missing cells "too few listings" with n, and draws no dot', () => {
		const [ml, ai] = layout.bands[1]?.marks ?? [];
		expect(ml).toMatchObject({
			dot: null,
			label: { text: 'ML Engineer: too few listings', n: '(4)' }
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

	it('offers a tooltip point for every band and role, withheld ones included', () => {
		expect(layout.points.map((p) => p.key)).toEqual([
			'global-ml_engineer',
			'global-ai_engineer',
			'gb-ml_engineer',
			'gb-ai_engineer'
		]);
		expect(layout.points[1]?.lines[0]).toBe('Median $100,000');
		expect(layout.points[3]?.lines).toEqual(['No listings']);
	});

	it('widens the room for band names to the longest name', () => {
		const long = [...bands, { id: 'eu', name: 'European Union (27)' }];
		const wide = dotRangeLayout({ bands: long, cellOf, range: 'ci', width: 680, currency: 'USD' });
		// 19 characters at 7.6 px, and 14 px between the name's end and the axis
		expect(wide.plot.left).toBeCloseTo(14 + 19 * 7.6);
		expect(wide.bands[2]?.labelX).toBeCloseTo(wide.plot.left - 10);
	});

	it('puts band names above their lines on a phone-width chart', () => {
		const narrow = dotRangeLayout({ bands, cellOf, range: 'ci', width: 340, currency: 'USD' });
		expect(narrow.plot.left).toBe(8);
		expect(narrow.bands[0]).toMatchObject({ labelAnchor: 'start', labelX: 8 });
		expect(narrow.ticks).toHaveLength(3);
	});
});
