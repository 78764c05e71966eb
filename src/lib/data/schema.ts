/**
 * Every CSV file the project reads or writes, described once. Snapshot row types are inferred from
 * these schemas, and the importer writes its columns in exactly this order.
 */
import {
	BASES,
	CONFIDENCE,
	confidenceFor,
	DEFINITIONS,
	FIRST_YEAR,
	LAST_YEAR,
	LEVELS,
	POOLED,
	ROLES,
	VENTILE_COLUMNS,
	VERDICTS,
	type VentileColumn
} from '../domain';
import { code, integer, number, oneOf, optional, orWord, text, type RowOf } from './columns';
import { guarded } from './guard';
import { round } from './round';
import { CURRENCY_CODES } from './iso';
import type { RowCheck } from './validate';

const year = integer({ min: FIRST_YEAR, max: LAST_YEAR });
const regionId = text({ pattern: /^[a-z0-9]+$/, describe: 'a lower-case region id such as gb' });

// ---- hand-written inputs --------------------------------------------------------------------

export const rolesSchema = {
	job_title: text(),
	role: oneOf(ROLES),
	definition: oneOf(DEFINITIONS),
	/** Why a broad title counts as the role (empty for strict titles: they are the role). */
	why: optional(text())
};

export const regionsSchema = {
	region: regionId,
	name: text(),
	currency: code(CURRENCY_CODES, 'an ISO 4217 currency code such as GBP'),
	countries: text({
		pattern: /^(\*|[A-Z]{2}( [A-Z]{2})*)$/,
		describe: '* (every country) or ISO country codes separated by spaces'
	})
};

// ---- snapshots written by `npm run data:import` ---------------------------------------------

/** Above this a pay figure in any currency is a data error (the largest real one is below 1e8). */
export const MAX_PAY = 1e10;

const role = oneOf(ROLES);
const definition = oneOf(DEFINITIONS);
/** A year, or the pooled window. */
const period = orWord(year, [POOLED.id]);
const levelOrAll = orWord(oneOf(LEVELS), ['all']);
const pay = optional(number({ min: 0, max: MAX_PAY }));
const currency = code(CURRENCY_CODES, 'an ISO 4217 currency code');

/** What names a cell in salaries.csv and distribution.csv. */
const cellKey = {
	role,
	definition,
	basis: oneOf(BASES),
	region: regionId,
	period,
	level: levelOrAll
};

export const salariesSchema = {
	...cellKey,
	listings: integer({ min: 0 }),
	distinct: integer({ min: 0 }),
	n_eff: number({ min: 0 }),
	currency,
	p25: pay,
	median: pay,
	p75: pay,
	ci_low: pay,
	ci_high: pay,
	confidence: oneOf(CONFIDENCE),
	median_distinct: pay,
	median_index_usd: pay,
	country_mix: optional(
		text({
			pattern: /^[A-Z]{2}:\d+( [A-Z]{2}:\d+)*$/,
			describe: 'country:listings pairs separated by spaces, such as DE:8 FR:2'
		})
	)
};

/**
 * The gap between the two roles' medians for every pair of shown cells of salaries.csv with the
 * same definition, basis, region, period and level (methodology v3; see `gapBetween`): in %, with
 * its 95% interval, to one decimal, and what the interval says.
 */
export const gapsSchema = {
	definition,
	basis: oneOf(BASES),
	region: regionId,
	period,
	level: levelOrAll,
	currency,
	ml_median: number({ above: 0, max: MAX_PAY }),
	ai_median: number({ above: 0, max: MAX_PAY }),
	gap_pct: number({ min: -100 }),
	gap_low_pct: number({ min: -100 }),
	gap_high_pct: number({ min: -100 }),
	verdict: oneOf(VERDICTS)
};

/** A shown cell's pay at a percentile, in the cell's currency. */
const quantile = number({ min: 0, max: MAX_PAY });

/**
 * The pay distribution of every shown cell of salaries.csv (same keys; withheld cells have no
 * row): its R-7 quantiles at 5%, 10%, …, 95%, in the cell's currency.
 */
export const distributionSchema = {
	...cellKey,
	currency,
	p05: quantile,
	p10: quantile,
	p15: quantile,
	p20: quantile,
	p25: quantile,
	p30: quantile,
	p35: quantile,
	p40: quantile,
	p45: quantile,
	p50: quantile,
	p55: quantile,
	p60: quantile,
	p65: quantile,
	p70: quantile,
	p75: quantile,
	p80: quantile,
	p85: quantile,
	p90: quantile,
	p95: quantile,
};

export const listingsSchema = {
	role,
	definition,
	region: regionId,
	period,
	level: levelOrAll,
	listings: integer({ min: 0 }),
	panel_listings: integer({ min: 0 }),
	share_of_panel_pct: optional(number({ min: 0, max: 100 })),
	all_listings: integer({ min: 0 })
};

export const titlesSchema = {
	// from the raw data: written guarded against spreadsheet formulas (see csv.ts)
	job_title: guarded(text()),
	role: optional(role),
	definition: optional(definition),
	year: orWord(year, ['all']),
	listings: integer({ min: 0 }),
	panel: oneOf(['yes', 'no'])
};

const month = text({ pattern: /^\d{4}-(0[1-9]|1[0-2])$/, describe: 'a month as YYYY-MM' });

export const aiShareSchema = {
	region: regionId,
	month,
	ai_share_pct: number({ min: 0, max: 100 }),
	countries: text({ pattern: /^[A-Z]{2}( [A-Z]{2})*$/, describe: 'ISO country codes' }),
	days: integer({ min: 1, max: 31 }),
	series: oneOf(['region', 'country'])
};

/** Indeed's `jobcountry` code of a series: a country's ISO code, or EA for the euro area. */
const indeedSeriesCode = text({
	pattern: /^[A-Z]{2}$/,
	describe: 'an Indeed series code such as GB (EA: the euro area)'
});

/**
 * Indeed's Job Postings Index per region (methodology v3), complete months only: all postings as
 * 2023 = 100, and AI postings (the index × the AI share of the month) as 2023 = 100 of that
 * product, blank where the region has no AI share for the month.
 */
export const postingsSchema = {
	region: regionId,
	month,
	all_postings_2023_100: number({ min: 0 }),
	ai_postings_2023_100: optional(number({ min: 0 })),
	series: indeedSeriesCode
};

/** Indeed's Wage Tracker per region: December's year-on-year growth of advertised pay, in %. */
export const wageGrowthSchema = {
	region: regionId,
	// the tracker starts in 2019, before the salary index's first year
	year: integer({ min: 2000, max: LAST_YEAR }),
	all_jobs_pay_growth_pct: number({ min: -100 }),
	series: indeedSeriesCode
};

export const fxSchema = {
	currency,
	year,
	usd_per_unit: number({ above: 0 }),
	source: oneOf(['federal_reserve_h10', 'salary_index']),
	index_usd_per_unit: optional(number({ above: 0 })),
	rows: integer({ min: 0 })
};

export type RoleRow = RowOf<typeof rolesSchema>;
export type RegionRow = RowOf<typeof regionsSchema>;
export type SalaryRow = RowOf<typeof salariesSchema>;
export type GapRow = RowOf<typeof gapsSchema>;
export type DistributionRow = RowOf<typeof distributionSchema>;
export type ListingRow = RowOf<typeof listingsSchema>;
export type AiShareRow = RowOf<typeof aiShareSchema>;
export type TitleRow = RowOf<typeof titlesSchema>;
export type FxRow = RowOf<typeof fxSchema>;
export type PostingsRow = RowOf<typeof postingsSchema>;
/** A month of a region's postings index as a page carries it (the region and series said once). */
export type PostingsPoint = Pick<
	PostingsRow,
	'month' | 'all_postings_2023_100' | 'ai_postings_2023_100'
>;
export type WageGrowthRow = RowOf<typeof wageGrowthSchema>;

const PAY = [
	'p25',
	'median',
	'p75',
	'ci_low',
	'ci_high',
	'median_distinct',
	'median_index_usd'
] as const;

/** A salaries row must be internally consistent, or a chart would draw a lie. */
export const checkSalaryRow: RowCheck<SalaryRow> = (row) => {
	if (row.distinct > row.listings || (row.listings > 0 && row.distinct < 1))
		return {
			column: 'distinct',
			problem: `${row.distinct} is not between 1 and ${row.listings} listings`
		};
	// Kish's n² / Σmᵢ² is at most the number of groups k (Cauchy–Schwarz), and at least 1
	if (row.n_eff > row.distinct || (row.listings > 0 && row.n_eff < 1))
		return {
			column: 'n_eff',
			problem: `${row.n_eff} is not between 1 and ${row.distinct} distinct listings`
		};
	if (row.basis === 'all' && row.currency !== 'USD')
		return { column: 'currency', problem: `"${row.currency}", expected USD for the all basis` };
	const expected = confidenceFor(row.n_eff);
	if (row.confidence !== expected)
		return {
			column: 'confidence',
			problem: `"${row.confidence}" does not match n_eff ${row.n_eff}, expected ${expected}`
		};
	for (const column of PAY) {
		const value = row[column];
		if (expected === 'withheld' && value !== null)
			return { column, problem: `a withheld cell must be empty, expected no value` };
		if (expected !== 'withheld' && value === null && column !== 'median_index_usd')
			return { column, problem: `empty, expected a pay figure for n_eff ${row.n_eff}` };
	}
	if (expected === 'withheld') return null;
	const { p25, median, p75, ci_low, ci_high } = row as { [K in (typeof PAY)[number]]: number };
	if (!(p25 <= median && median <= p75))
		return { column: 'median', problem: `${median} is not between p25 and p75` };
	if (!(ci_low <= median && median <= ci_high))
		return { column: 'ci_low', problem: `the CI does not contain the median ${median}` };
	return null;
};



/** A gaps row's interval must contain its gap, and its verdict must be what the interval says. */
export const checkGapRow: RowCheck<GapRow> = (row) => {
	if (!(row.gap_low_pct <= row.gap_pct && row.gap_pct <= row.gap_high_pct))
		return {
			column: 'gap_pct',
			problem: `${row.gap_pct} is not between gap_low_pct ${row.gap_low_pct} and gap_high_pct ${row.gap_high_pct}`
		};
	const verdict =
		row.gap_high_pct < 0 ? 'ai_lower' : row.gap_low_pct > 0 ? 'ai_higher' : 'unclear';
	if (row.verdict !== verdict)
		return {
			column: 'verdict',
			problem: `"${row.verdict}" does not follow from the interval ${row.gap_low_pct} to ${row.gap_high_pct}, expected ${verdict}`
		};
	return null;
};

export const checkDistributionRow: RowCheck<DistributionRow> = (row) => {
	if (row.basis === 'all' && row.currency !== 'USD')
		return { column: 'currency', problem: `"${row.currency}", expected USD for the all basis` };
	for (let k = 1; k < VENTILE_COLUMNS.length; k++) {
		const column = VENTILE_COLUMNS[k] as VentileColumn;
		const before = VENTILE_COLUMNS[k - 1] as VentileColumn;
		if (row[column] < row[before])
			return { column, problem: `${row[column]} is below ${before} ${row[before]}, expected percentiles in order` };
	}
	return null;
};

export const checkListingRow: RowCheck<ListingRow> = (row) => {
	if (row.listings > row.panel_listings)
		return {
			column: 'listings',
			problem: `${row.listings} is more than panel_listings ${row.panel_listings}`
		};
	if (row.panel_listings > row.all_listings)
		return {
			column: 'panel_listings',
			problem: `${row.panel_listings} is more than all_listings ${row.all_listings}`
		};
	if ((row.panel_listings === 0) !== (row.share_of_panel_pct === null))
		return {
			column: 'share_of_panel_pct',
			problem: 'expected a share exactly when panel_listings is above 0'
		};
	const share = row.panel_listings === 0 ? null : round((100 * row.listings) / row.panel_listings, 4);
	if (row.share_of_panel_pct !== share)
		return {
			column: 'share_of_panel_pct',
			problem: `${row.share_of_panel_pct} is not 100 × listings / panel_listings, expected ${share}`
		};
	return null;
};
