/**
 * The raw source files the importer reads, described once: their columns, fixed words and limits.
 */
import { FIRST_YEAR, LAST_YEAR, LEVELS } from '../domain';
import { code, integer, number, oneOf, orWord, text, type RowOf } from '../data/columns';
import { COUNTRY_CODES, CURRENCY_CODES } from '../data/iso';
import { FED_SERIES } from './fx';

/** Above this a yearly salary in USD is a data error (the real file tops out at $800k). */
export const MAX_SALARY_USD = 10_000_000;

/** The raw salary file's fixed words. */
export const EMPLOYMENT_TYPES = ['FT', 'PT', 'CT', 'FL'] as const;
export const REMOTE_RATIOS = ['0', '50', '100'] as const;
export const COMPANY_SIZES = ['S', 'M', 'L'] as const;

const year = integer({ min: FIRST_YEAR, max: LAST_YEAR });

export const rawSalarySchema = {
	work_year: year,
	experience_level: oneOf(LEVELS),
	employment_type: oneOf(EMPLOYMENT_TYPES),
	job_title: text(),
	salary: number({ above: 0, describe: 'a positive yearly amount in salary_currency' }),
	salary_currency: code(CURRENCY_CODES, 'an ISO 4217 currency code such as USD'),
	salary_in_usd: number({ above: 0, max: MAX_SALARY_USD }),
	employee_residence: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code such as GB'),
	remote_ratio: oneOf(REMOTE_RATIOS),
	company_location: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code such as GB'),
	company_size: oneOf(COMPANY_SIZES)
};
export type RawSalaryRow = RowOf<typeof rawSalarySchema>;

/** A day as YYYY-MM-DD (whether the month has that day is checked where the day is used). */
const date = text({
	pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
	describe: 'a date as YYYY-MM-DD'
});

export const rawAiShareSchema = {
	date,
	jobcountry: code(COUNTRY_CODES, 'an ISO 3166-1 alpha-2 country code'),
	AI_share_postings: number({ min: 0, max: 100, describe: 'a percentage from 0 to 100' })
};
export type RawAiShareRow = RowOf<typeof rawAiShareSchema>;

/** The Federal Reserve's monthly exchange rates (H.10 via FRED and datahub.io). */
export const rawFxSchema = {
	Date: text({
		pattern: /^\d{4}-(0[1-9]|1[0-2])-01$/,
		describe: 'the first of a month as YYYY-MM-01'
	}),
	Country: oneOf(Object.keys(FED_SERIES)),
	'Exchange rate': number({ above: 0, describe: 'units of the currency per US dollar' })
};
export type RawFxRow = RowOf<typeof rawFxSchema>;

/** Indeed's country codes, and EA for the euro area (its Job Postings Index and Wage Tracker). */
export const INDEED_SERIES_CODES: ReadonlySet<string> = new Set([...COUNTRY_CODES, 'EA']);
const indeedSeries = code(
	INDEED_SERIES_CODES,
	'an ISO 3166-1 alpha-2 country code, or EA (euro area)'
);

/** The two series of each Job Postings Index file; the index uses `total postings`. */
export const POSTINGS_VARIABLES = ['total postings', 'new postings'] as const;

/**
 * Indeed's Job Postings Index, one file per country (`{CC}/aggregate_job_postings_{CC}.csv`): a
 * daily, seasonally adjusted index (2020-02-01 = 100). `NA` is read as no value, which only a day
 * of `new postings` may have (see postings.ts); the NSA column is not used.
 */
export const rawPostingsSchema = {
	date,
	jobcountry: indeedSeries,
	indeed_job_postings_index_SA: orWord(
		number({ above: 0, describe: 'a positive index value (2020-02-01 = 100)' }),
		['NA']
	),
	variable: oneOf(POSTINGS_VARIABLES)
};
export type RawPostingsRow = RowOf<typeof rawPostingsSchema>;

/**
 * Indeed's Wage Tracker (`posted-wage-growth-by-country.csv`): monthly year-on-year growth of
 * advertised wages, as a fraction. `NA` is read as no value, which only a month that is not a
 * December may have (see wages.ts); the other columns are not used.
 */
export const rawWageSchema = {
	jobcountry: indeedSeries,
	month: text({
		pattern: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2}$/,
		describe: 'a month like Dec-24'
	}),
	posted_wage_growth_yoy: orWord(
		number({ min: -1, max: 1, describe: 'a year-on-year change as a fraction (0.0235 = 2.35%)' }),
		['NA']
	)
};
export type RawWageRow = RowOf<typeof rawWageSchema>;
