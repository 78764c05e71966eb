import { describe, expect, it } from 'vitest';
import { payBenchmark } from '$lib/view/words';
import { payCell } from '../helpers';

/** A role's median in `year` (60 listings: shown) or too few (5 listings: not shown). */
const cell = (role: 'ml_engineer' | 'ai_engineer', year: number, shown = true) =>
	payCell({ role, period: year, listings: shown ? 60 : 5, median: 100000 + year });

const years = [2022, 2023, 2024, 2025];
const uk = { name: 'the United Kingdom', series: true };
const growth = [
	{ year: 2023, pct: 5 },
	{ year: 2024, pct: 4 },
	{ year: 2025, pct: 3 }
];

describe('payBenchmark', () => {
	it('compounds December growth over each role’s span of years, and says it is pay in general', () => {
		// ML shown 2023–2025: 1.04 × 1.03 − 1 = 7.12%; AI shown 2024–2025: 3.0%
		const cells = [
			cell('ml_engineer', 2022, false),
			cell('ml_engineer', 2023),
			cell('ml_engineer', 2025),
			cell('ai_engineer', 2024),
			cell('ai_engineer', 2025)
		];
		expect(payBenchmark(cells, years, growth, uk)).toBe(
			'For comparison, advertised pay across all jobs in the United Kingdom grew 7.1% from December 2023 to December 2025 (beside ML-engineer pay) and grew 3.0% from December 2024 to December 2025 (beside AI-engineer pay), by Indeed’s Wage Tracker: pay in general, not either role’s.'
		);
	});

	it('says one span once where both roles cover the same years, and a fall as a fall', () => {
		const cells = [
			cell('ml_engineer', 2022),
			cell('ml_engineer', 2023),
			cell('ai_engineer', 2022),
			cell('ai_engineer', 2023)
		];
		// 2023: −2.5%
		expect(
			payBenchmark(cells, years, [{ year: 2023, pct: -2.5 }], {
				name: 'the euro area',
				series: true
			})
		).toBe(
			'For comparison, advertised pay across all jobs in the euro area fell 2.5% from December 2022 to December 2023, by Indeed’s Wage Tracker: pay in general, not either role’s.'
		);
	});

	it('says where there is no series, and nothing where no role’s pay changes between two years', () => {
		const two = [cell('ml_engineer', 2024), cell('ml_engineer', 2025)];
		expect(payBenchmark(two, years, [], { name: 'Australia', series: false })).toBe(
			'Indeed publishes no series of advertised pay across all jobs for Australia, so there is no benchmark for pay in general.'
		);
		// one year each: no change to set a benchmark beside
		const one = [cell('ml_engineer', 2024), cell('ai_engineer', 2025)];
		expect(payBenchmark(one, years, growth, uk)).toBeNull();
		expect(payBenchmark(one, years, growth, { name: 'Australia', series: false })).toBeNull();
	});

	it('takes each role’s first and last year with a median, whatever lies between', () => {
		// ML shown in 2022, 2023 and 2025 (not 2024): the span is 2022–2025, 1.05 × 1.04 × 1.03 − 1
		const cells = [
			cell('ml_engineer', 2022),
			cell('ml_engineer', 2023),
			cell('ml_engineer', 2024, false),
			cell('ml_engineer', 2025)
		];
		// and AI, with no median at all, has no span
		expect(payBenchmark(cells, years, growth, uk)).toBe(
			'For comparison, advertised pay across all jobs in the United Kingdom grew 12.5% from December 2022 to December 2025, by Indeed’s Wage Tracker: pay in general, not either role’s.'
		);
	});

	it('says pay in general stayed about the same where its growth rounds to 0.0%', () => {
		const cells = [cell('ml_engineer', 2023), cell('ml_engineer', 2024)];
		for (const pct of [0, -0.04, 0.04])
			expect(payBenchmark(cells, years, [{ year: 2024, pct }], uk)).toContain(
				'in the United Kingdom stayed about the same from December 2023 to December 2024'
			);
		expect(payBenchmark(cells, years, [{ year: 2024, pct: 0.06 }], uk)).toContain('grew 0.1%');
	});

	it('gives no figure for a span the series does not cover in full', () => {
		const cells = [cell('ml_engineer', 2022), cell('ml_engineer', 2025)];
		// 2023 and 2024 are there, 2025 is not: no compounded figure from part of the span
		expect(payBenchmark(cells, years, growth.slice(0, 2), uk)).toBeNull();
		// 2022 to 2025 in full: 1.05 × 1.04 × 1.03 − 1 = 12.476%
		expect(payBenchmark(cells, years, growth, uk)).toContain(
			'grew 12.5% from December 2022 to December 2025'
		);
	});
});
