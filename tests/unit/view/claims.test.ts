/**
 * The claim checks, on hand-made cells and listings and on the snapshots of `snapshotsFixture`.
 * Every expected figure is worked out by hand in the comments beside it (Wilson intervals to 7
 * decimals, z = 1.959964, z² = 3.841459), never copied from the functions' output.
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import type { ListingRow } from '$lib/data/schema';
import {
	CLAIMS,
	checkClaim,
	claimViews,
	demandClaimView,
	payClaimView,
	type DemandClaim,
	type PayClaim
} from '$lib/view/claims';
import { dashboardFacts } from '$lib/view/facts';
import { defaultControls } from '$lib/view/filters';
import { listingRow, payCell, snapshotsFixture } from '../helpers';

const pay = CLAIMS.find((c): c is PayClaim => c.kind === 'pay' && c.region === 'gb')!;
const demand = CLAIMS.find((c): c is DemandClaim => c.kind === 'demand' && c.region === 'gb')!;

/** The pay claim with other figures. */
const claiming = (ml: number, ai: number): PayClaim => ({
	...pay,
	figures: { ml_engineer: ml, ai_engineer: ai }
});

describe('the claims cite their source precisely', () => {
	it('names the outlet, the title and the date, and whose figures the article quotes', () => {
		expect(pay.citation).toEqual({
			outlet: 'Skytik',
			title: 'Machine Learning vs AI Engineer: What Are the Differences?',
			date: '29 December 2025',
			datetime: '2025-12-29',
			quoting: 'Levels.fyi'
		});
		expect(demand.citation).toEqual({ ...pay.citation, quoting: null });
	});

	it('says in one sentence why Levels.fyi’s figures and this data are not the same measure', () => {
		expect(pay.caveat).toBe(
			'Levels.fyi’s figures are pay that people in these jobs report themselves, often total compensation (base salary plus bonus and equity), while this data is the pay job listings advertise (the midpoint of each advertised range, base pay as advertised), so agreement or disagreement between them is indicative, not a like-for-like test.'
		);
		expect(pay.caveat.split('. ')).toHaveLength(1);
	});
});

describe('checkClaim', () => {
	/** Both roles in 2024, each median 100k with its interval 90k–110k. */
	const cells = [
		payCell({ role: 'ml_engineer', listings: 34, median: 100000, ciLow: 90000, ciHigh: 110000 }),
		payCell({ role: 'ai_engineer', listings: 34, median: 100000, ciLow: 90000, ciHigh: 110000 })
	];
	const verdicts = (ml: number, ai: number) =>
		checkClaim(claiming(ml, ai), cells, 2024).checks.map((c) => c.verdict);

	it('is consistent on either end of the interval, and outside it by one pound', () => {
		expect(verdicts(110000, 90000)).toEqual(['inside', 'inside']);
		expect(verdicts(110001, 89999)).toEqual(['above', 'below']);
		expect(verdicts(109999, 90001)).toEqual(['inside', 'inside']);
	});

	it('checks both roles in the latest full year where both are shown', () => {
		expect(checkClaim(pay, cells, 2024).period).toBe(2024);
	});

	it('pools both roles when the latest year cannot show one, never mixing periods', () => {
		const mixed = [
			payCell({ role: 'ml_engineer', listings: 34, median: 100000 }),
			payCell({ role: 'ai_engineer', listings: 3, median: null }),
			// 135k–165k and 54k–66k: 105k below the first, 75k above the second
			payCell({ role: 'ml_engineer', period: '2023-2025', listings: 60, median: 150000 }),
			payCell({ role: 'ai_engineer', period: '2023-2025', listings: 20, median: 60000 })
		];
		const { period, checks } = checkClaim(pay, mixed, 2024);
		expect(period).toBe('2023-2025');
		expect(checks.map((c) => [c.cell?.period, c.verdict])).toEqual([
			['2023-2025', 'below'],
			['2023-2025', 'above']
		]);
	});
});

describe('payClaimView', () => {
	it('lays out a row per role with the range in money, and a withheld cell as too few', () => {
		const cells = [
			payCell({ role: 'ml_engineer', listings: 34, median: 100000, ciLow: 90000, ciHigh: 110000 }),
			payCell({ role: 'ai_engineer', listings: 1, median: null }),
			payCell({
				role: 'ml_engineer',
				period: '2023-2025',
				listings: 60,
				median: 100000,
				ciLow: 90000,
				ciHigh: 110000
			}),
			payCell({ role: 'ai_engineer', period: '2023-2025', listings: 2, median: null })
		];
		const view = payClaimView(pay, cells, 2024);
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['ML Engineer', '£105k', '£100k', '£90k–£110k', '60', 'consistent with the data'],
			['AI Engineer', '£75k', 'too few listings', '2', 'cannot check']
		]);
		expect(view.setting).toMatch(
			/^Beside it, this data’s median advertised pay for each role in 2023–2025 pooled \(2025: Jan–Aug only\), as 2024 has too few AI-engineer listings to check both roles in one year: /
		);
		expect(view.sentence).toContain(
			'AI Engineer: claimed £75k; too few listings to check (2 listings).'
		);
	});
});

describe('the UK claims, on the fixture', () => {
	const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), 'gb')!);
	const views = claimViews(
		dashboardFacts(page, defaultControls(page.regions.find((r) => r.id === 'gb')!))
	);

	it('checks the pay claim in pounds as advertised, pooled, both roles alike', () => {
		const view = views.find((v) => v.id === 'claim-pay')!;
		expect(view.citation).toBe(pay.citation);
		expect(view.caveat).toBe(pay.caveat);
		// the AI cell of 2024 is withheld (3 listings), so both roles pooled
		expect(view.setting).toBe(
			'Beside it, this data’s median advertised pay for each role in 2023–2025 pooled (2025: Jan–Aug only), as 2024 has too few AI-engineer listings to check both roles in one year: pounds as advertised (only the listings paid in GBP), strict titles, all levels, the same period for both roles. The check keeps to these settings whatever the filters above show.'
		);
		expect(view.head.map((h) => h.label)).toEqual([
			'Role',
			'Claimed',
			'This data’s median',
			'95% interval',
			'Listings',
			'Verdict'
		]);
		// ML £93.5k (£75k–£115k), AI £73.5k (£55k–£116k): £105k and £75k both inside
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['ML Engineer', '£105k', '£93.5k', '£75k–£115k', '49', 'consistent with the data'],
			['AI Engineer', '£75k', '£73.5k', '£55k–£116k', '18', 'consistent with the data']
		]);
		// ML (93.5 − 75) / 93.5 = 19.8% → 20% below, (115 − 93.5) / 93.5 = 23.0% above; n_eff 38.11.
		// AI (73.5 − 55) / 73.5 = 25.2% → 25% below, (116 − 73.5) / 73.5 = 57.8% → 58% above;
		// n_eff 16.2 < 30: low confidence
		expect(view.sentence).toBe(
			'Over 2023–2025 pooled (2025: Jan–Aug only), both claimed figures are consistent with this data. ML Engineer: claimed £105k; this data’s median is £93.5k, and the range the data supports (95% interval) is £75k–£115k, from 20% below to 23% above the median; 49 listings (about 38 independent). AI Engineer: claimed £75k; this data’s median is £73.5k, and the range the data supports (95% interval) is £55k–£116k, from 25% below to 58% above the median; 18 listings (about 16 independent), low confidence. Consistent means only that the data cannot rule the figure out.'
		);
		expect(view.method).toBe('statistics');
	});

	it('checks the demand claim on the panel share by Wilson intervals, and Indeed over the same months', () => {
		const view = views.find((v) => v.id === 'claim-demand')!;
		expect(view.citation).toBe(demand.citation);
		expect(view.setting).toBe(
			'Beside it, AI-engineer listings in the United Kingdom by year and their share of the stable panel, strict titles, all levels (2025 covers Jan–Aug only), and Indeed’s AI share of all job postings there over January to August of each year. The stable panel is the listings whose job title the salary index carries in every year 2022–2025, plus the role’s own titles. The check keeps to these settings whatever the filters above show.'
		);
		// AI engineers: 2 of 400 (too few to compare), 12 of 800 (1.5%), 17 of 600 (2.83%).
		// 12 / 800: centre (0.015 + 0.0024009) / 1.0048018 = 0.0173178, half 1.9505976 × 0.0044687 =
		// 0.0087166: 0.86%–2.6%. 17 / 600: centre (0.0283333 + 0.0032012) / 1.0064024 = 0.0313339,
		// half 1.9474953 × 0.0069679 = 0.0135700: 1.8%–4.5%. Indeed, January to August: 2.0%, 2.5%,
		// 4.0%
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['2023', '2', '400', 'too few listings', '2.0%'],
			['2024', '12', '800', '1.5%', '0.86%–2.6%', '2.5%'],
			['2025 (Jan–Aug)', '17', '600', '2.8%', '1.8%–4.5%', '4.0%']
		]);
		// 2.60% ≥ 1.78%: the intervals overlap, so no clear change; Indeed 4.0 / 2.5 = 1.6 times
		expect(view.sentence).toBe(
			'This data shows no clear change: the AI-engineer share of the stable panel went from 1.5% in 2024 (12 of 800 listings) to 2.8% in 2025 (Jan–Aug; 17 of 600 listings), a change within the uncertainty (95% intervals 0.86%–2.6% and 1.8%–4.5%, which overlap); too few listings to compare in 2023 (2 listings). Across all postings, Indeed’s AI share rose from 2.5% to 4.0% over January to August of 2024 and 2025, 1.6 times the share.'
		);
		expect(view.caveat).toBe(
			'The salary index’s listings are not all job postings, and Indeed’s AI share counts every posting that mentions AI, so it cannot tell AI-engineer jobs from others.'
		);
		expect(view.method).toBe('demand');
	});
});

describe('demandClaimView verdicts', () => {
	/** Indeed's AI share, the same every month from January to August of each year. */
	const marketOf = (byYear: Record<number, number>) =>
		Object.entries(byYear).flatMap(([year, share]) =>
			[1, 2, 3, 4, 5, 6, 7, 8].map((m) => ({
				region: 'gb',
				month: `${year}-0${m}`,
				ai_share_pct: share,
				countries: 'GB',
				days: 30,
				series: 'region' as const
			}))
		);
	/** The view of AI-engineer listings by year ([year, listings, panel]) beside Indeed's share. */
	const viewOf = (years: [number, number, number][], market: Record<number, number> = {}) =>
		demandClaimView(
			demand,
			years.map(([y, k, n]): ListingRow => listingRow('ai_engineer', 'gb', y, k, n)),
			marketOf(market),
			years.map(([y]) => y),
			'the United Kingdom'
		);
	const sentence = (a: number, b: number, market: Record<number, number> = {}) =>
		viewOf(
			[
				[2024, a, 1000],
				[2025, b, 1000]
			],
			market
		).sentence;

	// Wilson intervals of k in 1,000 (centre (k/1000 + 0.0019207) / 1.0038415, half 1.9524637 ×
	// √(p(1 − p) / 1000 + 0.00000096)):
	//  10: (0.01 + 0.0019207) / 1.0038415 = 0.0118751 ± 1.9524637 × 0.0032955 = 0.0064344: 0.54408%–1.83095%
	//  40: 0.0417603 ± 1.9524637 × 0.0062738 = 0.0122493: 2.95110%–5.40096%
	//  68: 0.0696532 ± 1.9524637 × 0.0080210 = 0.0156607: 5.39925%–8.53139%
	//  69: 0.0706493 ± 1.9524637 × 0.0080746 = 0.0157654: 5.48839%–8.64147%
	// 100: 0.1015307 ± 1.9524637 × 0.0095373 = 0.0186213: 8.29094%–12.01520%
	const STEEP =
		'This data is consistent with a steep rise: the AI-engineer share of the stable panel rose from 4.0% in 2024 (40 of 1,000 listings) to 10.0% in 2025 (Jan–Aug; 100 of 1,000 listings), 2.5 times the share, beyond the uncertainty (95% intervals 3.0%–5.4% and 8.3%–12.0%, which do not overlap).';

	it('says a steep rise only where the share more than doubles beyond the uncertainty and the market rose by a quarter', () => {
		// 40 → 100 of 1,000: 8.29% > 5.40%, 2.5 times; Indeed 2% → 5%: 2.5 times
		expect(sentence(40, 100, { 2024: 2, 2025: 5 })).toBe(
			`${STEEP} Across all postings, Indeed’s AI share rose from 2.0% to 5.0% over January to August of 2024 and 2025, 2.5 times the share.`
		);
		// Indeed 2% → 2.5%: exactly 1.25 times, still steep
		expect(sentence(40, 100, { 2024: 2, 2025: 2.5 })).toMatch(
			/^This data is consistent with a steep rise: /
		);
		// no Indeed series: the listings alone
		expect(sentence(40, 100)).toBe(STEEP);
	});

	it('lets the market leg change the verdict: a doubling share with a market that barely rose', () => {
		// the same listings; Indeed 2% → 2.4%: 1.2 times, under 1.25
		expect(sentence(40, 100, { 2024: 2, 2025: 2.4 })).toBe(
			'This data shows a rise, but “skyrocketing” overstates it: the AI-engineer share of the stable panel rose from 4.0% in 2024 (40 of 1,000 listings) to 10.0% in 2025 (Jan–Aug; 100 of 1,000 listings), 2.5 times the share, beyond the uncertainty (95% intervals 3.0%–5.4% and 8.3%–12.0%, which do not overlap). Across all postings, Indeed’s AI share rose from 2.0% to 2.4% over January to August of 2024 and 2025, 1.2 times the share.'
		);
	});

	it('needs the share to double: 2.0 times is steep, 1.975 times is not', () => {
		// 40 → 80: 8 / 4 = 2.0; 40 → 79: 7.9 / 4 = 1.975 (both beyond the uncertainty)
		expect(sentence(40, 80, { 2024: 2, 2025: 5 })).toMatch(
			/^This data is consistent with a steep rise: /
		);
		expect(sentence(40, 79, { 2024: 2, 2025: 5 })).toMatch(
			/^This data shows a rise, but “skyrocketing” overstates it: /
		);
	});

	it('calls a rise one only where the two intervals do not overlap, by a hair either side', () => {
		// 69 of 1,000: 5.48839% > 5.40096%, apart by 0.087 points; 69 / 40 = 1.725 times
		expect(sentence(40, 69, { 2024: 2, 2025: 5 })).toBe(
			'This data shows a rise, but “skyrocketing” overstates it: the AI-engineer share of the stable panel rose from 4.0% in 2024 (40 of 1,000 listings) to 6.9% in 2025 (Jan–Aug; 69 of 1,000 listings), 1.7 times the share, beyond the uncertainty (95% intervals 3.0%–5.4% and 5.5%–8.6%, which do not overlap). Across all postings, Indeed’s AI share rose from 2.0% to 5.0% over January to August of 2024 and 2025, 2.5 times the share.'
		);
		// 68 of 1,000: 5.39925% < 5.40096%, overlapping by 0.0017 points
		const within = sentence(40, 68, { 2024: 2, 2025: 5 });
		expect(within).toBe(
			'This data shows no clear change: the AI-engineer share of the stable panel went from 4.0% in 2024 (40 of 1,000 listings) to 6.8% in 2025 (Jan–Aug; 68 of 1,000 listings), a change within the uncertainty (95% intervals 3.0%–5.4% and 5.4%–8.5%, which overlap). Across all postings, Indeed’s AI share rose from 2.0% to 5.0% over January to August of 2024 and 2025, 2.5 times the share.'
		);
		expect(within.split('. Across')[0]).not.toMatch(/rose|rise|up from|grew/);
	});

	it('calls a fall a fall, never "rose" or "up from", by a hair either side', () => {
		// 69 → 40: 5.40096% < 5.48839%, apart; Indeed 2.0% → 2.09%, 0.09 points: about the same
		const fell = sentence(69, 40, { 2024: 2, 2025: 2.09 });
		expect(fell).toBe(
			'This data shows a fall, not a rise: the AI-engineer share of the stable panel fell from 6.9% in 2024 (69 of 1,000 listings) to 4.0% in 2025 (Jan–Aug; 40 of 1,000 listings), beyond the uncertainty (95% intervals 5.5%–8.6% and 3.0%–5.4%, which do not overlap). Across all postings, Indeed’s AI share was about the same over January to August of 2024 and 2025 (2.0% and 2.1%).'
		);
		expect(fell).not.toMatch(/rose|up from|grew|times/);
		// 68 → 40: 5.40096% ≥ 5.39925%, overlapping: within the uncertainty
		const within = sentence(68, 40, { 2024: 2, 2025: 2.09 });
		expect(within).toMatch(
			/^This data shows no clear change: the AI-engineer share of the stable panel went from 6\.8% in 2024 /
		);
		expect(within).not.toMatch(/rose|up from|grew|fell/);
	});

	it('gives the ends of intervals that do not overlap enough decimals to read apart, up to three', () => {
		// 20 of 1,000: (0.02 + 0.0019207) / 1.0038415 = 0.0218368 ± 1.9524637 × 0.0045344 =
		// 0.0088532: 1.29837%–3.06900%; 42 of 1,000: 0.0437527 ± 1.9524637 × 0.0064184 = 0.0125318:
		// 3.12209%–5.62844%. Apart, but 3.1% and 3.1% at one decimal: 3.07% and 3.12% at two
		expect(sentence(20, 42)).toContain(
			'(95% intervals 1.30%–3.07% and 3.12%–5.63%, which do not overlap)'
		);
		// 33 of 750: (0.044 + 0.0025610) / 1.0051219 = 0.0463237 ± 1.9499763 × 0.0076021 =
		// 0.0148240: 3.14997%–6.11477%; 76 of 1,000: 0.0776225 ± 1.9524637 × 0.0084371 = 0.0164731:
		// 6.11494%–9.40956%. Apart by 0.00017 points, which even three decimals cannot show
		const hair = viewOf([
			[2024, 33, 750],
			[2025, 76, 1000]
		]).sentence;
		expect(hair).toContain(
			'rose from 4.4% in 2024 (33 of 750 listings) to 7.6% in 2025 (Jan–Aug; 76 of 1,000 listings)'
		);
		expect(hair).toContain('(95% intervals 3.150%–6.115% and 6.115%–9.410%, which do not overlap)');
		// intervals that overlap keep formatPct's decimals (40 → 68: 5.4% and 5.4%)
		expect(sentence(40, 68)).toContain('(95% intervals 3.0%–5.4% and 5.4%–8.5%, which overlap)');
	});

	it('averages Indeed’s share over January to August of each year, August included', () => {
		// 2024: seven months at 2% and August at 10%, then 100% from September: (7 × 2 + 10) / 8 = 3.0%
		const market = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
			region: 'gb',
			month: `2024-${String(m).padStart(2, '0')}`,
			ai_share_pct: m < 8 ? 2 : m === 8 ? 10 : 100,
			countries: 'GB',
			days: 30,
			series: 'region' as const
		}));
		const view = demandClaimView(
			demand,
			[listingRow('ai_engineer', 'gb', 2024, 40, 1000)],
			market,
			[2024, 2025],
			'the United Kingdom'
		);
		expect(view.rows.map((r) => r.cells.at(-1)?.text)).toEqual(['3.0%']);
	});

	it('says Indeed’s share rose or fell only by 0.1 points or more', () => {
		// 2.0% → 2.12%: 0.12 points, 1.06 times; 2.12% → 2.0%: fell, without "times"
		expect(sentence(40, 100, { 2024: 2, 2025: 2.12 })).toContain(
			'Indeed’s AI share rose from 2.0% to 2.1% over January to August of 2024 and 2025, 1.1 times the share.'
		);
		expect(sentence(100, 40, { 2024: 2.12, 2025: 2 })).toContain(
			'Indeed’s AI share fell from 2.1% to 2.0% over January to August of 2024 and 2025.'
		);
		expect(sentence(40, 100, { 2024: 2, 2025: 2.09 })).toContain(
			'Indeed’s AI share was about the same over January to August of 2024 and 2025 (2.0% and 2.1%).'
		);
	});

	it('does not compare a year under 10 role listings: 9 is too few, 10 is enough', () => {
		// 9 → 100: too few in 2024; 100 of 1,000: 8.29094%–12.01520%
		expect(sentence(9, 100, { 2024: 2, 2025: 5 })).toBe(
			'This data has too few AI-engineer listings to test the claim: too few to compare in 2024 (9 listings), under 10 a year; in 2025 (Jan–Aug), AI-engineer listings were 10.0% of the stable panel (100 of 1,000 listings; 95% interval 8.3%–12.0%). Across all postings, Indeed’s AI share rose from 2.0% to 5.0% over January to August of 2024 and 2025, 2.5 times the share.'
		);
		// 10 → 100: 8.29094% > 1.83095%, ten times the share: a steep rise
		expect(sentence(10, 100, { 2024: 2, 2025: 5 })).toMatch(
			/^This data is consistent with a steep rise: the AI-engineer share of the stable panel rose from 1\.0% in 2024 \(10 of 1,000 listings\) to 10\.0% in 2025 \(Jan–Aug; 100 of 1,000 listings\), 10\.0 times the share, /
		);
		// nor the other way round: 100 → 9 is too few in 2025, never a fall
		expect(sentence(100, 9, { 2024: 2, 2025: 5 })).toMatch(
			/^This data has too few AI-engineer listings to test the claim: too few to compare in 2025 \(Jan–Aug; 9 listings\), under 10 a year; in 2024, AI-engineer listings were 10\.0% of the stable panel /
		);
		// the thin year's table row says so instead of a share
		const view = viewOf([
			[2024, 9, 1000],
			[2025, 100, 1000]
		]);
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['2024', '9', '1,000', 'too few listings', '–'],
			['2025 (Jan–Aug)', '100', '1,000', '10.0%', '8.3%–12.0%', '–']
		]);
	});

	it('says "1 listing" and "2 listings", and that there is nothing to compare with no enough year', () => {
		expect(
			viewOf([
				[2023, 1, 500],
				[2024, 2, 500]
			]).sentence
		).toBe(
			'This data has too few AI-engineer listings to test the claim: too few to compare in 2023 (1 listing) and 2024 (2 listings), under 10 a year.'
		);
		// 20 of 500: (0.04 + 0.0038415) / 1.0076829 = 0.0435072 ± 1.9450206 × 0.0089801 = 0.0174664:
		// 2.60408%–6.09736%
		expect(viewOf([[2025, 20, 500]]).sentence).toBe(
			'This data has too few AI-engineer listings to test the claim: there is only one year with listings to compare; in 2025 (Jan–Aug), AI-engineer listings were 4.0% of the stable panel (20 of 500 listings; 95% interval 2.6%–6.1%).'
		);
	});

	it('names the path when the share turns over three years, and not when it climbs', () => {
		// 10, 42 and 36 of 2,000: 0.50%, 2.1%, 1.8%. 42 of 2,000: centre (0.021 + 0.0009604) /
		// 1.0019207 = 0.0219183, half 1.9562067 × 0.0032434 = 0.0063447: 1.55735%–2.82630%;
		// 36 of 2,000: (0.018 + 0.0009604) / 1.0019207 = 0.0189240 ± 1.9562067 × 0.0030130 =
		// 0.0058940: 1.30300%–2.48180%; they overlap. Indeed 2.0% → 2.04%: about the same
		const turning = viewOf(
			[
				[2023, 10, 2000],
				[2024, 42, 2000],
				[2025, 36, 2000]
			],
			{ 2024: 2, 2025: 2.04 }
		).sentence;
		expect(turning).toBe(
			'This data shows no clear change: the AI-engineer share of the stable panel went from 2.1% in 2024 (42 of 2,000 listings) to 1.8% in 2025 (Jan–Aug; 36 of 2,000 listings), a change within the uncertainty (95% intervals 1.6%–2.8% and 1.3%–2.5%, which overlap). The share did not move one way over the years with enough listings: 0.50% in 2023, 2.1% in 2024, then 1.8% in 2025 (Jan–Aug). Across all postings, Indeed’s AI share was about the same over January to August of 2024 and 2025 (2.0% and 2.0%).'
		);
		expect(turning).not.toMatch(/rose|up from/);
		// 10, 20, 30 of 2,000: climbing all the way, no path named
		const climbing = viewOf([
			[2023, 10, 2000],
			[2024, 20, 2000],
			[2025, 30, 2000]
		]).sentence;
		expect(climbing).not.toContain('did not move one way');
		// 30, 20, 10 of 2,000: falling all the way, no path named either
		const falling = viewOf([
			[2023, 30, 2000],
			[2024, 20, 2000],
			[2025, 10, 2000]
		]).sentence;
		expect(falling).not.toContain('did not move one way');
		// a turn resting on a thin year is not a path: 2023's 9 listings are not compared
		const thin = viewOf([
			[2023, 9, 200],
			[2024, 42, 2000],
			[2025, 36, 2000]
		]).sentence;
		expect(thin).not.toContain('did not move one way');
		expect(thin).toContain('; too few listings to compare in 2023 (9 listings).');
	});

	it('leaves out years without a stable panel, and labels the partial year with its months', () => {
		const view = viewOf([
			[2022, 0, 0],
			[2024, 40, 1000],
			[2025, 100, 1000]
		]);
		expect(view.rows.map((r) => r.head)).toEqual(['2024', '2025 (Jan–Aug)']);
		expect(view.head.at(-1)?.label).toBe('Indeed AI share, Jan–Aug');
	});
});
