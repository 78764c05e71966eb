/** The methodology's numbers on the hand-computed snapshots of `snapshotsFixture`. */
import { describe, expect, it } from 'vitest';
import { methodologyView } from '$lib/view/methodology';
import { snapshotsFixture } from '../helpers';

const view = methodologyView(snapshotsFixture());

describe('methodologyView', () => {
	it('lists each role’s titles with their listings, strict and broad', () => {
		expect(view.roles.map((r) => r.caption)).toEqual([
			'ML Engineer: 1,200 listings strict, 1,230 broad',
			'AI Engineer: 300 listings strict, 300 broad'
		]);
		expect(view.roles[0]?.titles).toEqual([
			{
				title: 'Machine Learning Engineer',
				countsIn: 'strict and broad',
				listings: 1200,
				shown: '1,200'
			},
			{ title: 'MLOps Engineer', countsIn: 'broad only', listings: 30, shown: '30' }
		]);
	});

	it('counts the pairing from sources.json', () => {
		// 2 × 450 of 1,000 rows are pairs
		expect(view.pairing).toEqual({
			rows: '1,000',
			pairs: '450',
			pairShare: '90.0%',
			singles: '100',
			listings: '550'
		});
	});

	it('works the UK’s latest full year through as the example of the interval', () => {
		// n = 34: the 11th to the 24th listing (see medianCiRanks)
		expect(view.example).toEqual({
			listings: '34',
			year: 2024,
			median: '$128,000',
			from: '11th',
			to: '24th',
			ciLow: '$115,200',
			ciHigh: '$140,800'
		});
	});

	it('counts the cells by confidence and gives the thresholds', () => {
		expect(view.cellCounts).toEqual({ total: '12', ok: '4', low: '4', withheld: '4' });
		expect(view.thresholds).toEqual({ withheldBelow: 10, lowTo: 29, lowBelow: 30 });
	});

	it('tabulates the rates of the currencies pages offer, by year', () => {
		expect(view.rates.years).toEqual([2021, 2023, 2024, 2025]);
		expect(view.rates.rows.map((r) => [r.label, r.cells.map((c) => c.rate)])).toEqual([
			['EUR (€)', [null, null, '1.1000', null]],
			['GBP (£)', [null, '1.2500', '1.2800', '1.3000']]
		]);
	});

	it('names the partial year, its end and where trends start', () => {
		expect(view.years).toEqual({
			latest: 2024,
			trendFrom: 2022,
			partial: { year: 2025, star: '2025*', until: 'August 2025' }
		});
	});

	it('describes Indeed’s coverage from the data', () => {
		expect(view.aiShare).toMatchObject({
			countries: 'two',
			first: 'June 2025',
			last: 'June 2026',
			regions: [
				{ name: 'Global', countries: 'GB, US' },
				{ name: 'United Kingdom', countries: 'GB' },
				{ name: 'Spain', countries: 'not covered by Indeed' }
			]
		});
	});

	it('shows the listings behind every region, year and role', () => {
		expect(view.coverage.years.map((y) => y.label)).toEqual(['2021', '2023', '2024', '2025*']);
		const uk = view.coverage.rows.find((r) => r.id === 'gb')!;
		expect(uk.cells.map((c) => `${c.year} ${c.role} ${c.listings} ${c.confidence}`)).toEqual([
			'2021 ml_engineer 4 withheld',
			'2021 ai_engineer 0 withheld',
			'2023 ml_engineer 20 low',
			'2023 ai_engineer 0 withheld',
			'2024 ml_engineer 34 ok',
			'2024 ai_engineer 12 low',
			'2025 ml_engineer 10 low',
			'2025 ai_engineer 0 withheld'
		]);
	});
});
