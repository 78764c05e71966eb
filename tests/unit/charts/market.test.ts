import { describe, expect, it } from 'vitest';
import { marketLayout } from '$lib/charts/market';
import type { AiShareRow, PostingsPoint } from '$lib/data/schema';

// MARKET: top 4, bottom 28, left 44, right 64 (at least), heading 22, gap 18, volume 150,
// share 110, alone 180. A panel's heading baseline is 12 under its top; its plot starts
// `heading` (22) under it.

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

const post = (
	month: string,
	all_postings_2023_100: number,
	ai_postings_2023_100: number | null
): PostingsPoint => ({ month, all_postings_2023_100, ai_postings_2023_100 });

const rows: AiShareRow[] = [
	row('2025-01', 6, 'GB', 31),
	row('2025-02', 7, 'DE FR', 28),
	row('2025-03', 6.5, 'DE FR', 31)
];
// the end label "6.5%" needs 8 + 1.1 × 4 × 7.6 = 41.44 → 42 < 64: the right margin stays 64, so
// at width 698 the plot runs from 44 to 698 − 64 = 634: 590px for Jan → Mar 2025 (2 months);
// months are equally spaced: Jan, Feb, Mar → 44, 44 + 590 / 2 = 339, 634
const layout = marketLayout({ rows, width: 698 });

describe('marketLayout, the AI share alone', () => {
	const share = layout.panels[0]!;

	it('has one share panel, as tall as a panel alone', () => {
		expect(layout.panels.map((p) => p.kind)).toEqual(['share']);
		// top 4 + heading 22 = 26; + alone 180 = 206
		expect(share.plot).toEqual({ left: 44, right: 634, top: 26, bottom: 206 });
		// 206 + bottom 28
		expect(layout.height).toBe(234);
		expect(layout.width).toBe(698);
		// heading baseline 4 + 12; a single country's region says no mean
		expect(share.heading).toEqual({
			x: 44,
			y: 16,
			text: 'Share of job postings that mention AI'
		});
		expect(share.base).toBeNull();
	});

	it('spans the months from plot.left to plot.right, one step a month', () => {
		expect(layout.points.map((p) => p.x)).toEqual([44, expect.closeTo(339), 634]);
		// one January in Jan → Mar 2025: 2025, at plot.left
		expect(share.xTicks).toEqual([{ x: 44, label: '2025' }]);
	});

	it('starts the y domain at 0', () => {
		// max 7 → nice(4) with step 2 → [0, 8] onto [206, 26]: 180 / 8 = 22.5px a point
		expect(share.yTicks[0]).toEqual({ y: 206, label: '0%' });
		expect(share.yTicks.map((t) => t.label)).toEqual(['0%', '2%', '4%', '6%', '8%']);
		expect(share.yTicks.at(-1)!.y).toBe(26);
		// 6 → 206 − 135 = 71, 7 → 206 − 157.5 = 48.5, 6.5 → 206 − 146.25 = 59.75
		expect(layout.points.map((p) => p.y)).toEqual([71, 48.5, 59.75]);
	});

	it('draws the line, rounded to a tenth, and labels its end with the last value', () => {
		expect(share.lines.map((l) => [l.key, l.kind])).toEqual([['share', 'main']]);
		// 59.75 rounds up to 59.8
		expect(share.lines[0]!.d).toBe('M44,71L339,48.5L634,59.8');
		// x 634 + 6, y 59.75 + 4 (one label: nothing to spread, well inside [26 + 8, 206 + 4])
		expect(share.lines[0]!.end).toEqual({ x: 640, y: 63.75, lineY: 59.75, text: '6.5%' });
	});

	it('clamps the salary span to the plot', () => {
		// starts before the first month → plot.left 44; Feb 2025 → 339
		const before = marketLayout({ rows, width: 698, salaryMonths: ['2020-01', '2025-02'] });
		expect(before.panels[0]!.salarySpan).toEqual({ x: 44, width: expect.closeTo(295) });
		// labelled at the span's top left: x 44 + 4, y plot.top 26 + 12
		expect(before.salaryLabel).toEqual({ x: 48, y: 38 });
		// ends after the last month → plot.right 634
		const after = marketLayout({ rows, width: 698, salaryMonths: ['2025-02', '2026-06'] });
		expect(after.panels[0]!.salarySpan).toEqual({
			x: expect.closeTo(339),
			width: expect.closeTo(295)
		});
		expect(after.salaryLabel).toEqual({ x: expect.closeTo(343), y: 38 });
		expect(share.salarySpan).toBeNull();
		expect(layout.salaryLabel).toBeNull();
	});

	it('has no salary label where the salary data is outside the months shown', () => {
		// Jan–Jun 2024 clamps to [44, 44]: no width, no label
		const outside = marketLayout({ rows, width: 698, salaryMonths: ['2024-01', '2024-06'] });
		expect(outside.panels[0]!.salarySpan).toEqual({ x: 44, width: 0 });
		expect(outside.salaryLabel).toBeNull();
	});

	it('has no year tick where the months shown have no January', () => {
		// Feb–Mar 2025: the first January at or after Feb 2025 is 2026's, after the last month
		const within = marketLayout({ rows: rows.slice(1), width: 698 });
		expect(within.panels[0]!.xTicks).toEqual([]);
		// Jan–Mar 2025 has January 2025, at plot.left
		expect(layout.panels[0]!.xTicks).toEqual([{ x: 44, label: '2025' }]);
	});

	it('names the countries behind each month in the tooltip', () => {
		expect(layout.points[0]).toEqual({
			key: '2025-01',
			x: 44,
			y: 71,
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
		const empty = marketLayout({ rows: [], width: 698, salaryMonths: ['2024-01', '2025-01'] });
		expect(empty.panels).toEqual([]);
		expect(empty.points).toEqual([]);
		expect(empty.salaryLabel).toBeNull();
		// no panel: only the margins, 4 + 28
		expect(empty.height).toBe(32);
		// a single-country region has no country lines
		expect(share.lines.filter((l) => l.kind === 'country')).toEqual([]);
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
	// to 698 − 84 = 614 (x 44, 329, 614); max 7 (FR's February) → [0, 8] onto [206, 26]:
	// y(v) = 206 − 22.5 v
	const withCountries = marketLayout({ rows: mean, countries, width: 698 });
	const panel = withCountries.panels[0]!;

	it('says the line is the mean of the countries at its end, the heading being the same', () => {
		expect(panel.plot.right).toBe(614);
		expect(panel.heading.text).toBe('Share of job postings that mention AI');
		expect(panel.lines.find((l) => l.kind === 'main')?.end?.text).toMatch(/^mean /);
	});

	it('shortens a heading that would not fit over a narrow chart', () => {
		// 268 − 44 = 224 of room: "Share of job postings that mention AI" is 1.1 × (3 × 8.4 + 34 ×
		// 7.6) = 311.96 wide, "Share that mention AI" 1.1 × (3 × 8.4 + 18 × 7.6) = 178.2
		const narrow = marketLayout({ rows, width: 268 });
		expect(narrow.panels[0]!.heading.text).toBe('Share that mention AI');
		// "Job postings in the euro area, 2023 = 100" (2 capitals, 39 others: 1.1 × 313.2 = 344.52)
		// and "Postings, euro area, 2023 = 100" (1, 30: 1.1 × 236.4 = 260.04) are too wide;
		// "Euro area, 2023 = 100" (1, 20: 1.1 × 160.4 = 176.44) fits
		const euro = marketLayout({
			rows: [],
			postings: [post('2025-01', 90, null), post('2025-02', 91, null)],
			postingsArea: 'euro area',
			width: 268
		});
		expect(euro.panels[0]!.heading.text).toBe('Euro area, 2023 = 100');
	});

	it('draws one path per country behind the mean, on the same scales', () => {
		expect(panel.lines.map((l) => [l.key, l.kind])).toEqual([
			['DE', 'country'],
			['FR', 'country'],
			['share', 'main']
		]);
		const [de, fr, main] = panel.lines;
		// DE: 4 → 116, 5 → 93.5, 6.5 → 59.75 (rounds up)
		expect(de!.d).toBe('M44,116L329,93.5L614,59.8');
		// FR: 6 → 71, 7 → 48.5, 5.9 → 206 − 132.75 = 73.25; but 5.9 is a hair over 5.9 in binary,
		// so its y, which falls as the value rises, is a hair under 73.25 (73.2499…): it rounds down
		expect(fr!.d).toBe('M44,71L329,48.5L614,73.2');
		// the mean: 5 → 93.5, 6 → 71, 6.2 → 206 − 139.5 = 66.5
		expect(main!.d).toBe('M44,93.5L329,71L614,66.5');
	});

	it('names each country at its line’s end, spread at least 12px apart in the same order', () => {
		// own baselines: DE 59.75 + 4 = 63.75, the mean 66.5 + 4 = 70.5, FR 73.25 + 4 = 77.25,
		// 6.75 apart: one cluster, centred on (63.75 + 70.5 − 12 + 77.25 − 24) / 3 = 58.5
		const [de, fr, main] = panel.lines;
		expect(de!.end).toEqual({
			x: 620,
			y: expect.closeTo(58.5),
			lineY: expect.closeTo(59.75),
			text: 'DE'
		});
		expect(main!.end).toEqual({
			x: 620,
			y: expect.closeTo(70.5),
			lineY: expect.closeTo(66.5),
			text: 'mean 6.2%'
		});
		expect(fr!.end).toEqual({
			x: 620,
			y: expect.closeTo(82.5),
			lineY: expect.closeTo(73.25),
			text: 'FR'
		});
	});

	it('widens the y scale for a country above every mean', () => {
		// FR at 11 in March: max 11 → nice(4), step 2 → [0, 12]
		const high = countries.map((c) =>
			c.countries === 'FR' && c.month === '2025-03' ? { ...c, ai_share_pct: 11 } : c
		);
		const layout = marketLayout({ rows: mean, countries: high, width: 698 });
		expect(layout.panels[0]!.yTicks.at(-1)).toEqual({ y: 26, label: '12%' });
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

describe('marketLayout, the postings index alone', () => {
	// a region like Spain: all postings only, no AI postings and no AI share
	const postings = [
		post('2025-01', 110, null),
		post('2025-02', 100, null),
		post('2025-03', 94.27, null)
	];
	// the end label "all 94.3" (not bold): 8 + 8 × 7.6 = 68.8 → 69 > 64, so the plot runs from 44
	// to 698 − 69 = 629: Jan, Feb, Mar → 44, 44 + 585 / 2 = 336.5, 629
	const spain = marketLayout({ rows: [], postings, width: 698 });
	const volume = spain.panels[0]!;

	it('has one volume panel, as tall as a panel alone', () => {
		expect(spain.panels.map((p) => p.kind)).toEqual(['volume']);
		// 4 + 22 = 26; + 180 = 206; height 206 + 28
		expect(volume.plot).toEqual({ left: 44, right: 629, top: 26, bottom: 206 });
		expect(spain.height).toBe(234);
		expect(volume.heading).toEqual({ x: 44, y: 16, text: 'Job postings, 2023 = 100' });
		expect(volume.xTicks).toEqual([{ x: 44, label: '2025' }]);
	});

	it('names the area the postings cover where it is not the region’s own', () => {
		const euro = marketLayout({ rows: [], postings, postingsArea: 'euro area', width: 698 });
		expect(euro.panels[0]!.heading.text).toBe('Job postings in the euro area, 2023 = 100');
	});

	it('scales the index from 0, with ticks without % and the 2023 level drawn', () => {
		// max 110 → nice(4): step 27.5 → 20 → [0, 120] onto [206, 26]: 1.5px a point
		expect(volume.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100', '120']);
		expect(volume.yTicks[0]!.y).toBe(206);
		expect(volume.yTicks.at(-1)!.y).toBeCloseTo(26);
		// 100 → 206 − 150
		expect(volume.base).toBeCloseTo(56);
	});

	it('draws all postings only, named with one decimal', () => {
		expect(volume.lines.map((l) => [l.key, l.kind])).toEqual([['all', 'all']]);
		// 110 → 206 − 165 = 41, 100 → 56, 94.27 → 206 − 141.405 = 64.595
		expect(volume.lines[0]!.d).toBe('M44,41L336.5,56L629,64.6');
		expect(volume.lines[0]!.end).toEqual({
			x: 635,
			y: expect.closeTo(68.595),
			lineY: expect.closeTo(64.595),
			text: 'all 94.3'
		});
	});

	it('says each month’s index in the tooltip, on the all-postings line', () => {
		expect(spain.points.map((p) => p.x)).toEqual([44, expect.closeTo(336.5), 629]);
		expect(spain.points.map((p) => p.y)).toEqual([
			expect.closeTo(41),
			expect.closeTo(56),
			expect.closeTo(64.595)
		]);
		expect(spain.points[2]).toMatchObject({
			key: '2025-03',
			title: 'Mar 2025',
			lines: ['All job postings: 94.3 (2023 = 100)']
		});
	});
});

describe('marketLayout, postings over the AI share', () => {
	// the share: Nov 2024 → Jan 2025; the postings a month later, Dec 2024 → Apr 2025, with no AI
	// value in Feb (a blank month, the line broken) nor Apr (the AI line ends in Mar)
	const share = [
		row('2024-11', 6, 'GB', 30),
		row('2024-12', 7, 'DE FR', 31),
		row('2025-01', 6.5, 'DE FR', 31)
	];
	const postings = [
		post('2024-12', 100, 120),
		post('2025-01', 96, 130),
		post('2025-02', 92, null),
		post('2025-03', 90, 150),
		post('2025-04', 88, null)
	];
	// end labels: "6.5%" → 42; "AI 150.0" (bold) → 8 + 1.1 × (2 × 8.4 + 6 × 7.6) = 76.64 → 77;
	// "all 88.0" (not bold) → 8 + 8 × 7.6 = 68.8 → 69: the right margin is 77, and at width 621
	// the plot runs from 44 to 621 − 77 = 544, 500px for Nov 2024 → Apr 2025 (5 months):
	// Nov 44, Dec 144, Jan 244, Feb 344, Mar 444, Apr 544
	const both = marketLayout({
		rows: share,
		postings,
		width: 621,
		salaryMonths: ['2024-12', '2025-09']
	});
	const [volume, lower] = both.panels;

	it('puts the postings on top and the share under them, a gap apart', () => {
		expect(both.panels.map((p) => p.kind)).toEqual(['volume', 'share']);
		// volume: heading at 4 + 12 = 16, plot 4 + 22 = 26 → 26 + 150 = 176
		expect(volume!.plot).toEqual({ left: 44, right: 544, top: 26, bottom: 176 });
		expect(volume!.heading).toEqual({ x: 44, y: 16, text: 'Job postings, 2023 = 100' });
		// share: its top 176 + gap 18 = 194, heading at 194 + 12 = 206, plot 194 + 22 = 216 →
		// 216 + 110 = 326
		expect(lower!.plot).toEqual({ left: 44, right: 544, top: 216, bottom: 326 });
		expect(lower!.heading).toEqual({
			x: 44,
			y: 206,
			text: 'Share of job postings that mention AI'
		});
		// 326 + 28
		expect(both.height).toBe(354);
	});

	it('lays both panels on one time axis over every month, labelled under the lower one', () => {
		expect(both.points.map((p) => p.key)).toEqual([
			'2024-11',
			'2024-12',
			'2025-01',
			'2025-02',
			'2025-03',
			'2025-04'
		]);
		expect(both.points.map((p) => p.x)).toEqual(
			[44, 144, 244, 344, 444, 544].map((v) => expect.closeTo(v))
		);
		expect(volume!.xTicks).toEqual([]);
		// one January in Nov 2024 → Apr 2025: Jan 2025 at 244
		expect(lower!.xTicks).toEqual([{ x: expect.closeTo(244), label: '2025' }]);
	});

	it('scales each panel on its own', () => {
		// volume: max 150 (AI in Mar) → nice(4): step 37.5 → 50 → [0, 150] onto [176, 26]:
		// y(v) = 176 − v
		expect(volume!.yTicks.map((t) => t.label)).toEqual(['0', '50', '100', '150']);
		expect(volume!.yTicks.map((t) => t.y)).toEqual(
			[176, 126, 76, 26].map((v) => expect.closeTo(v))
		);
		expect(volume!.base).toBeCloseTo(76);
		// share: max 7 → [0, 8] onto [326, 216]: y(v) = 326 − 13.75 v
		expect(lower!.yTicks.map((t) => t.label)).toEqual(['0%', '2%', '4%', '6%', '8%']);
		expect(lower!.yTicks.map((t) => t.y)).toEqual([326, 298.5, 271, 243.5, 216]);
		expect(lower!.base).toBeNull();
	});

	it('draws all postings, and AI postings broken where a month has none', () => {
		expect(volume!.lines.map((l) => [l.key, l.kind])).toEqual([
			['all', 'all'],
			['ai', 'main']
		]);
		const [all, ai] = volume!.lines;
		// 100 → 76, 96 → 80, 92 → 84, 90 → 86, 88 → 88
		expect(all!.d).toBe('M144,76L244,80L344,84L444,86L544,88');
		// 120 → 56, 130 → 46; no value in Feb; 150 → 26 in Mar
		expect(ai!.d).toBe('M144,56L244,46M444,26');
		// the share: 6 → 326 − 82.5 = 243.5, 7 → 326 − 96.25 = 229.75 (rounds up),
		// 6.5 → 326 − 89.375 = 236.625 (rounds down)
		expect(lower!.lines.map((l) => l.d)).toEqual(['M44,243.5L144,229.8L244,236.6']);
	});

	it('names all postings at the last month, and AI postings at their last value', () => {
		const [all, ai] = volume!.lines;
		// Apr 544 + 6; baseline 88 + 4 = 92
		expect(all!.end).toEqual({
			x: 550,
			y: expect.closeTo(92),
			lineY: expect.closeTo(88),
			text: 'all 88.0'
		});
		// Mar 444 + 6; baseline 26 + 4 = 30 would be above the highest allowed, 26 + 8 = 34
		expect(ai!.end).toEqual({
			x: expect.closeTo(450),
			y: 34,
			lineY: expect.closeTo(26),
			text: 'AI 150.0'
		});
		// the share's end in Jan: 244 + 6; baseline 236.625 + 4
		expect(lower!.lines[0]!.end).toEqual({
			x: expect.closeTo(250),
			y: 240.625,
			lineY: 236.625,
			text: '6.5%'
		});
	});

	it('shades the salary span in both panels, labelled in the top one', () => {
		// Dec 2024 → 144; Sep 2025 is after Apr → plot.right 544: width 400
		const span = { x: expect.closeTo(144), width: expect.closeTo(400) };
		expect(volume!.salarySpan).toEqual(span);
		expect(lower!.salarySpan).toEqual(span);
		// 144 + 4; the top plot's top 26 + 12
		expect(both.salaryLabel).toEqual({ x: expect.closeTo(148), y: 38 });
	});

	it('says both series in a month that has both, and one in a month with one', () => {
		const [nov, dec, jan, feb, mar, apr] = both.points;
		// Dec: on the AI postings line, 120 → 56
		expect(dec).toEqual({
			key: '2024-12',
			x: expect.closeTo(144),
			y: expect.closeTo(56),
			title: 'Dec 2024',
			lines: [
				'All job postings: 100.0 (2023 = 100)',
				'Postings that mention AI: 120.0',
				'7.00% of job postings mention AI',
				'Mean of DE, FR',
				'31 daily values averaged'
			]
		});
		// Nov: the share only, on its line (6 → 243.5)
		expect(nov).toEqual({
			key: '2024-11',
			x: 44,
			y: 243.5,
			title: 'Nov 2024',
			lines: ['6.00% of job postings mention AI', 'Country: GB', '30 daily values averaged']
		});
		// Feb: all postings only, no AI value: on the all-postings line, 92 → 84
		expect(feb).toMatchObject({
			title: 'Feb 2025',
			y: expect.closeTo(84),
			lines: ['All job postings: 92.0 (2023 = 100)']
		});
		// Jan: AI 130 → 46; Mar: AI 150 → 26; Apr: all 88 → 88
		expect([jan, mar, apr].map((p) => p!.y)).toEqual([46, 26, 88].map((v) => expect.closeTo(v)));
		expect(mar!.lines).toEqual([
			'All job postings: 90.0 (2023 = 100)',
			'Postings that mention AI: 150.0'
		]);
	});
});
