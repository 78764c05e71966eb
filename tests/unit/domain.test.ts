import { describe, expect, it } from 'vitest';
import {
	confidenceFor,
	CONFIDENCE_TEXT,
	currencyChoices,
	dataEndsIn,
	indeedSeries,
	isPartial,
	latestFullYear,
	LEVEL_CHOICES,
	LOW_CONFIDENCE_RANGE,
	partialUntil,
	POOLED,
	rateYear,
	ROLE_LABEL,
	ROLES,
	yearsIn,
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
	it('withholds cells under 10 effective listings and flags those under 30', () => {
		expect([0, 9.99, 10, 29.99, 30, 2000].map(confidenceFor)).toEqual([
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
			ok: '30 or more independent listings',
			low: 'low confidence: 10–29 independent listings',
			withheld: 'too few listings to show pay (under 10 independent)'
		});
	});
});

describe('years', () => {
	it('sorts years as numbers, each once, leaving out the pooled window and all years', () => {
		expect(yearsOf([2025, 'all', 2022, '2023-2025', 2024, 2022])).toEqual([2022, 2024, 2025]);
		expect(yearsOf([999, 1000])).toEqual([999, 1000]);
	});

	it('pools 2023–2025, and shows a pooled figure at its last year’s rate', () => {
		expect(yearsIn(POOLED.id)).toEqual([2023, 2024, 2025]);
		expect(yearsIn(2024)).toEqual([2024]);
		expect(rateYear(POOLED.id)).toBe(2025);
		expect(rateYear(2023)).toBe(2023);
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

describe('Indeed’s series of a region', () => {
	it('is its country’s for a region of one, the euro area’s for EU27, and none for Global', () => {
		expect(indeedSeries({ id: 'gb', countries: ['GB'] })).toBe('GB');
		expect(indeedSeries({ id: 'eu27', countries: ['AT', 'BE', 'DE'] })).toBe('EA');
		expect(indeedSeries({ id: 'global', countries: null })).toBeNull();
		// another region of several countries has no series of its own
		expect(indeedSeries({ id: 'dach', countries: ['AT', 'CH', 'DE'] })).toBeNull();
	});
});
