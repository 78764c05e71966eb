/** Each chart's view on the hand-computed snapshots of `snapshotsFixture` (see its note). */
import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { chartViews, countedRegions } from '$lib/view/charts';
import { dashboardFacts } from '$lib/view/facts';
import { defaultControls, type Controls } from '$lib/view/filters';
import { snapshotsFixture } from '../helpers';

const pageOf = (id: string) => unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
const chartsOf = (id: string, controls: Partial<Controls> = {}) => {
	const page = pageOf(id);
	const region = page.regions.find((r) => r.id === id)!;
	const charts = chartViews(dashboardFacts(page, { ...defaultControls(region), ...controls }));
	return (chartId: string) => charts.find((c) => c.id === chartId)!;
};
const ids = ['region-pay', 'pay-trend', 'pay-by-level', 'role-demand', 'pay-gap', 'market-demand'];

// the UK by default: pounds as advertised, pooled 2023–2025
const local = chartsOf('gb');
// every listing converted, 2024
const converted = chartsOf('gb', { basis: 'all', period: 2024 });

describe('chartViews', () => {
	it('names each download for what it holds and the filters it depends on', () => {
		expect(ids.map((id) => local(id).fileStem)).toEqual([
			'ml-vs-ai-pay-by-region_gb_2023-2025_gbp_all-levels',
			'ml-vs-ai-pay-trend_gb_gbp_as-advertised_all-levels',
			'ml-vs-ai-pay-by-level_gb_2023-2025_gbp_as-advertised',
			'ml-vs-ai-role-demand_gb_all-levels',
			'ml-vs-ai-pay-gap_gb_as-advertised_all-levels',
			'ml-vs-ai-market-demand_gb'
		]);
		expect(ids.map((id) => converted(id).fileStem)).toEqual([
			'ml-vs-ai-pay-by-region_gb_2024_gbp_all-levels',
			'ml-vs-ai-pay-trend_gb_gbp_all-levels',
			'ml-vs-ai-pay-by-level_gb_2024_gbp',
			'ml-vs-ai-role-demand_gb_all-levels',
			'ml-vs-ai-pay-gap_gb_all-levels',
			'ml-vs-ai-market-demand_gb'
		]);
	});

	it('credits the exchange rates exactly where figures were converted', () => {
		const salaries = 'Salary index (CC0 1.0)';
		const withFx = `${salaries}; US Federal Reserve H.10 exchange rates (Public domain (ODC PDDL 1.0))`;
		const indeed =
			'Indeed Hiring Lab Job Postings Index (CC BY 4.0; monthly means of the daily values, the 2023 = 100 base and postings that mention AI computed by this project); Indeed Hiring Lab AI Tracker (CC BY 4.0; monthly means of the daily values (and regional means) computed by this project)';
		// as advertised, only the region chart (always converted) uses a rate
		expect(ids.map((id) => [local(id).credit, local(id).downloads])).toEqual([
			[withFx, ['salaries.csv', 'fx.csv']],
			[salaries, ['salaries.csv']],
			[salaries, ['salaries.csv']],
			[salaries, ['listings.csv']],
			[salaries, ['salaries.csv']],
			[indeed, ['postings.csv', 'ai-share.csv']]
		]);
		expect(ids.map((id) => converted(id).credit)).toEqual([
			withFx,
			withFx,
			withFx,
			salaries,
			withFx,
			indeed
		]);
		expect(local('market-demand').note).toMatch(
			/cannot tell ML-engineer from AI-engineer postings/
		);
		expect(local('market-demand').sources[0]?.licence_url).toBe(
			'https://creativecommons.org/licenses/by/4.0/'
		);
	});

	it('links each chart to the part of the methodology that explains it', () => {
		expect(ids.map((id) => local(id).method)).toEqual([
			'statistics',
			'years',
			'levels',
			'demand',
			'gap',
			'indeed-series'
		]);
		// without a postings index, the AI share's own section
		expect(chartsOf('global')('market-demand').method).toBe('ai-share');
	});

	it('gives the trend as advertised in pounds, without converting a penny', () => {
		const { table, subtitle, details, currency } = local('pay-trend');
		expect(currency).toBe('GBP');
		expect(subtitle).toMatch(/, pounds as advertised\. Bands: 95% intervals\.$/);
		expect(details).toMatch(
			/^Pounds as advertised \(only the listings paid in GBP, in their own amounts\)\./
		);
		expect(table.rows.map((r) => [r.year, r.role, r.listings, r.median_gbp])).toEqual([
			[2023, 'ML Engineer', 0, null],
			[2023, 'AI Engineer', 0, null],
			[2024, 'ML Engineer', 24, 100000],
			[2024, 'AI Engineer', 3, null],
			[2025, 'ML Engineer', 0, null],
			[2025, 'AI Engineer', 0, null]
		]);
	});

	it('converts every listing’s trend year at that year’s own rate', () => {
		const { table, subtitle, details } = converted('pay-trend');
		// $125k at 2023's 1.25 $/£, $128k at 2024's 1.28, $130k at 2025's 1.30: £100k each
		for (const i of [0, 2, 4]) expect(table.rows[i]?.median_gbp).toBeCloseTo(100000, 6);
		expect(table.rows[2]).toMatchObject({ listings: 34, distinct: 28, n_eff: 24.08 });
		expect(table.rows[3]?.ci_low_gbp).toBeCloseTo(89600 / 1.28, 6);
		expect(subtitle).toBe(
			'Median advertised pay by year in the United Kingdom, strict titles, all levels, pounds, every listing converted. Bands: 95% intervals.'
		);
		expect(details).toBe(
			'GBP, every listing converted to US dollars at the market rate of its year, then to GBP at that year’s rate. 2025 is partial: the data ends in early August. Gaps mark years with too few listings.'
		);
	});

	it('compares regions on every listing, converted at the period’s rate, whatever the basis', () => {
		const chart = local('region-pay');
		expect(chart.spec).toMatchObject({ kind: 'dot-range', range: 'ci', highlight: 'gb' });
		// the subtitle says they are converted, the details at which rate
		expect(chart.subtitle).toMatch(/, pounds, every listing converted\. Lines: 95% intervals/);
		expect(chart.details).toMatch(
			/^GBP, every listing converted to US dollars at the market rate of its year, then to GBP at 2025’s £1 = \$1\.300\. Regions are compared in one currency\./
		);
		// pooled figures are shown at the last pooled year's rate
		const rows = chart.table.rows;
		expect(rows.map((r) => [r.region, r.role, r.listings, r.confidence])).toEqual([
			['Global', 'ML Engineer', 90, 'ok'],
			['Global', 'AI Engineer', 25, 'low'],
			['United Kingdom', 'ML Engineer', 64, 'ok'],
			['United Kingdom', 'AI Engineer', 15, 'low'],
			['Spain', 'ML Engineer', 7, 'withheld'],
			['Spain', 'AI Engineer', 7, 'withheld']
		]);
		expect(rows[2]?.median_gbp).toBeCloseTo(128000 / 1.3, 6);
		expect(rows[3]?.ci_high_gbp).toBeCloseTo(110000 / 1.3, 6);
		expect(converted('region-pay').table.rows[0]).toMatchObject({
			countries: 'US:45 GB:5',
			median_gbp: 160000 / 1.28
		});
	});

	it('measures the gap on the basis shown', () => {
		expect(local('pay-gap').empty).toBe(
			'Too few listings in the United Kingdom (strict titles, all levels, pounds as advertised) to measure the gap: no year has 10 or more independent listings of both roles.'
		);
		// 2024 converted: 75 / 100 − 1; SE_ml = ln(110/90) / 3.919928 = 0.0511924, SE_ai = ln(80/70) /
		// 3.919928 = 0.0340648; half-width 1.959964 × 0.0614904 = 0.1205190 around ln 0.75: exp(−0.4082011)
		// − 1 = −33.515%, exp(−0.1671630) − 1 = −15.394%
		const gap = converted('pay-gap');
		expect(gap.spec).toMatchObject({ kind: 'gap', years: [2023, 2024, 2025] });
		const row = gap.table.rows[1]!;
		expect(row.gap_pct).toBeCloseTo(-25, 9);
		expect(row.gap_low_pct).toBeCloseTo(-33.5155, 4);
		expect(row.gap_high_pct).toBeCloseTo(-15.3938, 4);
		expect(local('pay-by-level').empty).toBe(
			'Too few listings in the United Kingdom (2023–25 pooled, pounds as advertised) to show pay at any experience level: no level has 10 or more independent listings of either role.'
		);
	});

	it('measures demand as a share of the stable panel, not of every listing', () => {
		const demand = local('role-demand');
		expect(demand.table.rows[2]).toEqual({
			year: 2024,
			months: 'Jan–Dec',
			role: 'ML Engineer',
			listings: 34,
			panel_listings: 800,
			share_of_panel_pct: (100 * 34) / 800,
			all_listings: 1000
		});
		// AI: 2 of 400 in 2023 (too few to count), 12 of 800, then 17 of 600; ML: 20 of 400, then 10 of 600
		// Wilson 95%: AI 12 / 800 0.86%–2.60% and 17 / 600 1.78%–4.49% overlap; ML 20 / 400 3.26%–7.60%
		// and 10 / 600 0.91%–3.04% do not
		expect(demand.title).toBe(
			'No clear change in AI engineers’ share of the stable panel from 1.5% in 2024 to 2.8% in 2025 (Jan–Aug), within the uncertainty; ML engineers’ share of the stable panel fell from 5.0% in 2023 to 1.7% in 2025 (Jan–Aug)'
		);
	});

	it('draws Indeed’s postings over its AI share, a row a month of either series', () => {
		const gb = local('market-demand');
		expect(gb.spec).toMatchObject({ kind: 'market', countries: [], postingsArea: null });
		// the AI share's 8 months of 2023, 2024 and 2025 and Jun 2026, and Dec 2023 of the postings
		expect(gb.table.rows).toHaveLength(3 * 8 + 1 + 1);
		expect(gb.table.columns.map((c) => c.key)).toEqual([
			'month',
			'all_postings_2023_100',
			'ai_postings_2023_100',
			'ai_share_pct',
			'countries',
			'days'
		]);
		expect(
			gb.table.rows.filter((r) => String(r.month) >= '2023-08' && String(r.month) <= '2024-01')
		).toEqual([
			{
				month: '2023-08',
				all_postings_2023_100: null,
				ai_postings_2023_100: null,
				ai_share_pct: 2,
				countries: 'GB',
				days: 30
			},
			{
				month: '2023-12',
				all_postings_2023_100: 95,
				ai_postings_2023_100: 110,
				ai_share_pct: null,
				countries: null,
				days: null
			},
			{
				month: '2024-01',
				all_postings_2023_100: 90,
				ai_postings_2023_100: 120,
				ai_share_pct: 2.5,
				countries: 'GB',
				days: 30
			}
		]);
		// the month each series ends
		expect(gb.subtitle).toBe(
			'Job postings on Indeed by month, 2023 = 100: all (to Jan 2024) and those that mention AI (to Jan 2024); below, the share that mention AI.'
		);
		expect(gb.details).toMatch(/^The postings index is Indeed’s seasonally adjusted count/);
		const global = chartsOf('global')('market-demand');
		expect(global.table.rows).toEqual([
			{
				month: '2026-06',
				ai_share_pct: 6,
				countries: 'GB US',
				days: 30,
				ai_share_pct_gb: 9.4,
				ai_share_pct_us: 2.6
			}
		]);
		expect(global.subtitle).toBe(
			'Share of all job postings on Indeed that mention AI, by month, to Jun 2026: the mean of 2 countries, each in grey.'
		);
		expect(global.details).toMatch(/, and the region’s the unweighted mean of GB and US\.$/);
		expect(global.note).toMatch(/Indeed publishes no postings index for all countries together/);
		expect(global.downloads).toEqual(['ai-share.csv']);
	});

	it('says where Indeed publishes neither series, and draws nothing', () => {
		const snapshots = snapshotsFixture();
		const page = buildRegionPage(
			{ ...snapshots, postings: snapshots.postings.filter((r) => r.region !== 'es') },
			'es'
		)!;
		const region = page.regions.find((r) => r.id === 'es')!;
		const market = chartViews(dashboardFacts(unpackRegionPage(page), defaultControls(region))).find(
			(c) => c.id === 'market-demand'
		)!;
		expect(market.empty).toBe(
			'Indeed Hiring Lab publishes neither a postings index nor an AI share of postings for Spain: its AI tracker covers the United Kingdom and the United States.'
		);
		expect(market.title).toBe(
			'Indeed publishes no postings index or AI share of postings for Spain'
		);
		// the AI tracker's file says which countries it covers
		expect(market.downloads).toEqual(['ai-share.csv']);
	});

	it('shows Spain’s postings without an AI share, and says why', () => {
		const es = chartsOf('es')('market-demand');
		expect(es.empty).toBeNull();
		expect(es.spec).toMatchObject({ kind: 'market', rows: [], postings: [{ month: '2024-01' }] });
		expect(es.table.columns.map((c) => c.key)).toEqual(['month', 'all_postings_2023_100']);
		expect(es.table.rows).toEqual([{ month: '2024-01', all_postings_2023_100: 104 }]);
		expect(es.note).toMatch(
			/Indeed publishes no AI share of postings for Spain, so postings that mention AI cannot be shown\.$/
		);
		expect(es.subtitle).toBe(
			'All job postings on Indeed in Spain by month, 2023 = 100, to Jan 2024.'
		);
		// the postings index alone: its credit and its file, not the AI tracker's
		expect(es.sources.map((x) => x.name)).toEqual(['Indeed Hiring Lab Job Postings Index']);
		expect(es.downloads).toEqual(['postings.csv']);
	});

	it('credits the exchange rates wherever figures are converted, shown in another currency too', () => {
		const names = (view: ReturnType<typeof local>) => view.downloads;
		// pounds as advertised: no conversion, so no fx.csv
		expect(names(local('pay-trend'))).toEqual(['salaries.csv']);
		// the same listings as advertised, shown in euros: converted for display, so fx.csv is credited
		const inEuros = chartsOf('gb', { currency: 'EUR' });
		expect(names(inEuros('pay-trend'))).toEqual(['salaries.csv', 'fx.csv']);
		expect(inEuros('pay-trend').subtitle).toContain('pounds as advertised, in euros.');
		expect(inEuros('pay-trend').details).toContain(
			'Pounds as advertised (only the listings paid in GBP, in their own amounts), shown in EUR at each year’s rate'
		);
	});

	it('says what each chart is of, for its exported image: only the filters it depends on', () => {
		// the UK opens pooled, in pounds as advertised, all levels, strict titles; the fixture's
		// years with pay run from 2023 (its 2021 is before the trends start) to 2025, partial
		expect(local('region-pay').context).toBe(
			'United Kingdom · 2023–2025 pooled (2025: Jan–Aug only) · every listing converted · all levels · strict titles'
		);
		expect(local('pay-trend').context).toBe(
			'United Kingdom · 2023 to 2025 (Jan–Aug) · pounds as advertised · all levels · strict titles'
		);
		expect(local('pay-by-level').context).toBe(
			'United Kingdom · 2023–2025 pooled (2025: Jan–Aug only) · pounds as advertised · strict titles'
		);
		expect(local('role-demand').context).toBe(
			'United Kingdom · 2023 to 2025 (Jan–Aug) · all levels · strict titles'
		);
		expect(local('market-demand').context).toBe('United Kingdom');
	});

	it('gives each chart an embed title that names its region, once', () => {
		// the UK page: a title that says "the United Kingdom" stands as it is; any other is led by
		// the region's name
		for (const chart of ['region-pay', 'pay-trend', 'pay-by-level', 'role-demand', 'pay-gap'])
			for (const view of [local(chart)]) {
				const says = view.title.includes('the United Kingdom');
				expect(view.embedTitle).toBe(says ? view.title : `United Kingdom: ${view.title}`);
			}
		expect(local('pay-by-level').embedTitle).toBe(
			'United Kingdom: Too few listings to compare the two roles at any level'
		);
		// Global's charts: "All regions", unless the title says "all regions" already
		const global = chartsOf('global')('pay-gap');
		expect(global.embedTitle).toBe(`All regions: ${global.title}`);
	});

	it('sums each chart up for screen readers', () => {
		// the gaps' intervals from the fixture's pooled cells (one rate converts both medians, so
		// the ratios are the dollars'): Global ML 155k (145k–165k), AI 118k (100k–140k): SE
		// ln(165/145) / 3.919928 = 0.0329628 and ln(140/100) / 3.919928 = 0.0858363, √ of their
		// squares' sum 0.0919479, ln(118/155) = −0.2727405 ± 1.959964 × 0.0919479 = 0.1802146:
		// −36.4% to −8.8%. UK ML 128k (118k–140k), AI 97k (85k–110k): SE 0.0436125 and 0.0657739,
		// 0.0789193; ln(97/128) = −0.2773193 ± 0.1546790: −35.1% to −11.5%
		expect(local('region-pay').summary).toBe(
			'Median pay in 2023–2025 (pooled), GBP. ' +
				'Global: ML Engineer £119k (95% interval £112k–£127k, 90 listings), AI Engineer £90.8k (95% interval £76.9k–£108k, 25 listings, low confidence); AI engineers’ median −24% against ML engineers’ (95% interval −36% to −9%). ' +
				'United Kingdom: ML Engineer £98.5k (95% interval £90.8k–£108k, 64 listings), AI Engineer £74.6k (95% interval £65.4k–£84.6k, 15 listings, low confidence); AI engineers’ median −24% against ML engineers’ (95% interval −35% to −12%). ' +
				'Too few listings (under 10 independent ones) to show for either role in Spain.'
		);
		expect(converted('pay-trend').summary).toMatch(
			/2024 £100k \(95% interval £90k–£110k, 34 listings, about 24 independent, low confidence\)/
		);
	});
});

describe('countedRegions', () => {
	const global = { id: 'global', countries: null };
	const us = { id: 'us', countries: ['US'] };
	const eu27 = { id: 'eu27', countries: ['DE', 'FR', 'NL'] };
	const de = { id: 'de', countries: ['DE'] };
	const fr = { id: 'fr', countries: ['FR'] };
	const shows =
		(...ids: string[]) =>
		(id: string) =>
			ids.includes(id);

	it('counts each market once: not Global beside the regions, not the EU27 beside a country of it that shows both', () => {
		// Germany shows both roles itself: counted with the EU27, its listings would count twice
		expect(countedRegions([global, us, eu27, de, fr], shows('global', 'us', 'eu27', 'de'))).toEqual(
			[us, de, fr]
		);
	});

	it('counts the EU27 where none of its countries shows both roles', () => {
		expect(countedRegions([global, us, eu27, de, fr], shows('global', 'us', 'eu27'))).toEqual([
			us,
			eu27,
			de,
			fr
		]);
	});

	it('counts Global where no other region shows both roles', () => {
		expect(countedRegions([global, us, eu27, de], shows('global'))).toEqual([global, us, eu27, de]);
	});
});

describe('the pay trend’s benchmark', () => {
	const page = pageOf('gb');
	const uk = page.regions.find((r) => r.id === 'gb')!;
	const trendOf = (wageGrowth: typeof page.wageGrowth, controls: Partial<Controls> = {}) =>
		chartViews(
			dashboardFacts({ ...page, wageGrowth }, { ...defaultControls(uk), ...controls })
		).find((c) => c.id === 'pay-trend')!;

	it('sets all-jobs pay growth beside the roles’ pay changes, credits its source and offers its file', () => {
		// every listing converted: ML's median is shown in 2023, 2024 and 2025; December growth 2024
		// +5.9% (the fixture's) and 2025 +4.0%: 1.059 × 1.04 − 1 = 10.136%
		const trend = trendOf([...page.wageGrowth, { year: 2025, pct: 4 }], { basis: 'all' });
		expect(trend.note).toBe(
			'For comparison, advertised pay across all jobs in the United Kingdom grew 10.1% from December 2023 to December 2025, by Indeed’s Wage Tracker: pay in general, not either role’s.'
		);
		expect(trend.downloads).toContain('wage-growth.csv');
		expect(trend.credit).toContain('Wage Tracker');
	});

	it('gives no figure, credit or file where the series does not cover the years', () => {
		// the fixture's series ends in 2024: no compounded figure to 2025
		const trend = trendOf(page.wageGrowth, { basis: 'all' });
		expect(trend.note).toBeNull();
		expect(trend.downloads).not.toContain('wage-growth.csv');
		expect(trend.credit).not.toContain('Wage Tracker');
	});

	it('says so where Indeed has no series for the region', () => {
		const trend = trendOf([], { basis: 'all' });
		expect(trend.note).toBe(
			'Indeed publishes no series of advertised pay across all jobs for the United Kingdom, so there is no benchmark for pay in general.'
		);
		expect(trend.downloads).not.toContain('wage-growth.csv');
	});
});
