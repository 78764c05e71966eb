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
 * The change between `months` (`MM`) of year `from` and the same months of year `to`; null unless
 * the series has a value in every one of them in both years (a comparison of fewer months would
 * not be of the same months).
 */
export function volumeChange(
	rows: readonly MonthValue[],
	months: readonly string[],
	from: number,
	to: number
): VolumeChange | null {
	const values = new Map(rows.map((r) => [r.month, r.value]));
	const pairs = months.map((m) => [values.get(`${from}-${m}`), values.get(`${to}-${m}`)] as const);
	if (pairs.length === 0 || pairs.some(([a, b]) => a == null || b == null || a <= 0 || b <= 0))
		return null;
	const mean = (i: 0 | 1) => pairs.reduce((n, p) => n + (p[i] as number), 0) / pairs.length;
	const [a, b] = [mean(0), mean(1)];
	const verdict: VolumeVerdict = pairs.every(([x, y]) => (y as number) > (x as number))
		? 'rose'
		: pairs.every(([x, y]) => (y as number) < (x as number))
			? 'fell'
			: 'mixed';
	return { years: [from, to], months, from: a, to: b, ratio: b / a, verdict };
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
