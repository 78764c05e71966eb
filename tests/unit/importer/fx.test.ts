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
			{ currency: 'EUR', year: 2024, usd_per_unit: 1.1, rows: 1, listings: 0 },
			{ currency: 'EUR', year: 2025, usd_per_unit: 1.1, rows: 3, listings: 0 },
			{ currency: 'GBP', year: 2024, usd_per_unit: 1.25, rows: 2, listings: 0 },
			{ currency: 'USD', year: 2024, usd_per_unit: 1, rows: 1, listings: 0 }
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
			{ currency: 'EUR', year: 2025, usd_per_unit: 1.15, rows: 6, listings: 0 },
			{ currency: 'GBP', year: 2025, usd_per_unit: 1.25, rows: 2, listings: 0 }
		]);
	});

	it('counts the listings of each currency-year apart from its rows', () => {
		const fx = new FxAccumulator();
		// a range pair (two rows, one listing) and a single row in pounds; one euro listing
		fx.add('GBP', 2024, 80000, 100000);
		fx.add('GBP', 2024, 96000, 120000);
		fx.listing('GBP', 2024);
		fx.add('EUR', 2024, 50000, 55000);
		fx.listing('EUR', 2024);
		fx.add('GBP', 2024, 64000, 80000);
		fx.listing('GBP', 2024);
		expect(fx.rows().map((r) => [r.currency, r.rows, r.listings])).toEqual([
			['EUR', 1, 1],
			['GBP', 3, 2]
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
		const fed = new FedRates('monthly.csv');
		fed.add('2024-01-01', 'United Kingdom', 0.8, 2);
		fed.add('2024-02-01', 'United Kingdom', 0.7, 3);
		// mean 0.75 £ per $ → 1 / 0.75 = 1.33333333… → 1.3333333 $ per £ (the mean of the inverses,
		// (1.25 + 1.4285714) / 2 = 1.3392857, would be wrong)
		expect(fed.rate('GBP', 2024)).toBe(1.3333333);
		expect(fed.monthsIn('GBP', 2024)).toBe(2);
		fed.add('2024-01-01', 'Japan', 150, 4);
		fed.add('2024-02-01', 'Japan', 152, 5);
		// mean 151 ¥ per $ → 1 / 151 = 0.0066225165562… → 0.0066225166
		expect(fed.rate('JPY', 2024)).toBe(0.0066225166);
	});

	it('keeps each year apart', () => {
		const fed = new FedRates('monthly.csv');
		fed.add('2023-12-01', 'Euro', 0.8, 6);
		fed.add('2024-01-01', 'Euro', 0.9, 7);
		// 1 / 0.8 and 1 / 0.9 = 1.11111111… → 1.1111111
		expect(fed.rate('EUR', 2023)).toBe(1.25);
		expect(fed.rate('EUR', 2024)).toBe(1.1111111);
	});

	it('ignores the series of currencies the euro replaced', () => {
		expect(FED_SERIES['Germany']).toBeNull();
		const fed = new FedRates('monthly.csv');
		fed.add('2024-01-01', 'Euro', 0.9, 8);
		// a Deutsche Mark series must not be averaged into the euro (or anything else)
		fed.add('2024-01-01', 'Germany', 1.95583, 9);
		expect(fed.rate('EUR', 2024)).toBe(1.1111111);
		expect(fed.monthsIn('EUR', 2024)).toBe(1);
		expect(fed.rate('DEM', 2024)).toBeNull();
	});

	it('is 1 for US dollars and null for a currency or a year it has no month of', () => {
		const fed = new FedRates('monthly.csv');
		fed.add('2024-01-01', 'United Kingdom', 0.8, 10);
		expect(fed.rate('USD', 2019)).toBe(1);
		// H.10 has no zloty series
		expect(fed.rate('PLN', 2024)).toBeNull();
		expect(fed.rate('GBP', 2023)).toBeNull();
		expect(fed.monthsIn('GBP', 2023)).toBe(0);
	});
});

describe('FedRates.check: every rate the import uses is complete and plausible', () => {
	/** H.10 pounds: one row a month of `year` through month `through`, each `units` £ per $. */
	function pounds(year: number, through: number, units = 0.8, skip: number[] = []) {
		const fed = new FedRates('monthly.csv');
		for (let m = 1; m <= through; m++)
			if (!skip.includes(m))
				fed.add(`${year}-${String(m).padStart(2, '0')}-01`, 'United Kingdom', units, m + 1);
		return fed;
	}
	/** the index's own pound: $1.25, from `listings` listings */
	const index = (listings: number, usd = 1.25): IndexRate[] => [
		{ currency: 'GBP', year: 2024, usd_per_unit: usd, rows: 2 * listings, listings }
	];
	const check =
		(fed: FedRates, idx: IndexRate[] = index(20), through = 12) =>
		() =>
			fed.check([{ currency: 'GBP', year: 2024 }], idx, () => through);

	it('passes twelve months at the index’s own rate', () => {
		expect(check(pounds(2024, 12))).not.toThrow();
	});

	it('refuses a month given twice, naming both lines, whether the values agree or not', () => {
		const fed = pounds(2024, 12);
		expect(() => fed.add('2024-03-01', 'United Kingdom', 0.8, 40)).toThrow(
			'monthly.csv:40: Date: United Kingdom 2024-03 appears again (first on line 4), expected one rate per currency and month'
		);
		expect(() => fed.add('2024-03-01', 'United Kingdom', 0.7, 41)).toThrow('first on line 4');
	});

	it('needs every month through the last one the salary data reaches, and no more', () => {
		expect(check(pounds(2024, 12, 0.8, [4]))).toThrow(
			'monthly.csv: GBP 2024-04: no rate in the "United Kingdom" series, expected every month of 2024 through 2024-12'
		);
		// a partial year (data to August): September on may be missing, April may not
		expect(check(pounds(2024, 8), index(20), 8)).not.toThrow();
		expect(check(pounds(2024, 7), index(20), 8)).toThrow('GBP 2024-08: no rate');
		expect(check(pounds(2024, 8, 0.8, [4]), index(20), 8)).toThrow('GBP 2024-04: no rate');
	});

	it('refuses a currency the file lacks altogether (a file cut short), but not one H.10 never had', () => {
		const fed = new FedRates('monthly.csv');
		expect(() => fed.check([{ currency: 'GBP', year: 2024 }], [], () => 12)).toThrow(
			'monthly.csv: GBP 2024-01: no rate'
		);
		expect(() => fed.check([{ currency: 'PLN', year: 2024 }], [], () => 12)).not.toThrow();
	});

	it('takes a market rate within 20% of the index’s own, and refuses one beyond, giving both', () => {
		// 1 / 0.8 = $1.25: the index's 1.25 × 1.2 = 1.5 is just within (0.8 × 1.2 = 0.96 → 20% off)
		expect(check(pounds(2024, 12), index(20, 1.5))).not.toThrow();
		expect(check(pounds(2024, 12), index(20, 1.0417))).not.toThrow();
		// 1.25 / 1.55 − 1 = −19.4%: within; 1.25 / 1.57 − 1 = −20.4%: beyond
		expect(check(pounds(2024, 12), index(20, 1.55))).not.toThrow();
		expect(check(pounds(2024, 12), index(20, 1.57))).toThrow(
			"monthly.csv:2: Exchange rate: GBP 2024-01 is 0.8 GBP per USD, so 2024's market rate is 1.25 USD per GBP, 20% below the salary index's own 1.57 (20 listings), expected within 20%"
		);
	});

	it('compares with the index only where it has at least 20 listings of the currency-year', () => {
		expect(check(pounds(2024, 12), index(19, 2))).not.toThrow();
		expect(check(pounds(2024, 12), index(20, 2))).toThrow("salary index's own 2 (20 listings)");
	});

	it('names the line of the month furthest off: a typo among good months', () => {
		const fed = pounds(2024, 12, 0.8, [3]);
		fed.add('2024-03-01', 'United Kingdom', 7744, 99); // 0.7744 typed without its point
		// the mean of 11 × 0.8 and 7744 is 646.07 £ per $: 1 / 646.07 = 0.0015478 $ per £
		expect(check(fed)).toThrow(
			/^monthly\.csv:99: Exchange rate: GBP 2024-03 is 7744 GBP per USD, so 2024's market rate is 0\.001548 USD per GBP, 100% below/
		);
	});

	it('catches a rate given the wrong way round (dollars per pound) and a unit error', () => {
		expect(check(pounds(2024, 12, 1.25))).toThrow('36% below');
		expect(check(pounds(2024, 12, 1e300))).toThrow('1e+300 GBP per USD');
	});
});

describe('fxTable', () => {
	const fed = new FedRates('monthly.csv');
	for (const [month, series, units] of [
		['2023-06-01', 'United Kingdom', 0.8], // 1 / 0.8 = 1.25
		['2024-01-01', 'United Kingdom', 0.8],
		['2024-02-01', 'United Kingdom', 0.7], // mean 0.75 → 1.3333333
		['2023-06-01', 'Euro', 0.8], // 1.25
		['2024-06-01', 'Euro', 0.9] // 1.1111111
	] as const)
		fed.add(month, series, units, 2);
	// the index's own rates, in no particular order: zloty (H.10 has none), pounds, dollars
	const index: IndexRate[] = [
		{ currency: 'PLN', year: 2024, usd_per_unit: 0.25, rows: 3, listings: 2 },
		{ currency: 'GBP', year: 2024, usd_per_unit: 1.25, rows: 30, listings: 15 },
		{ currency: 'USD', year: 2024, usd_per_unit: 1, rows: 100, listings: 60 }
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
