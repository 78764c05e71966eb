/** Fixtures for unit tests: rows and cells with sensible defaults; a test overrides what it is about. */
import { confidenceFor, VENTILE_COLUMNS, type Role } from '$lib/domain';
import type { PayCell } from '$lib/data/pay';
import type { Snapshots } from '$lib/data/regionPage';
import {
	type AiShareRow,
	type DistributionRow,
	type ListingRow,
	type SalaryRow
} from '$lib/data/schema';
import type { SnapshotSource } from '$lib/data/sources';
import type { RawSalaryRow } from '$lib/importer/rawSchema';

/** Every date from `from` to `to`, both included, as YYYY-MM-DD: the days of a daily series. */
export function dates(from: string, to: string): string[] {
	const out: string[] = [];
	for (let t = Date.parse(`${from}T00:00Z`); t <= Date.parse(`${to}T00:00Z`); t += 86_400_000)
		out.push(new Date(t).toISOString().slice(0, 10));
	return out;
}

/** A raw salary row with sensible defaults; tests override only what they are about. */
export function rawRow(overrides: Partial<RawSalaryRow> = {}): RawSalaryRow {
	return {
		work_year: 2024,
		experience_level: 'SE',
		employment_type: 'FT',
		job_title: 'Machine Learning Engineer',
		salary: 100000,
		salary_currency: 'USD',
		salary_in_usd: 100000,
		employee_residence: 'US',
		remote_ratio: '0',
		company_location: 'US',
		company_size: 'M',
		...overrides
	};
}

/**
 * A pay cell for tests (strict, all levels, the all basis, 2024, no repeats): median m with p25/p75
 * at ±20% and a CI at ±10%, or withheld (all null) when n_eff is under 10 or m is null.
 */
export function payCell(
	over: Partial<PayCell> & { role: Role; listings: number; median: number | null }
): PayCell {
	const nEff = over.nEff ?? over.listings;
	const m = nEff >= 10 ? over.median : null;
	return {
		definition: 'strict',
		basis: 'all',
		region: 'gb',
		period: 2024,
		level: 'all',
		currency: 'USD',
		countryMix: null,
		distinct: over.listings,
		nEff,
		confidence: confidenceFor(nEff),
		...over,
		median: m,
		p25: over.p25 !== undefined ? over.p25 : m === null ? null : m * 0.8,
		p75: over.p75 !== undefined ? over.p75 : m === null ? null : m * 1.2,
		ciLow: over.ciLow !== undefined ? over.ciLow : m === null ? null : m * 0.9,
		ciHigh: over.ciHigh !== undefined ? over.ciHigh : m === null ? null : m * 1.1
	};
}

type Pay = [p25: number, median: number, p75: number, ciLow: number, ciHigh: number];

/**
 * A salaries.csv row: strict titles and the all basis (US dollars) unless said otherwise; no
 * repeats unless `distinct` and `n_eff` say so; no pay when withheld.
 */
export function salaryRow(
	cell: Pick<SalaryRow, 'role' | 'region' | 'period' | 'level' | 'listings'> &
		Partial<
			Pick<SalaryRow, 'definition' | 'basis' | 'currency' | 'distinct' | 'n_eff' | 'country_mix'>
		>,
	pay: Pay | null = null
): SalaryRow {
	const [p25, median, p75, low, high] = pay ?? [null, null, null, null, null];
	const n_eff = cell.n_eff ?? cell.listings;
	return {
		definition: 'strict',
		basis: 'all',
		currency: 'USD',
		distinct: cell.listings,
		country_mix: null,
		...cell,
		n_eff,
		p25,
		median,
		p75,
		ci_low: low,
		ci_high: high,
		confidence: confidenceFor(n_eff),
		median_distinct: median,
		median_index_usd: median
	};
}

/** A listings.csv row (strict titles, all levels): its listings, the stable panel's and all. */
export function listingRow(
	role: Role,
	region: string,
	period: SalaryRow['period'],
	listings: number,
	panel: number,
	all = panel
): ListingRow {
	return {
		role,
		definition: 'strict',
		region,
		period,
		level: 'all',
		listings,
		panel_listings: panel,
		share_of_panel_pct: panel ? (100 * listings) / panel : null,
		all_listings: all
	};
}

/** A sources.json entry, the fields a page reads filled in. */
export function sourceEntry(file: string, over: Partial<SnapshotSource> = {}): SnapshotSource {
	return {
		file,
		description: `what ${file} holds`,
		rows: 1,
		name: 'Salary index',
		publisher: 'Publisher',
		url: 'https://example.org/salaries',
		origin: 'example.org',
		copied_from: null,
		raw_blob: null,
		snapshot_date: '2025-08-09',
		licence: 'CC0 1.0',
		licence_url: 'https://creativecommons.org/publicdomain/zero/1.0/',
		attribution: 'Salary data: the index, CC0 1.0.',
		command: 'npm run data:import',
		...over
	};
}

/** Indeed's AI share of a region by month, the same value every month of each of `years`. */
function aiMonths(region: string, countries: string, byYear: Record<number, number>): AiShareRow[] {
	return Object.entries(byYear).flatMap(([year, share]) =>
		[1, 2, 3, 4, 5, 6, 7, 8].map((m) => ({
			region,
			month: `${year}-0${m}`,
			ai_share_pct: share,
			countries,
			days: 30,
			series: 'region' as const
		}))
	);
}

/**
 * A shown cell's distribution.csv row, made to compute by hand: p25, p50 and p75 are the cell's
 * own, and the percentiles step evenly from them, a fifth of (median − p25) per 5 points below
 * the median and a fifth of (p75 − median) above (so p05 = p25 − 4/5·(median − p25)).
 */
export function distributionRow(cell: SalaryRow): DistributionRow {
	const { p25, median, p75 } = cell as { p25: number; median: number; p75: number };
	const at = (p: number) =>
		p <= 50 ? median - ((50 - p) / 25) * (median - p25) : median + ((p - 50) / 25) * (p75 - median);
	const { role, definition, basis, region, period, level, currency } = cell;
	return {
		role,
		definition,
		basis,
		region,
		period,
		level,
		currency,
		...(Object.fromEntries(VENTILE_COLUMNS.map((c) => [c, at(Number(c.slice(1)))])) as Pick<
			DistributionRow,
			(typeof VENTILE_COLUMNS)[number]
		>)
	};
}

/**
 * Snapshots small enough to compute every figure by hand: Global, the United Kingdom (GBP) and
 * Spain (EUR, too few listings), 2023 to 2025 (Jan–Aug), each year and pooled.
 *
 * The UK in pounds as advertised, pooled over 2023–2025: ML £93.5k (49 listings, 43 distinct,
 * n_eff 38.11, CI £75k–£115k) and AI £73.5k (18 listings, n_eff 16.2, CI £55k–£116k); in 2024 the
 * AI cell is withheld (3 listings), so the UK opens pooled. In US dollars (every listing) 2024: ML
 * $128k (CI $115.2k–$140.8k), AI $96k (CI $89.6k–$102.4k): at 2024's 1.28 $/£, £100k and £75k.
 */
export function snapshotsFixture(): Snapshots {
	const fixture = fixtureTables();
	return {
		...fixture,
		distribution: fixture.salaries.filter((r) => r.confidence !== 'withheld').map(distributionRow)
	};
}

function fixtureTables(): Omit<Snapshots, 'distribution'> {
	const s = (
		role: Role,
		region: string,
		period: SalaryRow['period'],
		listings: number,
		pay: Pay | null = null,
		more: Partial<SalaryRow> = {}
	) => salaryRow({ role, region, period, level: 'all', listings, ...more }, pay);
	const gbp = { basis: 'local', currency: 'GBP' } as const;
	const eur = { basis: 'local', currency: 'EUR' } as const;
	return {
		regions: [
			{ id: 'global', name: 'Global', currency: 'USD', countries: null },
			{ id: 'gb', name: 'United Kingdom', currency: 'GBP', countries: ['GB'] },
			{ id: 'es', name: 'Spain', currency: 'EUR', countries: ['ES'] }
		],
		salaries: [
			s('ml_engineer', 'global', 2023, 40, [120000, 150000, 180000, 140000, 160000]),
			s('ml_engineer', 'global', 2024, 50, [130000, 160000, 190000, 150000, 170000], {
				country_mix: 'US:45 GB:5'
			}),
			salaryRow(
				{ role: 'ml_engineer', region: 'global', period: 2024, level: 'SE', listings: 30 },
				[150000, 180000, 210000, 170000, 190000]
			),
			s('ml_engineer', 'global', '2023-2025', 90, [125000, 155000, 185000, 145000, 165000], {
				country_mix: 'US:80 GB:6 ES:4'
			}),
			s('ai_engineer', 'global', 2023, 5),
			s('ai_engineer', 'global', 2024, 20, [100000, 120000, 150000, 100000, 140000]),
			s('ai_engineer', 'global', '2023-2025', 25, [100000, 118000, 150000, 100000, 140000], {
				country_mix: 'US:22 GB:3'
			}),
			// before the trends start: in no page's cells, but its year starts the salary data
			s('ml_engineer', 'gb', 2021, 4),
			s('ml_engineer', 'gb', 2023, 20, [100000, 125000, 150000, 112500, 137500]),
			s('ml_engineer', 'gb', 2024, 34, [102400, 128000, 153600, 115200, 140800], {
				distinct: 28,
				n_eff: 24.08
			}),
			s('ml_engineer', 'gb', 2025, 10, [104000, 130000, 156000, 117000, 143000]),
			s('ml_engineer', 'gb', '2023-2025', 64, [100000, 128000, 153000, 118000, 140000]),
			s('ai_engineer', 'gb', 2024, 12, [76800, 96000, 115200, 89600, 102400]),
			s('ai_engineer', 'gb', '2023-2025', 15, [80000, 97000, 116000, 85000, 110000]),
			s('ml_engineer', 'gb', 2024, 24, [80000, 100000, 120000, 90000, 110000], gbp),
			s('ai_engineer', 'gb', 2024, 3, null, gbp),
			s('ml_engineer', 'gb', '2023-2025', 49, [70000, 93500, 120000, 75000, 115000], {
				...gbp,
				distinct: 43,
				n_eff: 38.11
			}),
			s('ai_engineer', 'gb', '2023-2025', 18, [60000, 73500, 110000, 55000, 116000], {
				...gbp,
				distinct: 17,
				n_eff: 16.2
			}),
			s('ml_engineer', 'es', 2024, 3),
			s('ai_engineer', 'es', 2024, 2),
			s('ml_engineer', 'es', '2023-2025', 7),
			s('ai_engineer', 'es', '2023-2025', 7),
			s('ml_engineer', 'es', '2023-2025', 6, null, eur),
			s('ai_engineer', 'es', '2023-2025', 7, null, eur)
		],
		listings: [
			listingRow('ml_engineer', 'gb', 2023, 20, 400, 500),
			listingRow('ai_engineer', 'gb', 2023, 2, 400, 500),
			listingRow('ml_engineer', 'gb', 2024, 34, 800, 1000),
			listingRow('ai_engineer', 'gb', 2024, 12, 800, 1000),
			listingRow('ml_engineer', 'gb', 2025, 10, 600, 1100),
			listingRow('ai_engineer', 'gb', 2025, 17, 600, 1100),
			listingRow('ml_engineer', 'gb', '2023-2025', 64, 1800, 2600),
			listingRow('ai_engineer', 'gb', '2023-2025', 31, 1800, 2600),
			listingRow('ml_engineer', 'es', 2024, 3, 100),
			listingRow('ai_engineer', 'es', 2024, 2, 100),
			listingRow('ml_engineer', 'global', 2023, 40, 900, 1000),
			listingRow('ml_engineer', 'global', 2024, 50, 1000, 2000)
		],
		titles: [
			{
				job_title: 'Machine Learning Engineer',
				role: 'ml_engineer',
				definition: 'strict',
				year: 'all',
				listings: 1200,
				panel: 'yes'
			},
			{
				job_title: 'MLOps Engineer',
				role: 'ml_engineer',
				definition: 'broad',
				year: 'all',
				listings: 30,
				panel: 'no'
			},
			{
				job_title: 'AI Engineer',
				role: 'ai_engineer',
				definition: 'strict',
				year: 'all',
				listings: 300,
				panel: 'yes'
			},
			{
				job_title: 'AI Engineer',
				role: 'ai_engineer',
				definition: 'strict',
				year: 2024,
				listings: 250,
				panel: 'yes'
			},
			{
				job_title: 'Data Scientist',
				role: null,
				definition: null,
				year: 'all',
				listings: 5000,
				panel: 'yes'
			},
			{
				job_title: 'Data Scientist',
				role: null,
				definition: null,
				year: 2024,
				listings: 2000,
				panel: 'yes'
			},
			{
				job_title: 'Manager',
				role: null,
				definition: null,
				year: 'all',
				listings: 900,
				panel: 'no'
			},
			{ job_title: 'Manager', role: null, definition: null, year: 2024, listings: 900, panel: 'no' }
		],
		aiShare: [
			{
				region: 'global',
				month: '2026-06',
				ai_share_pct: 6,
				countries: 'GB US',
				days: 30,
				series: 'region'
			},
			{
				region: 'global',
				month: '2026-06',
				ai_share_pct: 9.4,
				countries: 'GB',
				days: 30,
				series: 'country'
			},
			{
				region: 'global',
				month: '2026-06',
				ai_share_pct: 2.6,
				countries: 'US',
				days: 30,
				series: 'country'
			},
			...aiMonths('gb', 'GB', { 2023: 2, 2024: 2.5, 2025: 4 }),
			{
				region: 'gb',
				month: '2026-06',
				ai_share_pct: 9.4,
				countries: 'GB',
				days: 30,
				series: 'region'
			}
		],
		fx: [
			{
				currency: 'EUR',
				year: 2024,
				usd_per_unit: 1.1,
				source: 'federal_reserve_h10',
				index_usd_per_unit: 1.1111,
				rows: 40
			},
			{
				currency: 'GBP',
				year: 2023,
				usd_per_unit: 1.25,
				source: 'federal_reserve_h10',
				index_usd_per_unit: 1.23,
				rows: 30
			},
			{
				currency: 'GBP',
				year: 2024,
				usd_per_unit: 1.28,
				source: 'federal_reserve_h10',
				index_usd_per_unit: 1.25,
				rows: 30
			},
			{
				currency: 'GBP',
				year: 2025,
				usd_per_unit: 1.3,
				source: 'federal_reserve_h10',
				index_usd_per_unit: 1.27,
				rows: 30
			},
			{
				currency: 'INR',
				year: 2024,
				usd_per_unit: 0.012,
				source: 'federal_reserve_h10',
				index_usd_per_unit: null,
				rows: 0
			},
			{
				currency: 'PLN',
				year: 2024,
				usd_per_unit: 0.25,
				source: 'salary_index',
				index_usd_per_unit: 0.25,
				rows: 3
			}
		],
		// Indeed's postings index: the UK with an AI share, Spain without; its wage tracker: the UK
		postings: [
			{
				region: 'gb',
				month: '2023-12',
				all_postings_2023_100: 95,
				ai_postings_2023_100: 110,
				series: 'GB'
			},
			{
				region: 'gb',
				month: '2024-01',
				all_postings_2023_100: 90,
				ai_postings_2023_100: 120,
				series: 'GB'
			},
			{
				region: 'es',
				month: '2024-01',
				all_postings_2023_100: 104,
				ai_postings_2023_100: null,
				series: 'ES'
			}
		],
		wageGrowth: [
			{ region: 'gb', year: 2023, all_jobs_pay_growth_pct: 6.5, series: 'GB' },
			{ region: 'gb', year: 2024, all_jobs_pay_growth_pct: 5.9, series: 'GB' }
		],
		roles: [
			{
				job_title: 'Machine Learning Engineer',
				role: 'ml_engineer',
				definition: 'strict',
				why: null
			},
			{
				job_title: 'MLOps Engineer',
				role: 'ml_engineer',
				definition: 'broad',
				why: 'Deploys models'
			},
			{ job_title: 'AI Engineer', role: 'ai_engineer', definition: 'strict', why: null }
		],
		sources: [
			sourceEntry('salaries.csv', {
				rows: 11,
				raw_rows: 1000,
				raw_range_pairs: 450,
				raw_single_rows: 100,
				raw_listings: 550
			}),
			sourceEntry('ai-share.csv', {
				name: 'Indeed Hiring Lab AI Tracker',
				url: 'https://github.com/hiring-lab/ai-tracker',
				licence: 'CC BY 4.0',
				licence_url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'Source: Indeed Hiring Lab, CC BY 4.0.',
				snapshot_date: '2026-07-21'
			}),
			sourceEntry('postings.csv', {
				name: 'Indeed Hiring Lab Job Postings Index',
				url: 'https://github.com/hiring-lab/job_postings_tracker',
				licence: 'CC BY 4.0',
				licence_url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'Source: Indeed Hiring Lab, Job Postings Index, CC BY 4.0.',
				snapshot_date: '2026-08-19'
			}),
			sourceEntry('wage-growth.csv', {
				name: 'Indeed Hiring Lab Wage Tracker',
				url: 'https://github.com/hiring-lab/indeed-wage-tracker',
				licence: 'CC BY 4.0',
				licence_url: 'https://creativecommons.org/licenses/by/4.0/',
				attribution: 'Source: Indeed Hiring Lab, Wage Tracker, CC BY 4.0.',
				snapshot_date: '2026-05-26'
			}),
			sourceEntry('fx.csv', {
				name: 'US Federal Reserve H.10 exchange rates',
				url: 'https://fred.stlouisfed.org/categories/158',
				licence: 'Public domain (ODC PDDL 1.0)',
				licence_url: 'https://opendatacommons.org/licenses/pddl/1-0/',
				attribution: null,
				snapshot_date: '2026-07-21'
			})
		]
	};
}
