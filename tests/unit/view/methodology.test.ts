/** The methodology's numbers on the hand-computed snapshots of `snapshotsFixture` (see its note). */
import { describe, expect, it } from 'vitest';
import { MARKET_CHANGE_MONTHS } from '$lib/domain';
import { methodologyView } from '$lib/view/methodology';
import { snapshotsFixture } from '../helpers';

const view = methodologyView(snapshotsFixture());

describe('methodologyView', () => {
	it('lists each role’s titles with their listings, and why a broad title counts', () => {
		expect(view.roles.map((r) => r.caption)).toEqual([
			'ML Engineer: 1,200 listings strict, 1,230 broad',
			'AI Engineer: 300 listings strict, 300 broad'
		]);
		expect(view.roles[0]?.titles).toEqual([
			{
				title: 'Machine Learning Engineer',
				countsIn: 'strict and broad',
				listings: 1200,
				shown: '1,200',
				why: null
			},
			{
				title: 'MLOps Engineer',
				countsIn: 'broad only',
				listings: 30,
				shown: '30',
				why: 'Deploys models'
			}
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

	it('works the UK’s pooled pounds through as the example of the interval, at n_eff', () => {
		// 49 listings, 38.11 effective: the interval of a sample of 38, its 13th to 26th values
		// (P(B ≤ 12) ≤ 2.5% < P(B ≤ 13) for B ~ Binomial(38, ½)), at the 12/37 and 25/37 quantiles
		expect(view.example).toEqual({
			listings: '49',
			distinct: '43',
			nEff: '38.1',
			m: '38',
			period: '2023–2025',
			median: '£93,500',
			from: '13th',
			to: '26th',
			levels: ['32.4%', '67.6%'],
			ciLow: '£75,000',
			ciHigh: '£115,000'
		});
	});

	it('counts the cells by confidence on the effective listings, and gives the thresholds', () => {
		// ok: n_eff ≥ 30, low: 10 to 29.99, withheld: under 10 (the UK's 34 listings are 24.08 effective)
		expect(view.cellCounts).toEqual({ total: '24', ok: '6', low: '9', withheld: '9' });
		expect(view.thresholds).toEqual({ withheldBelow: 10, lowTo: 29, lowBelow: 30 });
	});

	it('shows what v2 changed on the UK headline and on the repeats', () => {
		// v1: the index's $128,000 at its own $1.25 = £102,400; v2: the 24 listings paid in pounds
		expect(view.changes.uk).toEqual({
			year: 2024,
			before: '£102k',
			indexRate: '£1 = $1.25',
			listings: '34',
			inDollars: '10',
			inPounds: '24',
			local: '£100k',
			pooled: 'ML Engineer £93.5k (49 listings) and AI Engineer £73.5k (18 listings)'
		});
		expect(view.changes.repeats).toEqual({
			year: 2024,
			listings: '50',
			distinct: '50',
			nEff: '50',
			median: '$160k',
			medianDistinct: '$160k'
		});
	});

	it('tabulates the market rate beside the index’s own, for the currencies pages offer', () => {
		// from where trends start (2022): 2021 is in no chart
		expect(view.rates.years).toEqual([2023, 2024, 2025]);
		expect(
			view.rates.rows.map((r) => [
				r.label,
				r.cells.map((c) => c.market && [c.market, c.index, c.off])
			])
		).toEqual([
			// the index's 1.1111 is 1.0% above 1.1; 1.23 is 1.6% under 1.25, and so on
			['EUR (€)', [null, ['1.1000', '1.1111', '+1.0%'], null]],
			[
				'GBP (£)',
				[
					['1.2500', '1.2300', '−1.6%'],
					['1.2800', '1.2500', '−2.3%'],
					['1.3000', '1.2700', '−2.3%']
				]
			]
		]);
		expect(view.rates.fromIndex).toEqual(['PLN']);
	});

	it('names the partial year, its end, the pooled period and where trends start', () => {
		expect(view.years).toEqual({
			latest: 2024,
			trendFrom: 2022,
			pooled: '2023–2025',
			partial: { year: 2025, label: '2025 (Jan–Aug)', until: 'August 2025' }
		});
	});

	it('lists the stable panel’s titles and what it holds each year', () => {
		expect(view.panel.count).toBe('3');
		expect(view.panel.titles).toEqual([
			'Data Scientist (5,000)',
			'Machine Learning Engineer (1,200)',
			'AI Engineer (300)'
		]);
		// global ML: 40 of 900 in the panel and of 1,000 in all in 2023; 50 of 1,000 and 2,000 in 2024
		expect(
			view.panel.byYear.map((y) => [y.year, y.panel, y.all, y.mlShareOfPanel, y.mlShareOfAll])
		).toEqual([
			['2022', '0', '0', '–', '–'],
			['2023', '900', '1,000', '4.4%', '4.0%'],
			['2024', '1,000', '2,000', '5.0%', '2.5%'],
			['2025 (Jan–Aug)', '0', '0', '–', '–']
		]);
		expect(view.panel.byYear[2]?.titles).toBe('3');
	});

	it('describes Indeed’s coverage from the data', () => {
		expect(view.aiShare).toMatchObject({
			countries: 'two',
			first: 'January 2023',
			last: 'June 2026',
			regions: [
				{ name: 'Global', countries: 'GB, US' },
				{ name: 'United Kingdom', countries: 'GB' },
				{ name: 'Spain', countries: 'not covered by Indeed' }
			]
		});
	});

	it('credits Indeed’s postings index and wage tracker, and says which series each region uses', () => {
		// the fixture: UK postings Dec 2023 – Jan 2024 with AI postings and wages for 2023–2024;
		// Spain's postings in Jan 2024 without an AI share and no wages; Global none
		expect(view.indeed).toEqual({
			postings: {
				name: 'Indeed Hiring Lab Job Postings Index',
				url: 'https://github.com/hiring-lab/job_postings_tracker',
				licence: 'CC BY 4.0',
				licence_url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'Source: Indeed Hiring Lab, Job Postings Index, CC BY 4.0.'
			},
			wages: {
				name: 'Indeed Hiring Lab Wage Tracker',
				url: 'https://github.com/hiring-lab/indeed-wage-tracker',
				licence: 'CC BY 4.0',
				licence_url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'Source: Indeed Hiring Lab, Wage Tracker, CC BY 4.0.'
			},
			base: 2023,
			changeMonths: MARKET_CHANGE_MONTHS,
			first: 'December 2023',
			last: 'January 2024',
			firstYear: 2023,
			lastYear: 2024,
			regions: [
				{ name: 'Global', series: 'none' },
				{ name: 'United Kingdom', series: 'GB' },
				{ name: 'Spain', series: 'ES; no AI share, no wage series' }
			]
		});
	});

	it('names the euro area as EU27’s series', () => {
		const s = snapshotsFixture();
		s.regions.push({ id: 'eu27', name: 'European Union (27)', currency: 'EUR', countries: ['DE'] });
		s.wageGrowth.push({ region: 'eu27', year: 2024, all_jobs_pay_growth_pct: 3.2, series: 'EA' });
		expect(methodologyView(s).indeed.regions.at(-1)).toEqual({
			name: 'European Union (27)',
			series: 'euro area (EA); no postings index'
		});
	});

	it('shows the listings behind every region, period and role, with their effective number', () => {
		expect(view.coverage.periods).toEqual([
			{ period: '2023', label: '2023' },
			{ period: '2024', label: '2024' },
			{ period: '2025', label: '2025 (Jan–Aug)' },
			{ period: '2023-2025', label: '2023–2025' }
		]);
		const uk = view.coverage.rows.find((r) => r.id === 'gb')!;
		expect(
			uk.cells.map((c) => `${c.period} ${c.role} ${c.listings} ${c.nEff} ${c.confidence}`)
		).toEqual([
			'2023 ml_engineer 20 20 low',
			'2023 ai_engineer 0 0 withheld',
			'2024 ml_engineer 34 24.1 low',
			'2024 ai_engineer 12 12 low',
			'2025 ml_engineer 10 10 low',
			'2025 ai_engineer 0 0 withheld',
			'2023-2025 ml_engineer 64 64 ok',
			'2023-2025 ai_engineer 15 15 low'
		]);
	});
});
