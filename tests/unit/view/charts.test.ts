/** Each chart's view on the hand-computed snapshots of `snapshotsFixture`. */
import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import { chartViews } from '$lib/view/charts';
import { dashboardFacts } from '$lib/view/dashboard';
import { snapshotsFixture } from '../helpers';

const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), 'gb')!);
const charts = chartViews(dashboardFacts(page, { level: 'all', currency: 'GBP', def: 'strict' }));
const chart = (id: string) => charts.find((c) => c.id === id)!;

describe('chartViews', () => {
	it('names each download for what it holds and the filters it depends on', () => {
		expect(charts.map((c) => c.fileStem)).toEqual([
			'ml-vs-ai-pay-by-region_gb_gbp_all-levels',
			'ml-vs-ai-pay-trend_gb_gbp_all-levels',
			'ml-vs-ai-pay-by-level_gb_gbp',
			'ml-vs-ai-role-demand_gb_all-levels',
			'ml-vs-ai-pay-gap_gb_all-levels',
			'ml-vs-ai-market-demand_gb'
		]);
	});

	it('credits each chart’s source with its licence, and links the snapshot behind it', () => {
		expect(charts.map((c) => [c.credit, c.downloads])).toEqual([
			['Salary index (CC0 1.0)', ['salaries.csv']],
			['Salary index (CC0 1.0)', ['salaries.csv']],
			['Salary index (CC0 1.0)', ['salaries.csv']],
			['Salary index (CC0 1.0)', ['listings.csv']],
			['Salary index (CC0 1.0)', ['salaries.csv']],
			[
				'Indeed Hiring Lab AI Tracker (CC BY 4.0; monthly means of the daily values (and regional means) computed by this project)',
				['ai-share.csv']
			]
		]);
		expect(chart('market-demand').note).toMatch(
			/cannot tell ML-engineer from AI-engineer postings/
		);
		expect(chart('market-demand').sources[0]?.licence_url).toBe(
			'https://creativecommons.org/licenses/by/4.0/'
		);
	});

	it('links each chart to the part of the methodology that explains it', () => {
		expect(charts.map((c) => c.method)).toEqual([
			'statistics',
			'years',
			'levels',
			'demand',
			'gap',
			'ai-share'
		]);
	});

	it('gives the trend a row per year and role, in pounds', () => {
		const { table, caption, currency } = chart('pay-trend');
		expect([caption, currency]).toEqual(['Median pay by year and role', 'GBP']);
		expect(table.rows.map((r) => [r.year, r.role, r.listings, r.confidence])).toEqual([
			[2023, 'ML Engineer', 20, 'low'],
			[2023, 'AI Engineer', 0, 'withheld'],
			[2024, 'ML Engineer', 34, 'ok'],
			[2024, 'AI Engineer', 12, 'low'],
			[2025, 'ML Engineer', 10, 'low'],
			[2025, 'AI Engineer', 0, 'withheld']
		]);
		// 128,000 USD at 1.28 $/£, 96,000 USD too
		expect(table.rows[2]?.median_gbp).toBeCloseTo(100000, 6);
		expect(table.rows[3]?.ci_low_gbp).toBeCloseTo(70000, 6);
		// 2023's 125,000 USD at 2023's own 1.25 $/£
		expect(table.rows[0]?.median_gbp).toBeCloseTo(100000, 6);
		expect(chart('pay-trend').subtitle).toBe(
			'Median advertised pay by year in the United Kingdom, strict titles, all levels, GBP, with 95% confidence bands. 2025* is partial: the data ends in early August. Gaps mark years with too few listings.'
		);
	});

	it('draws what its table holds', () => {
		expect(chart('region-pay').spec).toMatchObject({
			kind: 'dot-range',
			range: 'ci',
			highlight: 'gb'
		});
		expect(chart('region-pay').table.rows.map((r) => [r.region, r.role, r.listings])).toEqual([
			['Global', 'ML Engineer', 50],
			['Global', 'AI Engineer', 20],
			['United Kingdom', 'ML Engineer', 34],
			['United Kingdom', 'AI Engineer', 12],
			['Spain', 'ML Engineer', 3],
			['Spain', 'AI Engineer', 2]
		]);
		expect(chart('pay-gap').spec).toMatchObject({ kind: 'gap', years: [2023, 2024, 2025] });
		// the gap in 2024: 75 / 100 − 1; its range 70 / 110 − 1 to 80 / 90 − 1
		const gap = chart('pay-gap').table.rows[1]!;
		expect(gap.gap_pct).toBeCloseTo(-25, 9);
		expect(gap.gap_low_pct).toBeCloseTo(-36.3636, 3);
		expect(gap.gap_high_pct).toBeCloseTo(-11.1111, 3);
		expect(chart('role-demand').table.rows[2]).toEqual({
			year: 2024,
			role: 'ML Engineer',
			listings: 34,
			all_listings: 1000,
			share_of_all_pct: 3.4
		});
		expect(chart('market-demand').table.rows).toHaveLength(2);
	});

	it('sums each chart up for screen readers', () => {
		expect(chart('region-pay').summary).toBe(
			'Median pay in 2024, GBP. ' +
				'Global: ML Engineer £125k (95% CI £117k–£133k, 50 listings), AI Engineer £93.8k (95% CI £78.1k–£109k, 20 listings, low confidence); AI engineers −25% against ML engineers. ' +
				'United Kingdom: ML Engineer £100k (95% CI £90k–£110k, 34 listings), AI Engineer £75k (95% CI £70k–£80k, 12 listings, low confidence); AI engineers −25% against ML engineers. ' +
				'Too few listings (under 10) to show for either role in Spain.'
		);
	});
});
