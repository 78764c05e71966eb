/**
 * The claim checks' sentences (words.ts), on hand-made cells: each expected figure is worked out
 * by hand in the comments beside it, never copied from the functions' output.
 */
import { describe, expect, it } from 'vitest';
import { CLAIMS, checkClaim, type PayClaim } from '$lib/view/claims';
import { claimSentence, periodLabel } from '$lib/view/words';
import { payCell } from '../helpers';

const pay = CLAIMS.find((c): c is PayClaim => c.kind === 'pay' && c.region === 'gb')!;

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
			'; 31 listings (about 30 independent), low confidence. AI Engineer'
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
