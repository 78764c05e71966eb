import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain';
import { cellAt, isShown, payGap, rateOf, toPayCells, type PayCell } from '$lib/data/pay';
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

// cells of one region and year, by hand: only median and CI matter to the gap
const cell = (
	role: Role,
	listings: number,
	median: number | null,
	ciLow = median,
	ciHigh = median
) =>
	({
		role,
		definition: 'strict',
		region: 'global',
		year: 2023,
		level: 'all',
		listings,
		p25: null,
		median,
		p75: null,
		ciLow,
		ciHigh,
		confidence: median === null ? 'withheld' : 'ok'
	}) satisfies PayCell;
const shown = (role: Role, listings: number, median: number, ciLow: number, ciHigh: number) =>
	cell(role, listings, median, ciLow, ciHigh);
const withheld = (role: Role, listings: number) => cell(role, listings, null);
const ml2023 = shown('ml_engineer', 40, 200, 180, 220);
const ai2023 = shown('ai_engineer', 25, 150, 120, 170);

describe('isShown and cellAt', () => {
	it('shows a cell with a median and its CI, and nothing else', () => {
		expect(isShown(ml2023)).toBe(true);
		expect(isShown(withheld('ml_engineer', 9))).toBe(false);
		expect(isShown({ ...ml2023, ciLow: null })).toBe(false);
		expect(isShown(undefined)).toBe(false);
	});

	it('finds the cell of a role and year', () => {
		const cells = [ml2023, ai2023, { ...ai2023, year: 2024 }];
		expect(cellAt(cells, 'ai_engineer', 2024)).toBe(cells[2]);
		expect(cellAt(cells, 'ml_engineer', 2024)).toBeUndefined();
	});
});

describe('payGap', () => {
	it('gives the median gap and the conservative range from the two CIs', () => {
		const gap = payGap(ml2023, ai2023)!;
		// (150 / 200 − 1) × 100
		expect(gap.pct).toBeCloseTo(-25, 10);
		// AI low / ML high: 120 / 220 − 1 = −0.454545…
		expect(gap.low).toBeCloseTo(-45.4545, 4);
		// AI high / ML low: 170 / 180 − 1 = −0.055555…
		expect(gap.high).toBeCloseTo(-5.5556, 4);
	});

	it('is positive when AI engineers are paid more', () => {
		// 220 / 200 − 1 = +10%; 200 / 210 − 1 = −4.76%; 240 / 190 − 1 = +26.32%
		const gap = payGap(
			shown('ml_engineer', 1200, 200, 190, 210),
			shown('ai_engineer', 50, 220, 200, 240)
		)!;
		expect(gap.pct).toBeCloseTo(10, 10);
		expect(gap.low).toBeCloseTo(-4.7619, 4);
		expect(gap.high).toBeCloseTo(26.3158, 4);
	});

	it('is null when either side is withheld or missing', () => {
		expect(payGap(withheld('ml_engineer', 5), ai2023)).toBeNull();
		expect(payGap(ml2023, withheld('ai_engineer', 9))).toBeNull();
		expect(payGap(undefined, ai2023)).toBeNull();
		expect(payGap(ml2023, undefined)).toBeNull();
		// a median without a CI is not enough either
		expect(payGap(ml2023, { ...ai2023, ciHigh: null })).toBeNull();
		expect(payGap({ ...ml2023, ciLow: null }, ai2023)).toBeNull();
	});
});
