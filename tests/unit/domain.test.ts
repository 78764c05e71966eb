import { describe, expect, it } from 'vitest';
import {
	confidenceFor,
	CONFIDENCE_TEXT,
	currencyChoices,
	dataEndsIn,
	isPartial,
	latestFullYear,
	LEVEL_CHOICES,
	LOW_CONFIDENCE_RANGE,
	partialUntil,
	ROLE_LABEL,
	ROLES,
	yearsOf
} from '$lib/domain';

describe('roles and levels', () => {
	it('lists ML engineers first, then AI engineers, in every chart', () => {
		expect(ROLES.map((r) => ROLE_LABEL[r])).toEqual(['ML Engineer', 'AI Engineer']);
	});

	it('offers every level and all of them together, all first', () => {
		expect(LEVEL_CHOICES).toEqual(['all', 'EN', 'MI', 'SE', 'EX']);
	});
});

describe('confidence', () => {
	it('withholds cells under 10 listings and flags those under 30', () => {
		expect([0, 9, 10, 29, 30, 2000].map(confidenceFor)).toEqual([
			'withheld',
			'withheld',
			'low',
			'low',
			'ok',
			'ok'
		]);
	});

	it('says the thresholds in words', () => {
		expect(LOW_CONFIDENCE_RANGE).toBe('10–29');
		expect(CONFIDENCE_TEXT).toEqual({
			ok: '30 or more listings',
			low: 'low confidence: 10–29 listings',
			withheld: 'too few listings to show pay (under 10)'
		});
	});
});

describe('years', () => {
	it('sorts years as numbers, each once, without the all-years rows', () => {
		const rows = [2025, 'all', 2022, 2024, 2022].map(
			(year) => ({ year }) as { year: number | 'all' }
		);
		expect(yearsOf(rows)).toEqual([2022, 2024, 2025]);
		expect(yearsOf([{ year: 999 }, { year: 1000 }])).toEqual([999, 1000]);
	});

	it('knows 2025 is partial, where it ends, and never picks it as the latest year', () => {
		expect(isPartial(2025)).toBe(true);
		expect(isPartial(2024)).toBe(false);
		expect(partialUntil(2025)).toBe('2025-08');
		expect(dataEndsIn(2025)).toBe('early August');
		expect(partialUntil(2024)).toBeNull();
		expect(latestFullYear([2022, 2025, 2024])).toBe(2024);
		expect(latestFullYear([2025])).toBeNull();
	});
});

describe('currencyChoices', () => {
	it('offers USD, the local currency, GBP and EUR without repeats', () => {
		expect(currencyChoices('CAD')).toEqual(['USD', 'CAD', 'GBP', 'EUR']);
		expect(currencyChoices('GBP')).toEqual(['USD', 'GBP', 'EUR']);
		expect(currencyChoices('USD')).toEqual(['USD', 'GBP', 'EUR']);
	});
});
