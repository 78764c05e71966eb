/**
 * The claim checks, on hand-made cells and listings and on the snapshots of `snapshotsFixture`.
 * Every expected figure is worked out by hand in the comments beside it (Wilson intervals to 7
 * decimals, z = 1.959964, z² = 3.841459), never copied from the functions' output.
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { INDEED_CHANGES } from '$lib/view/charts';
import {
	CLAIMS,
	checkClaim,
	claimViews,
	payClaimView,
	type DemandClaim,
	type PayClaim
} from '$lib/view/claims';
import { payCell, snapshotsFixture } from '../helpers';

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
	const views = claimViews(page);

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
			'Beside it, AI-engineer listings in the United Kingdom by year and their share of the stable panel, strict titles, all levels (2025 covers Jan–Aug only); and, over January to August of each year, Indeed’s AI share of all job postings there, and the number of Indeed’s postings that mention AI and of all its postings. The stable panel is the listings whose job title the salary index carries in every year 2022–2025, plus the role’s own titles. Indeed’s numbers of postings are indexes: 100 is each series’ average month in 2023, so 150 means one and a half times as many postings as in an average month of 2023. The check keeps to these settings whatever the filters above show.'
		);
		// AI engineers: 2 of 400 (too few to compare), 12 of 800 (1.5%), 17 of 600 (2.83%).
		// 12 / 800: centre (0.015 + 0.0024009) / 1.0048018 = 0.0173178, half 1.9505976 × 0.0044687 =
		// 0.0087166: 0.86%–2.6%. 17 / 600: centre (0.0283333 + 0.0032012) / 1.0064024 = 0.0313339,
		// half 1.9474953 × 0.0069679 = 0.0135700: 1.8%–4.5%. Indeed, January to August: 2.0%, 2.5%,
		// 4.0%. Indeed's postings index has only December 2023 and January 2024 here, no year's
		// January to August: no means
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['2023', '2', '400', 'too few listings', '2.0%', '–', '–'],
			['2024', '12', '800', '1.5%', '0.86%–2.6%', '2.5%', '–', '–'],
			['2025 (Jan–Aug)', '17', '600', '2.8%', '1.8%–4.5%', '4.0%', '–', '–']
		]);
		// 2.60% ≥ 1.78%: the intervals overlap, so no clear change; Indeed 4.0 / 2.5 = 1.6 times
		expect(view.sentence).toBe(
			'This data shows no clear change: the AI-engineer share of the stable panel went from 1.5% in 2024 (12 of 800 listings) to 2.8% in 2025 (Jan–Aug; 17 of 600 listings), a change within the uncertainty (95% intervals 0.86%–2.6% and 1.8%–4.5%, which overlap); too few listings to compare in 2023 (2 listings). Across all postings, Indeed’s AI share rose from 2.5% to 4.0% over January to August of 2024 and 2025, 1.6 times the share.'
		);
		expect(view.caveat).toBe(
			'The salary index’s listings are not all job postings, and Indeed’s figures count every posting on Indeed, its AI figures every one that mentions AI in any job, so they cannot tell AI-engineer jobs from others. Indeed’s postings are said to have risen or fallen only where every month compared moved that way.'
		);
		expect(view.method).toBe('demand');
	});

	it('credits each source whose figures a check shows, with its licence, and offers its file', () => {
		const payView = views.find((v) => v.id === 'claim-pay')!;
		const demandView = views.find((v) => v.id === 'claim-demand')!;
		const salaryIndex = {
			name: 'Salary index',
			url: 'https://example.org/salaries',
			licence: 'CC0 1.0',
			licence_url: 'https://creativecommons.org/publicdomain/zero/1.0/'
		};
		expect(payView.sources).toEqual([salaryIndex]);
		expect(payView.downloads).toEqual(['salaries.csv']);
		const ccBy = 'https://creativecommons.org/licenses/by/4.0/';
		expect(demandView.sources).toEqual([
			salaryIndex,
			{
				name: 'Indeed Hiring Lab AI Tracker',
				url: 'https://github.com/hiring-lab/ai-tracker',
				licence: 'CC BY 4.0',
				licence_url: ccBy,
				changes: INDEED_CHANGES.aiShare
			},
			{
				name: 'Indeed Hiring Lab Job Postings Index',
				url: 'https://github.com/hiring-lab/job_postings_tracker',
				licence: 'CC BY 4.0',
				licence_url: ccBy,
				changes: INDEED_CHANGES.postings
			}
		]);
		expect(demandView.downloads).toEqual(['listings.csv', 'ai-share.csv', 'postings.csv']);
		// without Indeed's series, neither is credited, and the setting says there is no count
		const bare = claimViews(
			unpackRegionPage(buildRegionPage({ ...snapshotsFixture(), aiShare: [], postings: [] }, 'gb')!)
		).find((v) => v.id === 'claim-demand')!;
		expect(bare.sources).toEqual([salaryIndex]);
		expect(bare.downloads).toEqual(['listings.csv']);
		expect(bare.setting).toContain('Indeed publishes no count of postings for the United Kingdom.');
	});

	it('sets Indeed’s postings over January to August beside the listings, from the page’s postings', () => {
		// January to August: AI postings 80 a month in 2024 and 120 in 2025 (rose 50%), all
		// postings 100 then 85 (fell 15%); 2023 has none. The verdict stays "no clear change"
		const month = (year: number, m: number, ai: number, all: number) => ({
			region: 'gb',
			month: `${year}-0${m}`,
			all_postings_2023_100: all,
			ai_postings_2023_100: ai,
			series: 'GB'
		});
		const postings = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((m) => [
			month(2024, m, 80, 100),
			month(2025, m, 120, 85)
		]);
		const view = claimViews(
			unpackRegionPage(buildRegionPage({ ...snapshotsFixture(), postings }, 'gb')!)
		).find((v) => v.id === 'claim-demand')!;
		expect(view.rows.map((r) => [r.head, ...r.cells.slice(-2).map((c) => c.text)])).toEqual([
			['2023', '–', '–'],
			['2024', '80.0', '100.0'],
			['2025 (Jan–Aug)', '120.0', '85.0']
		]);
		expect(view.sentence).toMatch(
			/^This data shows no clear change: .* Comparing January to August of 2025 with the same months of 2024, Indeed’s postings that mention AI rose 50%, while all postings fell 15%: demand for AI skills grew while the job market shrank\.$/
		);
	});
});
