import { describe, expect, it } from 'vitest';
import { marketLayout } from '$lib/charts/market';
import type { AiShareRow } from '$lib/data/schema';

const row = (
	month: string,
	ai_share_pct: number,
	countries: string,
	days: number,
	series: AiShareRow['series'] = 'region'
): AiShareRow => ({
	region: 'eu',
	month,
	ai_share_pct,
	countries,
	days,
	series
});

const rows: AiShareRow[] = [
	row('2025-01', 6, 'GB', 31),
	row('2025-02', 7, 'DE FR', 28),
	row('2025-03', 6.5, 'DE FR', 31)
];
// width 698 → plot.left 44, plot.right 698 − 64 = 634: 590px for Jan 1 → Mar 1 (59 days);
// months are equally spaced: Jan, Feb, Mar 2025 → 44, 44 + 590 / 2 = 339, 634
const layout = marketLayout({ rows, width: 698 });

describe('marketLayout', () => {
	it('spans the months from plot.left to plot.right, one step a month', () => {
		// bottom = 240 − 28
		expect(layout.plot).toEqual({ left: 44, right: 634, top: 16, bottom: 212 });
		expect(layout.points.map((p) => p.x)).toEqual([44, expect.closeTo(339), 634]);
	});

	it('starts the y domain at 0', () => {
		// max 7 → nice(4) with step 2 → [0, 8] onto [212, 16]: 24.5px a point
		expect(layout.yTicks[0]).toEqual({ y: 212, label: '0%' });
		expect(layout.yTicks.map((t) => t.label)).toEqual(['0%', '2%', '4%', '6%', '8%']);
		expect(layout.yTicks.at(-1)!.y).toBe(16);
		// 6 → 212 − 147 = 65, 7 → 212 − 171.5 = 40.5, 6.5 → 212 − 159.25 = 52.75
		expect(layout.points.map((p) => p.y)).toEqual([65, 40.5, 52.75]);
		// paths round to a tenth of a unit
		expect(layout.path).toBe('M44,65L339,40.5L634,52.8');
	});

	it('labels the end of the line with the last value', () => {
		// x 634 + 6, y 52.75 + 4
		expect(layout.end).toEqual({ x: 640, y: 56.75, text: '6.5%' });
	});

	it('clamps the salary span to the plot', () => {
		// starts before the first month → plot.left; Feb 2025 → 339
		const before = marketLayout({ rows, width: 698, salaryMonths: ['2020-01', '2025-02'] });
		// the span covers the plot's height, labelled at its top left
		expect(before.salarySpan).toEqual({
			x: 44,
			y: 16,
			width: expect.closeTo(295),
			height: 196,
			label: { x: 48, y: 28 }
		});
		// ends after the last month → plot.right
		const after = marketLayout({ rows, width: 698, salaryMonths: ['2025-02', '2026-06'] });
		expect(after.salarySpan).toMatchObject({ x: expect.closeTo(339), width: expect.closeTo(295) });
		expect(layout.salarySpan).toBeNull();
	});

	it('names the countries behind each month in the tooltip', () => {
		expect(layout.points[0]).toEqual({
			key: '2025-01',
			x: 44,
			y: 65,
			title: 'Jan 2025',
			lines: ['6.00% of job postings mention AI', 'Country: GB', '31 daily values averaged']
		});
		expect(layout.points[1]!.lines).toEqual([
			'7.00% of job postings mention AI',
			'Mean of DE, FR',
			'28 daily values averaged'
		]);
	});

	it('draws nothing without rows', () => {
		const empty = marketLayout({ rows: [], width: 698 });
		expect(empty.path).toBe('');
		expect(empty.end).toBeNull();
		expect(empty.points).toEqual([]);
		expect(empty.countryPaths).toEqual([]);
		// a single-country region has no country lines
		expect(layout.countryPaths).toEqual([]);
	});
});

describe('marketLayout with country lines', () => {
	// DE 4, 5, 6.5 and FR 6, 7, 5.9 → their mean 5, 6, 6.2 (the region's own line)
	const mean = [
		row('2025-01', 5, 'DE FR', 31),
		row('2025-02', 6, 'DE FR', 28),
		row('2025-03', 6.2, 'DE FR', 31)
	];
	const countries = [
		row('2025-01', 4, 'DE', 31, 'country'),
		row('2025-02', 5, 'DE', 28, 'country'),
		row('2025-03', 6.5, 'DE', 31, 'country'),
		row('2025-01', 6, 'FR', 31, 'country'),
		row('2025-02', 7, 'FR', 28, 'country'),
		row('2025-03', 5.9, 'FR', 31, 'country')
	];
	// the right margin fits "mean 6.2%": 8 + 1.1 × 9 × 7.6 = 83.24 → 84, so the plot runs from 44
	// to 698 − 84 = 614 (x 44, 329, 614); max 7 (FR's February) → [0, 8] onto [212, 16]:
	// y(v) = 212 − 24.5 v
	const withCountries = marketLayout({ rows: mean, countries, width: 698 });

	it('draws one path per country behind the mean, on the same scales', () => {
		expect(withCountries.countryPaths.map((c) => c.country)).toEqual(['DE', 'FR']);
		const [de, fr] = withCountries.countryPaths;
		// DE: 4 → 114, 5 → 89.5, 6.5 → 52.75; FR: 6 → 65, 7 → 40.5, 5.9 → 67.45
		expect(de!.d).toBe('M44,114L329,89.5L614,52.8');
		// 67.45 is 67.4499… in binary: a tenth of a unit rounds it down
		expect(fr!.d).toBe('M44,65L329,40.5L614,67.4');
		// the mean: 5 → 89.5, 6 → 65, 6.2 → 60.1
		expect(withCountries.path).toBe('M44,89.5L329,65L614,60.1');
	});

	it('names each country at its line’s end, spread at least 12px apart in the same order', () => {
		// own baselines: DE 52.75 + 4 = 56.75, the mean 60.1 + 4 = 64.1, FR 67.45 + 4 = 71.45, 7.35
		// apart: one cluster, centred on (56.75 + 64.1 − 12 + 71.45 − 24) / 3 = 52.1
		const [de, fr] = withCountries.countryPaths;
		expect(de!.end).toEqual({ x: 620, y: expect.closeTo(52.1), lineY: expect.closeTo(52.75) });
		expect(withCountries.end).toEqual({ x: 620, y: expect.closeTo(64.1), text: 'mean 6.2%' });
		expect(fr!.end).toEqual({ x: 620, y: expect.closeTo(76.1), lineY: expect.closeTo(67.45) });
	});

	it('widens the y scale for a country above every mean', () => {
		// FR at 11 in March: max 11 → nice(4), step 2 → [0, 12]
		const high = countries.map((c) =>
			c.countries === 'FR' && c.month === '2025-03' ? { ...c, ai_share_pct: 11 } : c
		);
		const layout = marketLayout({ rows: mean, countries: high, width: 698 });
		expect(layout.yTicks.at(-1)).toEqual({ y: 16, label: '12%' });
	});

	it('lists each country’s value in the month’s tooltip', () => {
		expect(withCountries.points[0]!.lines).toEqual([
			'5.00% of job postings mention AI',
			'Mean of DE, FR',
			'DE 4.0%, FR 6.0%',
			'31 daily values averaged'
		]);
	});
});
