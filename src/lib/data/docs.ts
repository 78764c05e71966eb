/**
 * What every column of every snapshot means, for the /data page. A unit test checks that this
 * covers exactly the schema's columns, so the documentation cannot drift from the files.
 */
import { LOW_CONFIDENCE_BELOW, LOW_CONFIDENCE_RANGE, MIN_LISTINGS } from '../domain';
import type { Schema } from './columns';
import type { SnapshotFile } from './files';
import {
	aiShareSchema,
	fxSchema,
	listingsSchema,
	regionsSchema,
	rolesSchema,
	salariesSchema,
	titlesSchema
} from './schema';

export type CsvFile = Exclude<SnapshotFile, 'sources.json'>;

export const SCHEMAS: Record<CsvFile, Schema> = {
	'salaries.csv': salariesSchema,
	'listings.csv': listingsSchema,
	'titles.csv': titlesSchema,
	'ai-share.csv': aiShareSchema,
	'fx.csv': fxSchema,
	'roles.csv': rolesSchema,
	'regions.csv': regionsSchema
};

const ROLE = 'ml_engineer or ai_engineer';
const DEFINITION = 'strict (exact titles) or broad (adds near variants); see roles.csv';
const REGION = 'region id from regions.csv';
const YEAR = 'the year the pay was advertised (work_year), or all for every year pooled';
const LEVEL = 'experience level: EN entry, MI mid, SE senior, EX executive, or all';
const USD = (what: string) =>
	`${what} of the listings’ pay (midpoint of each advertised range), US dollars; empty when withheld`;

export const COLUMN_DOCS: Record<CsvFile, Record<string, string>> = {
	'salaries.csv': {
		role: ROLE,
		definition: DEFINITION,
		region: REGION,
		year: YEAR,
		level: LEVEL,
		listings: 'number of listings (n) in the cell, after collapsing range pairs',
		p25_usd: USD('25th percentile (R-7, linear interpolation)'),
		median_usd: USD('median'),
		p75_usd: USD('75th percentile'),
		ci_low_usd: 'lower end of the distribution-free 95% confidence interval of the median (an order statistic), US dollars',
		ci_high_usd: 'upper end of that interval, US dollars',
		confidence: `ok (${LOW_CONFIDENCE_BELOW} or more listings), low (${LOW_CONFIDENCE_RANGE}) or withheld (under ${MIN_LISTINGS}: no pay figures)`
	},
	'listings.csv': {
		role: ROLE,
		definition: DEFINITION,
		region: REGION,
		year: YEAR,
		level: LEVEL,
		listings: 'listings of the role',
		all_listings: 'listings of any job title in the index for the same region, year and level',
		share_of_all_pct: 'listings / all_listings × 100; empty when all_listings is 0'
	},
	'titles.csv': {
		job_title: 'the exact job_title in the salary index',
		role: 'the role it counts towards',
		definition: 'strict titles count under both definitions, broad titles under broad only',
		year: YEAR,
		listings: 'listings with this title, every region and level'
	},
	'ai-share.csv': {
		region: REGION,
		month: 'calendar month, YYYY-MM',
		ai_share_pct:
			'share of all Indeed job postings that mention AI, %: mean of the daily values, then the unweighted mean of the countries',
		countries: 'the Indeed countries averaged for this region',
		days: 'daily values in the month (the fewest among the countries)'
	},
	'fx.csv': {
		currency: 'ISO 4217 currency code',
		year: 'the year of the rate',
		usd_per_unit: 'US dollars per unit of the currency: median of salary_in_usd / salary over its rows that year',
		rows: 'rows of the salary index in that currency and year'
	},
	'roles.csv': {
		job_title: 'an exact job_title of the salary index',
		role: ROLE,
		definition: 'strict or broad'
	},
	'regions.csv': {
		region: 'region id, used in page addresses (/region/gb)',
		name: 'region name',
		currency: 'local currency (ISO 4217)',
		countries: 'ISO 3166-1 alpha-2 codes of company_location, or * for every country'
	}
};
