import { describe, expect, it } from 'vitest';
import {
	CURRENCY_SYMBOL,
	currencySymbol,
	formatCount,
	formatMoneyFull,
	formatMoneyShort,
	currencyName,
	formatCountWord,
	formatIndependent,
	formatListings,
	formatMix,
	formatMonth,
	formatNEff,
	formatPeriod,
	monthName,
	formatOrdinal,
	formatPct,
	formatSignedPct,
	formatYear,
	inName,
	listNames
} from '$lib/view/format';
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

	it('writes rupees in lakh and crore, as the Indian press does', () => {
		// under a lakh (1,00,000): the whole amount, grouped (the same as the Western way up to here)
		expect(formatMoneyShort(0, 'INR')).toBe('₹0');
		expect(formatMoneyShort(950, 'INR')).toBe('₹950');
		expect(formatMoneyShort(95000, 'INR')).toBe('₹95,000');
		// 99,999.4 rounds to 99,999; 99,999.5 rounds to 1,00,000, a lakh
		expect(formatMoneyShort(99999.4, 'INR')).toBe('₹99,999');
		expect(formatMoneyShort(99999.5, 'INR')).toBe('₹1 lakh');
		// in lakh to three significant figures: 8,50,000 / 1,00,000 = 8.5; 12,34,567 → 12.34567 → 12.3
		expect(formatMoneyShort(850000, 'INR')).toBe('₹8.5 lakh');
		expect(formatMoneyShort(1234567, 'INR')).toBe('₹12.3 lakh');
		// 99,94,000 is 99.94 lakh → 99.9; 99,96,000 is 99.96 lakh → 100 lakh, which is 1 crore
		expect(formatMoneyShort(9994000, 'INR')).toBe('₹99.9 lakh');
		expect(formatMoneyShort(9996000, 'INR')).toBe('₹1 crore');
		// in crore (1,00,00,000): 1,72,00,000 → 1.72; 12,34,56,789 → 12.3456789 → 12.3;
		// 12,34,56,78,900 → 1,234.56789 → 1,230 (three figures, grouped)
		expect(formatMoneyShort(17200000, 'INR')).toBe('₹1.72 crore');
		expect(formatMoneyShort(15000000, 'INR')).toBe('₹1.5 crore');
		expect(formatMoneyShort(123456789, 'INR')).toBe('₹12.3 crore');
		expect(formatMoneyShort(12345678900, 'INR')).toBe('₹1,230 crore');
		expect(formatMoneyShort(-850000, 'INR')).toBe('−₹8.5 lakh');
		// a negative amount that rounds to nothing is nothing
		expect(formatMoneyShort(-0.2, 'INR')).toBe('₹0');
	});

	it('groups full rupee amounts the Indian way: the last three digits, then pairs', () => {
		expect(formatMoneyFull(950, 'INR')).toBe('₹950');
		expect(formatMoneyFull(95000, 'INR')).toBe('₹95,000');
		expect(formatMoneyFull(850000, 'INR')).toBe('₹8,50,000');
		// 1234567 → 12 | 34 | 567
		expect(formatMoneyFull(1234567, 'INR')).toBe('₹12,34,567');
		// 17200000 → 1 | 72 | 00 | 000
		expect(formatMoneyFull(17200000, 'INR')).toBe('₹1,72,00,000');
		// 12345678900 → 12 | 34 | 56 | 78 | 900; 1,234.4 rounds down
		expect(formatMoneyFull(12345678900, 'INR')).toBe('₹12,34,56,78,900');
		expect(formatMoneyFull(1234.4, 'INR')).toBe('₹1,234');
		expect(formatMoneyFull(-850000.6, 'INR')).toBe('−₹8,50,001');
		expect(formatMoneyFull(-0.2, 'INR')).toBe('₹0');
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

	it('writes whole amounts as Intl does for English (Indian English for rupees)', () => {
		for (const currency of Object.keys(CURRENCY_SYMBOL))
			for (const value of [0, 7, 999.5, 55555, 197500, 1234567.89, 98765432109]) {
				const intl = new Intl.NumberFormat(currency === 'INR' ? 'en-IN' : 'en', {
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
});

describe('formatPct', () => {
	it('gives two decimals under 1% and one from 1% up', () => {
		expect(formatPct(0.25)).toBe('0.25%');
		expect(formatPct(0.4)).toBe('0.40%');
		expect(formatPct(0.05)).toBe('0.05%');
		expect(formatPct(1)).toBe('1.0%');
		expect(formatPct(12.34)).toBe('12.3%');
		expect(formatPct(-19.83)).toBe('-19.8%');
	});

	it('decides the decimals on the rounded value', () => {
		expect(formatPct(0.999)).toBe('1.0%');
		expect(formatPct(0.994)).toBe('0.99%');
		expect(formatPct(-0.999)).toBe('-1.0%');
	});

	it('gives as many decimals as asked for', () => {
		expect(formatPct(6.123, 1)).toBe('6.1%');
		expect(formatPct(0.5, 2)).toBe('0.50%');
	});
});

describe('formatMonth', () => {
	it('names the month and year, short or long', () => {
		expect(formatMonth('2026-06')).toBe('Jun 2026');
		expect(formatMonth('2025-01')).toBe('Jan 2025');
		expect(formatMonth('2025-08', 'long')).toBe('August 2025');
	});

	it('writes every month as Intl does for English', () => {
		for (const month of ['short', 'long'] as const) {
			const intl = new Intl.DateTimeFormat('en', { month, year: 'numeric', timeZone: 'UTC' });
			for (let m = 1; m <= 12; m++) {
				const ym = `2024-${String(m).padStart(2, '0')}`;
				expect(formatMonth(ym, month)).toBe(intl.format(new Date(`${ym}-01T00:00:00Z`)));
			}
		}
	});
});

describe('formatYear', () => {
	it('names the partial year with its months in prose and in a tooltip', () => {
		expect(formatYear(2025)).toBe('2025 (Jan–Aug)');
		expect(formatYear(2025, 'tooltip')).toBe('2025 (Jan–Aug only)');
		expect(formatYear(2024)).toBe('2024');
		expect(formatYear(2024, 'tooltip')).toBe('2024');
	});
});

describe('words', () => {
	it('joins names as English prose', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Spain'])).toBe('Spain');
		expect(listNames(['Spain', 'India'])).toBe('Spain and India');
		expect(listNames(['Spain', 'India', 'Australia'])).toBe('Spain, India and Australia');
	});

	it('puts "the" before names that take it', () => {
		expect(inName('United Kingdom')).toBe('the United Kingdom');
		expect(inName('Netherlands')).toBe('the Netherlands');
		expect(inName('European Union (27)')).toBe('the European Union (27)');
		expect(inName('Spain')).toBe('Spain');
	});

	it('writes small counts as words', () => {
		expect(formatCountWord(9)).toBe('nine');
		expect(formatCountWord(10)).toBe('ten');
		expect(formatCountWord(1234)).toBe('1,234');
	});
});

describe('v2 wording', () => {
	it('writes the pooled window as a span, and shortly where room is short', () => {
		expect(formatPeriod('2023-2025')).toBe('2023–2025');
		expect(formatPeriod('2023-2025', 'choice')).toBe('2023–25 pooled');
		expect(formatPeriod(2025)).toBe('2025 (Jan–Aug)');
		expect(formatPeriod(2024, 'choice')).toBe('2024');
	});

	it('names currencies in a sentence, and effective listings to one decimal', () => {
		expect(currencyName('GBP')).toBe('pounds');
		expect(currencyName('CHF')).toBe('CHF');
		expect(formatNEff(38.11)).toBe('38.1');
		expect(formatNEff(29)).toBe('29');
		expect(formatNEff(1234.56)).toBe('1,234.6');
	});

	it('reads a country mix and names months', () => {
		expect(formatMix('DE:8 FR:2 NL:14')).toBe('DE 8, FR 2, NL 14');
		expect(formatMix('US:2113')).toBe('US 2,113');
		expect(monthName(8)).toBe('August');
	});
});

describe('formatListings, formatIndependent and small shares', () => {
	it('agrees a count with its noun', () => {
		expect(formatListings(1)).toBe('1 listing');
		expect(formatListings(2)).toBe('2 listings');
		expect(formatListings(0)).toBe('0 listings');
		expect(formatListings(1031, 'ML-engineer')).toBe('1,031 ML-engineer listings');
		expect(formatListings(1, 'AI-engineer')).toBe('1 AI-engineer listing');
	});

	it('says an effective number of listings in words', () => {
		expect(formatIndependent(38.11)).toBe('about 38 independent');
		expect(formatIndependent(16.5)).toBe('about 17 independent');
		// under the threshold of 10, one decimal: 9.6 is not "about 10"
		expect(formatIndependent(9.6)).toBe('about 9.6 independent');
		expect(formatIndependent(10)).toBe('about 10 independent');
		// rounded down: 9.96 would round to the threshold
		expect(formatIndependent(9.96)).toBe('about 9.9 independent');
		// just under 30 (low confidence), one decimal where rounding would reach 30: 29.5 and
		// 29.99 read 29.5 and 29.9; 29.49 rounds to 29 and 30 is 30
		expect(formatIndependent(29.5)).toBe('about 29.5 independent');
		expect(formatIndependent(29.99)).toBe('about 29.9 independent');
		expect(formatIndependent(29.49)).toBe('about 29 independent');
		expect(formatIndependent(30)).toBe('about 30 independent');
	});

	it('never prints a share above 0 as 0.00%', () => {
		expect(formatPct(0.004)).toBe('under 0.1%');
		expect(formatPct(0.049)).toBe('under 0.1%');
		expect(formatPct(0.05)).toBe('0.05%');
		expect(formatPct(0)).toBe('0.00%');
		expect(formatPct(0.004, 1)).toBe('under 0.1%');
	});
});
