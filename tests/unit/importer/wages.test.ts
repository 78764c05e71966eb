/**
 * The wage tracker per region, on made-up months: each year's figure is December's year-on-year
 * growth (a fraction) × 100, to 1 decimal; the other months are read and checked, not kept.
 */
import { describe, expect, it } from 'vitest';
import type { Region } from '$lib/data/reference';
import type { RawWageRow } from '$lib/importer/rawSchema';
import { isoMonth, WageGrowthAccumulator } from '$lib/importer/wages';

const region = (id: string, countries: string[] | null): Region => ({
	id,
	name: id,
	currency: 'EUR',
	countries
});
const row = (jobcountry: string, month: string, growth: number | 'NA'): RawWageRow => ({
	jobcountry,
	month,
	posted_wage_growth_yoy: growth
});

function tracker(): WageGrowthAccumulator {
	const acc = new WageGrowthAccumulator();
	[
		row('GB', 'Nov-23', 0.05),
		row('GB', 'Dec-23', 0.0612),
		row('GB', 'Dec-24', 0.04871),
		row('GB', 'Jan-25', 'NA'),
		row('EA', 'Dec-23', 0.0347),
		row('ES', 'Dec-23', -0.0132),
		row('JP', 'Dec-23', 0.02)
	].forEach((r, i) => acc.add('wages.csv', i + 2, r));
	return acc;
}

describe('isoMonth', () => {
	it('reads the tracker’s months as YYYY-MM', () => {
		expect(['Jan-19', 'Sep-24', 'Dec-25'].map(isoMonth)).toEqual(['2019-01', '2024-09', '2025-12']);
	});
});

describe('WageGrowthAccumulator', () => {
	const regions = [
		region('global', null),
		region('gb', ['GB']),
		region('eu27', ['DE', 'FR']),
		region('es', ['ES']),
		region('au', ['AU'])
	];

	it('takes December of each year, × 100 to 1 decimal, per region in the regions’ order', () => {
		// GB: 0.0612 → 6.12 → 6.1 (November's 0.05 is not a year's figure); 0.04871 → 4.871 → 4.9.
		// EU27 takes the euro area's 0.0347 → 3.47 → 3.5; Spain −0.0132 → −1.32 → −1.3.
		// Global and Australia have no series; Japan's is read but no region uses it.
		expect(tracker().rows(regions)).toEqual([
			{ region: 'gb', year: 2023, all_jobs_pay_growth_pct: 6.1, series: 'GB' },
			{ region: 'gb', year: 2024, all_jobs_pay_growth_pct: 4.9, series: 'GB' },
			{ region: 'eu27', year: 2023, all_jobs_pay_growth_pct: 3.5, series: 'EA' },
			{ region: 'es', year: 2023, all_jobs_pay_growth_pct: -1.3, series: 'ES' }
		]);
	});

	it('lists every series read, those no region uses too', () => {
		expect(tracker().codes()).toEqual(['EA', 'ES', 'GB', 'JP']);
	});

	it('refuses a month given twice, naming both lines', () => {
		const acc = tracker();
		expect(() => acc.add('wages.csv', 9, row('GB', 'Nov-23', 0.051))).toThrow(
			'wages.csv:9: month: GB Nov-23 appears again (first on line 2), expected one value per series and month'
		);
	});

	it('refuses a December without a value; another month may have none', () => {
		const acc = new WageGrowthAccumulator();
		acc.add('wages.csv', 2, row('CA', 'Nov-24', 'NA'));
		expect(() => acc.add('wages.csv', 3, row('CA', 'Dec-24', 'NA'))).toThrow(
			'wages.csv:3: posted_wage_growth_yoy: "NA" in a December, expected a number: December’s growth is the year’s figure'
		);
	});
});
