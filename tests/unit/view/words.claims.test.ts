/**
 * The claim checks' sentences (words.ts), on hand-made cells: each expected figure is worked out
 * by hand in the comments beside it, never copied from the functions' output.
 */
import { describe, expect, it } from 'vitest';
import type { ListingRow, PostingsPoint } from '$lib/data/schema';
import {
	CLAIMS,
	checkClaim,
	demandClaimView,
	payClaimView,
	type DemandClaim,
	type PayClaim
} from '$lib/view/claims';
import { volumeChange } from '$lib/view/volume';
import {
	claimSentence,
	demandSentence,
	periodLabel,
	shareChange,
	volumeSentence,
	type ShareYear
} from '$lib/view/words';
import { listingRow, payCell } from '../helpers';

const pay = CLAIMS.find((c): c is PayClaim => c.kind === 'pay' && c.region === 'gb')!;
const demand = CLAIMS.find((c): c is DemandClaim => c.kind === 'demand' && c.region === 'gb')!;

/** The pay claim with other figures. */
const claiming = (ml: number, ai: number): PayClaim => ({
	...pay,
	figures: { ml_engineer: ml, ai_engineer: ai }
});

describe('periodLabel', () => {
	it('names a partial year with its months, and a pooled period as pooled', () => {
		// the salary data ends in early August 2025 (partialUntil(2025) = 2025-08)
		expect(periodLabel(2025)).toBe('2025 (Jan–Aug)');
		expect(periodLabel(2024)).toBe('2024');
		expect(periodLabel('2023-2025')).toBe('2023–2025 pooled (2025: Jan–Aug only)');
	});
});

describe('claimSentence', () => {
	it('says which figure is outside the range and which is consistent, with both sides of each range', () => {
		const cells = [
			payCell({ role: 'ml_engineer', listings: 34, median: 100000, ciLow: 90000, ciHigh: 125000 }),
			payCell({
				role: 'ai_engineer',
				listings: 12,
				distinct: 11,
				nEff: 10.3,
				median: 80000,
				ciLow: 60000,
				ciHigh: 100000
			})
		];
		const { period, checks } = checkClaim(claiming(130000, 75000), cells, 2024);
		// ML: 130k > 125k, above; (100 − 90) / 100 = 10% below, (125 − 100) / 100 = 25% above.
		// AI: 60k ≤ 75k ≤ 100k, consistent; (80 − 60) / 80 = 25% below, (100 − 80) / 80 = 25%
		// above; n_eff 10.3 < 30: low confidence, about 10 independent of 12
		expect(claimSentence(checks, 'GBP', period)).toBe(
			'In 2024, the ML-engineer figure is above what the data supports; the AI-engineer figure is consistent with this data. ML Engineer: claimed £130k; this data’s median is £100k, and the range the data supports (95% interval) is £90k–£125k, from 10% below to 25% above the median; 34 listings. AI Engineer: claimed £75k; this data’s median is £80k, and the range the data supports (95% interval) is £60k–£100k, from 25% below to 25% above the median; 12 listings (about 10 independent), low confidence. Consistent means only that the data cannot rule the figure out.'
		);
	});

	it('says when a figure is below the range and another cannot be checked, pooled, with "1 listing"', () => {
		const cells = [
			payCell({
				role: 'ml_engineer',
				period: '2023-2025',
				listings: 40,
				median: 150000,
				ciLow: 135000,
				ciHigh: 165000
			}),
			payCell({ role: 'ai_engineer', period: '2023-2025', listings: 1, median: null })
		];
		const { period, checks } = checkClaim(pay, cells, 2024);
		// 105k < 135k: below; 15 / 150 = 10% each side; no figure inside, so no "consistent means"
		expect(claimSentence(checks, 'GBP', period)).toBe(
			'Over 2023–2025 pooled (2025: Jan–Aug only), the ML-engineer figure is below what the data supports; the AI-engineer figure cannot be checked, as there are too few AI-engineer listings. ML Engineer: claimed £105k; this data’s median is £150k, and the range the data supports (95% interval) is £135k–£165k, from 10% below to 10% above the median; 40 listings. AI Engineer: claimed £75k; too few listings to check (1 listing).'
		);
	});

	it('says low confidence below 30 effective listings only', () => {
		const with_ = (nEff: number) => {
			const cells = [
				payCell({ role: 'ml_engineer', listings: 31, distinct: 30, nEff, median: 100000 }),
				payCell({ role: 'ai_engineer', listings: 34, median: 75000 })
			];
			const { period, checks } = checkClaim(pay, cells, 2024);
			return claimSentence(checks, 'GBP', period);
		};
		expect(with_(30)).toContain('; 31 listings (about 30 independent). AI Engineer');
		expect(with_(29.99)).toContain(
			'; 31 listings (about 29.9 independent), low confidence. AI Engineer'
		);
	});

	it('never says the data confirms a figure', () => {
		const cells = [
			payCell({ role: 'ml_engineer', listings: 34, median: 105000 }),
			payCell({ role: 'ai_engineer', listings: 34, median: 75000 })
		];
		const { checks } = checkClaim(pay, cells, 2024);
		expect(checks.map((c) => c.verdict)).toEqual(['inside', 'inside']);
		const sentence = claimSentence(checks, 'GBP', 2024);
		expect(sentence).toMatch(/^In 2024, both claimed figures are consistent with this data\. /);
		expect(sentence).not.toMatch(/confirm|CI\b|±/);
	});
});

describe('the claim table’s verdict column', () => {
	it('says each verdict in words: consistent, above, below, or cannot check', () => {
		const verdictsOf = (cells: ReturnType<typeof payCell>[], claim: PayClaim) =>
			payClaimView(claim, cells, 2024).rows.map((r) => [r.key, r.cells.at(-1)?.text]);
		// ML 130k > 125k: above; AI 60k ≤ 75k ≤ 100k: consistent
		expect(
			verdictsOf(
				[
					payCell({ role: 'ml_engineer', listings: 34, median: 100000, ciHigh: 125000 }),
					payCell({ role: 'ai_engineer', listings: 34, median: 80000, ciLow: 60000 })
				],
				claiming(130000, 75000)
			)
		).toEqual([
			['ml_engineer', 'above what the data supports'],
			['ai_engineer', 'consistent with the data']
		]);
		// pooled, as AI has no 2024 figure: ML 105k < 135k, below; AI 1 listing, withheld: cannot check
		const pooled = { period: '2023-2025' } as const;
		expect(
			verdictsOf(
				[
					payCell({ ...pooled, role: 'ml_engineer', listings: 40, median: 150000, ciLow: 135000 }),
					payCell({ ...pooled, role: 'ai_engineer', listings: 1, median: null })
				],
				pay
			)
		).toEqual([
			['ml_engineer', 'below what the data supports'],
			['ai_engineer', 'cannot check']
		]);
	});
});

/** A year of role listings against the stable panel, its Wilson interval's ends (in %) worked by hand. */
const shareYear = (
	year: number,
	listings: number,
	panel: number,
	[low, high]: [number, number]
): ShareYear => ({
	year,
	listings,
	panel,
	share: (100 * listings) / panel,
	low,
	high,
	comparable: listings >= 10
});

// Wilson intervals of k in 1,000, worked below (demandClaimView verdicts); 9 of 1,000:
// (0.009 + 0.0019207) / 1.0038415 = 0.0108790 ± 1.9524637 × 0.0031432 = 0.0061369: 0.47421%–1.70159%
const Y24_9 = shareYear(2024, 9, 1000, [0.47421, 1.70159]);
const Y24_40 = shareYear(2024, 40, 1000, [2.9511, 5.40096]);
const Y25_68 = shareYear(2025, 68, 1000, [5.39925, 8.53139]);
const Y25_100 = shareYear(2025, 100, 1000, [8.29094, 12.0152]);
const JAN_AUG = 'January to August';
/** January to August, as `volumeChange` takes months. */
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08'];
/** Indeed's AI share over January to August of 2024 and 2025: `from` and `to` in every month. */
const indeed = (from: number, to: number) =>
	volumeChange(
		MONTHS.flatMap((m) => [
			{ month: `2024-${m}`, value: from },
			{ month: `2025-${m}`, value: to }
		]),
		MONTHS,
		2024,
		2025
	);

describe('shareChange', () => {
	it('says rose or fell only where the intervals do not overlap, and too few under 10 listings', () => {
		// 40 → 100 of 1,000: 8.29094% > 5.40096%, a rise; the other way round, a fall
		expect(shareChange(Y24_40, Y25_100)).toBe('rose');
		expect(shareChange({ ...Y25_100, year: 2024 }, { ...Y24_40, year: 2025 })).toBe('fell');
		// 40 → 68: 5.39925% < 5.40096%, overlapping by a hair
		expect(shareChange(Y24_40, Y25_68)).toBe('within');
		// 9 listings in either year: not compared, whatever the intervals
		expect(shareChange(Y24_9, Y25_100)).toBe('too few');
		expect(shareChange({ ...Y25_100, year: 2024 }, { ...Y24_9, year: 2025 })).toBe('too few');
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
		// the same listings; Indeed 2% → 2.4%: 1.2 times, under 1.25 (and under 1.5 times, so the
		// sentence gives no "times")
		expect(sentence(40, 100, { 2024: 2, 2025: 2.4 })).toBe(
			'This data shows a rise, but “skyrocketing” overstates it: the AI-engineer share of the stable panel rose from 4.0% in 2024 (40 of 1,000 listings) to 10.0% in 2025 (Jan–Aug; 100 of 1,000 listings), 2.5 times the share, beyond the uncertainty (95% intervals 3.0%–5.4% and 8.3%–12.0%, which do not overlap). Across all postings, Indeed’s AI share rose from 2.0% to 2.4% over January to August of 2024 and 2025.'
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
		// 69 → 40: 5.40096% < 5.48839%, apart; Indeed 2.0% → 2.04%, both 2.0%: about the same
		const fell = sentence(69, 40, { 2024: 2, 2025: 2.04 });
		expect(fell).toBe(
			'This data shows a fall, not a rise: the AI-engineer share of the stable panel fell from 6.9% in 2024 (69 of 1,000 listings) to 4.0% in 2025 (Jan–Aug; 40 of 1,000 listings), beyond the uncertainty (95% intervals 5.5%–8.6% and 3.0%–5.4%, which do not overlap). Across all postings, Indeed’s AI share was about the same over January to August of 2024 and 2025 (2.0% and 2.0%).'
		);
		expect(fell).not.toMatch(/rose|up from|grew|times/);
		// 68 → 40: 5.40096% ≥ 5.39925%, overlapping: within the uncertainty
		const within = sentence(68, 40, { 2024: 2, 2025: 2.04 });
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
		// the AI-share column, before Indeed's two postings columns (no postings here: "–")
		expect(view.rows.map((r) => r.cells.slice(-3).map((c) => c.text))).toEqual([
			['3.0%', '–', '–']
		]);
	});

	it('says Indeed’s share rose or fell only where its two figures read apart to one decimal', () => {
		// 2.0% → 2.12% (2.1%): rose, 1.06 times, under 1.5 so no "times"; 2.12% → 2.0%: fell
		expect(sentence(40, 100, { 2024: 2, 2025: 2.12 })).toContain(
			'Indeed’s AI share rose from 2.0% to 2.1% over January to August of 2024 and 2025.'
		);
		expect(sentence(100, 40, { 2024: 2.12, 2025: 2 })).toContain(
			'Indeed’s AI share fell from 2.1% to 2.0% over January to August of 2024 and 2025.'
		);
		// 2.0% → 2.04%: both read 2.0%, so about the same, never "rose from 2.0% to 2.0%"
		expect(sentence(40, 100, { 2024: 2, 2025: 2.04 })).toContain(
			'Indeed’s AI share was about the same over January to August of 2024 and 2025 (2.0% and 2.0%).'
		);
		// 4.46% → 4.54%, 0.08 points apart, both read 4.5%; 4.0% → 4.1% (0.0999… in floating point)
		// reads apart, so it rose, as 2.0% → 2.1% does
		expect(sentence(40, 100, { 2024: 4.46, 2025: 4.54 })).toContain(
			'Indeed’s AI share was about the same over January to August of 2024 and 2025 (4.5% and 4.5%).'
		);
		expect(sentence(40, 100, { 2024: 4, 2025: 4.1 })).toContain(
			'Indeed’s AI share rose from 4.0% to 4.1% over'
		);
	});

	it('gives how many times the market grew only from 1.5 times, rounded down', () => {
		// 2.0% → 2.98%: 1.49 times, no "times"; 2.0% → 3.0%: 1.5 times; 2.0% → 3.98%: 1.99 times,
		// "1.9 times", never "2.0 times"
		expect(sentence(40, 100, { 2024: 2, 2025: 2.98 })).toMatch(/and 2025\.$/);
		expect(sentence(40, 100, { 2024: 2, 2025: 3 })).toMatch(/and 2025, 1\.5 times the share\.$/);
		expect(sentence(40, 100, { 2024: 2, 2025: 3.98 })).toMatch(/and 2025, 1\.9 times the share\.$/);
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
			['2024', '9', '1,000', 'too few listings', '–', '–', '–'],
			['2025 (Jan–Aug)', '100', '1,000', '10.0%', '8.3%–12.0%', '–', '–', '–']
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
		expect(view.head.slice(-3).map((h) => h.label)).toEqual([
			'Indeed AI share, Jan–Aug',
			'Indeed AI postings, Jan–Aug (2023 = 100)',
			'Indeed all postings, Jan–Aug (2023 = 100)'
		]);
	});
	it('gives a fall’s interval ends the decimals to read apart too, up to three', () => {
		// 42 → 20 of 1,000 (worked above): 3.06900% < 3.12209%, a fall; 3.1% and 3.1% at one
		// decimal, 3.07% and 3.12% at two
		expect(sentence(42, 20)).toBe(
			'This data shows a fall, not a rise: the AI-engineer share of the stable panel fell from 4.2% in 2024 (42 of 1,000 listings) to 2.0% in 2025 (Jan–Aug; 20 of 1,000 listings), beyond the uncertainty (95% intervals 3.12%–5.63% and 1.30%–3.07%, which do not overlap).'
		);
		// 76 of 1,000 → 33 of 750 (worked above): 6.11477% < 6.11494%, three decimals
		expect(
			viewOf([
				[2024, 76, 1000],
				[2025, 33, 750]
			]).sentence
		).toContain('(95% intervals 6.115%–9.410% and 3.150%–6.115%, which do not overlap)');
	});

	it('treats intervals that meet at one end as overlapping, with formatPct’s decimals', () => {
		// hand-made ends meeting at exactly 5.4% (the counts' own intervals overlap by a hair, so
		// the change is within the uncertainty either way round)
		const low = shareYear(2024, 40, 1000, [3, 5.4]);
		const high = shareYear(2025, 68, 1000, [5.4, 8.5]);
		expect(demandSentence('ai_engineer', [low, high], null, JAN_AUG)).toBe(
			'This data shows no clear change: the AI-engineer share of the stable panel went from 4.0% in 2024 (40 of 1,000 listings) to 6.8% in 2025 (Jan–Aug; 68 of 1,000 listings), a change within the uncertainty (95% intervals 3.0%–5.4% and 5.4%–8.5%, which overlap).'
		);
		expect(
			demandSentence(
				'ai_engineer',
				[
					{ ...high, year: 2024 },
					{ ...low, year: 2025 }
				],
				null,
				JAN_AUG
			)
		).toContain('(95% intervals 5.4%–8.5% and 3.0%–5.4%, which overlap)');
	});

	it('says there are no years to compare where no year has a stable panel', () => {
		expect(
			viewOf([
				[2023, 0, 0],
				[2024, 0, 0]
			]).sentence
		).toBe(
			'This data has too few AI-engineer listings to test the claim: there are no years with listings to compare.'
		);
	});

	it('compares Indeed’s share only between two years of listings', () => {
		// one year (100 of 1,000: 8.29094%–12.01520%): no second year to name, so no Indeed words
		expect(demandSentence('ai_engineer', [Y25_100], indeed(2, 5), JAN_AUG)).toBe(
			'This data has too few AI-engineer listings to test the claim: there is only one year with listings to compare; in 2025 (Jan–Aug), AI-engineer listings were 10.0% of the stable panel (100 of 1,000 listings; 95% interval 8.3%–12.0%).'
		);
	});

	it('leaves Indeed out where it has no figure for either year, and rests the verdict on the listings', () => {
		// 40 → 100: 2.5 times, beyond the uncertainty; Indeed only in 2025, or only in 2024
		expect(sentence(40, 100, { 2025: 5 })).toBe(STEEP);
		expect(sentence(40, 100, { 2024: 2 })).toBe(STEEP);
	});

	it('says no number of times for a share that rose from 0', () => {
		// hand-made: 0% of the panel in 2024 (an interval of 0%–0.4%) to 5% in 2025, apart
		const zero = { ...shareYear(2024, 0, 1000, [0, 0.4]), comparable: true };
		const five = shareYear(2025, 50, 1000, [3.8, 6.5]);
		const said = demandSentence('ai_engineer', [zero, five], null, JAN_AUG);
		expect(said).toContain('rose from 0.00% in 2024 (0 of 1,000 listings) to 5.0% in 2025');
		expect(said).not.toContain('times the share');
	});

	it('leaves out an Indeed share at 0, which no ratio can compare', () => {
		// 0.0% → 0.5%: volumeChange gives no change from 0, so Indeed is not compared
		expect(indeed(0, 0.5)).toBeNull();
		expect(demandSentence('ai_engineer', [Y24_40, Y25_100], indeed(0, 0.5), JAN_AUG)).toBe(STEEP);
	});

	it('says a change in Indeed’s share that reads apart is a change, and one that does not about the same', () => {
		// 0.1% → 0.2% in every month: rose, 0.2 / 0.1 = 2.0 times
		expect(demandSentence('ai_engineer', [Y24_40, Y25_100], indeed(0.1, 0.2), JAN_AUG)).toBe(
			`${STEEP} Across all postings, Indeed’s AI share rose from 0.1% to 0.2% over January to August of 2024 and 2025, 2.0 times the share.`
		);
		// 0.1% → 0.14% in every month: both read 0.1%, about the same
		expect(demandSentence('ai_engineer', [Y24_40, Y25_100], indeed(0.1, 0.14), JAN_AUG)).toContain(
			' Across all postings, Indeed’s AI share was about the same over January to August of 2024 and 2025 (0.1% and 0.1%).'
		);
	});

	it('says an Indeed share whose months went both ways shows no clear change, and no steep rise', () => {
		// January to August of 2024 at 2%; 2025 at 6% but 1% in August: mean (7 × 6 + 1) / 8 =
		// 5.375% against 2%, yet one month fell
		const share = [
			...[1, 2, 3, 4, 5, 6, 7, 8].map((m) => ({ month: `2024-0${m}`, value: 2 })),
			...[1, 2, 3, 4, 5, 6, 7, 8].map((m) => ({ month: `2025-0${m}`, value: m === 8 ? 1 : 6 }))
		];
		const mixed = volumeChange(share, MONTHS, 2024, 2025);
		expect(mixed?.verdict).toBe('mixed');
		const said = demandSentence('ai_engineer', [Y24_40, Y25_100], mixed, JAN_AUG);
		expect(said).toMatch(/^This data shows a rise, but “skyrocketing” overstates it: /);
		expect(said).toContain(
			' Across all postings, Indeed’s AI share showed no clear change over January to August of 2024 and 2025 (2.0% and 5.4%; some months up, some down).'
		);
	});
});

describe('the demand claim in volume: Indeed’s postings over the same months', () => {
	type Months = number | null | readonly (number | null)[];
	/**
	 * Indeed's postings index, January to August of each year: `[ai, all]` per year, each one
	 * value for every month or eight values (January first).
	 */
	const postingsOf = (byYear: Record<number, [ai: Months, all: Months]>): PostingsPoint[] =>
		Object.entries(byYear).flatMap(([year, [ai, all]]) =>
			[0, 1, 2, 3, 4, 5, 6, 7].map((i) => {
				const at = (v: Months) => (Array.isArray(v) ? (v[i] ?? null) : (v as number | null));
				return {
					month: `${year}-0${i + 1}`,
					ai_postings_2023_100: at(ai),
					all_postings_2023_100: at(all) as number
				};
			})
		);
	const market = (byYear: Record<number, number>) =>
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
	/** The view of AI-engineer listings ([year, listings, panel]) beside Indeed's share and postings. */
	const viewOf = (
		years: [number, number, number][],
		postings: PostingsPoint[],
		share: Record<number, number> = { 2024: 2, 2025: 5 },
		area: string | null = null
	) =>
		demandClaimView(
			demand,
			years.map(([y, k, n]): ListingRow => listingRow('ai_engineer', 'gb', y, k, n)),
			market(share),
			years.map(([y]) => y),
			'the United Kingdom',
			{ rows: postings, area }
		);
	/** 40 → 100 of 1,000 AI-engineer listings (2.5 times the share, beyond the uncertainty). */
	const steepWith = (postings: PostingsPoint[], share?: Record<number, number>) =>
		viewOf(
			[
				[2024, 40, 1000],
				[2025, 100, 1000]
			],
			postings,
			share
		);
	const SHARE_ROSE =
		'the AI-engineer share of the stable panel rose from 4.0% in 2024 (40 of 1,000 listings) to 10.0% in 2025 (Jan–Aug; 100 of 1,000 listings), 2.5 times the share, beyond the uncertainty (95% intervals 3.0%–5.4% and 8.3%–12.0%, which do not overlap).';
	const MARKET =
		' Across all postings, Indeed’s AI share rose from 2.0% to 5.0% over January to August of 2024 and 2025, 2.5 times the share.';
	const COMPARING = ' Comparing January to August of 2025 with the same months of 2024, ';

	it('says a steep rise where AI postings rose by a quarter or more in every month, and that the market shrank', () => {
		// AI postings 100 → 150 every month: rose 50%; all postings 100 → 88: fell 12%
		const view = steepWith(postingsOf({ 2024: [100, 100], 2025: [150, 88] }));
		expect(view.sentence).toBe(
			`This data is consistent with a steep rise: ${SHARE_ROSE}${MARKET}${COMPARING}Indeed’s postings that mention AI rose 50%, while all postings fell 12%: demand for AI skills grew while the job market shrank.`
		);
		// the means over January to August, one decimal, after the AI share
		expect(view.rows.map((r) => [r.head, ...r.cells.slice(-3).map((c) => c.text)])).toEqual([
			['2024', '2.0%', '100.0', '100.0'],
			['2025 (Jan–Aug)', '5.0%', '150.0', '88.0']
		]);
	});

	it('needs the AI postings to have grown by a quarter: 1.25 times is steep, 1.24 is not', () => {
		expect(steepWith(postingsOf({ 2024: [100, 100], 2025: [125, 88] })).sentence).toMatch(
			/^This data is consistent with a steep rise: .*postings that mention AI rose 25%, while/
		);
		expect(steepWith(postingsOf({ 2024: [100, 100], 2025: [124, 88] })).sentence).toBe(
			`This data shows a rise, but “skyrocketing” overstates it: ${SHARE_ROSE}${MARKET}${COMPARING}Indeed’s postings that mention AI rose 24%, while all postings fell 12%: demand for AI skills grew while the job market shrank.`
		);
	});

	it('keeps the other legs: AI postings up by half do not make a steep rise of a share up 1.975 times, or of a market up 1.2 times', () => {
		const up = postingsOf({ 2024: [100, 100], 2025: [150, 88] });
		// 40 → 79 of 1,000: 1.975 times
		expect(
			viewOf(
				[
					[2024, 40, 1000],
					[2025, 79, 1000]
				],
				up
			).sentence
		).toMatch(/^This data shows a rise, but “skyrocketing” overstates it: /);
		// Indeed's share 2% → 2.4%: 1.2 times
		expect(steepWith(up, { 2024: 2, 2025: 2.4 }).sentence).toMatch(
			/^This data shows a rise, but “skyrocketing” overstates it: /
		);
	});

	it('says a rise in share but not in number where AI postings fell, or went both ways', () => {
		// 100 → 80 every month: fell 20%; all postings fell 12% too, so "and", nothing plainer
		expect(steepWith(postingsOf({ 2024: [100, 100], 2025: [80, 88] })).sentence).toBe(
			`This data shows a rise in share, but not in the number of postings that mention AI: ${SHARE_ROSE}${MARKET}${COMPARING}Indeed’s postings that mention AI fell 20%, and all postings fell 12%.`
		);
		// January to July 100 → 150, August 100 → 99: the mean (7 × 150 + 99) / 8 = 143.625 rose
		// 43.6%, but one month fell, so it went both ways
		const mixed = steepWith(
			postingsOf({ 2024: [100, 100], 2025: [[150, 150, 150, 150, 150, 150, 150, 99], 88] })
		);
		expect(mixed.sentence).toBe(
			`This data shows a rise in share, but no clear rise in the number of postings that mention AI: ${SHARE_ROSE}${MARKET}${COMPARING}Indeed’s postings that mention AI showed no clear change (+44% overall; some months up, some down), and all postings fell 12%.`
		);
		expect(mixed.rows.map((r) => r.cells.at(-2)?.text)).toEqual(['100.0', '143.6']);
	});

	it('says a rise in share but not in number before it weighs how steep the rise was', () => {
		// 40 → 69 of 1,000: a rise (5.48839% > 5.40096%), 1.7 times; AI postings fell 20%
		expect(
			viewOf(
				[
					[2024, 40, 1000],
					[2025, 69, 1000]
				],
				postingsOf({ 2024: [100, 100], 2025: [80, 88] })
			).sentence
		).toMatch(
			/^This data shows a rise in share, but not in the number of postings that mention AI: /
		);
	});

	it('leaves a share that did not rise as it is, whatever the postings did', () => {
		const fell = postingsOf({ 2024: [100, 100], 2025: [80, 88] });
		// 40 → 68: within the uncertainty; 69 → 40: a fall
		const within = viewOf(
			[
				[2024, 40, 1000],
				[2025, 68, 1000]
			],
			fell
		).sentence;
		expect(within).toMatch(/^This data shows no clear change: /);
		expect(within).toMatch(
			/Indeed’s postings that mention AI fell 20%, and all postings fell 12%\.$/
		);
		const down = viewOf(
			[
				[2024, 69, 1000],
				[2025, 40, 1000]
			],
			postingsOf({ 2024: [100, 100], 2025: [150, 88] })
		).sentence;
		expect(down).toMatch(/^This data shows a fall, not a rise: /);
		expect(down).toMatch(
			/AI rose 50%, while all postings fell 12%: demand for AI skills grew while the job market shrank\.$/
		);
	});

	it('says the postings too where there are too few listings to compare', () => {
		// 9 → 100: too few in 2024; the postings still compared, 2024 to 2025
		expect(
			viewOf(
				[
					[2024, 9, 1000],
					[2025, 100, 1000]
				],
				postingsOf({ 2024: [100, 100], 2025: [150, 110] })
			).sentence
		).toBe(
			`This data has too few AI-engineer listings to test the claim: too few to compare in 2024 (9 listings), under 10 a year; in 2025 (Jan–Aug), AI-engineer listings were 10.0% of the stable panel (100 of 1,000 listings; 95% interval 8.3%–12.0%).${MARKET}${COMPARING}Indeed’s postings that mention AI rose 50%, and all postings rose 10%.`
		);
	});

	it('says so plainly where AI postings fell while all postings rose', () => {
		// AI 100 → 80: fell 20%; all 100 → 110: rose 10%
		expect(steepWith(postingsOf({ 2024: [100, 100], 2025: [80, 110] })).sentence).toMatch(
			/AI fell 20%, while all postings rose 10%: demand for AI skills shrank while the job market grew\.$/
		);
	});

	it('joins with "and" where either went both ways', () => {
		// all postings: January to July 100 → 90, August 100 → 101: (7 × 90 + 101) / 8 = 91.375,
		// −8.6% overall; AI rose 50% in every month, so the verdict stays steep
		const sentence = steepWith(
			postingsOf({ 2024: [100, 100], 2025: [150, [90, 90, 90, 90, 90, 90, 90, 101]] })
		).sentence;
		expect(sentence).toMatch(/^This data is consistent with a steep rise: /);
		expect(sentence).toMatch(
			/AI rose 50%, and all postings showed no clear change \(−8\.6% overall; some months up, some down\)\.$/
		);
	});

	it('without AI postings, says what all postings did, and rests the verdict on the rest', () => {
		// Spain's kind: all postings 100 → 88, no AI postings
		const view = steepWith(postingsOf({ 2024: [null, 100], 2025: [null, 88] }));
		expect(view.sentence).toBe(
			`This data is consistent with a steep rise: ${SHARE_ROSE}${MARKET}${COMPARING}all postings on Indeed fell 12%; Indeed’s postings that mention AI are not known for every one of those months.`
		);
		expect(view.rows.map((r) => r.cells.slice(-2).map((c) => c.text))).toEqual([
			['–', '100.0'],
			['–', '88.0']
		]);
	});

	it('compares only where every month has a value, and gives a mean only for a year that has them all', () => {
		// no August 2025: neither series can be compared, and 2025 has no mean
		const rows = postingsOf({ 2024: [100, 100], 2025: [150, 88] }).filter(
			(r) => r.month !== '2025-08'
		);
		const view = steepWith(rows);
		expect(view.sentence).toBe(`This data is consistent with a steep rise: ${SHARE_ROSE}${MARKET}`);
		expect(view.rows.map((r) => r.cells.slice(-2).map((c) => c.text))).toEqual([
			['100.0', '100.0'],
			['–', '–']
		]);
	});

	it('names the path of AI postings when it turns over the table’s years, not when it climbs', () => {
		const years: [number, number, number][] = [
			[2023, 20, 1000],
			[2024, 40, 1000],
			[2025, 100, 1000]
		];
		// 120, 100, 150: down, then up
		const turning = viewOf(
			years,
			postingsOf({ 2023: [120, 90], 2024: [100, 100], 2025: [150, 88] })
		);
		expect(turning.sentence).toMatch(
			/AI rose 50%, while all postings fell 12%: demand for AI skills grew while the job market shrank\. Over the same months, the postings that mention AI did not move one way \(2023 = 100\): 120\.0 in 2023, 100\.0 in 2024, then 150\.0 in 2025 \(Jan–Aug\)\.$/
		);
		// 90, 100, 150: up all the way
		const climbing = viewOf(
			years,
			postingsOf({ 2023: [90, 90], 2024: [100, 100], 2025: [150, 88] })
		).sentence;
		expect(climbing).not.toContain('did not move one way');
		expect(climbing).toMatch(/the job market shrank\.$/);
	});

	it('says in the setting what the two columns are, and where Indeed has none', () => {
		const view = steepWith(postingsOf({ 2024: [100, 100], 2025: [150, 88] }));
		expect(view.setting).toBe(
			'Beside it, AI-engineer listings in the United Kingdom by year and their share of the stable panel, strict titles, all levels (2025 covers Jan–Aug only); and, over January to August of each year, Indeed’s AI share of all job postings there, and the number of Indeed’s postings that mention AI and of all its postings. The stable panel is the listings whose job title the salary index carries in every year 2022–2025, plus the role’s own titles. Indeed’s numbers of postings are indexes: 100 is each series’ average month in 2023, so 150 means one and a half times as many postings as in an average month of 2023. The check keeps to these settings whatever the filters above show.'
		);
		expect(view.setting).not.toMatch(/\bn_eff\b|\bCI\b/);
		expect(
			viewOf([[2025, 100, 1000]], postingsOf({ 2025: [150, 88] }), {}, 'euro area').setting
		).toContain(
			'the number of Indeed’s postings that mention AI and of all its postings (the euro area’s, the nearest series Indeed publishes). '
		);
		const none = viewOf([[2025, 100, 1000]], []);
		expect(none.setting).toContain(
			'Indeed’s AI share of all job postings there. The stable panel is the listings whose job title the salary index carries in every year 2022–2025, plus the role’s own titles. Indeed publishes no count of postings for the United Kingdom. The check keeps'
		);
		expect(none.rows.map((r) => r.cells.slice(-2).map((c) => c.text))).toEqual([['–', '–']]);
		expect(none.caveat).toBe(
			'The salary index’s listings are not all job postings, and Indeed’s figures count every posting on Indeed, its AI figures every one that mentions AI in any job, so they cannot tell AI-engineer jobs from others. Indeed’s postings are said to have risen or fallen only where every month compared moved that way.'
		);
	});
});

describe('volumeSentence', () => {
	const months = ['01', '02'];
	/** Two months of each year: `[2024, 2025]` values of January and February. */
	const change = (jan: [number, number], feb: [number, number]) =>
		volumeChange(
			[
				{ month: '2024-01', value: jan[0] },
				{ month: '2024-02', value: feb[0] },
				{ month: '2025-01', value: jan[1] },
				{ month: '2025-02', value: feb[1] }
			],
			months,
			2024,
			2025
		);
	const JAN_FEB = 'January to February';

	it('says nothing where Indeed counts neither', () => {
		expect(volumeSentence({ ai: null, all: null, aiByYear: [] }, JAN_FEB)).toBe('');
	});

	it('says what AI postings did alone where there is no count of all postings', () => {
		// (100 + 100) / 2 → (130 + 150) / 2: rose 40%
		expect(
			volumeSentence({ ai: change([100, 130], [100, 150]), all: null, aiByYear: [] }, JAN_FEB)
		).toBe(
			' Comparing January to February of 2025 with the same months of 2024, Indeed’s postings that mention AI rose 40%.'
		);
	});

	it('joins two rises with "and", saying nothing plainer', () => {
		// AI rose 40%; all 100 → 103 and 100 → 105: rose 4.0%
		expect(
			volumeSentence(
				{ ai: change([100, 130], [100, 150]), all: change([100, 103], [100, 105]), aiByYear: [] },
				JAN_FEB
			)
		).toBe(
			' Comparing January to February of 2025 with the same months of 2024, Indeed’s postings that mention AI rose 40%, and all postings rose 4.0%.'
		);
	});

	it('names the path from three years that turn, with one decimal, the partial year with its months', () => {
		const ai = change([100, 130], [100, 150]);
		const path = [
			{ year: 2023, value: 98.25 },
			{ year: 2024, value: 97.96 },
			{ year: 2025, value: 131.25 }
		];
		expect(volumeSentence({ ai, all: null, aiByYear: path }, JAN_FEB)).toBe(
			' Comparing January to February of 2025 with the same months of 2024, Indeed’s postings that mention AI rose 40%. Over the same months, the postings that mention AI did not move one way (2023 = 100): 98.3 in 2023, 98.0 in 2024, then 131.3 in 2025 (Jan–Aug).'
		);
		// two years, or three that only fall: no path
		expect(volumeSentence({ ai, all: null, aiByYear: path.slice(1) }, JAN_FEB)).not.toContain(
			'Over the same months'
		);
		expect(
			volumeSentence(
				{ ai, all: null, aiByYear: path.map((p, i) => ({ ...p, value: 100 - i })) },
				JAN_FEB
			)
		).not.toContain('Over the same months');
	});

	it('is left out of the demand sentence without two years of listings to compare', () => {
		const ai = change([100, 130], [100, 150]);
		expect(
			demandSentence('ai_engineer', [Y25_100], null, JAN_AUG, {
				ai,
				all: ai,
				aiByYear: []
			})
		).toBe(
			'This data has too few AI-engineer listings to test the claim: there is only one year with listings to compare; in 2025 (Jan–Aug), AI-engineer listings were 10.0% of the stable panel (100 of 1,000 listings; 95% interval 8.3%–12.0%).'
		);
	});
});
