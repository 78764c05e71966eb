/**
 * The headline's words (words.ts), on hand-made figures worked out in the comments beside them.
 */
import { describe, expect, it } from 'vitest';
import { yearMixWarning } from '$lib/view/words';

describe('yearMixWarning', () => {
	const years = [2023, 2024, 2025];

	it('says so where the roles’ year mixes differ by more than 0.25 (total variation distance)', () => {
		// ML 10 / 60 / 30 %, AI 0 / 20 / 80 %: ½ (0.1 + 0.4 + 0.5) = 0.5; 2025 differs most (0.5)
		expect(yearMixWarning([10, 60, 30], [0, 20, 80], years)).toBe(
			'The two roles’ listings come from different years: 80% of AI-engineer listings are from 2025 (Jan–Aug), against 30% of ML-engineer listings.'
		);
		// both roles' largest year the same (2024), the mixes still apart: ML 29 / 57 / 14 %,
		// AI 8 / 46 / 46 %: ½ (0.21 + 0.11 + 0.32) = 0.32; 2025 differs most
		expect(yearMixWarning([4, 8, 2], [1, 6, 6], years)).toBe(
			'The two roles’ listings come from different years: 46% of AI-engineer listings are from 2025 (Jan–Aug), against 14% of ML-engineer listings.'
		);
	});

	it('says nothing at 0.25 or below, or where a role has no listings', () => {
		// ML 25 / 50 / 25 %, AI 0 / 50 / 50 %: ½ (0.25 + 0 + 0.25) = 0.25, not above
		expect(yearMixWarning([25, 50, 25], [0, 50, 50], years)).toBeNull();
		// ML 24 / 50 / 26 %, AI 0 / 50 / 50 %: ½ (0.24 + 0 + 0.24) = 0.24
		expect(yearMixWarning([24, 50, 26], [0, 50, 50], years)).toBeNull();
		// ML 26 / 50 / 24 %, AI 0 / 50 / 50 %: ½ (0.26 + 0 + 0.26) = 0.26, above
		expect(yearMixWarning([26, 50, 24], [0, 50, 50], years)).not.toBeNull();
		expect(yearMixWarning([10, 60, 30], [0, 0, 0], years)).toBeNull();
	});
});
