/**
 * What a region's page says, on the hand-computed snapshots of `snapshotsFixture` (see its note for
 * the UK's figures).
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { claimViews } from '$lib/view/claims';
import { dashboardView } from '$lib/view/dashboard';
import { defaultControls, withFilter, type Controls } from '$lib/view/filters';
import { snapshotsFixture } from '../helpers';

const pageOf = (id: string) => unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
const regionOf = (page: ReturnType<typeof pageOf>) =>
	page.regions.find((r) => r.id === page.region.id)!;
const viewOf = (id: string, controls: Partial<Controls> = {}) => {
	const page = pageOf(id);
	return dashboardView(page, { ...defaultControls(regionOf(page)), ...controls });
};

describe('the UK page, by default: pounds as advertised, pooled', () => {
	const view = viewOf('gb');

	it('names the region in its title, description and heading', () => {
		expect(view.head.title).toBe(
			'ML Engineer vs AI Engineer in the United Kingdom: pay and demand'
		);
		expect(view.head.description).toBe(
			'Median pay, pay trends and demand for Machine Learning Engineers and AI Engineers in the United Kingdom, with sample sizes, confidence intervals and downloadable data.'
		);
		expect(view.heading).toBe(
			'ML Engineer or AI Engineer in the United Kingdom: how do pay and demand compare?'
		);
		expect(view.notice).toBeNull();
	});

	it('heads the page with both pooled medians as advertised, and the gap between them', () => {
		expect(view.headline).toEqual({
			context:
				'United Kingdom, 2023–2025 (pooled), pounds as advertised, strict titles, all levels',
			figures: [
				{
					role: 'ml_engineer',
					label: 'ML Engineer median',
					value: '£93.5k',
					range: '£75k–£115k',
					shown: true,
					// n_eff 38.1, in words
					note: '49 listings (about 38 independent)'
				},
				{
					role: 'ai_engineer',
					label: 'AI Engineer median',
					value: '£73.5k',
					range: '£55k–£116k',
					shown: true,
					note: '18 listings (about 16 independent), low confidence'
				}
			],
			// 73.5 / 93.5 − 1; SE_ml = ln(115 / 75) / 3.919928 = 0.1090438, SE_ai = ln(116 / 55) /
			// 3.919928 = 0.1903752; half-width 1.959964 × 0.2193930 = 0.4300023 around ln(73.5 / 93.5)
			// = −0.2406760: exp(−0.6706783) − 1 = −48.9%, exp(0.1893263) − 1 = +20.8%, which includes 0
			gap: {
				label: 'AI vs ML engineers',
				value: 'Unclear',
				verdict: 'unclear',
				words: '−21.4% at the medians, but it could be anywhere from −49% to +21% (95% interval)'
			},
			// drawn on one scale from 0 to £120k, d3's round end past the highest interval end (£116k),
			// labelled every £20k: ML 75 / 120 = 62.5%, 93.5 / 120 = 77.92%, 115 / 120 = 95.83%;
			// AI 55 / 120 = 45.83%, 73.5 / 120 = 61.25%, 116 / 120 = 96.67%, a hollow dot (low confidence)
			ranges: {
				marks: [
					{
						role: 'ml_engineer',
						label: 'ML Engineer',
						low: 62.5,
						median: 77.92,
						high: 95.83,
						hollow: false
					},
					{
						role: 'ai_engineer',
						label: 'AI Engineer',
						low: 45.83,
						median: 61.25,
						high: 96.67,
						hollow: true
					}
				],
				ticks: [0, 20, 40, 60, 80, 100, 120].map((k, i) => ({
					at: Math.round((k / 120) * 10000) / 100,
					text: k === 0 ? '£0' : `£${k}k`,
					align: k === 0 ? 'start' : k === 120 ? 'end' : 'middle',
					minor: i % 2 === 1
				}))
			},
			// the pooled figures' years, as advertised: only 2024 has cells in the fixture
			yearMix:
				'Pooled over 2023–2025: ML-engineer listings 2023: 0 · 2024: 24 · 2025 (Jan–Aug): 0; AI-engineer listings 2023: 0 · 2024: 3 · 2025 (Jan–Aug): 0.',
			// one country: nothing to say of where its listings are
			where: null,
			// the salary index ends in early August 2025; the fixture's last UK month of Indeed is June 2026
			fresh:
				'Pay data to early August 2025 · Indeed’s AI share to Jun 2026 · its postings to Jan 2024',
			// both medians are shown: the cards are there
			empty: false
		});
	});

	it('checks both UK claims, once, whatever the filters', () => {
		expect(claimViews(pageOf('gb')).map((c) => c.id)).toEqual(['claim-pay', 'claim-demand']);
	});

	it('has the six charts in order, with findings for titles', () => {
		expect(view.charts.map((c) => [c.id, c.title])).toEqual([
			// Global (every region together) is not counted beside the UK (its gap, pooled, converted:
			// −24%, −35% to −12%: clear; see the summary's test in charts.test.ts)
			[
				'region-pay',
				'ML engineers out-earn AI engineers in the United Kingdom, the only region with enough data for both'
			],
			['pay-trend', 'Too few years with enough listings to show a pay trend in the United Kingdom'],
			['pay-by-level', 'Too few listings to compare the two roles at any level'],
			[
				'role-demand',
				'No clear change in AI engineers’ share of the stable panel from 1.5% in 2024 to 2.8% in 2025 (Jan–Aug), within the uncertainty; ML engineers’ share of the stable panel fell from 5.0% in 2023 to 1.7% in 2025 (Jan–Aug)'
			],
			['pay-gap', 'Too few listings of both roles in any year to measure the gap'],
			[
				'market-demand',
				// its postings index (Dec 2023, Jan 2024) has no year to compare, nor has the AI share's
				// latest three months (only June 2026): the latest AI share alone
				'9.4% of job postings in the United Kingdom mentioned AI in Jun 2026'
			]
		]);
	});
});

describe('filters', () => {
	it('re-word the headline and highlight the level chosen', () => {
		const view = viewOf('global', { level: 'SE' });
		expect(view.headline.context).toBe('Global, 2024, all listings, strict titles, senior');
		expect(view.headline.figures.map((f) => [f.value, f.note])).toEqual([
			['$180k', '30 listings'],
			['–', 'too few listings (0; pay needs 10 independent)']
		]);
		expect(view.headline.gap.value).toBe('–');
		// one role is shown: the cards stay, the AI card saying why it has no figure
		expect(view.headline.empty).toBe(false);
		// only the AI engineers are too few: the gap says so of them alone
		expect(view.headline.gap.words).toBe('too few AI-engineer listings to compare');
		expect(view.headline.yearMix).toBeNull();
		const level = view.charts.find((c) => c.id === 'pay-by-level')!;
		expect(level.subtitle).toMatch(
			/Bars: the middle half of listings; hollow dots: low confidence\. Senior is highlighted\.$/
		);
		expect(level.details).toMatch(
			/Each bar spans the middle half of the level’s listings \(25th to 75th percentile\), its listings in brackets\. A hollow dot rests on 10–29 independent listings \(low confidence\)\.$/
		);
		expect(level.spec).toMatchObject({ kind: 'dot-range', range: 'iqr', highlight: 'SE' });
		expect(level.empty).toBeNull();
	});

	it('keep the listings counted when the reader picks another currency, and say at which rate', () => {
		const page = pageOf('gb');
		const uk = regionOf(page);
		const controls = withFilter(defaultControls(uk), 'currency', 'EUR', uk, 2024);
		expect(controls.basis).toBe('local');
		const view = dashboardView(page, controls);
		// the same 49 listings as advertised in pounds, £93,500 pooled, shown at the pooled period's
		// last year's rates: 2025's $1.30 a pound and (the nearest) 2024's $1.10 a euro:
		// 93,500 × 1.30 / 1.10 = €110,500, a tie at three figures; in floating point the factor
		// 1.30 / 1.10 makes it 110,499.99…, which reads €110k
		expect(view.headline.figures[0]?.value).toBe('€110k');
		expect(view.headline.figures[0]?.note).toBe('49 listings (about 38 independent)');
		expect(view.headline.context).toBe(
			'United Kingdom, 2023–2025 (pooled), pounds as advertised, in euros, strict titles, all levels'
		);
	});

	it('convert every listing when the reader picks all listings in another currency, and say at which rate', () => {
		const page = pageOf('gb');
		const uk = regionOf(page);
		const controls = { ...defaultControls(uk), basis: 'all' as const, currency: 'EUR' };
		const view = dashboardView(page, controls);
		// $128,000 pooled, shown at the nearest euro rate (2024's 1.10 $/€): €116k
		expect(view.headline.figures[0]?.value).toBe('€116k');
		// every listing counted, and how many of them were advertised in pounds (the pooled 49; the
		// fixture's AI cells are not nested, so only ML's note is checked)
		expect(view.headline.figures[0]?.note).toBe('64 listings, 49 of them advertised in pounds');
		expect(view.charts[0]?.subtitle).toBe(
			'Median advertised pay by region, 2023–2025 (pooled), strict titles, all levels, euros, every listing converted. Lines: 95% intervals, listings in brackets; hollow dots: low confidence.'
		);
		expect(view.charts[0]?.details).toBe(
			'EUR, every listing converted to US dollars at the market rate of its year, then to EUR at 2024’s €1 = $1.100. A hollow dot rests on 10–29 independent listings (low confidence).'
		);
	});

	it('switch to broad titles, which this region has none of', () => {
		const view = viewOf('gb', { def: 'broad' });
		expect(view.headline.figures.map((f) => f.note)).toEqual([
			'too few listings (0; pay needs 10 independent)',
			'too few listings (0; pay needs 10 independent)'
		]);
		// strict titles have data, so the page does not lead with a notice; without one, the cards
		// stay to say why neither role has a figure
		expect(view.notice).toBeNull();
		expect(view.headline.empty).toBe(false);
	});
});

describe('a region with too little data, even pooled', () => {
	const view = viewOf('es');

	it('leads with a notice of its listings, and the nearest region that has figures', () => {
		expect(view.notice).toEqual({
			text: 'Spain has too few listings to show pay for either role, even pooled over 2023–2025: 7 ML-engineer and 7 AI-engineer listings in all, strict titles, all levels. Of these, 6 ML-engineer and 7 AI-engineer listings were advertised in euros. Pay is shown where a role has at least 10 independent listings (repeats of one listing count as less than that).',
			// Global pooled in euros at 1.10 $/€: $155k → €141k, $118k → €107k
			nearest: {
				id: 'global',
				name: 'Global',
				// Global's pooled cells at 2024's €1 = $1.10: ML $155k ($145k–$165k) → €141k (€132k–€150k),
				// AI $118k ($100k–$140k) → €107k (€90.9k–€127k).
				// Global is every country's listings: US 80 + 22 of 90 + 25 = 102 / 115 = 88.7%
				// (named by its code: the fixture has no region that is the US alone)
				text: 'No region’s listings resemble Spain’s. Across every country (Global): ML Engineer €141k (95% interval €132k–€150k; 90 listings) and AI Engineer €107k (95% interval €90.9k–€127k; 25 listings), 2023–2025, every listing converted to euros; but 89% of those listings are in US.'
			}
		});
		expect(view.headline.figures.map((f) => [f.value, f.note, f.shown])).toEqual([
			['–', 'too few listings (6; pay needs 10 independent)', false],
			['–', 'too few listings (7; pay needs 10 independent)', false]
		]);
		expect(claimViews(pageOf('es'))).toEqual([]);
	});

	it('shows no cards of dashes under the notice, only how fresh the data is', () => {
		// neither role has a median (above) and the notice says why
		expect(view.headline.empty).toBe(true);
		// Spain's postings index (to Jan 2024 in the fixture), without an AI share
		expect(view.headline.fresh).toBe(
			'Pay data to early August 2025 · Indeed’s postings to Jan 2024'
		);
		// nor in another view of its thin data: in 2024, as advertised, neither role is shown either
		const year = viewOf('es', { period: 2024 });
		expect(year.headline.figures.filter((f) => f.shown)).toEqual([]);
		expect(year.headline.empty).toBe(true);
	});

	it('says why each chart it cannot draw is empty', () => {
		const empty = Object.fromEntries(view.charts.map((c) => [c.id, c.empty]));
		expect(empty).toEqual({
			'region-pay': null,
			'pay-trend':
				'Too few listings in Spain (strict titles, all levels, euros as advertised) to draw a trend: no year has 10 or more independent listings of either role.',
			'pay-by-level':
				'Too few listings in Spain (2023–25 pooled, euros as advertised) to show pay at any experience level: no level has 10 or more independent listings of either role.',
			'role-demand': null,
			'pay-gap':
				'Too few listings in Spain (strict titles, all levels, euros as advertised) to measure the gap: no year has 10 or more independent listings of both roles.',
			// Indeed's postings index, without an AI share
			'market-demand': null
		});
	});
});

describe('the Global page', () => {
	const view = viewOf('global');

	it('is titled for every region, and opens in 2024 with every listing', () => {
		expect(view.head.title).toBe('ML Engineer vs AI Engineer: pay and demand compared');
		expect(view.heading).toBe(
			'Machine Learning Engineer or AI Engineer: how do pay and demand compare?'
		);
		expect(view.notice).toBeNull();
		expect(view.headline.context).toBe('Global, 2024, all listings, strict titles, all levels');
		// 2024: ML US:45 GB:5, AI without a mix: 45 of 50
		expect(view.headline.where).toBe('90% of these listings are in US');
	});

	it('counts the countries Indeed tracks, and says its line is their mean', () => {
		const market = view.charts.at(-1)!;
		expect(market.title).toBe(
			'6.0% of job postings in the 2 countries Indeed tracks mentioned AI in Jun 2026'
		);
		expect(market.subtitle).toBe(
			'Share of all job postings on Indeed that mention AI, by month, to Jun 2026: the mean of 2 countries, each in grey.'
		);
		expect(market.details).toBe(
			'AI postings are those that mention keywords such as machine learning and artificial intelligence; the AI share of each month is the mean of Indeed’s daily values, and the region’s the unweighted mean of GB and US.'
		);
		expect(market.spec).toMatchObject({
			kind: 'market',
			countries: [{ countries: 'GB' }, { countries: 'US' }]
		});
	});
});
