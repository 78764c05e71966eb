/**
 * The importer end to end on hand-written fixtures (tests/fixtures/raw), whose answers were worked
 * out by hand in the comments below.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	aiShareSchema,
	fxSchema,
	listingsSchema,
	salariesSchema,
	titlesSchema
} from '$lib/data/schema';
import { parseTable } from '$lib/data/validate';
import { IMPORTED_FILES } from '$lib/data/files';
import { runImport, type ImportSummary } from '../../../scripts/importer';

const FIXTURES = path.resolve('tests/fixtures');
const RAW_SALARIES = path.join(FIXTURES, 'raw/salaries.csv');
const RAW_AI = path.join(FIXTURES, 'raw/ai-share.csv');

async function freshOut(): Promise<string> {
	const out = await mkdtemp(path.join(tmpdir(), 'import-'));
	await cp(path.join(FIXTURES, 'data'), out, { recursive: true });
	return out;
}

async function table<S extends Parameters<typeof parseTable>[2]>(
	dir: string,
	file: string,
	schema: S
) {
	return parseTable(await readFile(path.join(dir, file), 'utf8'), file, schema);
}

describe('runImport on the fixtures', () => {
	let out: string;
	let summary: ImportSummary;
	beforeAll(async () => {
		out = await freshOut();
		summary = await runImport({ salaries: RAW_SALARIES, aiShare: RAW_AI, out });
	});

	it('pairs 23 rows into 5 range pairs and 13 single listings', () => {
		// pairs: lines 2–3, 4–5, 7–8 (equal ends), 10–11, 12–13; singles: 6, 9 (third equal row), 14, 15–24
		expect(summary.salaries).toMatchObject({ rows: 23, pairs: 5, singles: 13, listings: 18 });
		// role listings: all but the Data Scientist pair
		expect(summary.salaries.roleListings).toBe(17);
	});

	it('computes quartiles and the median CI of a 10-listing cell (AI, US, 2025, MI)', async () => {
		const rows = await table(out, 'salaries.csv', salariesSchema);
		const cell = rows.find(
			(r) =>
				r.role === 'ai_engineer' &&
				r.definition === 'strict' &&
				r.region === 'us' &&
				r.year === 2025 &&
				r.level === 'MI'
		);
		// listings 100k…190k: p25 = 122.5k, median = 145k, p75 = 167.5k, CI (x2, x9) = 110k–180k
		expect(cell).toEqual({
			role: 'ai_engineer',
			definition: 'strict',
			region: 'us',
			year: 2025,
			level: 'MI',
			listings: 10,
			p25_usd: 122500,
			median_usd: 145000,
			p75_usd: 167500,
			ci_low_usd: 110000,
			ci_high_usd: 180000,
			confidence: 'low'
		});
	});

	it('pools years and levels into "all" cells, and regions by country', async () => {
		const rows = await table(out, 'salaries.csv', salariesSchema);
		const get = (region: string, year: number | 'all', level = 'all') =>
			rows.find(
				(r) =>
					r.role === 'ai_engineer' &&
					r.definition === 'strict' &&
					r.region === region &&
					r.year === year &&
					r.level === level
			);
		// US, all years: 70k, 90k (pair), 120k, 100k…190k → 13 listings; median x7 = 130k;
		// p25 at h = 3 → x4 = 110k; p75 at h = 9 → x10 = 160k; CI (x3, x11) = 100k–170k
		expect(get('us', 'all')).toMatchObject({
			listings: 13,
			p25_usd: 110000,
			median_usd: 130000,
			p75_usd: 160000,
			ci_low_usd: 100000,
			ci_high_usd: 170000,
			confidence: 'low'
		});
		// Global adds the FR single (55k): 14 listings; median (120k + 130k) / 2 = 125k;
		// p25 h = 3.25 → 100k + 0.25 × 10k = 102.5k; p75 h = 9.75 → 150k + 7.5k; CI (x3, x12)
		expect(get('global', 'all')).toMatchObject({
			listings: 14,
			p25_usd: 102500,
			median_usd: 125000,
			p75_usd: 157500,
			ci_low_usd: 90000,
			ci_high_usd: 170000
		});
		// "Germany and France" holds only the FR AI listing: withheld, n kept
		expect(get('eu', 'all')).toMatchObject({
			listings: 1,
			median_usd: null,
			confidence: 'withheld'
		});
		expect(get('us', 2024, 'EN')).toMatchObject({ listings: 2, confidence: 'withheld' });
	});

	it('writes one row per role × definition × region × year × level', async () => {
		const rows = await table(out, 'salaries.csv', salariesSchema);
		// 2 roles × 2 definitions × 5 regions × (2024, 2025, all) × (all + 4 levels)
		expect(rows).toHaveLength(2 * 2 * 5 * 3 * 5);
		expect(summary.cells).toBe(300);
		expect(summary.withheld + summary.lowConfidence).toBe(300);
	});

	it('keeps broad-only titles out of the strict definition', async () => {
		const rows = await table(out, 'listings.csv', listingsSchema);
		const ml = (definition: string, year: number) =>
			rows.find(
				(r) =>
					r.role === 'ml_engineer' &&
					r.definition === definition &&
					r.region === 'global' &&
					r.year === year &&
					r.level === 'all'
			);
		// Global 2025: 12 listings in all (MLOps pair, DS pair, 10 AI singles); MLOps is broad only
		expect(ml('strict', 2025)).toMatchObject({
			listings: 0,
			all_listings: 12,
			share_of_all_pct: 0
		});
		expect(ml('broad', 2025)).toMatchObject({ listings: 1, share_of_all_pct: 8.3333 });
		// Global 2024: 6 listings in all; ML strict = the US pair and the GB pair
		expect(ml('strict', 2024)).toMatchObject({
			listings: 2,
			all_listings: 6,
			share_of_all_pct: 33.3333
		});
	});

	it('counts listings per mapped title and year, zero counts included', async () => {
		const rows = await table(out, 'titles.csv', titlesSchema);
		const n = (title: string, year: number | 'all') =>
			rows.find((r) => r.job_title === title && r.year === year)?.listings;
		// AI Engineer: 2024 lines 6, 7–8, 9 → 3; 2025 lines 15–24 → 10; all 13
		expect([n('AI Engineer', 2024), n('AI Engineer', 2025), n('AI Engineer', 'all')]).toEqual([
			3, 10, 13
		]);
		expect(rows.find((r) => r.job_title === 'MLOps Engineer' && r.year === 'all')).toMatchObject({
			role: 'ml_engineer',
			definition: 'broad',
			listings: 1
		});
		expect(n('Artificial Intelligence Engineer', 2025)).toBe(0);
		// 4 titles in roles.csv × (2024, 2025, all)
		expect(rows).toHaveLength(12);
	});

	it('derives yearly FX rates from the rows', async () => {
		const rows = await table(out, 'fx.csv', fxSchema);
		expect(rows).toEqual([
			{ currency: 'EUR', year: 2024, usd_per_unit: 1.1, rows: 1 },
			// 165000/150000 = 1.1 and 108000/100000 = 1.08 → 1.09
			{ currency: 'EUR', year: 2025, usd_per_unit: 1.09, rows: 2 },
			{ currency: 'GBP', year: 2024, usd_per_unit: 1.25, rows: 2 },
			{ currency: 'USD', year: 2024, usd_per_unit: 1, rows: 6 },
			{ currency: 'USD', year: 2025, usd_per_unit: 1, rows: 12 }
		]);
	});

	it('writes monthly AI shares per region', async () => {
		const rows = await table(out, 'ai-share.csv', aiShareSchema);
		expect(rows.map((r) => `${r.region} ${r.month} ${r.ai_share_pct}`)).toEqual([
			'global 2025-02 5.3333',
			'us 2025-01 3',
			'us 2025-02 4',
			'gb 2025-01 5',
			'gb 2025-02 5',
			'eu 2025-02 7',
			'de 2025-02 7'
		]);
	});

	it('records provenance with the raw file checksum', async () => {
		const sources = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const salaries = sources.snapshots.find((s: { file: string }) => s.file === 'salaries.csv');
		expect(salaries).toMatchObject({
			licence: 'CC0 1.0',
			raw_rows: 23,
			raw_listings: 18,
			raw_range_pairs: 5,
			raw_single_rows: 13,
			command: 'npm run data:import'
		});
		expect(salaries.raw_sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('gives byte-identical files when run twice', async () => {
		const again = await freshOut();
		await runImport({ salaries: RAW_SALARIES, aiShare: RAW_AI, out: again });
		for (const file of IMPORTED_FILES)
			expect(await readFile(path.join(again, file)), file).toEqual(
				await readFile(path.join(out, file))
			);
	});
});

describe('runImport on bad input', () => {
	const header =
		'work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size';
	const good = '2024,SE,FT,AI Engineer,100,USD,100,US,0,US,M';

	async function importing(content: string) {
		const out = await freshOut();
		await writeFile(path.join(out, 'salaries.csv'), 'previous snapshot\n');
		const raw = path.join(out, 'bad.csv');
		await writeFile(raw, content);
		const error = await runImport({ salaries: raw, aiShare: RAW_AI, out }).then(
			() => null,
			(e: Error) => e
		);
		const files = (await readdir(out)).sort();
		const kept = await readFile(path.join(out, 'salaries.csv'), 'utf8');
		return { message: error?.message, files, kept };
	}

	const cases: [string, string, string][] = [
		['an empty file', '', 'bad.csv:1: (file): the file is empty, expected a header row'],
		[
			'a missing column',
			header.replace(',company_size', '') + '\n',
			'bad.csv:1: company_size: missing column, expected the header'
		],
		[
			'a non-numeric salary',
			`${header}\n${good}\n${good.replace(',100,USD', ',abc,USD')}\n`,
			'bad.csv:3: salary: "abc" is not a number, expected a positive yearly amount in salary_currency'
		],
		[
			'an unknown currency',
			`${header}\n${good.replace('USD', 'XXY')}\n`,
			'bad.csv:2: salary_currency: "XXY" is not a known code, expected an ISO 4217 currency code such as USD'
		],
		[
			'an unknown country code',
			`${header}\n${good.replace(',US,M', ',UK,M')}\n`,
			'bad.csv:2: company_location: "UK" is not a known code, expected an ISO 3166-1 alpha-2 country code such as GB'
		],
		[
			'a year out of range',
			`${header}\n${good.replace('2024', '1999')}\n`,
			'bad.csv:2: work_year: 1999 is below 2020, expected a whole number from 2020 to 2030'
		],
		[
			'a truncated last line',
			`${header}\n${good}\n2024,SE,FT,AI Eng`,
			'bad.csv:3: salary: the row has 4 fields, expected 11'
		]
	];

	it.each(cases)(
		'rejects %s with file:line: column: problem and writes nothing',
		async (_, content, message) => {
			const result = await importing(content);
			expect(result.message).toContain(message);
			expect(result.kept).toBe('previous snapshot\n');
			expect(result.files).toEqual(['bad.csv', 'regions.csv', 'roles.csv', 'salaries.csv']);
		}
	);

	it('exits non-zero from the command line with the message on stderr', async () => {
		const out = await freshOut();
		const raw = path.join(out, 'bad.csv');
		await writeFile(raw, `${header}\n${good.replace('USD', 'XXY')}\n`);
		const run = promisify(execFile)(process.execPath, [
			'--import',
			'tsx',
			'scripts/import.ts',
			'--salaries',
			raw,
			'--ai-share',
			RAW_AI,
			'--out',
			out
		]);
		const error = (await run.then(
			() => null,
			(e) => e
		)) as { code: number; stderr: string } | null;
		expect(error?.code).toBe(1);
		expect(error?.stderr).toContain('error: bad.csv:2: salary_currency: "XXY" is not a known code');
		expect(error?.stderr).toContain('No snapshot was written');
	});
});
