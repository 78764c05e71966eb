import { describe, expect, it } from 'vitest';
import {
	CURRENCY_SYMBOL,
	currencySymbol,
	formatCount,
	formatMoneyFull,
	formatMoneyShort,
	formatOrdinal,
	formatSignedPct,
	gapPct
} from '$lib/data/format';
import { regions } from '$lib/server/snapshots';

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

	it('has the symbol Intl writes in English for every currency a region uses', () => {
		const used = new Set(regions().map((r) => r.currency));
		for (const currency of used) {
			const parts = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0);
			expect(currencySymbol(currency), currency).toBe(
				parts.find((p) => p.type === 'currency')?.value
			);
		}
		expect(Object.keys(CURRENCY_SYMBOL).sort()).toEqual([...used].sort());
	});

	it('falls back to the code for a currency without a symbol in the table', () => {
		expect(formatMoneyShort(96000, 'CHF')).toBe('CHF 96k');
	});

	it('writes full amounts and counts with separators', () => {
		expect(formatMoneyFull(175768.5)).toBe('$175,769');
		expect(formatMoneyFull(1234567, 'GBP')).toBe('£1,234,567');
		expect(formatMoneyFull(-1200, 'EUR')).toBe('−€1,200');
		expect(formatMoneyFull(-0.2)).toBe('$0');
		expect(formatCount(2293)).toBe('2,293');
		expect(formatCount(1514450)).toBe('1,514,450');
	});

	it('writes whole amounts as Intl does for English', () => {
		for (const currency of Object.keys(CURRENCY_SYMBOL))
			for (const value of [0, 7, 999.5, 55555, 197500, 1234567.89]) {
				const intl = new Intl.NumberFormat('en', {
					style: 'currency',
					currency,
					maximumFractionDigits: 0
				});
				expect(formatMoneyFull(value, currency)).toBe(intl.format(value));
			}
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
