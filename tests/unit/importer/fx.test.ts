import { describe, expect, it } from 'vitest';
import { FED_SERIES, FedRates, FxAccumulator, fxTable, type IndexRate } from '$lib/importer/fx';
import type { FxRow } from '$lib/data/schema';

describe('FxAccumulator', () => {
	it('takes the median of salary_in_usd / salary per currency and year', () => {
		const fx = new FxAccumulator();
		fx.add('EUR', 2025, 150000, 165000); // 1.1
		fx.add('EUR', 2025, 100000, 108000); // 1.08
		fx.add('EUR', 2025, 50000, 60000); // 1.2  → median of 1.08, 1.1, 1.2 = 1.1
		fx.add('EUR', 2024, 50000, 55000); // 1.1
		fx.add('GBP', 2024, 80000, 100000); // 1.25
		fx.add('GBP', 2024, 64000, 80000); // 1.25
		fx.add('USD', 2024, 1, 1);
		expect(fx.rows()).toEqual([
			{ currency: 'EUR', year: 2024, usd_per_unit: 1.1, rows: 1 },
			{ currency: 'EUR', year: 2025, usd_per_unit: 1.1, rows: 3 },
			{ currency: 'GBP', year: 2024, usd_per_unit: 1.25, rows: 2 },
			{ currency: 'USD', year: 2024, usd_per_unit: 1, rows: 1 }
		]);
	});

	it('counts equal ratios whether they come in one run or interleaved with other currencies', () => {
		const fx = new FxAccumulator();
		for (const [currency, salary, usd] of [
			['EUR', 100, 120], // 1.2
			['EUR', 100, 120],
			['GBP', 100, 125],
			['EUR', 100, 110], // 1.1
			['GBP', 100, 125],
			['EUR', 100, 110],
			['EUR', 100, 110],
			['EUR', 100, 120]
		] as const)
			fx.add(currency, 2025, salary, usd);
		// EUR: 1.1 ×3, 1.2 ×3 → median (1.1 + 1.2) / 2
		expect(fx.rows()).toEqual([
			{ currency: 'EUR', year: 2025, usd_per_unit: 1.15, rows: 6 },
			{ currency: 'GBP', year: 2025, usd_per_unit: 1.25, rows: 2 }
		]);
	});

	it('averages the two middle ratios for an even count, to 8 significant figures', () => {
		const fx = new FxAccumulator();
		fx.add('INR', 2024, 3, 0.036); // 0.012
		fx.add('INR', 2024, 3, 0.037); // 0.0123333…
		expect(fx.rows()[0]?.usd_per_unit).toBe(0.012166667);
	});
});

describe('FedRates', () => {
	it('inverts the annual mean of the published units per dollar, to 8 significant figures', () => {
		const fed = new FedRates();
		fed.add('2024-01-01', 'United Kingdom', 0.8);
		fed.add('2024-02-01', 'United Kingdom', 0.7);
		// mean 0.75 £ per $ → 1 / 0.75 = 1.33333333… → 1.3333333 $ per £ (the mean of the inverses,
		// (1.25 + 1.4285714) / 2 = 1.3392857, would be wrong)
		expect(fed.rate('GBP', 2024)).toBe(1.3333333);
		expect(fed.monthsIn('GBP', 2024)).toBe(2);
		fed.add('2024-01-01', 'Japan', 150);
		fed.add('2024-02-01', 'Japan', 152);
		// mean 151 ¥ per $ → 1 / 151 = 0.0066225165562… → 0.0066225166
		expect(fed.rate('JPY', 2024)).toBe(0.0066225166);
	});

	it('keeps each year apart', () => {
		const fed = new FedRates();
		fed.add('2023-12-01', 'Euro', 0.8);
		fed.add('2024-01-01', 'Euro', 0.9);
		// 1 / 0.8 and 1 / 0.9 = 1.11111111… → 1.1111111
		expect(fed.rate('EUR', 2023)).toBe(1.25);
		expect(fed.rate('EUR', 2024)).toBe(1.1111111);
	});

	it('ignores the series of currencies the euro replaced', () => {
		expect(FED_SERIES['Germany']).toBeNull();
		const fed = new FedRates();
		fed.add('2024-01-01', 'Euro', 0.9);
		// a Deutsche Mark series must not be averaged into the euro (or anything else)
		fed.add('2024-01-01', 'Germany', 1.95583);
		expect(fed.rate('EUR', 2024)).toBe(1.1111111);
		expect(fed.monthsIn('EUR', 2024)).toBe(1);
		expect(fed.rate('DEM', 2024)).toBeNull();
	});

	it('is 1 for US dollars and null for a currency or a year it has no month of', () => {
		const fed = new FedRates();
		fed.add('2024-01-01', 'United Kingdom', 0.8);
		expect(fed.rate('USD', 2019)).toBe(1);
		// H.10 has no zloty series
		expect(fed.rate('PLN', 2024)).toBeNull();
		expect(fed.rate('GBP', 2023)).toBeNull();
		expect(fed.monthsIn('GBP', 2023)).toBe(0);
	});
});

describe('fxTable', () => {
	const fed = new FedRates();
	for (const [month, series, units] of [
		['2023-06-01', 'United Kingdom', 0.8], // 1 / 0.8 = 1.25
		['2024-01-01', 'United Kingdom', 0.8],
		['2024-02-01', 'United Kingdom', 0.7], // mean 0.75 → 1.3333333
		['2023-06-01', 'Euro', 0.8], // 1.25
		['2024-06-01', 'Euro', 0.9] // 1.1111111
	] as const)
		fed.add(month, series, units);
	// the index's own rates, in no particular order: zloty (H.10 has none), pounds, dollars
	const index: IndexRate[] = [
		{ currency: 'PLN', year: 2024, usd_per_unit: 0.25, rows: 3 },
		{ currency: 'GBP', year: 2024, usd_per_unit: 1.25, rows: 30 },
		{ currency: 'USD', year: 2024, usd_per_unit: 1, rows: 100 }
	];
	const rows = fxTable(fed, index, { currencies: ['USD', 'GBP', 'EUR'], years: [2023, 2024] });

	it('uses the market rate where H.10 has one and keeps the index’s own beside it', () => {
		expect(rows.find((r) => r.currency === 'GBP' && r.year === 2024)).toEqual({
			currency: 'GBP',
			year: 2024,
			usd_per_unit: 1.3333333,
			source: 'federal_reserve_h10',
			index_usd_per_unit: 1.25,
			rows: 30
		});
	});

	it('falls back to the index’s own rate where H.10 has none, and says so', () => {
		expect(rows.find((r) => r.currency === 'PLN')).toEqual({
			currency: 'PLN',
			year: 2024,
			usd_per_unit: 0.25,
			source: 'salary_index',
			index_usd_per_unit: 0.25,
			rows: 3
		});
	});

	it('adds every display currency in every year, omits USD, and sorts by currency then year', () => {
		// EUR and GBP 2023 come only from the display list: no index rate, no rows behind them
		expect(rows).toEqual<FxRow[]>([
			{
				currency: 'EUR',
				year: 2023,
				usd_per_unit: 1.25,
				source: 'federal_reserve_h10',
				index_usd_per_unit: null,
				rows: 0
			},
			{
				currency: 'EUR',
				year: 2024,
				usd_per_unit: 1.1111111,
				source: 'federal_reserve_h10',
				index_usd_per_unit: null,
				rows: 0
			},
			{
				currency: 'GBP',
				year: 2023,
				usd_per_unit: 1.25,
				source: 'federal_reserve_h10',
				index_usd_per_unit: null,
				rows: 0
			},
			{
				currency: 'GBP',
				year: 2024,
				usd_per_unit: 1.3333333,
				source: 'federal_reserve_h10',
				index_usd_per_unit: 1.25,
				rows: 30
			},
			{
				currency: 'PLN',
				year: 2024,
				usd_per_unit: 0.25,
				source: 'salary_index',
				index_usd_per_unit: 0.25,
				rows: 3
			}
		]);
	});

	it('leaves out a display currency-year that neither source has a rate for', () => {
		// no euro months in 2022 and no euro rows in the index: rateFor falls back to another year
		const more = fxTable(fed, index, { currencies: ['EUR'], years: [2022] });
		expect(more.some((r) => r.currency === 'EUR' && r.year === 2022)).toBe(false);
	});
});
