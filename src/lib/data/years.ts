/**
 * Which years are complete. The salary index ends in early August 2025, so 2025 is always labelled
 * partial and never chosen as "the latest year" for a headline.
 */
export const PARTIAL_YEARS: ReadonlySet<number> = new Set([2025]);

export function isPartial(year: number): boolean {
	return PARTIAL_YEARS.has(year);
}

/** The latest year in `years` that is not partial, or null when there is none. */
export function latestFullYear(years: Iterable<number>): number | null {
	let latest: number | null = null;
	for (const y of years) if (!isPartial(y) && (latest === null || y > latest)) latest = y;
	return latest;
}

/** The last month a partial year's data reaches, for labels ("2025, to August"). */
export const PARTIAL_YEAR_ENDS: Readonly<Record<number, string>> = { 2025: '2025-08' };

/** Trends start here: before 2022 almost every cell is withheld, and drawing them would be noise. */
export const TREND_FROM = 2022;
