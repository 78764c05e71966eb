import { describe, expect, it } from 'vitest';
import { FxAccumulator, rateFor } from '$lib/data/fx';

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

describe('rateFor', () => {
	const rows = [
		{ currency: 'AUD', year: 2021, usd_per_unit: 0.75, rows: 2 },
		{ currency: 'AUD', year: 2023, usd_per_unit: 0.68, rows: 3 },
		{ currency: 'AUD', year: 2025, usd_per_unit: 0.65, rows: 3 }
	];

	it("uses that year's rate when there is one", () => {
		expect(rateFor(rows, 'AUD', 2023)?.usd_per_unit).toBe(0.68);
	});

	it('falls back to the nearest year, the earlier one on a tie', () => {
		expect(rateFor(rows, 'AUD', 2024)?.year).toBe(2023);
		expect(rateFor(rows, 'AUD', 2030)?.year).toBe(2025);
		expect(rateFor(rows, 'AUD', 2022)?.year).toBe(2021);
	});

	it('returns null for a currency with no rows', () => {
		expect(rateFor(rows, 'JPY', 2024)).toBeNull();
	});
});
