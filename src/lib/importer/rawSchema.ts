/**
 * The raw source files the importer reads, described once: their columns, fixed words and limits.
 */
import { FIRST_YEAR, LAST_YEAR, LEVELS } from '../domain';
import { code, integer, number, oneOf, text, type RowOf } from '../data/columns';
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

export const rawAiShareSchema = {
	date: text({
		pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
		describe: 'a date as YYYY-MM-DD'
	}),
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
