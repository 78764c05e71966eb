import { describe, expect, it } from 'vitest';
import { gapRows } from '$lib/importer/gaps';
import { checkGapRow } from '$lib/data/schema';
import { salaryRow } from '../helpers';

// [p25, median, p75, ci_low, ci_high]
const ML_GB: [number, number, number, number, number] = [90, 100, 110, 90, 110];
const AI_GB: [number, number, number, number, number] = [70, 80, 95, 64, 100];

describe('gapRows', () => {
	const rows = [
		salaryRow(
			{ role: 'ml_engineer', region: 'gb', period: 2024, level: 'all', listings: 40 },
			ML_GB
		),
		// a withheld ML cell: no gap for the US
		salaryRow({ role: 'ml_engineer', region: 'us', period: 2024, level: 'all', listings: 5 }),
		salaryRow(
			{ role: 'ai_engineer', region: 'us', period: 2024, level: 'all', listings: 50 },
			ML_GB
		),
		// the same region and period on the other basis: a pair of its own
		salaryRow(
			{
				role: 'ml_engineer',
				region: 'gb',
				period: 2024,
				level: 'all',
				listings: 30,
				basis: 'local',
				currency: 'GBP'
			},
			[60, 80, 90, 70, 85]
		),
		salaryRow(
			{ role: 'ai_engineer', region: 'gb', period: 2024, level: 'all', listings: 20 },
			AI_GB
		),
		salaryRow(
			{
				role: 'ai_engineer',
				region: 'gb',
				period: 2024,
				level: 'all',
				listings: 12,
				basis: 'local',
				currency: 'GBP'
			},
			[80, 100, 110, 96, 104]
		),
		// an AI cell with no ML cell beside it
		salaryRow(
			{ role: 'ai_engineer', region: 'gb', period: 2023, level: 'all', listings: 20 },
			AI_GB
		)
	];
	const gaps = gapRows(rows);

	it('pairs shown cells that agree on definition, basis, region, period and level, in the ML cells’ order', () => {
		expect(gaps.map((g) => [g.basis, g.region, g.period, g.currency])).toEqual([
			['all', 'gb', 2024, 'USD'],
			['local', 'gb', 2024, 'GBP']
		]);
	});

	it('gives the gap and its log-scale 95% interval to one decimal, and the verdict', () => {
		// ML 100 (90–110), AI 80 (64–100): −20%; SE_ml = ln(110/90) / 3.919928 = 0.0511924,
		// SE_ai = ln(100/64) / 3.919928 = 0.1138508; half-width 1.959964 × 0.1248306 = 0.2446635
		// around ln 0.8 = −0.2231436: exp(−0.4678070) − 1 = −37.4%, exp(0.0215199) − 1 = +2.2%
		expect(gaps[0]).toEqual({
			definition: 'strict',
			basis: 'all',
			region: 'gb',
			period: 2024,
			level: 'all',
			currency: 'USD',
			ml_median: 100,
			ai_median: 80,
			gap_pct: -20,
			gap_low_pct: -37.4,
			gap_high_pct: 2.2,
			verdict: 'unclear'
		});
		// ML 80 (70–85), AI 100 (96–104): +25%; SE_ml = ln(85/70) / 3.919928 = 0.0495311,
		// SE_ai = ln(104/96) / 3.919928 = 0.0204194; half-width 1.959964 × 0.0535745 = 0.1050040
		// around ln 1.25 = 0.2231436: exp(0.1181395) − 1 = +12.5%, exp(0.3281476) − 1 = +38.8%
		expect(gaps[1]).toMatchObject({
			gap_pct: 25,
			gap_low_pct: 12.5,
			gap_high_pct: 38.8,
			verdict: 'ai_higher'
		});
	});

	it('writes rows that pass the snapshot’s own check', () => {
		for (const g of gaps) expect(checkGapRow(g)).toBeNull();
		expect(checkGapRow({ ...gaps[1]!, verdict: 'unclear' })?.column).toBe('verdict');
		expect(checkGapRow({ ...gaps[0]!, gap_pct: 3 })?.column).toBe('gap_pct');
	});
});
