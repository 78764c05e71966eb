/**
 * The dashboard's facts, each in one place: the two roles and their names, the two title
 * definitions, the experience levels, the listing thresholds behind withheld and low-confidence
 * cells, the years the salary index covers (and which of them is partial), and where trends start.
 * Every other module imports these; a change here is a change everywhere the site says it.
 *
 * @example
 * ROLES.map((r) => ROLE_LABEL[r]) // ['ML Engineer', 'AI Engineer']: the order every chart uses
 * confidenceFor(12) // 'low'
 * latestFullYear([2023, 2024, 2025]) // 2024 (2025 is partial)
 */

// ---- roles ----------------------------------------------------------------------------------

/** Both roles, in the order every chart draws them and every table lists them. */
export const ROLES = ['ml_engineer', 'ai_engineer'] as const;
export type Role = (typeof ROLES)[number];

/** As a label: "ML Engineer". */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
	ml_engineer: 'ML Engineer',
	ai_engineer: 'AI Engineer'
};
/** As the people in a sentence: "ML engineers out-earn …". */
export const ROLE_PLURAL: Readonly<Record<Role, string>> = {
	ml_engineer: 'ML engineers',
	ai_engineer: 'AI engineers'
};
/** Before a noun: "ML-engineer pay", "AI-engineer listings". */
export const ROLE_ADJECTIVE: Readonly<Record<Role, string>> = {
	ml_engineer: 'ML-engineer',
	ai_engineer: 'AI-engineer'
};
/** Where room is short (end labels on a phone, "n ML / AI"). */
export const ROLE_SHORT: Readonly<Record<Role, string>> = { ml_engineer: 'ML', ai_engineer: 'AI' };

// ---- title definitions ----------------------------------------------------------------------

export const DEFINITIONS = ['strict', 'broad'] as const;
export type Definition = (typeof DEFINITIONS)[number];

export const DEFINITION_LABEL: Readonly<Record<Definition, string>> = {
	strict: 'Strict titles',
	broad: 'Broad titles'
};

// ---- experience levels ----------------------------------------------------------------------

/** The salary index's `experience_level` codes, junior to senior. */
export const LEVELS = ['EN', 'MI', 'SE', 'EX'] as const;
export type Level = (typeof LEVELS)[number];
/** A level, or every level together. */
export type LevelChoice = Level | 'all';
export const LEVEL_CHOICES: readonly LevelChoice[] = ['all', ...LEVELS];

export const LEVEL_LABEL: Readonly<Record<LevelChoice, string>> = {
	all: 'All levels',
	EN: 'Entry',
	MI: 'Mid',
	SE: 'Senior',
	EX: 'Executive'
};

// ---- pay basis ------------------------------------------------------------------------------

/**
 * `all`: every listing in the region, converted to US dollars listing by listing at the market
 * rate of its year. `local`: only the listings advertised in the region's own currency, in their
 * original amounts (no conversion at all).
 */
export const BASES = ['all', 'local'] as const;
export type Basis = (typeof BASES)[number];

// ---- currencies ---------------------------------------------------------------------------

/** The currencies a region's page offers: USD, its own, GBP and EUR, without repeats, in that order. */
export function currencyChoices(localCurrency: string): string[] {
	return [...new Set(['USD', localCurrency, 'GBP', 'EUR'])];
}

// ---- how far a cell can be trusted ----------------------------------------------------------

export const CONFIDENCE = ['ok', 'low', 'withheld'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/**
 * The percentiles distribution.csv gives for every shown cell (5, 10, …, 95: the ventiles), and
 * so how finely a reader's own pay can be placed among the listings: to within 5 points.
 */
export const VENTILES = Array.from({ length: 19 }, (_, k) => 5 * (k + 1));

/** The percentile columns of distribution.csv, in order: one per `VENTILES` level. */
export const VENTILE_COLUMNS = [
	'p05',
	'p10',
	'p15',
	'p20',
	'p25',
	'p30',
	'p35',
	'p40',
	'p45',
	'p50',
	'p55',
	'p60',
	'p65',
	'p70',
	'p75',
	'p80',
	'p85',
	'p90',
	'p95'
] as const;
export type VentileColumn = (typeof VENTILE_COLUMNS)[number];

/**
 * Below this effective number of listings (n_eff, which counts repeated identical listings as less
 * than independent evidence) a cell's pay figures are withheld; below `LOW_CONFIDENCE_BELOW`,
 * flagged.
 */
export const MIN_LISTINGS = 10;
export const LOW_CONFIDENCE_BELOW = 30;
/** The low-confidence band in words: "10–29". */
export const LOW_CONFIDENCE_RANGE = `${MIN_LISTINGS}–${LOW_CONFIDENCE_BELOW - 1}`;

/** The confidence of a cell with `nEff` effective listings (as the snapshot rounds it). */
export function confidenceFor(nEff: number): Confidence {
	if (nEff < MIN_LISTINGS) return 'withheld';
	return nEff < LOW_CONFIDENCE_BELOW ? 'low' : 'ok';
}

/** What each confidence means, as a tooltip or a column's documentation says it. */
export const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
	ok: `${LOW_CONFIDENCE_BELOW} or more independent listings`,
	low: `low confidence: ${LOW_CONFIDENCE_RANGE} independent listings`,
	withheld: `too few listings to show pay (under ${MIN_LISTINGS} independent)`
};

// ---- the demand claim -------------------------------------------------------------------------

/**
 * What "consistent with a steep rise" asks of a claim that demand for a role is skyrocketing
 * (methodology v3: a strong word only where every measure supports it). Each leg is a ratio of the
 * later year to the earlier, over the same months:
 *
 * - the role's share of the stable panel at least doubled (and the two years' Wilson intervals do
 *   not overlap): a rise short of twice as much is a rise, not a skyrocket;
 * - Indeed's AI share of all postings grew by at least a quarter, where Indeed has one: a role whose
 *   market barely moved is not riding a wave of AI demand;
 * - Indeed's postings that mention AI rose in every month compared (the v3 rule for a change in
 *   volume, `volumeChange`) and by at least a quarter too, where Indeed counts them: a share can
 *   rise while the market it is a share of shrinks, and a rise of a few percent in the number of AI
 *   postings is no steep rise in demand, whatever the shares did. A quarter, as for the AI share,
 *   so the two Indeed legs ask the same of a share and of a number.
 */
export const STEEP_SHARE_RATIO = 2;
export const STEEP_MARKET_RATIO = 1.25;
export const STEEP_POSTINGS_RATIO = 1.25;

// ---- the gap between the roles ----------------------------------------------------------------

/** The standard normal quantile of 0.975: a 95% interval is ± this many standard errors. */
export const Z95 = 1.959964;

/**
 * What the gap's 95% interval says (methodology v3): the AI-engineer median is lower (the whole
 * interval below 0), higher (above 0), or the data cannot tell.
 */
export const VERDICTS = ['ai_lower', 'ai_higher', 'unclear'] as const;
export type Verdict = (typeof VERDICTS)[number];

// ---- years ----------------------------------------------------------------------------------

/** The salary index starts in 2020; a year outside this window is a typo, not a new year. */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2030;

/** Trends start here: before 2022 almost every cell is withheld, and drawing them would be noise. */
export const TREND_FROM = 2022;

/**
 * The pooled window: every listing of these years together, so thin regions get an answer (in the
 * `all` basis each listing converted at its own year's rate).
 */
export const POOLED = { id: '2023-2025', years: [2023, 2024, 2025] } as const;
export type PooledId = typeof POOLED.id;
/** A year, or the pooled window. */
export type Period = number | PooledId;

/** The years a period covers. */
export function yearsIn(period: Period): readonly number[] {
	return period === POOLED.id ? POOLED.years : [period];
}

/** The stable panel's years: a title in the index in every one of them is in the panel. */
export const PANEL_YEARS = [2022, 2023, 2024, 2025] as const;

/**
 * Years the salary index covers only in part: the last month its data reaches, and how that reads.
 * The index froze in early August 2025, so 2025 is always labelled partial and never chosen as
 * "the latest year" for a headline.
 */
const PARTIAL: ReadonlyMap<number, { until: string; ends: string }> = new Map([
	[2025, { until: '2025-08', ends: 'early August' }]
]);

export function isPartial(year: number): boolean {
	return PARTIAL.has(year);
}

/** The last month a partial year's data reaches (`2025-08`), or null for a full year. */
export function partialUntil(year: number): string | null {
	return PARTIAL.get(year)?.until ?? null;
}

/** When a partial year's data ends, in words ("early August"), or null for a full year. */
export function dataEndsIn(year: number): string | null {
	return PARTIAL.get(year)?.ends ?? null;
}

/** The years among `periods` (years, the pooled window, `all`), in numeric order, each once. */
export function yearsOf(periods: Iterable<number | string>): number[] {
	const years = new Set<number>();
	for (const p of periods) if (typeof p === 'number') years.add(p);
	return [...years].sort((a, b) => a - b);
}

/** The year whose exchange rate shows a period's figures in another currency: its last. */
export function rateYear(period: Period): number {
	return yearsIn(period).at(-1) as number;
}

/** The latest year in `years` that is not partial, or null when there is none. */
export function latestFullYear(years: Iterable<number>): number | null {
	let latest: number | null = null;
	for (const y of years) if (!isPartial(y) && (latest === null || y > latest)) latest = y;
	return latest;
}

// ---- Indeed's national series ---------------------------------------------------------------

/** The base year of the postings index: each series is shown as 2023 = 100. */
export const POSTINGS_BASE_YEAR = 2023;

/**
 * How many of the latest months of an Indeed series the market chart's title compares with the
 * same months a year earlier (methodology v3, see view/volume.ts): a quarter, so that no single
 * month (a spike, a revision) decides the direction, while the figure stays recent.
 */
export const MARKET_CHANGE_MONTHS = 3;

/**
 * Indeed's series that stand for a region of several countries. Indeed publishes its Job Postings
 * Index and Wage Tracker per country and for the euro area (EA), not for the EU: EU27 uses the
 * euro area's, which is what it is called wherever it is shown.
 */
export const INDEED_AREA_SERIES: Readonly<Record<string, { series: string; label: string }>> = {
	eu27: { series: 'EA', label: 'euro area' }
};

/**
 * The Indeed series (its `jobcountry` code) that stands for a region: a region of one country
 * uses that country's, a region in `INDEED_AREA_SERIES` the area's, any other (Global) none.
 * Whether Indeed publishes the series is for the data to say (India has no series).
 *
 * @example
 * indeedSeries({ id: 'gb', countries: ['GB'] }) // 'GB'
 * indeedSeries({ id: 'eu27', countries: ['AT', 'BE', …] }) // 'EA'
 * indeedSeries({ id: 'global', countries: null }) // null
 */
export function indeedSeries(region: {
	id: string;
	countries: readonly string[] | null;
}): string | null {
	const area = INDEED_AREA_SERIES[region.id];
	if (area) return area.series;
	return region.countries?.length === 1 ? (region.countries[0] as string) : null;
}
