import { describe, expect, it } from 'vitest';
import { CLAIMS, checkClaim, claimSentence, claimView } from '$lib/view/claims';
import { payCell } from '../helpers';

const claim = CLAIMS.find((c) => c.region === 'gb')!;
const years = [2023, 2024, 2025];

describe('checkClaim', () => {
	it('checks each figure against the latest full year with enough listings, else the partial year', () => {
		const cells = [
			payCell({ role: 'ml_engineer', year: 2024, listings: 34, median: 111500 }), // CI 100350–122650
			payCell({ role: 'ml_engineer', year: 2025, listings: 20, median: 115000 }),
			payCell({ role: 'ai_engineer', year: 2024, listings: 6, median: null }),
			payCell({ role: 'ai_engineer', year: 2025, listings: 17, median: 72000 }) // CI 64800–79200
		];
		const checks = checkClaim(claim, cells, years);
		expect(checks.map((c) => [c.role, c.cell?.year, c.verdict])).toEqual([
			['ml_engineer', 2024, 'inside'], // 105k within 100.35k–122.65k
			['ai_engineer', 2025, 'inside'] // 75k within 64.8k–79.2k
		]);
		expect(claimSentence(checks)).toMatch(/^Both claimed figures fall inside/);
	});

	it('says which figure is outside, and when there is nothing to check', () => {
		const cells = [payCell({ role: 'ml_engineer', year: 2024, listings: 40, median: 150000 })]; // CI 135k–165k
		const checks = checkClaim(claim, cells, years);
		expect(checks.map((c) => c.verdict)).toEqual(['below', 'no data']);
		expect(claimSentence(checks)).toBe(
			'The ML-engineer figure is below it; there are too few AI-engineer listings to check the AI-engineer figure.'
		);
	});
});

describe('claimView', () => {
	it('lays the check out in the claim’s currency, marking a partial year', () => {
		const cells = [
			payCell({ role: 'ml_engineer', year: 2024, listings: 34, median: 111500 }), // CI 100350–122650
			payCell({ role: 'ai_engineer', year: 2025, listings: 17, median: 72000 }) // CI 64800–79200
		];
		const view = claimView(claim, cells, years);
		expect(view.title).toBe('Checking a claim: “ML engineers £105k, AI engineers £75k, UK”');
		expect(view.source).toBe(
			'Levels.fyi, as quoted in a widely shared article. Beside it, this data’s medians in GBP.'
		);
		expect(view.rows).toEqual([
			{
				role: 'ml_engineer',
				label: 'ML Engineer',
				claimed: '£105k',
				data: { median: '£112k', year: '(2024)', ci: '£100k–£123k', listings: '34' },
				verdict: { kind: 'inside', text: 'inside the CI' }
			},
			{
				role: 'ai_engineer',
				label: 'AI Engineer',
				claimed: '£75k',
				data: { median: '£72k', year: '(2025, partial)', ci: '£64.8k–£79.2k', listings: '17' },
				verdict: { kind: 'inside', text: 'inside the CI' }
			}
		]);
		expect(view.sentence).toBe(claimSentence(checkClaim(claim, cells, years)));
	});

	it('says "too few listings" and "cannot check" for a role without a shown cell', () => {
		const view = claimView(claim, [], years);
		expect(view.rows.map((r) => [r.data, r.verdict])).toEqual([
			[null, { kind: 'no-data', text: 'cannot check' }],
			[null, { kind: 'no-data', text: 'cannot check' }]
		]);
	});
});
