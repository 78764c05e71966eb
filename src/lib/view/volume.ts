/**
 * A change in Indeed's Job Postings Index (2023 = 100) between the same months of two years, and
 * what may be said of it (methodology v3: a rise is called a rise only where the series supports
 * it). The index counts every posting on Indeed, so it has no sampling interval; what supports a
 * direction is its consistency: a change is a rise only where every month compared is above the
 * same month of the earlier year, and a fall only where every one is below. Otherwise the months
 * went both ways: no clear change, said with the overall change. Comparing the same months of each
 * year keeps a season out of it, and no single month (a spike, a revision) decides it.
 *
 * The market chart's title (the latest three months on a year earlier) and the demand claim's
 * check (the months the salary data covers, year on year) both read it.
 *
 * @example
 * const rows = [{ month: '2024-01', value: 80 }, { month: '2025-01', value: 120 }];
 * volumeChange(rows, ['01'], 2024, 2025) // { from: 80, to: 120, ratio: 1.5, verdict: 'rose', … }
 * volumeWords(volumeChange(rows, ['01'], 2024, 2025)!) // 'rose 50%'
 */
import { formatPct, formatSignedPct } from './format';

/** A month's value of one series: `YYYY-MM`, null where the series has none that month. */
export interface MonthValue {
	month: string;
	value: number | null;
}

export type VolumeVerdict = 'rose' | 'fell' | 'mixed';

export interface VolumeChange {
	/** The years compared, earlier first. */
	years: readonly [number, number];
	/** The months of each year compared, `MM`. */
	months: readonly string[];
	/** The series' mean over those months in each year. */
	from: number;
	to: number;
	/** `to / from`. */
	ratio: number;
	verdict: VolumeVerdict;
}

/**
 * The series' values in `months` (`MM`) of `year`, in order; null unless it has a positive value
 * in every one of them (no ratio can start from 0, and fewer months would not be the same months).
 */
function valuesIn(rows: readonly MonthValue[], months: readonly string[], year: number) {
	const values = months.map((m) => rows.find((r) => r.month === `${year}-${m}`)?.value);
	return months.length > 0 && values.every((v) => v != null && v > 0) ? (values as number[]) : null;
}

const mean = (values: readonly number[]) => values.reduce((n, v) => n + v, 0) / values.length;

/** The series' mean over `months` (`MM`) of `year`, as `volumeChange` compares it; null as `valuesIn`. */
export function meanOver(
	rows: readonly MonthValue[],
	months: readonly string[],
	year: number
): number | null {
	const values = valuesIn(rows, months, year);
	return values && mean(values);
}

/**
 * The change between `months` (`MM`) of year `from` and the same months of year `to`; null unless
 * the series has a positive value in every one of them in both years.
 */
export function volumeChange(
	rows: readonly MonthValue[],
	months: readonly string[],
	from: number,
	to: number
): VolumeChange | null {
	const [a, b] = [valuesIn(rows, months, from), valuesIn(rows, months, to)];
	if (!a || !b) return null;
	const verdict: VolumeVerdict = a.every((x, i) => (b[i] as number) > x)
		? 'rose'
		: a.every((x, i) => (b[i] as number) < x)
			? 'fell'
			: 'mixed';
	const [was, is] = [mean(a), mean(b)];
	return { years: [from, to], months, from: was, to: is, ratio: is / was, verdict };
}

/**
 * Decimals for a percentage change: one under 10%, judged on the value as one decimal prints it
 * (a fall from 100 to 90 is 9.99999…% in floating point, and reads "10%" as a rise to 110 does).
 */
const digits = (pct: number) => (Math.abs(Number(pct.toFixed(1))) < 10 ? 1 : 0);

/** A percentage change as a title says it: whole percents, one decimal under 10%. */
const size = (ratio: number) => {
	const pct = Math.abs(ratio - 1) * 100;
	return formatPct(pct, digits(pct));
};

/**
 * The change as a predicate of postings: "rose 73%", "rose 154% (2.5 times as many)" (from twice,
 * rounded down so 1.99 is not "2.0 times"), "fell 12%", or, where the months went both ways,
 * "showed no clear change (+3.1% overall; some months up, some down)".
 */
export function volumeWords(change: VolumeChange): string {
	const { ratio, verdict } = change;
	if (verdict === 'mixed') {
		const pct = (ratio - 1) * 100;
		return `showed no clear change (${formatSignedPct(pct, digits(pct))} overall; some months up, some down)`;
	}
	if (verdict === 'fell') return `fell ${size(ratio)}`;
	const times = ratio >= 2 ? ` (${(Math.floor(ratio * 10) / 10).toFixed(1)} times as many)` : '';
	return `rose ${size(ratio)}${times}`;
}
