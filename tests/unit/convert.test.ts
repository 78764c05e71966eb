import { describe, expect, it } from 'vitest';
import { rateOf, toPayCells } from '$lib/data/convert';
import type { FxRow, SalaryRow } from '$lib/data/schema';

const fx: FxRow[] = [
	{ currency: 'GBP', year: 2023, usd_per_unit: 1.25, rows: 10 },
	{ currency: 'GBP', year: 2024, usd_per_unit: 1.28, rows: 10 }
];

const row = (year: SalaryRow['year'], median: number | null): SalaryRow => ({
	role: 'ml_engineer',
	definition: 'strict',
	region: 'gb',
	year,
	level: 'all',
	listings: median === null ? 3 : 40,
	p25_usd: median && median - 100,
	median_usd: median,
	p75_usd: median && median + 100,
	ci_low_usd: median && median - 50,
	ci_high_usd: median && median + 50,
	confidence: median === null ? 'withheld' : 'ok'
});

describe('rateOf', () => {
	it('is 1 for USD and the year’s rate otherwise, falling back to the nearest year', () => {
		expect(rateOf(fx, 'USD', 2024)).toEqual({ currency: 'USD', usdPerUnit: 1, year: 2024 });
		expect(rateOf(fx, 'GBP', 2024).usdPerUnit).toBe(1.28);
		expect(rateOf(fx, 'GBP', 2025)).toEqual({ currency: 'GBP', usdPerUnit: 1.28, year: 2024 });
	});

	it('refuses a currency with no rate rather than showing dollars as pounds', () => {
		expect(() => rateOf(fx, 'EUR', 2024)).toThrow('fx.csv has no rate for EUR');
	});
});

describe('toPayCells', () => {
	it('converts each row at the rate of its own year', () => {
		// 2023: 125000 / 1.25 = 100000; 2024: 128000 / 1.28 = 100000
		const [a, b] = toPayCells([row(2023, 125000), row(2024, 128000)], fx, 'GBP', 2024);
		expect(a?.median).toBeCloseTo(100000, 6);
		expect(b?.median).toBeCloseTo(100000, 6);
		expect(b?.ciLow).toBeCloseTo(127950 / 1.28, 6);
	});

	it('uses the fallback year for "all years" cells and keeps withheld cells empty', () => {
		const [all, withheld] = toPayCells([row('all', 128), row(2024, null)], fx, 'GBP', 2024);
		expect(all?.median).toBe(100);
		expect(withheld).toMatchObject({
			median: null,
			ciLow: null,
			listings: 3,
			confidence: 'withheld'
		});
	});

	it('leaves USD untouched', () => {
		expect(toPayCells([row(2024, 1234.5)], fx, 'USD', 2024)[0]?.median).toBe(1234.5);
	});
});
