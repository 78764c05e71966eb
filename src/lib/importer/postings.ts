/**
 * Indeed's Job Postings Index per region (methodology v3, "Demand in volume"): per series and
 * calendar month, the mean of the daily seasonally adjusted index of `total postings`, for complete
 * months only (every day of the month has a value). **All postings** is that monthly mean over the
 * mean of the 12 monthly means of 2023, × 100. **AI postings** is the monthly mean × the region's AI
 * share of that month (the line ai-share.csv gives the region, complete months only) over the mean
 * of the same product in 2023, × 100, where the region has an AI share.
 *
 * A region's series is `indeedSeries(region)`: its country's, or the euro area's for EU27.
 *
 * @example
 * // GB: every day of 2023 at 100 in January–June and 140 in July–December (base 120), and
 * // January 2024 at 100 + d on day d (mean 116): 2023-01 → 83.33, 2023-07 → 116.67, 2024-01 → 96.67
 */
import { mean } from 'd3-array';
import { indeedSeries, POSTINGS_BASE_YEAR } from '../domain';
import type { Region } from '../data/reference';
import { round } from '../data/round';
import type { PostingsRow } from '../data/schema';
import { DataError } from '../data/validate';
import type { AiShareAccumulator } from './aishare';
import type { RawPostingsRow } from './rawSchema';

/** The days of a month `YYYY-MM` (February of a leap year has 29). */
export function daysInMonth(month: string): number {
	const year = Number(month.slice(0, 4));
	const m = Number(month.slice(5, 7));
	// day 0 of the next month is the last day of this one
	return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The 12 months of `year`, `YYYY-01` … `YYYY-12`. */
export function monthsOf(year: number): string[] {
	return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * Why `date` (`YYYY-MM-DD`, as the raw schema checks) is not a day of its month, or null when it
 * is one: the schema lets 2023-02-30 through.
 */
export function notADay(date: string): string | null {
	const days = daysInMonth(date.slice(0, 7));
	return Number(date.slice(8, 10)) > days
		? `"${date}" is not a day: ${date.slice(0, 7)} has ${days} days`
		: null;
}

/** One month of a series: the value of each day (in day order) and the line it came from (0: none). */
interface Month {
	values: Float64Array;
	lines: Int32Array;
	count: number;
}

interface Series {
	file: string;
	months: Map<string, Month>;
}

const SA = 'indeed_job_postings_index_SA';
const BASE_MONTHS = monthsOf(POSTINGS_BASE_YEAR);

export class PostingsAccumulator {
	private readonly series = new Map<string, Series>();

	/**
	 * Takes line `line` of the raw file `file`. Throws a `DataError` naming it for a day its month
	 * does not have, a day of `total postings` without a value (`NA`), a day already given, or a
	 * series already read from another file.
	 */
	add(file: string, line: number, row: RawPostingsRow): void {
		const bad = notADay(row.date);
		if (bad) throw new DataError(file, line, 'date', `${bad}, expected a date as YYYY-MM-DD`);
		if (row.variable !== 'total postings') return;
		const value = row.indeed_job_postings_index_SA;
		if (value === 'NA')
			throw new DataError(
				file,
				line,
				SA,
				'"NA" on a day of total postings, expected a positive index value for every day'
			);
		const code = row.jobcountry;
		let series = this.series.get(code);
		if (!series) this.series.set(code, (series = { file, months: new Map() }));
		else if (series.file !== file)
			throw new DataError(
				file,
				line,
				'jobcountry',
				`${code} was already read from ${series.file}, expected each series in one file`
			);
		const key = row.date.slice(0, 7);
		let month = series.months.get(key);
		if (!month) {
			const days = daysInMonth(key);
			month = { values: new Float64Array(days), lines: new Int32Array(days), count: 0 };
			series.months.set(key, month);
		}
		const day = Number(row.date.slice(8, 10)) - 1;
		const first = month.lines[day] as number;
		if (first > 0)
			throw new DataError(
				file,
				line,
				'date',
				`${code} ${row.date} appears again (first on line ${first}), expected one value per series and day`
			);
		month.values[day] = value;
		month.lines[day] = line;
		month.count++;
	}

	/** The series read (their `jobcountry` codes), in code order. */
	codes(): string[] {
		return [...this.series.keys()].sort();
	}

	/** A series' complete months and the mean of their daily values, in month order. */
	private monthlyMeans(series: Series): Map<string, number> {
		const means = new Map<string, number>();
		for (const key of [...series.months.keys()].sort()) {
			const month = series.months.get(key) as Month;
			if (month.count === month.values.length) means.set(key, mean(month.values) as number);
		}
		return means;
	}

	/**
	 * postings.csv: for each region with a series that was read, in the regions' order, a row per
	 * complete month in month order. `ai` gives each region's AI share and `aiFile` names it in
	 * errors. Throws a `DataError` when a region's series, or its AI share where it has one, lacks
	 * a complete month of 2023 (the base).
	 */
	rows(regions: readonly Region[], ai: AiShareAccumulator, aiFile: string): PostingsRow[] {
		const rows: PostingsRow[] = [];
		for (const region of regions) {
			const code = indeedSeries(region);
			const series = code === null ? undefined : this.series.get(code);
			if (code === null || !series) continue;
			const means = this.monthlyMeans(series);
			const missing = BASE_MONTHS.find((m) => !means.has(m));
			if (missing !== undefined)
				throw new DataError(
					series.file,
					null,
					SA,
					`${code} ${missing} has a value on ${series.months.get(missing)?.count ?? 0} of its ${daysInMonth(missing)} days, expected every day of ${POSTINGS_BASE_YEAR} (the ${POSTINGS_BASE_YEAR} = 100 base)`
				);
			const base = mean(BASE_MONTHS, (m) => means.get(m)) as number;

			// the AI share of each complete month, where the region has one
			const line = ai.regionLine(region);
			const share = new Map(
				line.filter((s) => s.days === daysInMonth(s.month)).map((s) => [s.month, s.share])
			);
			let aiBase: number | null = null;
			if (line.length > 0) {
				const gap = BASE_MONTHS.find((m) => !share.has(m));
				if (gap !== undefined)
					throw new DataError(
						aiFile,
						null,
						'AI_share_postings',
						`the AI share of ${region.id} has no complete ${gap} (${line.find((s) => s.month === gap)?.days ?? 0} of ${daysInMonth(gap)} days), expected every day of ${POSTINGS_BASE_YEAR} for the ${POSTINGS_BASE_YEAR} = 100 base of AI postings`
					);
				aiBase = mean(
					BASE_MONTHS,
					(m) => (means.get(m) as number) * (share.get(m) as number)
				) as number;
			}

			for (const [month, value] of means) {
				const s = share.get(month);
				rows.push({
					region: region.id,
					month,
					all_postings_2023_100: round((100 * value) / base, 2),
					ai_postings_2023_100:
						aiBase === null || s === undefined ? null : round((100 * (value * s)) / aiBase, 2),
					series: code
				});
			}
		}
		return rows;
	}
}
