/**
 * Every CSV file the project reads or writes, described once. Snapshot row types are inferred from
 * these schemas, and the importer writes its columns in exactly this order.
 */
import {
	CONFIDENCE,
	confidenceFor,
	DEFINITIONS,
	FIRST_YEAR,
	LAST_YEAR,
	LEVELS,
	ROLES
} from '../domain';
import { code, integer, number, oneOf, optional, orWord, text, type RowOf } from './columns';
import { COUNTRY_CODES, CURRENCY_CODES } from './iso';
import type { RowCheck } from './validate';

/** Above this a yearly salary in USD is a data error (the real file tops out at $800k). */
export const MAX_SALARY_USD = 10_000_000;

const year = integer({ min: FIRST_YEAR, max: LAST_YEAR });
const usd = optional(number({ min: 0, max: MAX_SALARY_USD }));
const regionId = text({ pattern: /^[a-z0-9]+$/, describe: 'a lower-case region id such as gb' });

// ---- hand-written inputs --------------------------------------------------------------------

export const rolesSchema = {
	job_title: text(),
	role: oneOf(ROLES),
	definition: oneOf(DEFINITIONS)
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

/** The columns that say which cell a row is, and how many listings it holds (salaries, listings). */
const cell = {
	role: oneOf(ROLES),
	definition: oneOf(DEFINITIONS),
	region: regionId,
	year: orWord(year, ['all']),
	level: orWord(oneOf(LEVELS), ['all']),
	listings: integer({ min: 0 })
};

export const salariesSchema = {
	...cell,
	p25_usd: usd,
	median_usd: usd,
	p75_usd: usd,
	ci_low_usd: usd,
	ci_high_usd: usd,
	confidence: oneOf(CONFIDENCE)
};

export const listingsSchema = {
	...cell,
	all_listings: integer({ min: 0 }),
	share_of_all_pct: optional(number({ min: 0, max: 100 }))
};

export const titlesSchema = {
	job_title: text(),
	role: oneOf(ROLES),
	definition: oneOf(DEFINITIONS),
	year: orWord(year, ['all']),
	listings: integer({ min: 0 })
};

export const aiShareSchema = {
	region: regionId,
	month: text({ pattern: /^\d{4}-(0[1-9]|1[0-2])$/, describe: 'a month as YYYY-MM' }),
	ai_share_pct: number({ min: 0, max: 100 }),
	countries: text({ pattern: /^[A-Z]{2}( [A-Z]{2})*$/, describe: 'ISO country codes' }),
	days: integer({ min: 1, max: 31 })
};

export const fxSchema = {
	currency: code(CURRENCY_CODES, 'an ISO 4217 currency code'),
	year,
	usd_per_unit: number({ above: 0 }),
	rows: integer({ min: 1 })
};

export type RoleRow = RowOf<typeof rolesSchema>;
export type RegionRow = RowOf<typeof regionsSchema>;
export type SalaryRow = RowOf<typeof salariesSchema>;
export type ListingRow = RowOf<typeof listingsSchema>;
export type AiShareRow = RowOf<typeof aiShareSchema>;
export type TitleRow = RowOf<typeof titlesSchema>;
export type FxRow = RowOf<typeof fxSchema>;

const PAY = ['p25_usd', 'median_usd', 'p75_usd', 'ci_low_usd', 'ci_high_usd'] as const;

/** A salaries row must be internally consistent, or a chart would draw a lie. */
export const checkSalaryRow: RowCheck<SalaryRow> = (row) => {
	const expected = confidenceFor(row.listings);
	if (row.confidence !== expected)
		return {
			column: 'confidence',
			problem: `"${row.confidence}" does not match ${row.listings} listings, expected ${expected}`
		};
	for (const column of PAY) {
		const value = row[column];
		if (expected === 'withheld' && value !== null)
			return { column, problem: `a withheld cell must be empty, expected no value` };
		if (expected !== 'withheld' && value === null)
			return { column, problem: `empty, expected a pay figure for ${row.listings} listings` };
	}
	if (expected === 'withheld') return null;
	const { p25_usd, median_usd, p75_usd, ci_low_usd, ci_high_usd } = row as {
		[K in (typeof PAY)[number]]: number;
	};
	if (!(p25_usd <= median_usd && median_usd <= p75_usd))
		return { column: 'median_usd', problem: `${median_usd} is not between p25 and p75` };
	if (!(ci_low_usd <= median_usd && median_usd <= ci_high_usd))
		return { column: 'ci_low_usd', problem: `the CI does not contain the median ${median_usd}` };
	return null;
};

export const checkListingRow: RowCheck<ListingRow> = (row) => {
	if (row.listings > row.all_listings)
		return {
			column: 'listings',
			problem: `${row.listings} is more than all_listings ${row.all_listings}`
		};
	if ((row.all_listings === 0) !== (row.share_of_all_pct === null))
		return {
			column: 'share_of_all_pct',
			problem: 'expected a share exactly when all_listings is above 0'
		};
	return null;
};

// ---- raw sources (read by the importer) ----------------------------------------------------

export const rawSalarySchema = {
	work_year: year,
	experience_level: oneOf(LEVELS),
	employment_type: oneOf(['FT', 'PT', 'CT', 'FL']),
	job_title: text(),
	salary: number({ above: 0, describe: 'a positive yearly amount in salary_currency' }),
	salary_currency: code(CURRENCY_CODES, 'an ISO 4217 currency code such as USD'),
	salary_in_usd: number({ above: 0, max: MAX_SALARY_USD }),
	employee_residence: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code such as GB'),
	remote_ratio: oneOf(['0', '50', '100']),
	company_location: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code such as GB'),
	company_size: oneOf(['S', 'M', 'L'])
};
export type RawSalaryRow = RowOf<typeof rawSalarySchema>;

export const rawAiShareSchema = {
	date: text({ pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, describe: 'a date as YYYY-MM-DD' }),
	jobcountry: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code'),
	AI_share_postings: number({ min: 0, max: 100, describe: 'a percentage from 0 to 100' })
};
export type RawAiShareRow = RowOf<typeof rawAiShareSchema>;
