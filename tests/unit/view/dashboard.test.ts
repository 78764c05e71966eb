/**
 * What a region's page says, on the hand-computed snapshots of `snapshotsFixture` (see its note for
 * the UK's pound figures).
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import { dashboardView } from '$lib/view/dashboard';
import { defaultControls, type Controls } from '$lib/view/filters';
import { snapshotsFixture } from '../helpers';

const pageOf = (id: string) => unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
const viewOf = (id: string, controls: Partial<Controls> = {}) => {
	const page = pageOf(id);
	return dashboardView(page, { ...defaultControls(page.region.currency), ...controls });
};

describe('the UK page, by default', () => {
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

	it('heads the page with both 2024 medians in pounds and the gap', () => {
		expect(view.headline).toEqual({
			context: 'United Kingdom, 2024, strict titles, all levels',
			figures: [
				{
					role: 'ml_engineer',
					label: 'ML Engineer median',
					value: '£100k',
					shown: true,
					note: '34 listings'
				},
				{
					role: 'ai_engineer',
					label: 'AI Engineer median',
					value: '£75k',
					shown: true,
					note: '12 listings · low confidence'
				}
			],
			gap: { label: 'AI vs ML engineers', value: '−25.0%' }
		});
	});

	it('checks the published claim in pounds: both figures inside the CIs', () => {
		expect(
			view.claim?.rows.map((r) => [r.claimed, r.data?.median, r.data?.ci, r.verdict.kind])
		).toEqual([
			['£105k', '£100k', '£90k–£110k', 'inside'],
			['£75k', '£75k', '£70k–£80k', 'inside']
		]);
		expect(view.claim?.sentence).toMatch(/^Both claimed figures fall inside/);
	});

	it('has the six charts in order, with findings for titles', () => {
		expect(view.charts.map((c) => [c.id, c.title])).toEqual([
			[
				'region-pay',
				'ML engineers out-earn AI engineers in all 2 regions with enough data for both'
			],
			['pay-trend', 'ML-engineer pay held steady from 2023 to 2024'],
			['pay-by-level', 'Too few listings to compare the two roles at any level'],
			[
				'role-demand',
				'AI engineers rose from 0.40% to 1.2% of listings (2023–2024); ML engineers fell from 4.0% to 3.4%'
			],
			['pay-gap', 'AI engineers earned 25% less than ML engineers in 2024, beyond the uncertainty'],
			[
				'market-demand',
				'9.4% of job postings in the United Kingdom mentioned AI in Jun 2026, up from 4.5% a year earlier'
			]
		]);
	});
});

describe('filters', () => {
	it('re-word the headline and highlight the level chosen', () => {
		const view = viewOf('global', { level: 'SE' });
		expect(view.headline.context).toBe('Global, 2024, strict titles, senior');
		expect(view.headline.figures.map((f) => [f.value, f.note])).toEqual([
			['$180k', '30 listings'],
			['–', 'too few listings (0)']
		]);
		expect(view.headline.gap.value).toBe('–');
		const level = view.charts.find((c) => c.id === 'pay-by-level')!;
		expect(level.subtitle).toMatch(
			/Bars span the middle half of listings \(p25–p75\)\. Senior is highlighted\.$/
		);
		expect(level.spec).toMatchObject({ kind: 'dot-range', range: 'iqr', highlight: 'SE' });
		expect(level.empty).toBeNull();
	});

	it('convert at the rate of the year, and say which rate', () => {
		const view = viewOf('gb', { currency: 'EUR' });
		// 128,000 USD at 2024's 1.10 $/€
		expect(view.headline.figures[0]?.value).toBe('€116k');
		expect(view.charts[0]?.subtitle).toBe(
			'Median advertised pay in 2024 by region, strict titles, all levels, EUR, converted at the data’s own 2024 rate of €1 = $1.100. Lines show the 95% confidence interval of the median; hollow dots have 10–29 listings (low confidence).'
		);
	});

	it('switch to broad titles, which this region has none of', () => {
		const view = viewOf('gb', { def: 'broad' });
		expect(view.headline.figures.map((f) => f.note)).toEqual([
			'too few listings (0)',
			'too few listings (0)'
		]);
		// strict titles have data, so the page does not lead with a notice
		expect(view.notice).toBeNull();
	});
});

describe('a region with too little data', () => {
	const view = viewOf('es');

	it('leads with a notice of its listings', () => {
		expect(view.notice).toBe(
			'Spain has too few listings to show pay for either role: 3 ML-engineer and 2 AI-engineer listings in 2023–2025 (strict titles, all levels). Cells with fewer than 10 listings are withheld rather than drawn as noise; the region chart below compares it with the regions that have enough.'
		);
		expect(view.headline.figures.map((f) => [f.value, f.note, f.shown])).toEqual([
			['–', 'too few listings (3)', false],
			['–', 'too few listings (2)', false]
		]);
		expect(view.claim).toBeNull();
	});

	it('says why each chart it cannot draw is empty', () => {
		const empty = Object.fromEntries(view.charts.map((c) => [c.id, c.empty]));
		expect(empty).toEqual({
			'region-pay': null,
			'pay-trend':
				'Too few listings in Spain (strict titles, all levels) to draw a trend: no year has 10 or more listings of either role.',
			'pay-by-level': 'Too few listings in Spain in 2024 to show pay at any experience level.',
			'role-demand': null,
			'pay-gap':
				'Too few listings of both roles in the same year in Spain (strict titles, all levels) to measure the gap.',
			'market-demand':
				'Indeed Hiring Lab does not publish an AI share of postings for Spain: its AI tracker covers the United Kingdom and the United States.'
		});
	});
});

describe('the Global page', () => {
	const view = viewOf('global');

	it('is titled for every region', () => {
		expect(view.head.title).toBe('ML Engineer vs AI Engineer: pay and demand compared');
		expect(view.heading).toBe(
			'Machine Learning Engineer or AI Engineer: how do pay and demand compare?'
		);
		expect(view.notice).toBeNull();
	});

	it('counts the countries Indeed tracks, and says its line is their mean', () => {
		const market = view.charts.at(-1)!;
		expect(market.title).toBe(
			'6.0% of job postings in the 2 countries Indeed tracks mentioned AI in Jun 2026'
		);
		expect(market.subtitle).toBe(
			'Share of all job postings on Indeed that mention AI (keywords such as machine learning and artificial intelligence), monthly mean of the daily values, unweighted mean of GB, US.'
		);
	});
});
