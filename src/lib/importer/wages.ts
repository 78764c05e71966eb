/**
 * Indeed's Wage Tracker per region (methodology v3, "Pay in general"): a year's all-jobs growth in
 * advertised pay is December's `posted_wage_growth_yoy` (a fraction), × 100, to 1 decimal. Only
 * Decembers are kept; a region's series is `indeedSeries(region)` (EA for EU27), and a series no
 * region uses (Ireland, Italy, Japan today) is read, checked and left out.
 *
 * @example
 * // GB, Dec-23: 0.065217391 → 6.5217391% → 6.5
 */
import { indeedSeries } from '../domain';
import type { Region } from '../data/reference';
import { round } from '../data/round';
import type { WageGrowthRow } from '../data/schema';
import { DataError } from '../data/validate';
import { FirstLines } from './firstLines';
import type { RawWageRow } from './rawSchema';

export class WageGrowthAccumulator {
	/** series → year → December's growth (a fraction) */
	private readonly decembers = new Map<string, Map<number, number>>();
	/** `series month` */
	private readonly seen = new FirstLines('month', 'series and month');

	/**
	 * Takes line `line` of the raw file `file`. Throws a `DataError` naming it for a series and
	 * month already given, or a December without a value (`NA`).
	 */
	add(file: string, line: number, row: RawWageRow): void {
		this.seen.take(file, line, `${row.jobcountry} ${row.month}`);
		if (!row.month.startsWith('Dec')) return;
		const growth = row.posted_wage_growth_yoy;
		if (growth === 'NA')
			throw new DataError(
				file,
				line,
				'posted_wage_growth_yoy',
				'"NA" in a December, expected a number: December’s growth is the year’s figure'
			);
		let years = this.decembers.get(row.jobcountry);
		if (!years) this.decembers.set(row.jobcountry, (years = new Map()));
		years.set(Number(isoMonth(row.month).slice(0, 4)), growth);
	}

	/** The series read (their `jobcountry` codes), in code order. */
	codes(): string[] {
		return [...new Set([...this.seen.keys()].map((k) => k.split(' ')[0] as string))].sort();
	}

	/** wage-growth.csv: for each region with a series, in the regions' order, a row per December in year order. */
	rows(regions: readonly Region[]): WageGrowthRow[] {
		const rows: WageGrowthRow[] = [];
		for (const region of regions) {
			const code = indeedSeries(region);
			const years = code === null ? undefined : this.decembers.get(code);
			if (code === null || !years) continue;
			for (const year of [...years.keys()].sort((a, b) => a - b))
				rows.push({
					region: region.id,
					year,
					all_jobs_pay_growth_pct: round((years.get(year) as number) * 100, 1),
					series: code
				});
		}
		return rows;
	}
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The tracker's month (`Dec-24`, as the raw schema checks) as `YYYY-MM` (`2024-12`). */
export function isoMonth(month: string): string {
	const m = MONTHS.indexOf(month.slice(0, 3)) + 1;
	return `${2000 + Number(month.slice(4))}-${String(m).padStart(2, '0')}`;
}
