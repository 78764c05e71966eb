import { describe, expect, it } from 'vitest';
import { demandLayout } from '$lib/charts/demand';
import type { Period, Role } from '$lib/domain';
import type { ListingRow } from '$lib/data/schema';

// The stable panel is half of all listings in every year here, so a share of all listings would be
// half the share of the panel: the geometry below is of the panel's share.
const row = (
	role: Role,
	period: Period,
	listings: number,
	panel_listings: number,
	share_of_panel_pct: number | null
): ListingRow => ({
	role,
	definition: 'strict',
	region: 'global',
	period,
	level: 'all',
	listings,
	panel_listings,
	share_of_panel_pct,
	all_listings: 2 * panel_listings
});

const rows: ListingRow[] = [
	// 1 000 / 200 000 = 0.5%, 500 / 200 000 = 0.25%
	row('ml_engineer', 2022, 1000, 200000, 0.5),
	row('ai_engineer', 2022, 500, 200000, 0.25),
	// 1 500 / 250 000 = 0.6%, 750 / 250 000 = 0.3%
	row('ml_engineer', 2023, 1500, 250000, 0.6),
	row('ai_engineer', 2023, 750, 250000, 0.3),
	// no listings in the panel in 2024: the share is null
	row('ml_engineer', 2024, 0, 0, null),
	row('ai_engineer', 2024, 0, 0, null),
	// 2 000 / 250 000 = 0.8%
	row('ml_engineer', 2025, 2000, 250000, 0.8),
	// AI 2025 has no row at all
	// outside `years`: must not stretch either scale
	row('ml_engineer', 2021, 5000, 100000, 5),
	// nor must the pooled window: 1 500 + 0 + 2 000 listings of 250 000 + 0 + 250 000 → 0.7%
	row('ml_engineer', '2023-2025', 3500, 500000, 0.7)
];
const years = [2022, 2023, 2024, 2025];

// width 952 ≥ 640 → side by side, each panel (952 − 32) / 2 = 460 wide.
const layout = demandLayout({ rows, years, width: 952 });
const bar = (role: Role, year: number) =>
	layout.counts.bars.find((b) => b.role === role && b.year === year)!;

/** x and y of every M/L command of an SVG path. */
function coords(path: string): [number, number][] {
	return [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('demandLayout', () => {
	it('puts the panels side by side from 640px wide', () => {
		// 230, and 13 for the partial year's months under the axis (2025: Jan–Aug)
		expect(layout.height).toBe(243);
		expect(layout.counts).toMatchObject({ dx: 0, dy: 0 });
		// panel 460 wide + 32 gap
		expect(layout.shares).toMatchObject({ dx: 492, dy: 0 });
		expect(layout.counts.plot).toEqual({ left: 44, right: 444, top: 28, bottom: 202 }); // 243 − 28 − 13
		expect(layout.shares.plot).toEqual({ left: 44, right: 404, top: 28, bottom: 202 });
		const at640 = demandLayout({ rows, years, width: 640 });
		expect(at640.height).toBe(243);
	});

	it('stacks the panels below 640px wide', () => {
		const narrow = demandLayout({ rows, years, width: 639 });
		// 2 × (230 + 13) + 32
		expect(narrow.height).toBe(518);
		expect(narrow.shares).toMatchObject({ dx: 0, dy: 275 });
		// each panel takes the full width: 639 − 16, 639 − 56
		expect(narrow.counts.plot.right).toBe(623);
		expect(narrow.shares.plot.right).toBe(583);
	});

	it('makes bar heights proportional to listings', () => {
		// max 2 000 (2021's 5 000 and the pooled 3 500 ignored) → domain [0, 2 000] onto 174px (202 − 28): 0.087px a listing
		expect(bar('ml_engineer', 2025)).toMatchObject({
			y: 28,
			h: 174,
			label: { text: '2,000', y: 24 },
			partial: true
		});
		expect(bar('ml_engineer', 2022)).toMatchObject({
			y: 115,
			h: 87,
			label: { text: '1,000', y: 111 },
			partial: false
		});
		expect(bar('ai_engineer', 2022).h).toBeCloseTo(43.5); // 500
		expect(bar('ml_engineer', 2023).h).toBeCloseTo(130.5); // 1 500
		expect(bar('ai_engineer', 2023).h).toBeCloseTo(65.25); // 750
		// twice the listings, twice as tall
		expect(bar('ml_engineer', 2022).h).toBeCloseTo(2 * bar('ai_engineer', 2022).h);
		expect(bar('ml_engineer', 2025).h).toBeCloseTo(2 * bar('ml_engineer', 2022).h);
		// a missing row is a zero-height bar on the axis
		expect(bar('ai_engineer', 2025)).toMatchObject({ y: 202, h: 0, label: { text: '0', y: 198 } });
		// each count sits centred above its bar
		for (const b of layout.counts.bars) expect(b.label.x).toBe(b.x + b.w / 2);
		expect(layout.counts.yTicks.map((t) => t.label)).toEqual([
			'0',
			'500',
			'1,000',
			'1,500',
			'2,000'
		]);
	});

	it('places each role inside its year band, ML first', () => {
		// scaleBand: step 400 / (4 − 0.3 + 0.3) = 100, start 44 + (400 − 370) / 2 = 59, bandwidth 70
		years.forEach((year, i) => {
			const [m, a] = [bar('ml_engineer', year), bar('ai_engineer', year)];
			expect(m.x).toBeGreaterThanOrEqual(59 + 100 * i);
			expect(m.x + m.w).toBeLessThanOrEqual(a.x);
			expect(a.x + a.w).toBeLessThanOrEqual(59 + 100 * i + 70);
		});
		expect(layout.counts.bars).toHaveLength(8);
		// tick at the band's centre: 59 + 35
		expect(layout.counts.xTicks.map((t) => t.x)).toEqual([94, 194, 294, 394]);
		expect(layout.counts.xTicks.map((t) => [t.label, t.sub])).toEqual([
			['2022', null],
			['2023', null],
			['2024', null],
			['2025', 'Jan–Aug']
		]);
	});

	it('draws share lines that skip null shares', () => {
		// x: scalePoint step 360 / 3.6 = 100 from 44 + 30 → 74, 174, 274, 374
		// y: max share 0.8 → domain [0, 0.8] onto [202, 28]; y(s) = 202 − s / 0.8 × 174
		// ML: 0.5 → 93.25, 0.6 → 71.5, 2024 null (gap), 0.8 → 28
		const [ml, ai] = layout.shares.lines;
		expect(ml!.role).toBe('ml_engineer');
		expect(ml!.d.match(/M/g)).toHaveLength(2);
		const mlCoords = coords(ml!.d);
		expect(mlCoords.map(([x]) => x)).toEqual([74, 174, 374]);
		// 93.25 in a path, which rounds to a tenth of a unit
		expect(mlCoords[0]![1]).toBe(93.3);
		expect(mlCoords[1]![1]).toBeCloseTo(71.5);
		expect(mlCoords[2]![1]).toBeCloseTo(28);
		expect(ml!.dots.map((d) => d.year)).toEqual([2022, 2023, 2025]);
		// AI: 0.25 → 147.625, 0.3 → 136.75; nothing in 2024 (null) or 2025 (no row)
		expect(ai!.dots.map((d) => d.year)).toEqual([2022, 2023]);
		expect(ai!.dots[0]!.y).toBeCloseTo(147.625);
		expect(ai!.dots[1]!.y).toBeCloseTo(136.75);
		expect(coords(ai!.d).map(([x]) => x)).toEqual([74, 174]);
		// no point is drawn at zero
		for (const l of layout.shares.lines)
			expect(coords(l.d).some(([, y]) => y >= layout.shares.plot.bottom)).toBe(false);
	});

	it('labels each share line at its last drawn point', () => {
		const [ml, ai] = layout.shares.lines;
		// ML ends 2025: x 374 + 8, y 28 + 4; AI ends 2023: x 174 + 8, y 136.75 + 4
		expect(ml!.end).toEqual({ x: 382, y: expect.closeTo(32), text: '0.80%' });
		expect(ai!.end).toEqual({ x: 182, y: expect.closeTo(140.75), text: '0.30%' });
		expect(layout.shares.yTicks.map((t) => t.label)).toEqual([
			'0%',
			'0.2%',
			'0.4%',
			'0.6%',
			'0.8%'
		]);
	});

	it('draws no share resting on fewer than 10 listings of the role, and says "too few" in its place', () => {
		const thin: ListingRow[] = [
			row('ml_engineer', 2022, 40, 1000, 4),
			row('ai_engineer', 2022, 9, 1000, 0.9),
			row('ml_engineer', 2023, 50, 1000, 5),
			row('ai_engineer', 2023, 10, 1000, 1),
			// none of either role among 1,000: a share of 0 is no line either
			row('ml_engineer', 2024, 0, 1000, 0),
			row('ai_engineer', 2024, 0, 1000, 0)
		];
		const l = demandLayout({ rows: thin, years: [2022, 2023, 2024], width: 952 });
		const [ml, ai] = l.shares.lines;
		// 9 listings: no dot, no line through 2022; 10 listings: drawn
		expect(ai!.dots.map((d) => d.year)).toEqual([2023]);
		expect(coords(ai!.d)).toHaveLength(1);
		expect(ml!.dots.map((d) => d.year)).toEqual([2022, 2023]);
		// which role is too few is said, unless both are
		expect(l.shares.tooFew).toEqual([
			{ x: l.shares.xTicks[0]!.x, y: l.shares.plot.bottom - 6, year: 2022, text: 'AI: too few' },
			{ x: l.shares.xTicks[2]!.x, y: l.shares.plot.bottom - 6, year: 2024, text: 'too few' }
		]);
		// the thin share does not stretch the scale either: the top tick is ML's 5%
		expect(l.shares.yTicks.at(-1)!.label).toBe('5%');
		expect(l.points.find((p) => p.key === 'ai_engineer-2022')!.lines).toEqual([
			'9 listings',
			'Share not shown: 9 listings, under 10'
		]);
		// none in the main fixture, whose roles have hundreds of listings a year
		expect(layout.shares.tooFew).toEqual([]);
	});

	it('says "too few" once over consecutive years that say the same, at their middle', () => {
		const rows: ListingRow[] = [
			row('ml_engineer', 2022, 40, 1000, 4),
			row('ai_engineer', 2022, 3, 1000, 0.3),
			row('ml_engineer', 2023, 50, 1000, 5),
			row('ai_engineer', 2023, 6, 1000, 0.6),
			row('ml_engineer', 2024, 60, 1000, 6),
			row('ai_engineer', 2024, 20, 1000, 2),
			row('ml_engineer', 2025, 5, 1000, 0.5),
			row('ai_engineer', 2025, 4, 1000, 0.4)
		];
		// a phone's width, where a label at each year would run into the next
		const l = demandLayout({ rows, years: [2022, 2023, 2024, 2025], width: 328 });
		const x = (i: number) => l.shares.xTicks[i]!.x;
		expect(l.shares.tooFew).toEqual([
			// AI's 3 and 6 listings: one label between 2022 and 2023
			{ x: (x(0) + x(1)) / 2, y: l.shares.plot.bottom - 6, year: 2022, text: 'AI: too few' },
			// both roles under 10 in 2025: a run of its own
			{ x: x(3), y: l.shares.plot.bottom - 6, year: 2025, text: 'too few' }
		]);
	});

	it('titles the second panel as the share of the stable panel', () => {
		expect(layout.counts.title).toBe('Listings');
		expect(layout.shares.title).toBe('Share of the stable panel');
	});

	it('offers a tooltip point per year and role with listings and their share of the stable panel', () => {
		expect(layout.points).toHaveLength(8);
		const point = (key: string) => layout.points.find((p) => p.key === key)!;
		const ml2022 = point('ml_engineer-2022');
		const b = bar('ml_engineer', 2022);
		expect(ml2022).toMatchObject({ x: b.x + b.w / 2, y: 115, title: 'ML Engineer, 2022' });
		expect(ml2022.lines).toEqual([
			'1,000 listings',
			'0.50% of 200,000 listings in the stable panel'
		]);
		expect(point('ai_engineer-2023').lines).toEqual([
			'750 listings',
			'0.30% of 250,000 listings in the stable panel'
		]);
		expect(point('ml_engineer-2024').lines).toEqual([
			'0 listings',
			'No listings of the panel here'
		]);
		expect(point('ai_engineer-2025')).toMatchObject({
			title: 'AI Engineer, 2025 (Jan–Aug only)',
			lines: ['0 listings', 'No listings of the panel here']
		});
	});
});

describe('demandLayout where no share can be drawn', () => {
	it('says so once in the share panel, with no scale, instead of an empty axis', () => {
		// 7 and 4 listings of panels of 300 and 500: both under 10, so neither share is drawn
		const thin = [
			row('ml_engineer', 2024, 7, 300, (100 * 7) / 300),
			row('ai_engineer', 2024, 4, 500, (100 * 4) / 500)
		];
		const layout = demandLayout({ rows: thin, years: [2024], width: 360 });
		expect(layout.shares.lines.flatMap((l) => l.dots)).toEqual([]);
		expect(layout.shares.yTicks).toEqual([]);
		expect(layout.shares.tooFew).toEqual([]);
		expect(layout.shares.empty?.text).toBe('Under 10 listings a year: no share shown');
		// in the middle of the share panel's plot
		const { left, right, top, bottom } = layout.shares.plot;
		expect(layout.shares.empty).toMatchObject({ x: (left + right) / 2, y: (top + bottom) / 2 });
	});

	it('has no note where a share is drawn', () => {
		// 10 listings of 400: a share (2.5%) is drawn
		const one = [row('ml_engineer', 2024, 10, 400, 2.5)];
		const layout = demandLayout({ rows: one, years: [2024], width: 360 });
		expect(layout.shares.empty).toBeNull();
		expect(layout.shares.yTicks.length).toBeGreaterThan(0);
	});
});
