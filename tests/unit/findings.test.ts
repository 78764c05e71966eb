import { describe, expect, it } from 'vitest';
import { compare, listNames, regionSummary, regionTitle } from '$lib/charts/findings';
import { confidenceFor, type Role, type SalaryRow } from '$lib/data/schema';

function cell(region: string, role: Role, listings: number, median: number | null): SalaryRow {
	const shown = median !== null && listings >= 10;
	return {
		role,
		definition: 'strict',
		region,
		year: 2024,
		level: 'all',
		listings,
		p25_usd: shown ? median * 0.8 : null,
		median_usd: shown ? median : null,
		p75_usd: shown ? median * 1.2 : null,
		ci_low_usd: shown ? median * 0.9 : null,
		ci_high_usd: shown ? median * 1.1 : null,
		confidence: confidenceFor(listings)
	};
}

const regions = [
	{ id: 'global', name: 'Global' },
	{ id: 'gb', name: 'United Kingdom' },
	{ id: 'de', name: 'Germany' }
];

describe('compare', () => {
	it('gives the AI-engineer gap relative to ML engineers', () => {
		const c = compare(
			[cell('gb', 'ml_engineer', 40, 200000), cell('gb', 'ai_engineer', 12, 150000)],
			'gb'
		);
		expect(c.gap).toBe(-25);
	});

	it('has no gap when either role is withheld', () => {
		const c = compare(
			[cell('gb', 'ml_engineer', 40, 200000), cell('gb', 'ai_engineer', 6, null)],
			'gb'
		);
		expect(c.gap).toBeNull();
	});
});

describe('regionTitle', () => {
	it('counts the regions with both roles shown', () => {
		const cells = [
			cell('global', 'ml_engineer', 100, 200000),
			cell('global', 'ai_engineer', 50, 150000),
			cell('gb', 'ml_engineer', 30, 100000),
			cell('gb', 'ai_engineer', 30, 120000),
			cell('de', 'ml_engineer', 5, null),
			cell('de', 'ai_engineer', 5, null)
		];
		expect(regionTitle(regions, cells)).toBe(
			'ML engineers out-earn AI engineers in 1 of 2 regions with enough data for both'
		);
		expect(regionTitle(regions, cells.slice(0, 2))).toBe(
			'ML engineers out-earn AI engineers in the only region with enough data'
		);
		expect(regionTitle(regions, [])).toBe(
			'Too few listings to compare the two roles in any region'
		);
	});
});

describe('regionSummary', () => {
	it('describes regions with data and lists the thin ones in one sentence', () => {
		const cells = [
			cell('global', 'ml_engineer', 100, 200000),
			cell('global', 'ai_engineer', 12, 150000),
			cell('gb', 'ml_engineer', 30, 100000),
			cell('gb', 'ai_engineer', 6, null),
			cell('de', 'ml_engineer', 5, null),
			cell('de', 'ai_engineer', 0, null)
		];
		expect(regionSummary(regions, cells, 2024)).toBe(
			'Median advertised pay in 2024, US dollars. ' +
				'Global: ML Engineer $200k (95% CI $180k–$220k, 100 listings), AI Engineer $150k (95% CI $135k–$165k, 12 listings, low confidence); AI engineers −25% against ML engineers. ' +
				'United Kingdom: ML Engineer $100k (95% CI $90k–$110k, 30 listings). ' +
				'Too few listings (under 10) to show for AI engineers in United Kingdom; for either role in Germany.'
		);
	});
});

describe('listNames', () => {
	it('joins names as prose', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['A'])).toBe('A');
		expect(listNames(['A', 'B'])).toBe('A and B');
		expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
