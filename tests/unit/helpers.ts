/** Fixtures for unit tests: rows and cells with sensible defaults; a test overrides what it is about. */
import { confidenceFor, type Role } from '$lib/domain';
import type { PayCell } from '$lib/data/pay';
import type { Snapshots } from '$lib/data/regionPage';
import type { ListingRow, RawSalaryRow, SalaryRow } from '$lib/data/schema';
import type { SnapshotSource } from '$lib/data/sources';

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
 * A pay cell for tests: median m with p25/p75 at ±20% and a CI at ±10%, or withheld (all null)
 * when there are fewer than 10 listings or m is null.
 */
export function payCell(
	over: Partial<PayCell> & { role: Role; listings: number; median: number | null }
): PayCell {
	const m = over.listings >= 10 ? over.median : null;
	return {
		definition: 'strict',
		region: 'gb',
		year: 2024,
		level: 'all',
		confidence: confidenceFor(over.listings),
		...over,
		median: m,
		p25: over.p25 !== undefined ? over.p25 : m === null ? null : m * 0.8,
		p75: over.p75 !== undefined ? over.p75 : m === null ? null : m * 1.2,
		ciLow: over.ciLow !== undefined ? over.ciLow : m === null ? null : m * 0.9,
		ciHigh: over.ciHigh !== undefined ? over.ciHigh : m === null ? null : m * 1.1
	};
}

type Pay = [p25: number, median: number, p75: number, ciLow: number, ciHigh: number];

/** A salaries.csv row: strict titles unless `definition` says otherwise; no pay when withheld. */
export function salaryRow(
	cell: Pick<SalaryRow, 'role' | 'region' | 'year' | 'level' | 'listings'> & {
		definition?: SalaryRow['definition'];
	},
	pay: Pay | null = null
): SalaryRow {
	const [p25, median, p75, low, high] = pay ?? [null, null, null, null, null];
	return {
		definition: 'strict',
		...cell,
		p25_usd: p25,
		median_usd: median,
		p75_usd: p75,
		ci_low_usd: low,
		ci_high_usd: high,
		confidence: confidenceFor(cell.listings)
	};
}

/** A listings.csv row (strict titles, all levels) with its share of all listings. */
export function listingRow(
	role: Role,
	region: string,
	year: number,
	listings: number,
	all: number
): ListingRow {
	return {
		role,
		definition: 'strict',
		region,
		year,
		level: 'all',
		listings,
		all_listings: all,
		share_of_all_pct: all ? (100 * listings) / all : null
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

/**
 * Snapshots small enough to compute every figure by hand: Global, the United Kingdom (GBP) and
 * Spain (EUR, too few listings), 2023 to 2025 (partial). In pounds at 2024's 1.28 $/£ the UK's
 * 2024 ML-engineer cell is £80k / £100k / £120k with a CI of £90k–£110k, the AI-engineer cell
 * £60k / £75k / £90k with £70k–£80k: a gap of −25%.
 */
export function snapshotsFixture(): Snapshots {
	const s = (
		role: Role,
		region: string,
		year: number,
		level: SalaryRow['level'],
		listings: number,
		pay: Pay | null = null
	) => salaryRow({ role, region, year, level, listings }, pay);
	return {
		regions: [
			{ id: 'global', name: 'Global', currency: 'USD', countries: null },
			{ id: 'gb', name: 'United Kingdom', currency: 'GBP', countries: ['GB'] },
			{ id: 'es', name: 'Spain', currency: 'EUR', countries: ['ES'] }
		],
		salaries: [
			// before the trends start: in no page's cells, but its year starts the salary data
			s('ml_engineer', 'gb', 2021, 'all', 4),
			s('ml_engineer', 'global', 2023, 'all', 40, [120000, 150000, 180000, 140000, 160000]),
			s('ml_engineer', 'global', 2024, 'all', 50, [130000, 160000, 190000, 150000, 170000]),
			s('ml_engineer', 'global', 2024, 'SE', 30, [150000, 180000, 210000, 170000, 190000]),
			s('ai_engineer', 'global', 2023, 'all', 5),
			s('ai_engineer', 'global', 2024, 'all', 20, [100000, 120000, 150000, 100000, 140000]),
			s('ml_engineer', 'gb', 2023, 'all', 20, [100000, 125000, 150000, 112500, 137500]),
			s('ml_engineer', 'gb', 2024, 'all', 34, [102400, 128000, 153600, 115200, 140800]),
			s('ml_engineer', 'gb', 2025, 'all', 10, [104000, 130000, 156000, 117000, 143000]),
			s('ai_engineer', 'gb', 2024, 'all', 12, [76800, 96000, 115200, 89600, 102400]),
			s('ml_engineer', 'es', 2024, 'all', 3),
			s('ai_engineer', 'es', 2024, 'all', 2)
		],
		listings: [
			listingRow('ml_engineer', 'gb', 2023, 20, 500),
			listingRow('ai_engineer', 'gb', 2023, 2, 500),
			listingRow('ml_engineer', 'gb', 2024, 34, 1000),
			listingRow('ai_engineer', 'gb', 2024, 12, 1000),
			listingRow('ml_engineer', 'es', 2024, 3, 100),
			listingRow('ai_engineer', 'es', 2024, 2, 100)
		],
		titles: [
			{
				job_title: 'Machine Learning Engineer',
				role: 'ml_engineer',
				definition: 'strict',
				year: 'all',
				listings: 1200
			},
			{
				job_title: 'MLOps Engineer',
				role: 'ml_engineer',
				definition: 'broad',
				year: 'all',
				listings: 30
			},
			{
				job_title: 'AI Engineer',
				role: 'ai_engineer',
				definition: 'strict',
				year: 'all',
				listings: 300
			},
			{
				job_title: 'AI Engineer',
				role: 'ai_engineer',
				definition: 'strict',
				year: 2024,
				listings: 250
			}
		],
		aiShare: [
			{ region: 'global', month: '2026-06', ai_share_pct: 6, countries: 'GB US', days: 30 },
			{ region: 'gb', month: '2025-06', ai_share_pct: 4.45, countries: 'GB', days: 30 },
			{ region: 'gb', month: '2026-06', ai_share_pct: 9.4, countries: 'GB', days: 30 }
		],
		fx: [
			{ currency: 'EUR', year: 2024, usd_per_unit: 1.1, rows: 40 },
			{ currency: 'GBP', year: 2023, usd_per_unit: 1.25, rows: 30 },
			{ currency: 'GBP', year: 2024, usd_per_unit: 1.28, rows: 30 },
			{ currency: 'GBP', year: 2025, usd_per_unit: 1.3, rows: 30 },
			{ currency: 'INR', year: 2024, usd_per_unit: 0.012, rows: 3 }
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
			})
		]
	};
}
