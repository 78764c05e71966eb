import { describe, expect, it } from 'vitest';
import { CLAIMS, checkClaim, claimSentence } from '$lib/data/claims';
import { payCell } from './cells';

const claim = CLAIMS.find((c) => c.region === 'gb')!;
const years = [2023, 2024, 2025];
const partial = new Set([2025]);

describe('checkClaim', () => {
	it('checks each figure against the latest full year with enough listings, else the partial year', () => {
		const cells = [
			payCell({ role: 'ml_engineer', year: 2024, listings: 34, median: 111500 }), // CI 100350–122650
			payCell({ role: 'ml_engineer', year: 2025, listings: 20, median: 115000 }),
			payCell({ role: 'ai_engineer', year: 2024, listings: 6, median: null }),
			payCell({ role: 'ai_engineer', year: 2025, listings: 17, median: 72000 }) // CI 64800–79200
		];
		const checks = checkClaim(claim, cells, years, partial);
		expect(checks.map((c) => [c.role, c.cell?.year, c.verdict])).toEqual([
			['ml_engineer', 2024, 'inside'], // 105k within 100.35k–122.65k
			['ai_engineer', 2025, 'inside'] // 75k within 64.8k–79.2k
		]);
		expect(claimSentence(checks)).toMatch(/^Both claimed figures fall inside/);
	});

	it('says which figure is outside, and when there is nothing to check', () => {
		const cells = [payCell({ role: 'ml_engineer', year: 2024, listings: 40, median: 150000 })]; // CI 135k–165k
		const checks = checkClaim(claim, cells, years, partial);
		expect(checks.map((c) => c.verdict)).toEqual(['below', 'no data']);
		expect(claimSentence(checks)).toBe(
			'The ML-engineer figure is below it; there are too few AI-engineer listings to check the AI-engineer figure.'
		);
	});
});
