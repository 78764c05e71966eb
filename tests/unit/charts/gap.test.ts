import { describe, expect, it } from 'vitest';
import { gapLayout } from '$lib/charts/gap';
import type { PayCell } from '$lib/data/pay';
import type { Period, Role } from '$lib/domain';
import { payCell } from '../helpers';

/** A shown cell with the CI given (no quartiles); confidence ok whatever its listings. */
const shown = (
	role: Role,
	period: Period,
	listings: number,
	median: number,
	ciLow: number,
	ciHigh: number
): PayCell =>
	payCell({
		role,
		period,
		listings,
		median,
		ciLow,
		ciHigh,
		region: 'global',
		p25: null,
		p75: null,
		confidence: 'ok'
	});

/** A withheld cell (listings under 10). */
const withheld = (role: Role, period: Period, listings: number): PayCell =>
	payCell({ role, period, listings, median: null, region: 'global', p25: null, p75: null });

const ml2023 = shown('ml_engineer', 2023, 40, 200, 180, 220);
const ai2023 = shown('ai_engineer', 2023, 25, 150, 120, 170);

describe('gapLayout', () => {
	const cells: PayCell[] = [
		ml2023,
		ai2023,
		shown('ml_engineer', 2024, 1200, 200, 190, 210),
		shown('ai_engineer', 2024, 50, 220, 200, 240),
		shown('ml_engineer', 2025, 60, 210, 195, 225),
		withheld('ai_engineer', 2025, 6),
		// the pooled window is a period of its own: never one of the years' marks
		shown('ml_engineer', '2023-2025', 1300, 100, 50, 150),
		shown('ai_engineer', '2023-2025', 81, 400, 300, 500)
	];
	const years = [2023, 2024, 2025];
	// width 368 → plot 52..352; scalePoint padding 0.5: step 300 / 3 = 100 → x 102, 202, 302
	// the 95% intervals (see payGap's tests): 2023 −38.66 … −8.30, 2024 −0.86 … +22.06, so the
	// extent −38.66 … +22.06 → nice(5) step 10 → domain [−40, 30] onto [204, 16]:
	// y(v) = 204 − (v + 40) × 188 / 70 = 204 − (v + 40) × 2.685714
	const layout = gapLayout({ cells, years, width: 368 });

	it('puts zero at zeroY on a nice scale', () => {
		// bottom = 250 − 46
		expect(layout.plot).toEqual({ left: 52, right: 352, top: 16, bottom: 204 });
		// 204 − 40 × 2.685714
		expect(layout.zeroY).toBeCloseTo(96.571, 3);
		expect(layout.yTicks.map((t) => t.label)).toEqual([
			'−40%',
			'−30%',
			'−20%',
			'−10%',
			'0%',
			'+10%',
			'+20%',
			'+30%'
		]);
		expect(layout.yTicks.find((t) => t.label === '0%')!.y).toBeCloseTo(layout.zeroY);
	});

	it('places each year with its gap and its 95% interval', () => {
		const [m23, m24] = layout.marks;
		expect(m23).toMatchObject({
			year: 2023,
			x: 102,
			partial: false,
			label: { text: '−25%', x: 111 },
			n: [
				{ text: 'ML 40', y: 251 },
				{ text: 'AI 25', y: 265 }
			]
		});
		// the label beside the dot, on its baseline
		expect(m23!.label.y).toBeCloseTo(167.714, 3);
		expect(m23!.y).toBeCloseTo(163.714, 3); // 204 − 15 × 2.685714
		expect(m23!.y1).toBeCloseTo(200.39, 2); // 204 − 1.3441 × 2.685714
		expect(m23!.y2).toBeCloseTo(118.874, 2); // 204 − 31.6958 × 2.685714
		expect(m24).toMatchObject({
			year: 2024,
			x: 202,
			label: { text: '+10%', x: 211 },
			n: [
				{ text: 'ML 1,200', y: 251 },
				{ text: 'AI 50', y: 265 }
			]
		});
		expect(m24!.y).toBeCloseTo(69.714, 3); // 204 − 50 × 2.685714
		// a gap below zero is drawn below the zero line, above zero above it
		expect(m23!.y!).toBeGreaterThan(layout.zeroY);
		expect(m24!.y!).toBeLessThan(layout.zeroY);
	});

	it("labels a withheld year 'too few' and draws no mark for it", () => {
		const m25 = layout.marks[2]!;
		expect(m25).toEqual({
			year: 2025,
			x: 302,
			gap: null,
			y: null,
			y1: null,
			y2: null,
			partial: true,
			// a withheld cell is not a low-confidence one
			low: false,
			// above the zero line, centred on the year
			label: { x: 302, y: layout.zeroY - 8, text: 'too few' },
			n: [
				{ text: 'ML 60', y: 251 },
				{ text: 'AI 6', y: 265 }
			]
		});
		expect(layout.xTicks.map((t) => [t.label, t.sub])).toEqual([
			['2023', null],
			['2024', null],
			['2025', 'Jan–Aug']
		]);
	});

	it('marks a year whose gap rests on a low-confidence median (10–29 independent listings) as low', () => {
		const low = { ...ai2023, confidence: 'low' as const };
		const marks = gapLayout({ cells: [ml2023, low], years: [2023], width: 368 }).marks;
		expect(marks.map((m) => [m.low, m.partial])).toEqual([[true, false]]);
		expect(layout.marks.map((m) => m.low)).toEqual([false, false, false]);
	});

	it('puts the listings on two lines where one would run into the next year', () => {
		// 3 years in 368 − 52 − 16 = 300 px: 100 px a year, and 'ML 1,200 · AI 50' is 16 × 6.6 =
		// 105.6 px, over 100 − 8: two lines (the layout above); at 600 px, 177 px a year: one line
		const wide = gapLayout({ cells, years, width: 600 });
		expect(wide.marks.map((m) => m.n.map((l) => l.text))).toEqual([
			['ML 40 · AI 25'],
			['ML 1,200 · AI 50'],
			['ML 60 · AI 6']
		]);
		// the first line 34 px under the plot, after the 13 px of the partial year's months
		// (204 + 13 + 34 = 251), the second 14 px below it, and the chart 14 px taller for it
		expect(layout.marks[0]?.n.map((l) => l.y)).toEqual([251, 265]);
		expect(layout.height).toBe(wide.height + 14);
	});

	it('counts a missing cell as 0 listings', () => {
		const only = gapLayout({ cells: [ml2023], years: [2023], width: 368 });
		expect(only.marks[0]).toMatchObject({
			gap: null,
			label: { text: 'too few' },
			n: [{ text: 'ML 40 · AI 0', y: 238 }]
		});
		// no gap at all: domain [−10, 10] → zero in the middle of 204 and 16
		expect(only.zeroY).toBe(110);
	});

	it('explains each year in the tooltip', () => {
		expect(layout.points[0]).toMatchObject({ key: '2023', x: 102, title: '2023' });
		expect(layout.points[0]!.lines).toEqual([
			'AI engineers −25.0% against ML engineers',
			'95% interval: −38.7% to −8.3%',
			// the whole interval below 0
			'AI engineers earn less',
			'Listings: ML 40, AI 25'
		]);
		// withheld: parked on the zero line
		expect(layout.points[2]).toEqual({
			key: '2025',
			x: 302,
			y: layout.zeroY,
			title: '2025 (Jan–Aug only)',
			lines: ['Too few listings to compare (ML 60, AI 6)']
		});
	});
});
