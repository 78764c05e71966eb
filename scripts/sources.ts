/**
 * Provenance of every snapshot: what the importer cannot read off the raw files (publisher, origin
 * commit, licence, attribution) is written here once, from each source's SOURCE.md; what it can
 * (checksum, row count, coverage) is measured on every run. No clock is read, so a re-run on the
 * same input gives the same bytes.
 */
import { dataEndsIn } from '../src/lib/domain';
import type { RawFileRecord, SnapshotSource } from '../src/lib/data/sources';

/** Each source as its SOURCE.md describes it; where a raw file was copied from is its pin's (`rawOrigin`). */
export const SOURCES = {
	aijobs: {
		name: 'aijobs.net Global AI, ML, Data Science Salary Index',
		publisher: 'aijobs.net (Foorilla)',
		url: 'https://aijobs.net/salaries/',
		origin: 'github.com/foorilla/ai-jobs-net-salaries, salaries.csv',
		copied_from: null,
		raw_blob: null,
		snapshot_date: '2025-08-09',
		licence: 'CC0 1.0',
		licence_url: 'https://creativecommons.org/publicdomain/zero/1.0/',
		attribution:
			'Salary data: aijobs.net Global AI, ML, Data Science Salary Index (https://aijobs.net/salaries/), CC0 1.0.'
	},
	indeedAi: {
		name: 'Indeed Hiring Lab AI Tracker',
		publisher: 'Indeed Hiring Lab',
		url: 'https://github.com/hiring-lab/ai-tracker',
		origin: 'github.com/hiring-lab/ai-tracker, AI_posting.csv',
		copied_from: null,
		raw_blob: null,
		snapshot_date: '2026-07-21',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		attribution:
			'Source: Indeed Hiring Lab, AI Tracker (https://github.com/hiring-lab/ai-tracker), licensed CC BY 4.0. Monthly averages and regional means computed by this project.'
	},
	indeedPostings: {
		name: 'Indeed Hiring Lab Job Postings Index',
		publisher: 'Indeed Hiring Lab',
		url: 'https://github.com/hiring-lab/job_postings_tracker',
		origin:
			'github.com/hiring-lab/job_postings_tracker, {CC}/aggregate_job_postings_{CC}.csv; for AI postings also github.com/hiring-lab/ai-tracker, AI_posting.csv',
		// several raw files: each one's origin is in raw_files
		copied_from: 'several raw files, each with its origin in raw_files',
		raw_blob: null,
		snapshot_date: '2026-08-19',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		attribution:
			'Source: Indeed Hiring Lab, Job Postings Index (https://github.com/hiring-lab/job_postings_tracker), CC BY 4.0; AI postings also from Indeed Hiring Lab, AI Tracker (https://github.com/hiring-lab/ai-tracker), CC BY 4.0. Monthly means, the 2023 = 100 base and AI postings computed by this project.'
	},
	indeedWages: {
		name: 'Indeed Hiring Lab Wage Tracker',
		publisher: 'Indeed Hiring Lab',
		url: 'https://github.com/hiring-lab/indeed-wage-tracker',
		origin: 'github.com/hiring-lab/indeed-wage-tracker, posted-wage-growth-by-country.csv',
		copied_from: null,
		raw_blob: null,
		snapshot_date: '2026-05-26',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		attribution:
			'Source: Indeed Hiring Lab, Wage Tracker (https://github.com/hiring-lab/indeed-wage-tracker), CC BY 4.0. December values in % picked out by this project.'
	},
	fedFx: {
		name: 'US Federal Reserve H.10 exchange rates',
		publisher: 'Board of Governors of the Federal Reserve System (via FRED and datahub.io)',
		url: 'https://fred.stlouisfed.org/categories/158',
		origin: 'github.com/datasets/exchange-rates, data/monthly.csv',
		copied_from: null,
		raw_blob: null,
		snapshot_date: '2026-07-21',
		licence: 'Public domain (ODC PDDL 1.0)',
		licence_url: 'https://opendatacommons.org/licenses/pddl/1-0/',
		attribution:
			'Exchange rates: US Federal Reserve, H.10 (via FRED and datahub.io), public domain; annual means computed by this project.'
	},
	project: {
		name: 'This project',
		publisher: 'ml-vs-ai-engineer contributors',
		url: null,
		origin: 'written by hand in this repository',
		copied_from: null,
		raw_blob: null,
		snapshot_date: null,
		licence: 'CC0 1.0',
		licence_url: 'https://creativecommons.org/publicdomain/zero/1.0/',
		attribution: null
	}
} as const;

export type SourceId = keyof typeof SOURCES;

/** The raw inputs of the import (the postings index is one file per series). */
export type RawInput = 'salaries' | 'aiShare' | 'fx' | 'postings' | 'wages';

const IMPORT = 'npm run data:import';

export interface Measured {
	salaries: {
		sha256: string;
		rows: number;
		firstYear?: number;
		lastYear?: number;
		listings: number;
		pairs: number;
		singles: number;
	};
	aiShare: { sha256: string; rows: number; firstDate: string; lastDate: string };
	fx: { sha256: string; rows: number; firstMonth: string; lastMonth: string };
	/** Where read: postings.csv's raw files (the index's files, then the AI tracker's). */
	postings?: { files: RawRead[]; aiShare: RawRead };
	/** Where read: wage-growth.csv's raw file. */
	wages?: RawRead;
	rowCounts: Record<string, number>;
	/** Each raw file's entry in raw-sources.json, where the file read is the one it pins. */
	pins: Partial<Record<'salaries' | 'aiShare' | 'fx', Pin>>;
	/** The name of each raw file read (said of a file that is not the pinned one). */
	files: Record<'salaries' | 'aiShare' | 'fx', string>;
}

/** A raw file as read, for sources.json: its place among the raw sources, and its pin if it is the pinned file. */
export interface RawRead {
	/** `<source id>/<file>`, as in .cache/raw and ../shared/data/raw. */
	raw_file: string;
	/** The name of the file read (said of a file that is not the pinned one). */
	name: string;
	sha256: string;
	rows: number;
	coverage: string;
	pin?: Pin;
}

/** A raw file's record in sources.json: what the single-file entries hold at their top level. */
function rawRecord(r: RawRead): RawFileRecord {
	return {
		raw_file: r.raw_file,
		raw_sha256: r.sha256,
		...rawOrigin(r.pin, r.name),
		raw_rows: r.rows,
		coverage: r.coverage
	};
}

/** Where a raw file comes from upstream (its entry in raw-sources.json). */
export interface Pin {
	repo: string;
	path: string;
	commit: string;
	/** upstream stores it gzipped */
	gzip: boolean;
	/** of the file as placed */
	git_blob: string;
}

/**
 * Where a raw file was copied from, read off its pin, so that sources.json says what
 * raw-sources.json says; a file named on the command line that is not the pinned one says so.
 */
function rawOrigin(
	pin: Pin | undefined,
	file: string
): Pick<RawFileRecord, 'copied_from' | 'raw_blob' | 'raw_repo' | 'raw_path' | 'raw_commit'> {
	if (!pin)
		return {
			copied_from: `not pinned: ${file} was named on the command line and is not the file raw-sources.json pins`,
			raw_blob: null
		};
	return {
		copied_from: `github.com/${pin.repo} ${pin.path} at commit ${pin.commit} (${pin.gzip ? 'gunzipped, ' : ''}unchanged)`,
		raw_blob: pin.git_blob,
		raw_repo: pin.repo,
		raw_path: pin.path,
		raw_commit: pin.commit
	};
}

/** The content of `data/sources.json`: the entries `parseSources` reads back. */
export function snapshotSources(m: Measured): { snapshots: SnapshotSource[] } {
	const ends = m.salaries.lastYear === undefined ? null : dataEndsIn(m.salaries.lastYear);
	const salaryRaw = {
		raw_file: 'aijobs-salaries/salaries.csv',
		raw_sha256: m.salaries.sha256,
		...rawOrigin(m.pins.salaries, m.files.salaries),
		raw_rows: m.salaries.rows,
		raw_listings: m.salaries.listings,
		raw_range_pairs: m.salaries.pairs,
		raw_single_rows: m.salaries.singles,
		coverage: `${m.salaries.firstYear}–${m.salaries.lastYear}${ends ? ` (the last year is partial: the data ends in ${ends} ${m.salaries.lastYear})` : ''}`
	};
	const aiRaw = rawRecord({
		raw_file: 'indeed-ai-tracker/AI_posting.csv',
		name: m.files.aiShare,
		sha256: m.aiShare.sha256,
		rows: m.aiShare.rows,
		coverage: `${m.aiShare.firstDate} to ${m.aiShare.lastDate}, daily`,
		pin: m.pins.aiShare
	});
	const fxRaw = rawRecord({
		raw_file: 'fed-fx/monthly.csv',
		name: m.files.fx,
		sha256: m.fx.sha256,
		rows: m.fx.rows,
		coverage: `${m.fx.firstMonth.slice(0, 7)} to ${m.fx.lastMonth.slice(0, 7)}, monthly`,
		pin: m.pins.fx
	});
	const entry = (
		file: string,
		description: string,
		source: SourceId,
		raw: Partial<SnapshotSource> | null,
		command: string | null
	): SnapshotSource => {
		const rows = m.rowCounts[file];
		if (rows === undefined) throw new Error(`no row count for ${file}`);
		return { file, description, rows, ...SOURCES[source], ...raw, command };
	};
	// made only when their raw files were given (see ImportOptions)
	const indeed: SnapshotSource[] = [
		...(m.postings
			? [
					entry(
						'postings.csv',
						'Indeed’s Job Postings Index per region and complete calendar month: all postings (the monthly mean of the daily, seasonally adjusted index of total postings) as 2023 = 100, and AI postings (that mean × the month’s AI share of postings, as in ai-share.csv) as 2023 = 100 of that product, empty where the region has no AI share; EU27 uses the euro-area series (EA). It counts every job on Indeed, so it cannot tell ML-engineer from AI-engineer postings',
						'indeedPostings',
						{ raw_files: [...m.postings.files, m.postings.aiShare].map(rawRecord) },
						IMPORT
					)
				]
			: []),
		...(m.wages
			? [
					entry(
						'wage-growth.csv',
						'Indeed’s Wage Tracker per region: each year’s growth in advertised pay across all jobs, in % (December on the December before, not seasonally adjusted); EU27 uses the euro-area series (EA). A benchmark for pay in general: it cannot tell ML-engineer from AI-engineer pay',
						'indeedWages',
						rawRecord(m.wages),
						IMPORT
					)
				]
			: [])
	];
	return {
		snapshots: [
			entry(
				'salaries.csv',
				'Listings, distinct listings, effective listings (n_eff), quartiles and a 95% CI of the median pay (listing midpoints) per role, definition, pay basis (all listings in USD at market rates, or those advertised in the local currency as advertised), region, period (each year and 2023-2025 pooled) and level',
				'aijobs',
				salaryRaw,
				IMPORT
			),
			entry(
				'gaps.csv',
				'The gap between AI-engineer and ML-engineer median pay, in %, for every pair of shown cells of salaries.csv with the same definition, pay basis, region, period and level, with its 95% interval (log scale, from the two medians’ CIs) and what the interval says: AI lower, AI higher, or unclear',
				'aijobs',
				salaryRaw,
				IMPORT
			),
			entry(
				'distribution.csv',
				'The pay of every shown cell of salaries.csv at the 5th, 10th, …, 95th percentiles (R-7), in the cell’s currency: where a reader’s own pay sits among the listings',
				'aijobs',
				salaryRaw,
				IMPORT
			),
			entry(
				'listings.csv',
				'Listings per role, definition, region, period and level, and their share of the stable panel (the titles in the index in every year 2022-2025, plus the role’s own) for the same region, period and level',
				'aijobs',
				salaryRaw,
				IMPORT
			),
			entry(
				'titles.csv',
				'Listings per job title of the index, per year: its role where roles.csv maps it, and whether it is in the stable panel',
				'aijobs',
				salaryRaw,
				IMPORT
			),
			entry(
				'fx.csv',
				'Yearly USD per unit of each currency: the annual mean of the Federal Reserve’s monthly rates where H.10 covers the currency, else the salary index’s own rate (median of salary_in_usd / salary), with the index’s rate beside it',
				'fedFx',
				fxRaw,
				IMPORT
			),
			entry(
				'ai-share.csv',
				'Monthly mean share (%) of job postings mentioning AI, per region (unweighted mean of the covered countries), and each country’s own line for regions of several countries',
				'indeedAi',
				aiRaw,
				IMPORT
			),
			...indeed,
			entry(
				'roles.csv',
				'Which exact job titles count as each role, under which definition, and why each broad title counts',
				'project',
				null,
				null
			),
			entry(
				'regions.csv',
				'Regions as lists of ISO 3166-1 alpha-2 country codes, with a local currency',
				'project',
				null,
				null
			)
		]
	};
}
