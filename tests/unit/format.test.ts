import { describe, expect, it } from 'vitest';
import {
	currencySymbol,
	formatCount,
	formatMoneyFull,
	formatMoneyShort,
	formatOrdinal,
	formatSignedPct,
	gapPct
} from '$lib/data/format';

describe('format', () => {
	it('writes compact money the way editorial charts do', () => {
		expect(formatMoneyShort(197500)).toBe('$198k');
		expect(formatMoneyShort(96000, 'GBP')).toBe('£96k');
		expect(formatMoneyShort(55555, 'EUR')).toBe('€55.6k');
		expect(formatMoneyShort(1250000)).toBe('$1.25M');
		expect(formatMoneyShort(0)).toBe('$0');
		expect(formatMoneyShort(-12000)).toBe('−$12k');
	});

	it('uses unambiguous symbols for other dollars', () => {
		expect(currencySymbol('CAD')).toBe('CA$');
		expect(currencySymbol('AUD')).toBe('A$');
		expect(currencySymbol('INR')).toBe('₹');
	});

	it('writes full amounts and counts with separators', () => {
		expect(formatMoneyFull(175768.5)).toBe('$175,769');
		expect(formatCount(2293)).toBe('2,293');
	});

	it('signs percentages with a true minus and never shows −0%', () => {
		expect(formatSignedPct(12.4)).toBe('+12%');
		expect(formatSignedPct(-19.85, 1)).toBe('−19.9%');
		expect(formatSignedPct(-0.2)).toBe('0%');
	});

	it('writes ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(formatOrdinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st'
		]);
	});

	it('measures the gap relative to the first value', () => {
		expect(gapPct(200, 150)).toBe(-25);
		expect(gapPct(100, 110)).toBeCloseTo(10);
	});
});
