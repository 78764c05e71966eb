import { describe, expect, it } from 'vitest';
import { payGap } from '$lib/data/pay';
import { bandsTable, demandTable, gapTable, marketTable, trendTable } from '$lib/view/tables';
import type { Role } from '$lib/domain';
import type { AiShareRow, ListingRow } from '$lib/data/schema';
import { listingRow, payCell } from '../helpers';

/** A shown cell: CI ±10 and middle half ±20 around the median, no repeats. */
const shown = (role: Role, region: string, period: number, listings: number, median: number) =>
	payCell({
		role,
		region,
		period,
		listings,
		median,
		p25: median - 20,
		p75: median + 20,
		ciLow: median - 10,
		ciHigh: median + 10
	});

/** A withheld cell (listings under 10). */
const withheld = (role: Role, region: string, period: number, listings: number) =>
	payCell({ role, region, period, listings, median: null });

const payKeys = (c: string) => [
	`median_${c}`,
	`ci_low_${c}`,
	`ci_high_${c}`,
	`p25_${c}`,
	`p75_${c}`,
	'listings',
	'distinct',
	'n_eff',
	'confidence'
];

describe('bandsTable', () => {
	const cells = [
		// listed AI first: the table still follows ROLE_ORDER
		withheld('ai_engineer', 'gb', 2024, 6),
		shown('ml_engineer', 'gb', 2024, 40, 100),
		shown('ml_engineer', 'de', 2024, 25, 90)
		// DE AI has no cell at all
	];
	const cellOf = (band: string, role: Role) =>
		cells.find((c) => c.region === band && c.role === role);
	const bands = [
		{ id: 'gb', name: 'United Kingdom' },
		{ id: 'de', name: 'Germany' }
	];
	const table = bandsTable(bands, cellOf, 'Region', 'GBP');

	it('keys its columns by band and by currency in lower case', () => {
		expect(table.columns.map((c) => c.key)).toEqual(['region', 'role', ...payKeys('gbp')]);
		expect(table.columns.map((c) => c.kind)).toEqual([
			'text',
			'text',
			'money',
			'money',
			'money',
			'money',
			'money',
			'count',
			'count',
			'decimal',
			'text'
		]);
	});

	it('has one row per band and role, in ROLE_ORDER', () => {
		// 2 bands × 2 roles
		expect(table.rows.map((r) => [r.region, r.role])).toEqual([
			['United Kingdom', 'ML Engineer'],
			['United Kingdom', 'AI Engineer'],
			['Germany', 'ML Engineer'],
			['Germany', 'AI Engineer']
		]);
		// median 100: CI 90–110, middle half 80–120
		expect(table.rows[0]).toEqual({
			region: 'United Kingdom',
			role: 'ML Engineer',
			median_gbp: 100,
			ci_low_gbp: 90,
			ci_high_gbp: 110,
			p25_gbp: 80,
			p75_gbp: 120,
			listings: 40,
			distinct: 40,
			n_eff: 40,
			confidence: 'ok'
		});
		expect(table.rows[2]).toMatchObject({ median_gbp: 90, listings: 25, confidence: 'low' });
	});

	it('gives withheld cells null pay and missing cells 0 listings', () => {
		const nullPay = {
			median_gbp: null,
			ci_low_gbp: null,
			ci_high_gbp: null,
			p25_gbp: null,
			p75_gbp: null
		};
		expect(table.rows[1]).toEqual({
			region: 'United Kingdom',
			role: 'AI Engineer',
			...nullPay,
			listings: 6,
			distinct: 6,
			n_eff: 6,
			confidence: 'withheld'
		});
		expect(table.rows[3]).toEqual({
			region: 'Germany',
			role: 'AI Engineer',
			...nullPay,
			listings: 0,
			distinct: 0,
			n_eff: 0,
			confidence: 'withheld'
		});
	});

	it('adds each cell’s listings per country for a region of several countries', () => {
		const eu = { ...shown('ml_engineer', 'eu27', 2024, 12, 90), countryMix: 'DE:8 FR:4' };
		const mixed = bandsTable(
			[{ id: 'eu27', name: 'EU' }],
			(b, r) => (r === 'ml_engineer' ? eu : undefined),
			'Region',
			'EUR',
			true
		);
		expect(mixed.columns.at(-1)).toEqual({ key: 'countries', label: 'Countries', kind: 'text' });
		expect(mixed.rows.map((r) => r.countries)).toEqual(['DE:8 FR:4', null]);
	});

	it('keys the band column by its label in lower case', () => {
		const levels = bandsTable([{ id: 'SE', name: 'Senior' }], () => undefined, 'Level', 'USD');
		expect(levels.columns.map((c) => c.key).slice(0, 3)).toEqual(['level', 'role', 'median_usd']);
		expect(levels.rows[0]).toMatchObject({ level: 'Senior', role: 'ML Engineer', listings: 0 });
	});
});

describe('trendTable', () => {
	const cells = [
		shown('ai_engineer', 'global', 2025, 12, 150),
		shown('ml_engineer', 'global', 2025, 35, 200),
		withheld('ml_engineer', 'global', 2024, 3),
		shown('ai_engineer', 'global', 2024, 30, 140),
		// not among `years`
		shown('ml_engineer', 'global', 2023, 50, 190)
	];
	const table = trendTable(cells, [2024, 2025], 'EUR');

	it('keys columns by year, role and currency', () => {
		expect(table.columns.map((c) => c.key)).toEqual(['year', 'months', 'role', ...payKeys('eur')]);
	});

	it('has one row per year and role, in ROLE_ORDER, for the given years only', () => {
		// 2 years × 2 roles
		expect(table.rows.map((r) => [r.year, r.role, r.median_eur])).toEqual([
			[2024, 'ML Engineer', null],
			[2024, 'AI Engineer', 140],
			[2025, 'ML Engineer', 200],
			[2025, 'AI Engineer', 150]
		]);
		expect(table.rows[0]).toMatchObject({ ci_low_eur: null, listings: 3, confidence: 'withheld' });
		// AI 2025: 12 listings, median 150, CI 140–160
		expect(table.rows[3]).toMatchObject({
			ci_low_eur: 140,
			ci_high_eur: 160,
			listings: 12,
			confidence: 'low'
		});
	});
});

describe('demandTable', () => {
	// 50 of a panel of 20,000 is 0.25%; 100 of it 0.5%
	const rows: ListingRow[] = [
		listingRow('ai_engineer', 'global', 2024, 50, 20000, 30000),
		listingRow('ml_engineer', 'global', 2024, 100, 20000, 30000)
	];
	const table = demandTable(rows, [2024, 2025]);

	it('has typed columns', () => {
		expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
			['year', 'year'],
			['months', 'text'],
			['role', 'text'],
			['listings', 'count'],
			['panel_listings', 'count'],
			['share_of_panel_pct', 'pct'],
			['all_listings', 'count']
		]);
	});

	it('has one row per year and role; missing rows give 0 listings and no share', () => {
		expect(table.rows).toEqual([
			{
				year: 2024,
				months: 'Jan–Dec',
				role: 'ML Engineer',
				listings: 100,
				panel_listings: 20000,
				share_of_panel_pct: 0.5,
				all_listings: 30000
			},
			{
				year: 2024,
				months: 'Jan–Dec',
				role: 'AI Engineer',
				listings: 50,
				panel_listings: 20000,
				share_of_panel_pct: 0.25,
				all_listings: 30000
			},
			{
				year: 2025,
				// the salary data ends in August 2025
				months: 'Jan–Aug',
				role: 'ML Engineer',
				listings: 0,
				panel_listings: 0,
				share_of_panel_pct: null,
				all_listings: 0
			},
			{
				year: 2025,
				// the salary data ends in August 2025
				months: 'Jan–Aug',
				role: 'AI Engineer',
				listings: 0,
				panel_listings: 0,
				share_of_panel_pct: null,
				all_listings: 0
			}
		]);
	});
});

describe('marketTable', () => {
	const row = (month: string, pct: number, countries: string, series: 'region' | 'country') =>
		({ region: 'eu27', month, ai_share_pct: pct, countries, days: 28, series }) as AiShareRow;

	it('has one row per month: the mean, then a column per country', () => {
		const table = marketTable(
			[row('2025-01', 3, 'DE FR', 'region'), row('2025-02', 3.5, 'DE FR', 'region')],
			[
				row('2025-01', 2.5, 'DE', 'country'),
				row('2025-02', 3, 'DE', 'country'),
				row('2025-01', 3.5, 'FR', 'country'),
				row('2025-02', 4, 'FR', 'country')
			]
		);
		expect(table.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
			['month', 'Month', 'text'],
			['ai_share_pct', 'AI share of postings (mean)', 'pct'],
			['countries', 'Countries', 'text'],
			['days', 'Days', 'count'],
			['ai_share_pct_de', 'DE', 'pct'],
			['ai_share_pct_fr', 'FR', 'pct']
		]);
		// region is the page's, not a column
		expect(table.rows).toEqual([
			{
				month: '2025-01',
				ai_share_pct: 3,
				countries: 'DE FR',
				days: 28,
				ai_share_pct_de: 2.5,
				ai_share_pct_fr: 3.5
			},
			{
				month: '2025-02',
				ai_share_pct: 3.5,
				countries: 'DE FR',
				days: 28,
				ai_share_pct_de: 3,
				ai_share_pct_fr: 4
			}
		]);
	});

	it('has no country columns for a single country', () => {
		const table = marketTable([row('2025-02', 5, 'GB', 'region')]);
		expect(table.columns.map((c) => c.key)).toEqual(['month', 'ai_share_pct', 'countries', 'days']);
		expect(table.rows).toEqual([{ month: '2025-02', ai_share_pct: 5, countries: 'GB', days: 28 }]);
	});
});

describe('gapTable', () => {
	const ml = { ...shown('ml_engineer', 'global', 2023, 40, 200), ciLow: 180, ciHigh: 220 };
	const ai = { ...shown('ai_engineer', 'global', 2023, 25, 150), ciLow: 120, ciHigh: 170 };
	const cells = [
		ml,
		ai,
		shown('ml_engineer', 'global', 2024, 60, 210),
		withheld('ai_engineer', 'global', 2024, 7)
	];
	const table = gapTable(cells, [2023, 2024, 2025]);

	it('has typed columns', () => {
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'months',
			'gap_pct',
			'gap_low_pct',
			'gap_high_pct',
			'verdict',
			'ml_listings',
			'ai_listings'
		]);
	});

	it('matches payGap, year by year', () => {
		const g = payGap(ml, ai)!;
		expect(table.rows[0]).toEqual({
			year: 2023,
			months: 'Jan–Dec',
			gap_pct: g.pct,
			gap_low_pct: g.low,
			gap_high_pct: g.high,
			// the whole interval below 0
			verdict: 'AI lower',
			ml_listings: 40,
			ai_listings: 25
		});
		// 150 / 200 − 1, and its 95% interval (ML 180–220, AI 120–170; worked out in payGap's tests)
		expect(table.rows[0]!.gap_pct).toBeCloseTo(-25, 10);
		expect(table.rows[0]!.gap_low_pct).toBeCloseTo(-38.6559, 4);
		expect(table.rows[0]!.gap_high_pct).toBeCloseTo(-8.3042, 4);
	});

	it('leaves the gap empty when a side is withheld or missing', () => {
		expect(table.rows[1]).toEqual({
			year: 2024,
			months: 'Jan–Dec',
			gap_pct: null,
			gap_low_pct: null,
			gap_high_pct: null,
			verdict: null,
			ml_listings: 60,
			ai_listings: 7
		});
		expect(table.rows[2]).toEqual({
			year: 2025,
			months: 'Jan–Aug',
			gap_pct: null,
			gap_low_pct: null,
			gap_high_pct: null,
			verdict: null,
			ml_listings: 0,
			ai_listings: 0
		});
	});
});
