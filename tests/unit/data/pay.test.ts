import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain';
import {
	cellAt,
	gapBetween,
	gapIn,
	isShown,
	payGap,
	rateFor,
	rateOf,
	toPayCell,
	toPayCells,
	type PayCell
} from '$lib/data/pay';
import type { FxRow } from '$lib/data/schema';
import { payCell, salaryRow } from '../helpers';

const rate = (currency: string, year: number, usd_per_unit: number): FxRow => ({
	currency,
	year,
	usd_per_unit,
	source: 'federal_reserve_h10',
	index_usd_per_unit: null,
	rows: 10
});

const fx: FxRow[] = [
	rate('GBP', 2023, 1.25),
	rate('GBP', 2024, 1.28),
	rate('GBP', 2025, 1.3),
	rate('EUR', 2024, 1.1),
	rate('EUR', 2025, 1.12)
];

describe('rateOf', () => {
	it('is 1 for USD and the year’s rate otherwise, falling back to the nearest year', () => {
		expect(rateOf(fx, 'USD', 2024)).toEqual({ currency: 'USD', usdPerUnit: 1, year: 2024 });
		expect(rateOf(fx, 'GBP', 2024).usdPerUnit).toBe(1.28);
		expect(rateOf(fx, 'EUR', 2023)).toEqual({ currency: 'EUR', usdPerUnit: 1.1, year: 2024 });
	});

	it('refuses a currency with no rate rather than showing dollars as pounds', () => {
		expect(() => rateOf(fx, 'JPY', 2024)).toThrow('fx.csv has no rate for JPY');
	});
});

// pay figures [p25, median, p75, ci_low, ci_high]
const usdRow = (period: 2023 | 2024 | '2023-2025', median: number) =>
	salaryRow({ role: 'ml_engineer', region: 'gb', period, level: 'all', listings: 40 }, [
		median - 100,
		median,
		median + 100,
		median - 50,
		median + 50
	]);
const gbpRow = salaryRow(
	{
		role: 'ml_engineer',
		region: 'gb',
		period: 2024,
		level: 'all',
		listings: 34,
		distinct: 28,
		n_eff: 24.08,
		basis: 'local',
		currency: 'GBP'
	},
	[80000, 100000, 120000, 90000, 110000]
);

describe('toPayCells', () => {
	it('keeps a row’s figures as they are when the display currency is its own', () => {
		const [local] = toPayCells([gbpRow], fx, 'GBP');
		expect(local).toEqual<PayCell>({
			role: 'ml_engineer',
			definition: 'strict',
			basis: 'local',
			region: 'gb',
			period: 2024,
			level: 'all',
			currency: 'GBP',
			listings: 34,
			distinct: 28,
			nEff: 24.08,
			p25: 80000,
			median: 100000,
			p75: 120000,
			ciLow: 90000,
			ciHigh: 110000,
			confidence: 'low',
			countryMix: null
		});
		expect(toPayCell(usdRow(2024, 1234.5), fx, 'USD').median).toBe(1234.5);
	});

	it('converts a US-dollar row at the rate of its own year', () => {
		// 2023: 125 000 / 1.25 = 100 000; 2024: 128 000 / 1.28 = 100 000, CI low 127 950 / 1.28
		const [a, b] = toPayCells([usdRow(2023, 125000), usdRow(2024, 128000)], fx, 'GBP');
		expect(a).toMatchObject({ currency: 'GBP', period: 2023 });
		expect(a?.median).toBeCloseTo(100000, 6);
		expect(b?.median).toBeCloseTo(100000, 6);
		expect(b?.ciLow).toBeCloseTo(127950 / 1.28, 6);
	});

	it('converts a pooled row at the rate of its last year', () => {
		// 2023-2025 → 2025's 1.30 $/£: 130 000 / 1.3 = 100 000 (not 2023's 1.25 nor 2024's 1.28)
		const pooled = toPayCell(usdRow('2023-2025', 130000), fx, 'GBP');
		expect(pooled.period).toBe('2023-2025');
		expect(pooled.median).toBeCloseTo(100000, 6);
	});

	it('converts a row in another local currency through US dollars', () => {
		// £100 000 × 1.28 $/£ = $128 000; / 1.10 $/€ = €116 363.64
		const eur = toPayCell(gbpRow, fx, 'EUR');
		expect(eur.currency).toBe('EUR');
		expect(eur.median).toBeCloseTo((100000 * 1.28) / 1.1, 6);
		expect(eur.median).toBeCloseTo(116363.64, 2);
		// £90 000 × 1.28 = $115 200
		expect(toPayCell(gbpRow, fx, 'USD').ciLow).toBeCloseTo(115200, 6);
	});

	it('keeps a withheld cell empty, with its counts and country mix', () => {
		const row = salaryRow({
			role: 'ai_engineer',
			region: 'eu',
			period: '2023-2025',
			level: 'all',
			listings: 12,
			distinct: 6,
			n_eff: 8.5,
			country_mix: 'DE:8 FR:4'
		});
		expect(toPayCell(row, fx, 'EUR')).toMatchObject({
			median: null,
			ciLow: null,
			listings: 12,
			distinct: 6,
			nEff: 8.5,
			confidence: 'withheld',
			countryMix: 'DE:8 FR:4'
		});
	});
});

// only median and CI matter to the gap: medians with their CIs, by hand
const shown = (role: Role, listings: number, median: number, ciLow: number, ciHigh: number) =>
	payCell({ role, listings, median, ciLow, ciHigh });
const withheld = (role: Role, listings: number) => payCell({ role, listings, median: null });
const ml2024 = shown('ml_engineer', 40, 200, 180, 220);
const ai2024 = shown('ai_engineer', 25, 150, 120, 170);

describe('isShown and cellAt', () => {
	it('shows a cell with a median and its CI, and nothing else', () => {
		expect(isShown(ml2024)).toBe(true);
		expect(isShown(withheld('ml_engineer', 9))).toBe(false);
		expect(isShown({ ...ml2024, ciLow: null })).toBe(false);
		expect(isShown(undefined)).toBe(false);
	});

	it('finds the cell of a role and period, a year or the pooled window', () => {
		const pooled = { ...ai2024, period: '2023-2025' as const };
		const cells = [ml2024, ai2024, pooled];
		expect(cellAt(cells, 'ai_engineer', '2023-2025')).toBe(pooled);
		expect(cellAt(cells, 'ai_engineer', 2024)).toBe(ai2024);
		expect(cellAt(cells, 'ml_engineer', '2023-2025')).toBeUndefined();
		expect(cellAt(cells, 'ml_engineer', 2023)).toBeUndefined();
	});
});

describe('payGap', () => {
	it('gives the median gap and its 95% interval on the log scale, from the two CIs', () => {
		const gap = payGap(ml2024, ai2024)!;
		// (150 / 200 − 1) × 100
		expect(gap.pct).toBeCloseTo(-25, 10);
		// SE_ml = ln(220 / 180) / 3.919928 = 0.0511924; SE_ai = ln(170 / 120) / 3.919928 = 0.0888554;
		// √(SE_ml² + SE_ai²) = 0.1025473, × 1.959964 = 0.2009890; ln(150 / 200) = −0.2876821:
		// exp(−0.4886711) − 1 = −38.656%, exp(−0.0866931) − 1 = −8.304%
		expect(gap.low).toBeCloseTo(-38.6559, 4);
		expect(gap.high).toBeCloseTo(-8.3042, 4);
		expect(gap.verdict).toBe('ai_lower');
	});

	it('is narrower than the far ends of the two CIs (120 / 220 − 1 to 170 / 180 − 1)', () => {
		const gap = payGap(ml2024, ai2024)!;
		expect(gap.low).toBeGreaterThan((120 / 220 - 1) * 100);
		expect(gap.high).toBeLessThan((170 / 180 - 1) * 100);
	});

	it('is positive when AI engineers are paid more, and unclear when the interval spans 0', () => {
		// SE_ml = ln(210 / 190) / 3.919928 = 0.0255320; SE_ai = ln(240 / 200) / 3.919928 = 0.0465115;
		// half-width 1.959964 × 0.0530584 = 0.1039926 around ln 1.1 = 0.0953102:
		// exp(−0.0086824) − 1 = −0.864%, exp(0.1993028) − 1 = +22.055%
		const gap = payGap(
			shown('ml_engineer', 1200, 200, 190, 210),
			shown('ai_engineer', 50, 220, 200, 240)
		)!;
		expect(gap.pct).toBeCloseTo(10, 10);
		expect(gap.low).toBeCloseTo(-0.8645, 4);
		expect(gap.high).toBeCloseTo(22.0551, 4);
		expect(gap.verdict).toBe('unclear');
	});

	it('reads the verdict off the interval as shown, to one decimal', () => {
		// no uncertainty at all: the interval is the gap itself
		const ml = { median: 100, ciLow: 100, ciHigh: 100 };
		expect(gapBetween(ml, { median: 110, ciLow: 110, ciHigh: 110 }).verdict).toBe('ai_higher');
		expect(gapBetween(ml, { median: 90, ciLow: 90, ciHigh: 90 }).verdict).toBe('ai_lower');
		// +0.04% and −0.04% show as 0.0: the interval includes no gap
		expect(gapBetween(ml, { median: 100.04, ciLow: 100.04, ciHigh: 100.04 }).verdict).toBe('unclear');
		expect(gapBetween(ml, { median: 99.96, ciLow: 99.96, ciHigh: 99.96 }).verdict).toBe('unclear');
		// +0.06% shows as +0.1%: above 0
		expect(gapBetween(ml, { median: 100.06, ciLow: 100.06, ciHigh: 100.06 }).verdict).toBe('ai_higher');
	});

	it('does not depend on the currency both medians are shown in', () => {
		const a = gapBetween(
			{ median: 200, ciLow: 180, ciHigh: 220 },
			{ median: 150, ciLow: 120, ciHigh: 170 }
		);
		const b = gapBetween(
			{ median: 200 * 0.79, ciLow: 180 * 0.79, ciHigh: 220 * 0.79 },
			{ median: 150 * 0.79, ciLow: 120 * 0.79, ciHigh: 170 * 0.79 }
		);
		expect(b.low).toBeCloseTo(a.low, 10);
		expect(b.high).toBeCloseTo(a.high, 10);
		expect(b.verdict).toBe(a.verdict);
	});

	it('is null when either side is withheld or missing', () => {
		expect(payGap(withheld('ml_engineer', 5), ai2024)).toBeNull();
		expect(payGap(ml2024, withheld('ai_engineer', 9))).toBeNull();
		// many listings but few effective ones (repeats) is withheld too
		expect(payGap(ml2024, payCell({ role: 'ai_engineer', listings: 40, nEff: 8, median: 150 }))).toBeNull();
		expect(payGap(undefined, ai2024)).toBeNull();
		expect(payGap(ml2024, undefined)).toBeNull();
		// a median without a CI is not enough either
		expect(payGap(ml2024, { ...ai2024, ciHigh: null })).toBeNull();
		expect(payGap({ ...ml2024, ciLow: null }, ai2024)).toBeNull();
	});
});

describe('gapIn', () => {
	it('compares the two roles in the same period only', () => {
		const pooled = (c: PayCell) => ({ ...c, period: '2023-2025' as const });
		// 2024: AI 150 vs ML 200 → −25%; pooled: AI 220 vs ML 200 → +10%
		const cells = [
			ml2024,
			ai2024,
			pooled(shown('ml_engineer', 90, 200, 190, 210)),
			pooled(shown('ai_engineer', 60, 220, 200, 240))
		];
		const year = gapIn(cells, 2024);
		expect(year.ml).toBe(ml2024);
		expect(year.ai).toBe(ai2024);
		expect(year.gap?.pct).toBeCloseTo(-25, 10);
		expect(gapIn(cells, '2023-2025').gap?.pct).toBeCloseTo(10, 10);
	});

	it('has no gap in a period where one role has no cell', () => {
		// never one role's 2024 against the other's 2025
		const result = gapIn([ml2024, { ...ai2024, period: 2025 }], 2024);
		expect(result).toEqual({ ml: ml2024, ai: undefined, gap: null });
	});
});

describe('rateFor', () => {
	const aud = (year: number, usd_per_unit: number): FxRow => ({
		currency: 'AUD',
		year,
		usd_per_unit,
		source: 'federal_reserve_h10',
		index_usd_per_unit: null,
		rows: 0
	});
	const rows = [aud(2021, 0.75), aud(2023, 0.68), aud(2025, 0.65)];

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
