/**
 * What every column of every snapshot means, for the /data page. A unit test checks that this
 * covers exactly the schema's columns, so the documentation cannot drift from the files.
 */
import {
	INDEED_AREA_SERIES,
	LOW_CONFIDENCE_BELOW,
	LOW_CONFIDENCE_RANGE,
	MIN_LISTINGS,
	PANEL_YEARS,
	POOLED,
	POSTINGS_BASE_YEAR,
	VENTILES,
	Z95
} from '../domain';
import type { Schema } from './columns';
import type { SnapshotFile } from './files';
import {
	aiShareSchema,
	distributionSchema,
	fxSchema,
	gapsSchema,
	listingsSchema,
	postingsSchema,
	regionsSchema,
	rolesSchema,
	salariesSchema,
	titlesSchema,
	wageGrowthSchema
} from './schema';

export type CsvFile = Exclude<SnapshotFile, 'sources.json'>;

export const SCHEMAS: Record<CsvFile, Schema> = {
	'salaries.csv': salariesSchema,
	'gaps.csv': gapsSchema,
	'distribution.csv': distributionSchema,
	'listings.csv': listingsSchema,
	'titles.csv': titlesSchema,
	'ai-share.csv': aiShareSchema,
	'postings.csv': postingsSchema,
	'wage-growth.csv': wageGrowthSchema,
	'fx.csv': fxSchema,
	'roles.csv': rolesSchema,
	'regions.csv': regionsSchema
};

const ROLE = 'ml_engineer or ai_engineer';
const DEFINITION = 'strict (exact titles) or broad (adds the titles whose core work is the role’s own); see roles.csv';
const REGION = 'region id from regions.csv';
const PERIOD = `the year the pay was advertised (work_year), or ${POOLED.id} for those years pooled`;
const YEAR = 'the year the pay was advertised (work_year), or all for every year together';
const LEVEL = 'experience level: EN entry, MI mid, SE senior, EX executive, or all';
const EU27 = INDEED_AREA_SERIES.eu27;
const SERIES = `Indeed’s series for the region: its country’s ISO code, or ${EU27?.series} (the ${EU27?.label}) for EU27`;
const BASE = POSTINGS_BASE_YEAR;
const PAY = (what: string) =>
	`${what} of the listings’ pay (midpoint of each advertised range), in currency; empty when withheld`;

export const COLUMN_DOCS: Record<CsvFile, Record<string, string>> = {
	'salaries.csv': {
		role: ROLE,
		definition: DEFINITION,
		basis:
			'all: every listing, converted to US dollars at the market rate of its year; local: only the listings advertised in the region’s currency, in their own amounts',
		region: REGION,
		period: PERIOD,
		level: LEVEL,
		listings: 'listings (n) in the cell, after collapsing range pairs; repeats included',
		distinct: 'distinct listings: repeats of one listing (identical in every field) count once',
		n_eff: 'effective number of listings, n² / Σ(size of each group of identical listings)², 2 decimals',
		currency: 'the currency of the pay columns: USD for the all basis, the region’s own for local',
		p25: PAY('25th percentile (R-7, linear interpolation)'),
		median: PAY('median'),
		p75: PAY('75th percentile'),
		ci_low: 'lower end of the distribution-free 95% confidence interval of the median, taken at the effective number of listings (see the methodology)',
		ci_high: 'upper end of that interval',
		confidence: `ok (n_eff ${LOW_CONFIDENCE_BELOW} or more), low (${LOW_CONFIDENCE_RANGE}) or withheld (under ${MIN_LISTINGS}: no pay figures)`,
		median_distinct: PAY('median of the distinct listings only (one of each repeat)'),
		median_index_usd:
			'median of the listings’ pay as the index itself converted it (salary_in_usd), US dollars: the first version’s figure; for the all basis only',
		country_mix: 'listings per country (ISO code:listings), for regions of several countries'
	},
	'gaps.csv': {
		definition: DEFINITION,
		basis: 'as in salaries.csv',
		region: REGION,
		period: PERIOD,
		level: LEVEL,
		currency: 'the currency of the two medians, as in salaries.csv',
		ml_median: 'the ML-engineer median, as in salaries.csv',
		ai_median: 'the AI-engineer median of the same definition, basis, region, period and level',
		gap_pct: '(ai_median / ml_median − 1) × 100, 1 decimal',
		gap_low_pct: `lower end of the gap’s 95% interval, %: exp(ln r − ${Z95} × √(SE_ai² + SE_ml²)) − 1, where r = ai_median / ml_median and each median’s SE = (ln ci_high − ln ci_low) / (2 × ${Z95}) from salaries.csv`,
		gap_high_pct: `upper end of that interval, %: exp(ln r + ${Z95} × √(SE_ai² + SE_ml²)) − 1`,
		verdict:
			'ai_lower when the whole interval is below 0, ai_higher when it is above 0, unclear when it includes 0 (as written, to 1 decimal)'
	},
	'distribution.csv': {
		role: ROLE,
		definition: DEFINITION,
		basis: 'as in salaries.csv',
		region: REGION,
		period: PERIOD,
		level: LEVEL,
		currency: 'the currency of the percentile columns, as in salaries.csv',
		...Object.fromEntries(
			VENTILES.map((p) => [
				`p${String(p).padStart(2, '0')}`,
				`${p}th percentile of the listings’ pay (R-7, linear interpolation), in currency`
			])
		)
	},
	'listings.csv': {
		role: ROLE,
		definition: DEFINITION,
		region: REGION,
		period: PERIOD,
		level: LEVEL,
		listings: 'listings of the role',
		panel_listings: `listings of the stable panel: titles in the index in every year ${PANEL_YEARS[0]}–${PANEL_YEARS.at(-1)}, plus the role’s own titles, same region, period and level`,
		share_of_panel_pct: 'listings / panel_listings × 100; empty when panel_listings is 0',
		all_listings: 'listings of any job title in the index for the same region, period and level'
	},
	'titles.csv': {
		job_title: 'an exact job_title of the salary index',
		role: 'the role it counts towards, where roles.csv maps it',
		definition: 'strict titles count under both definitions, broad titles under broad only',
		year: YEAR,
		listings: 'listings with this title, every region and level',
		panel: `yes when the title is in the index in every year ${PANEL_YEARS[0]}–${PANEL_YEARS.at(-1)} (the stable panel)`
	},
	'ai-share.csv': {
		region: REGION,
		month: 'calendar month, YYYY-MM',
		ai_share_pct:
			'share of all Indeed job postings that mention AI, %: mean of the daily values, then the unweighted mean of the countries',
		countries: 'the Indeed countries averaged for this line',
		days: 'daily values in the month (the fewest among the countries)',
		series:
			'region: the region’s own line (its country, or the mean of its countries); country: one of its countries’ lines'
	},
	'postings.csv': {
		region: REGION,
		month: 'calendar month, YYYY-MM; only months with a value on every day',
		all_postings_2023_100: `Indeed’s Job Postings Index (seasonally adjusted, total postings): the mean of the month’s daily values ÷ the mean of the 12 monthly means of ${BASE} × 100, 2 decimals`,
		ai_postings_2023_100: `the month’s mean index × its AI share of postings (the region’s line in ai-share.csv), ÷ the mean of that product over the 12 months of ${BASE} × 100, 2 decimals; empty where the region has no AI share for the month`,
		series: SERIES
	},
	'wage-growth.csv': {
		region: REGION,
		year: 'the year whose December is taken',
		all_jobs_pay_growth_pct:
			'growth in advertised pay across all jobs, December on the December before, %: Indeed’s posted_wage_growth_yoy × 100, 1 decimal',
		series: SERIES
	},
	'fx.csv': {
		currency: 'ISO 4217 currency code',
		year: 'the year of the rate',
		usd_per_unit:
			'US dollars per unit of the currency: 1 / the annual mean of the Federal Reserve’s monthly rates (H.10), or the index’s own rate where H.10 has none',
		source: 'federal_reserve_h10 or salary_index: where usd_per_unit comes from',
		index_usd_per_unit:
			'the salary index’s own rate: median of salary_in_usd / salary over its rows in that currency and year',
		rows: 'rows of the salary index in that currency and year'
	},
	'roles.csv': {
		job_title: 'an exact job_title of the salary index',
		role: ROLE,
		definition: 'strict or broad',
		why: 'why a broad title counts as the role'
	},
	'regions.csv': {
		region: 'region id, used in page addresses (/region/gb)',
		name: 'region name',
		currency: 'local currency (ISO 4217)',
		countries: 'ISO 3166-1 alpha-2 codes of company_location, or * for every country'
	}
};
