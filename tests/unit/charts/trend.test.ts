import { describe, expect, it } from 'vitest';
import { TREND, trendLayout } from '$lib/charts/trend';
import { payLines } from '$lib/charts/tooltips';
import type { PayCell } from '$lib/data/pay';
import type { Period, Role } from '$lib/domain';
import { payCell } from '../helpers';

/** A shown cell with the CI given (no quartiles): 40 listings, or 20 where of low confidence. */
const shown = (
	role: Role,
	period: Period,
	median: number,
	ciLow: number,
	ciHigh: number,
	confidence: 'ok' | 'low' = 'ok'
): PayCell =>
	payCell({
		role,
		period,
		listings: confidence === 'ok' ? 40 : 20,
		median,
		ciLow,
		ciHigh,
		region: 'global',
		p25: null,
		p75: null
	});

/** A withheld cell (listings under 10). */
const withheld = (role: Role, period: Period, listings: number): PayCell =>
	payCell({ role, period, listings, median: null, region: 'global', p25: null, p75: null });

/** x and y of every M/L command of an SVG path. */
function coords(path: string): [number, number][] {
	return [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const years = [2020, 2021, 2022, 2023, 2024, 2025];
// width 724 ≥ 520 → plot.right = 724 − 112 = 612; plot.left = 52.
// scalePoint, 6 years, padding 0.3: step = (612 − 52) / (5 + 0.6) = 100, first x = 52 + 30 = 82
// → x: 2020 82, 2021 182, 2022 282, 2023 382, 2024 482, 2025 582.
const width = 724;
const X = { 2020: 82, 2021: 182, 2022: 282, 2023: 382, 2024: 482, 2025: 582 };

// All CI ends: min 97 500 (AI 2021), max 202 500 (ML 2023). pad = 105 000 × 0.08 = 8 400
// → [89 100, 210 900], nice(5) with step 20 000 → domain [80 000, 220 000] onto [270, 16].
// y(v) = 270 − (v − 80 000) × 254 / 140 000, i.e. 17 500 per 31.75px:
const Y = {
	97500: 238.25,
	115000: 206.5,
	132500: 174.75,
	150000: 143,
	167500: 111.25,
	185000: 79.5,
	202500: 47.75
};

const cells: PayCell[] = [
	shown('ml_engineer', 2020, 150000, 132500, 167500),
	shown('ml_engineer', 2021, 167500, 150000, 185000),
	withheld('ml_engineer', 2022, 5),
	shown('ml_engineer', 2023, 185000, 167500, 202500),
	shown('ml_engineer', 2024, 167500, 150000, 185000),
	shown('ml_engineer', 2025, 150000, 132500, 167500, 'low'),
	// AI 2020 has no cell at all
	shown('ai_engineer', 2021, 115000, 97500, 132500, 'low'),
	shown('ai_engineer', 2022, 132500, 115000, 150000),
	shown('ai_engineer', 2023, 132500, 115000, 150000),
	shown('ai_engineer', 2024, 150000, 132500, 167500),
	shown('ai_engineer', 2025, 145625, 132500, 167500, 'low'),
	// a year outside `years` and the pooled window are ignored (either would stretch the y domain)
	shown('ml_engineer', 2019, 500000, 400000, 600000),
	shown('ai_engineer', '2023-2025', 20000, 10000, 30000)
];

const layout = trendLayout({ cells, years, width, currency: 'USD' });
const ml = layout.series[0]!;
const ai = layout.series[1]!;

describe('trendLayout', () => {
	it('lays out the plot and one series per role in ROLE_ORDER', () => {
		// 300, and 13 for the partial year's months under the axis (2025: Jan–Aug);
		// bottom = 313 − 30 − 13 = 270
		expect(layout.plot).toEqual({ left: 52, right: 612, top: 16, bottom: 270 });
		expect(layout.height).toBe(TREND.height + 13);
		expect(layout.series.map((s) => s.role)).toEqual(['ml_engineer', 'ai_engineer']);
	});

	it('uses the compact right margin and short end labels on narrow charts', () => {
		// 500 < 520 → right = 500 − 76
		const narrow = trendLayout({ cells, years, width: 500, currency: 'USD' });
		expect(narrow.plot.right).toBe(424);
		expect(narrow.series.map((s) => s.endLabel?.text.split(' ')[0])).toEqual(['ML', 'AI']);
	});

	it('names the partial year’s months under it on the x axis', () => {
		expect(layout.xTicks.map((t) => [t.label, t.sub])).toEqual([
			['2020', null],
			['2021', null],
			['2022', null],
			['2023', null],
			['2024', null],
			['2025', 'Jan–Aug']
		]);
		layout.xTicks.forEach((t, i) => expect(t.x).toBeCloseTo(X[years[i] as keyof typeof X]));
	});

	it('maps pay onto a nice y scale, higher pay higher up', () => {
		// ticks every 20 000 from 80 000 (y 270) to 220 000 (y 16)
		expect(layout.yTicks[0]).toEqual({ y: 270, label: '$80k' });
		expect(layout.yTicks.at(-1)).toEqual({ y: 16, label: '$220k' });
		expect(layout.yTicks).toHaveLength(8);
		// ML 2023 (185 000) sits above ML 2020 (150 000)
		const dot = (year: number) => ml.dots.find((d) => d.year === year)!;
		expect(dot(2023).y).toBeCloseTo(Y[185000]);
		expect(dot(2020).y).toBeCloseTo(Y[150000]);
		expect(dot(2023).y).toBeLessThan(dot(2020).y);
	});

	it('leaves a withheld year as a gap, never a zero', () => {
		// ML full years: 2020, 2021 | gap at 2022 | 2023, 2024 → a second M after the gap
		expect(ml.line).toBe('M82,143L182,111.3M382,79.5L482,111.3');
		expect(ml.withheldYears).toEqual([2022]);
		expect(ml.dots.map((d) => d.year)).toEqual([2020, 2021, 2023, 2024, 2025]);
		// the band has the same two pieces and nothing at 2022's x or at the bottom (a zero)
		expect(ml.band.match(/M/g)).toHaveLength(2);
		expect(coords(ml.band).some(([x]) => x === X[2022])).toBe(false);
		expect(coords(ml.band).some(([, y]) => y >= layout.plot.bottom)).toBe(false);
		// AI 2020 has no cell at all: the line starts at 2021
		expect(ai.line).toBe('M182,206.5L282,174.8L382,174.8L482,143');
		expect(ai.withheldYears).toEqual([2020]);
	});

	it('draws the partial year only in the dashed tail, joined from the last full year', () => {
		for (const s of [ml, ai]) {
			expect(coords(s.line).some(([x]) => x === X[2025])).toBe(false);
			expect(coords(s.band).some(([x]) => x === X[2025])).toBe(false);
			expect(coords(s.partialBand).map(([x]) => x)).toEqual([482, 582, 582, 482]);
		}
		// ML 2024 167 500 → 111.25 (111.3 in a path: a tenth of a unit), ML 2025 150 000 → 143
		expect(ml.partialLine).toBe('M482,111.3L582,143');
		// AI 2025 145 625: (145 625 − 80 000) / 140 000 = 0.46875 → 270 − 119.0625 = 150.9375
		expect(ai.partialLine).toBe('M482,143L582,150.9');
		// ML band tail: CI highs forward (2024 185 000, 2025 167 500), CI lows back (150 000, 132 500)
		expect(coords(ml.partialBand)).toEqual([
			[482, 79.5],
			[582, 111.3],
			[582, 174.8],
			[482, 143]
		]);
	});

	it('does not join the partial year to a withheld last full year', () => {
		const gapped = cells.map((c) =>
			c.role === 'ml_engineer' && c.period === 2024 ? withheld('ml_engineer', 2024, 3) : c
		);
		const s = trendLayout({ cells: gapped, years, width, currency: 'USD' }).series[0]!;
		expect(coords(s.partialLine)).toEqual([[582, 143]]);
		expect(coords(s.line).map(([x]) => x)).toEqual([82, 182, 382]);
	});

	it('gives each dot its CI as y1 (low) and y2 (high)', () => {
		expect(ml.dots[0]).toEqual({
			x: 82,
			y: Y[150000],
			y1: Y[132500],
			y2: Y[167500],
			year: 2020,
			low: false,
			partial: false
		});
		// AI 2021 is low confidence: 115 000 in 97 500–132 500
		expect(ai.dots[0]).toEqual({
			x: 182,
			y: Y[115000],
			y1: Y[97500],
			y2: Y[132500],
			year: 2021,
			low: true,
			partial: false
		});
		expect(ml.dots.at(-1)).toMatchObject({ x: 582, year: 2025, low: true, partial: true });
	});

	it('separates end labels of roles that finish close together by at least 14px', () => {
		// before: ML 143 + 4 = 147, AI 150.9375 + 4 = 154.9375, 7.9375 apart
		// mid = 150.96875 → ML (upper) 143.96875, AI (lower) 157.96875
		expect(ml.endLabel).toEqual({ x: 592, y: 143.96875, text: 'ML Engineer $150k' });
		expect(ai.endLabel).toEqual({ x: 592, y: 157.96875, text: 'AI Engineer $146k' });
		expect(ai.endLabel!.y - ml.endLabel!.y).toBeGreaterThanOrEqual(14);
	});

	it('leaves end labels alone when they are already apart', () => {
		// drop 2025: ML ends at 2024 167 500 (111.25 + 4), AI at 2024 150 000 (143 + 4), 31.75 apart
		const full = trendLayout({
			cells,
			years: years.slice(0, 5),
			width,
			currency: 'USD'
		});
		// the y domain is unchanged (2025's CIs lie inside it), so ML 111.25 + 4, AI 143 + 4;
		// 5 years: step = 560 / 4.6 = 121.739, last x = 612 − 0.3 × 121.739 = 575.478, + 10
		expect(full.series.map((s) => s.endLabel)).toEqual([
			{ x: expect.closeTo(585.478, 2), y: 115.25, text: 'ML Engineer $168k' },
			{ x: expect.closeTo(585.478, 2), y: 147, text: 'AI Engineer $150k' }
		]);
	});

	it('offers a tooltip point for every role and year, withheld ones too', () => {
		// 2 roles × 6 years, ML first
		expect(layout.points).toHaveLength(12);
		expect(layout.points.map((p) => p.key)).toEqual([
			...years.map((y) => `ml_engineer-${y}`),
			...years.map((y) => `ai_engineer-${y}`)
		]);
		const point = (key: string) => layout.points.find((p) => p.key === key)!;
		// withheld: parked just above the axis (270 − 6), text from payLines
		expect(point('ml_engineer-2022')).toEqual({
			key: 'ml_engineer-2022',
			x: 282,
			y: 264,
			title: 'ML Engineer, 2022',
			lines: ['5 listings: too few listings to show pay (under 10 independent)'],
			role: 'ml_engineer'
		});
		expect(point('ai_engineer-2020').lines).toEqual([
			'0 listings: too few listings to show pay (under 10 independent)'
		]);
		const partial = point('ml_engineer-2025');
		expect(partial.title).toBe('ML Engineer, 2025 (Jan–Aug only)');
		expect(partial.y).toBe(Y[150000]);
		expect(partial.lines).toEqual(payLines(cells[5]!, 'USD'));
		expect(partial.lines).toEqual([
			'Median $150,000',
			'95% interval $132,500 – $167,500',
			'20 listings · low confidence: 10–29 independent listings'
		]);
	});
});

describe('trendLayout’s left margin', () => {
	it('grows to fit the widest tick label', () => {
		// ticks up to $200k fit the default 52: "$200k" is 38 wide, plus a 10px gap
		const usd = trendLayout({
			cells: [shown('ml_engineer', 2024, 150000, 100000, 200000)],
			years: [2024],
			width: 680,
			currency: 'USD'
		});
		expect(usd.plot.left).toBe(TREND.left);
		// the top tick "CA$220k" is 2 × 8.4 + 5 × 7.6 = 54.8 wide: 65 with the gap
		const cad = trendLayout({
			cells: [shown('ml_engineer', 2024, 150000, 100000, 200000)],
			years: [2024],
			width: 680,
			currency: 'CAD'
		});
		expect(cad.yTicks.at(-1)?.label).toBe('CA$220k');
		expect(cad.plot.left).toBe(65);
	});
});
