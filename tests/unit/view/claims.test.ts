/** The claim checks, on hand-made cells and on the snapshots of `snapshotsFixture`. */
import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import {
	CLAIMS,
	checkClaim,
	claimSentence,
	claimViews,
	demandClaimView,
	type DemandClaim,
	type PayClaim
} from '$lib/view/claims';
import { dashboardFacts } from '$lib/view/dashboard';
import { defaultControls } from '$lib/view/filters';
import { listingRow, payCell, snapshotsFixture } from '../helpers';

const pay = CLAIMS.find((c): c is PayClaim => c.kind === 'pay' && c.region === 'gb')!;
const demand = CLAIMS.find((c): c is DemandClaim => c.kind === 'demand' && c.region === 'gb')!;

describe('checkClaim', () => {
	it('checks both roles in the latest full year where both are shown', () => {
		const cells = [
			payCell({ role: 'ml_engineer', listings: 34, median: 100000 }), // CI 90k–110k
			payCell({ role: 'ai_engineer', listings: 12, median: 80000 }) // CI 72k–88k
		];
		const { period, checks } = checkClaim(pay, cells, 2024);
		expect(period).toBe(2024);
		// 105k inside 90k–110k; 75k inside 72k–88k
		expect(checks.map((c) => [c.role, c.verdict])).toEqual([
			['ml_engineer', 'inside'],
			['ai_engineer', 'inside']
		]);
	});

	it('pools both roles when the latest year cannot show one, never mixing periods', () => {
		const cells = [
			payCell({ role: 'ml_engineer', listings: 34, median: 100000 }),
			payCell({ role: 'ai_engineer', listings: 3, median: null }),
			payCell({ role: 'ml_engineer', period: '2023-2025', listings: 60, median: 150000 }), // 135k–165k
			payCell({ role: 'ai_engineer', period: '2023-2025', listings: 20, median: 60000 }) // 54k–66k
		];
		const { period, checks } = checkClaim(pay, cells, 2024);
		expect(period).toBe('2023-2025');
		expect(checks.map((c) => [c.cell?.period, c.verdict])).toEqual([
			['2023-2025', 'below'],
			['2023-2025', 'above']
		]);
	});

	it('says which figure is outside, and when there is nothing to check', () => {
		const cells = [
			payCell({ role: 'ml_engineer', period: '2023-2025', listings: 40, median: 150000 })
		]; // CI 135k–165k
		const { checks } = checkClaim(pay, cells, 2024);
		expect(checks.map((c) => c.verdict)).toEqual(['below', 'no data']);
		expect(claimSentence(checks, 'GBP')).toBe(
			'The ML-engineer figure is below it; there are too few AI-engineer listings to check the AI-engineer figure. The intervals are wide: ML Engineer £135k–£165k (±10% of the median), so the data cannot pin either median down closely.'
		);
	});
});

describe('the UK claims, on the fixture', () => {
	const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), 'gb')!);
	const views = claimViews(dashboardFacts(page, defaultControls(page.regions[1]!)));

	it('checks the pay claim in pounds as advertised, pooled, both roles alike', () => {
		const view = views.find((v) => v.id === 'claim-pay')!;
		expect(view.source).toBe(
			'A widely shared article, quoting Levels.fyi. Beside it, this data’s medians in 2023–2025, pooled, pounds as advertised (the listings paid in GBP), strict titles, all levels, the same period for both roles. The check keeps to these settings whatever the filters above show.'
		);
		// the AI cell of 2024 is withheld (3 listings), so both roles pooled: ML £93.5k (£75k–£115k),
		// AI £73.5k (£55k–£116k); the claim's £105k and £75k both inside
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['ML Engineer', '£105k', '£93.5k', '£75k–£115k', '49', 'inside the CI'],
			['AI Engineer', '£75k', '£73.5k', '£55k–£116k', '18', 'inside the CI']
		]);
		// half-widths: (115 − 75) / 2 / 93.5 = 21.4%; (116 − 55) / 2 / 73.5 = 41.5%
		expect(view.sentence).toBe(
			'Both claimed figures fall inside this data’s 95% confidence intervals. The intervals are wide: ML Engineer £75k–£115k (±21% of the median), AI Engineer £55k–£116k (±41% of the median), so the data cannot pin either median down closely.'
		);
	});

	it('checks the demand claim on the panel share and Indeed over the same months', () => {
		const view = views.find((v) => v.id === 'claim-demand')!;
		// AI engineers: 2 of 400 (0.50%), 12 of 800 (1.5%), 17 of 600 (2.8%); Indeed's UK share
		// over January to August: 2.0%, 2.5%, 4.0%
		expect(view.rows.map((r) => [r.head, ...r.cells.map((c) => c.text)])).toEqual([
			['2023', '2', '400', '0.50%', '2.0%'],
			['2024', '12', '800', '1.5%', '2.5%'],
			['2025 (partial)', '17', '600', '2.8%', '4.0%']
		]);
		// 1.5% → 2.833%: 1.9 times; Indeed 2.5% → 4.0%: 1.6 times; 12 and 17 listings are few
		expect(view.sentence).toBe(
			'The data shows a rise, but “skyrocketing” overstates it; with so few listings the size of the rise is uncertain: AI engineers went from 1.5% of the stable panel in 2024 to 2.8% in 2025 (partial), 1.9 times the share, but from only 12 listings to 17; across all postings, Indeed’s AI share went from 2.5% to 4.0% over January to August, 1.6 times the share.'
		);
	});
});

describe('demandClaimView verdicts', () => {
	const market = [2024, 2025].flatMap((year) =>
		[1, 2].map((m) => ({
			region: 'gb',
			month: `${year}-0${m}`,
			ai_share_pct: year === 2024 ? 2 : 5,
			countries: 'GB',
			days: 30,
			series: 'region' as const
		}))
	);
	const verdict = (a: number, b: number) =>
		demandClaimView(
			demand,
			[
				listingRow('ai_engineer', 'gb', 2024, a, 1000),
				listingRow('ai_engineer', 'gb', 2025, b, 1000)
			],
			market,
			[2024, 2025],
			'the United Kingdom'
		).sentence;

	it('supports a steep rise when the share more than doubles, and the market rose too', () => {
		// 40 → 100 of 1,000: 2.5 times; Indeed 2% → 5%
		expect(verdict(40, 100)).toMatch(/^The data supports a steep rise: /);
	});

	it('says a flat share is not a steep rise', () => {
		expect(verdict(40, 44)).toMatch(/^The data does not show a steep rise: /);
	});

	it('says when there are too few listings to check', () => {
		expect(verdict(0, 5)).toBe('There are too few AI-engineer listings here to check the claim.');
	});
});
