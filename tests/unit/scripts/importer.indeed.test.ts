/**
 * The importer end to end on Indeed's Job Postings Index and Wage Tracker: made-up raw files
 * written here by rule (a year of daily values is too long to write out), whose snapshots were
 * worked out by hand in the comments. The salary and exchange-rate inputs are the usual fixtures.
 *
 * Regions (regions.csv below): Global (no Indeed series), the United States (no postings file
 * given), the UK (GB), EU27 (DE and FR: the euro area's series, EA) and Spain (ES).
 *
 * Postings (each day's total postings, then its new postings, whose SA value is NA):
 * - GB: 20–31 Dec 2022 at 999 (partial), Jan–Jun 2023 at 100, Jul–Dec 2023 at 140, Jan 2024 at
 *   100 + d on day d (mean 116), 1–10 Feb 2024 at 500 (partial). Base (6 × 100 + 6 × 140) / 12 =
 *   120: 83.33 in H1, 116.67 in H2, 116 / 120 → 96.67 in Jan 2024.
 * - EA: every day of 2023 at 80 (100), Jan 2024 at 88 (110). ES: 2023 at 50 (100). IE: 2023 at
 *   10; no region uses it.
 *
 * AI shares (%): GB 2 in H1 2023, 4 in H2, 5 in Jan 2024; DE 2 and FR 4 in 2023 only. GB's
 * products 200, 560 and 580 over their 2023 mean of 380: 52.63, 147.37, 152.63. EU27's share is
 * (2 + 4) / 2 = 3 throughout 2023 (100), with none in Jan 2024 (blank); Spain has none (blank).
 *
 * Wages: GB Nov-23 0.05 (not a December), Dec-23 0.0612 → 6.1, Dec-24 0.04871 → 4.9, Jan-25 NA;
 * EA Dec-23 0.0347 → 3.5 (EU27); ES Dec-23 −0.0132 → −1.3; JP Dec-23 0.02 (no region).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_FILES } from '$lib/data/files';
import { monthsOf } from '$lib/importer/postings';
import { runImport, type ImportOptions } from '../../../scripts/importer';
import { dates } from '../helpers';

const FIXTURES = path.resolve('tests/fixtures');
const RAW_SALARIES = path.join(FIXTURES, 'raw/salaries.csv');
const RAW_FX = path.join(FIXTURES, 'raw/fx.csv');

const REGIONS = `region,name,currency,countries
global,Global,USD,*
us,United States,USD,US
gb,United Kingdom,GBP,GB
eu27,European Union (27),EUR,DE FR
es,Spain,EUR,ES
`;

const POSTINGS_HEADER =
	'date,jobcountry,indeed_job_postings_index_SA,indeed_job_postings_index_NSA,variable';
/** Each date of [from, to] with its value, as [date, value] pairs. */
const span = (from: string, to: string, value: (date: string) => number): [string, number][] =>
	dates(from, to).map((d) => [d, value(d)]);
const SERIES: Record<string, [string, number][]> = {
	GB: [
		...span('2022-12-20', '2022-12-31', () => 999),
		...span('2023-01-01', '2023-06-30', () => 100),
		...span('2023-07-01', '2023-12-31', () => 140),
		...span('2024-01-01', '2024-01-31', (d) => 100 + Number(d.slice(8))),
		...span('2024-02-01', '2024-02-10', () => 500)
	],
	EA: [
		...span('2023-01-01', '2023-12-31', () => 80),
		...span('2024-01-01', '2024-01-31', () => 88)
	],
	ES: span('2023-01-01', '2023-12-31', () => 50),
	IE: span('2023-01-01', '2023-12-31', () => 10)
};
/** A postings file: the header, then per day its total postings and its new postings (SA: NA). */
const postingsFile = (code: string, days: [string, number][]) =>
	[
		POSTINGS_HEADER,
		...days.flatMap(([d, v]) => [
			`${d},${code},${v},${v},total postings`,
			`${d},${code},NA,1,new postings`
		])
	].join('\n') + '\n';

const AI = [
	'date,jobcountry,AI_share_postings',
	...dates('2023-01-01', '2024-01-31').flatMap((d) =>
		d >= '2024-01-01'
			? [`${d},GB,5`]
			: [`${d},GB,${d < '2023-07-01' ? 2 : 4}`, `${d},DE,2`, `${d},FR,4`]
	)
].join('\n');

const WAGE_HEADER =
	'jobcountry,country,month,n_obs,posted_wage_growth_yoy,posted_wage_growth_yoy_3moavg';
const WAGES = `${WAGE_HEADER}
GB,United Kingdom,Nov-23,100,0.05,NA
GB,United Kingdom,Dec-23,100,0.0612,0.055
GB,United Kingdom,Dec-24,100,0.04871,0.05
GB,United Kingdom,Jan-25,100,NA,NA
EA,Euro Area,Dec-23,100,0.0347,0.03
ES,Spain,Dec-23,100,-0.0132,-0.01
JP,Japan,Dec-23,100,0.02,0.02
`;

/** The raw files in a folder, laid out as the cache lays them out; returns the import's inputs. */
async function writeRaw(
	dir: string,
	replace: { postings?: string; wages?: string } = {}
): Promise<Omit<ImportOptions, 'out'>> {
	const postings: string[] = [];
	for (const [code, days] of Object.entries(SERIES)) {
		const file = path.join(
			dir,
			`indeed-job-postings-tracker/${code}/aggregate_job_postings_${code}.csv`
		);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(
			file,
			code === 'GB' && replace.postings !== undefined ? replace.postings : postingsFile(code, days)
		);
		postings.push(file);
	}
	const aiShare = path.join(dir, 'AI_posting.csv');
	await writeFile(aiShare, AI);
	const wages = path.join(dir, 'posted-wage-growth-by-country.csv');
	await writeFile(wages, replace.wages ?? WAGES);
	return { salaries: RAW_SALARIES, fx: RAW_FX, aiShare, postings, wages };
}

async function freshOut(): Promise<string> {
	const out = await mkdtemp(path.join(tmpdir(), 'import-indeed-'));
	await cp(path.join(FIXTURES, 'data/roles.csv'), path.join(out, 'roles.csv'));
	await writeFile(path.join(out, 'regions.csv'), REGIONS);
	return out;
}

const sha256 = async (file: string) =>
	createHash('sha256')
		.update(await readFile(file))
		.digest('hex');

describe('runImport on the Indeed postings index and wage tracker', () => {
	let out: string;
	let inputs: Omit<ImportOptions, 'out'>;
	let summary: Awaited<ReturnType<typeof runImport>>;
	beforeAll(async () => {
		out = await freshOut();
		inputs = await writeRaw(path.join(out, 'raw'));
		summary = await runImport({ ...inputs, out });
	});

	it('writes postings.csv as worked out by hand: complete months, 2023 = 100, AI where there is a share', async () => {
		const H1 = monthsOf(2023).slice(0, 6);
		const H2 = monthsOf(2023).slice(6);
		const expected = [
			'region,month,all_postings_2023_100,ai_postings_2023_100,series',
			...H1.map((m) => `gb,${m},83.33,52.63,GB`),
			...H2.map((m) => `gb,${m},116.67,147.37,GB`),
			'gb,2024-01,96.67,152.63,GB',
			...monthsOf(2023).map((m) => `eu27,${m},100,100,EA`),
			'eu27,2024-01,110,,EA',
			...monthsOf(2023).map((m) => `es,${m},100,,ES`)
		];
		expect(await readFile(path.join(out, 'postings.csv'), 'utf8')).toBe(`${expected.join('\n')}\n`);
	});

	it('writes wage-growth.csv: December of each year × 100, 1 decimal, for regions with a series', async () => {
		expect(await readFile(path.join(out, 'wage-growth.csv'), 'utf8')).toBe(
			[
				'region,year,all_jobs_pay_growth_pct,series',
				'gb,2023,6.1,GB',
				'gb,2024,4.9,GB',
				'eu27,2023,3.5,EA',
				'es,2023,-1.3,ES',
				''
			].join('\n')
		);
	});

	it('says what it read, and which series no region uses', () => {
		// 2 lines a day: GB 12 + 365 + 31 + 10 days, EA 365 + 31, ES and IE 365
		expect(summary.postings?.files.map((f) => f.rows)).toEqual([836, 792, 730, 730]);
		expect(summary.postings?.series).toEqual(['EA', 'ES', 'GB', 'IE']);
		expect(summary.postings?.unused).toEqual(['IE']);
		expect(summary.postings?.files[0]?.extraColumns).toEqual(['indeed_job_postings_index_NSA']);
		expect(summary.wages).toMatchObject({
			rows: 7,
			series: ['EA', 'ES', 'GB', 'JP'],
			unused: ['JP'],
			firstMonth: '2023-11',
			lastMonth: '2025-01'
		});
	});

	it('records every raw file of postings.csv, the AI tracker’s too, and the wage file, in sources.json', async () => {
		const { snapshots } = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const of = (file: string) => snapshots.find((s: { file: string }) => s.file === file);
		expect(of('postings.csv')).toMatchObject({
			rows: 38,
			licence: 'CC BY 4.0',
			command: 'npm run data:import'
		});
		expect(of('postings.csv').attribution).toContain('Indeed Hiring Lab, Job Postings Index');
		expect(of('postings.csv').attribution).toContain('Indeed Hiring Lab, AI Tracker');
		const files = [...(inputs.postings ?? []), inputs.aiShare];
		expect(of('postings.csv').raw_files).toEqual(
			await Promise.all(
				files.map(async (file) =>
					expect.objectContaining({
						raw_sha256: await sha256(file),
						// named here, not taken from raw-sources.json
						raw_blob: null
					})
				)
			)
		);
		expect(of('postings.csv').raw_files[0]).toMatchObject({
			raw_file: 'indeed-job-postings-tracker/aggregate_job_postings_GB.csv',
			raw_rows: 836,
			coverage: '2022-12-20 to 2024-02-10, daily'
		});
		expect(of('wage-growth.csv')).toMatchObject({
			rows: 4,
			licence: 'CC BY 4.0',
			raw_file: 'indeed-wage-tracker/posted-wage-growth-by-country.csv',
			raw_sha256: await sha256(inputs.wages as string),
			raw_rows: 7,
			coverage: '2023-11 to 2025-01, monthly'
		});
	});

	it('gives byte-identical files when run twice', async () => {
		const again = await freshOut();
		await runImport({ ...inputs, out: again });
		for (const file of IMPORTED_FILES)
			expect(await readFile(path.join(again, file)), file).toEqual(
				await readFile(path.join(out, file))
			);
	});

	it('writes neither file without the Indeed inputs (the benchmark’s import), and leaves them be', async () => {
		const bench = await freshOut();
		await writeFile(path.join(bench, 'postings.csv'), 'previous postings.csv\n');
		const { postings: _p, wages: _w, ...salaryPipeline } = inputs;
		const result = await runImport({ ...salaryPipeline, out: bench });
		expect(result.postings).toBeUndefined();
		expect(await readFile(path.join(bench, 'postings.csv'), 'utf8')).toBe(
			'previous postings.csv\n'
		);
		expect(await readdir(bench)).not.toContain('wage-growth.csv');
		const { snapshots } = JSON.parse(await readFile(path.join(bench, 'sources.json'), 'utf8'));
		expect(snapshots.map((s: { file: string }) => s.file)).not.toContain('postings.csv');
	});
});

describe('runImport and the pins of a source of several files', () => {
	it('holds each postings file to its own pin, found by its place in the cache', async () => {
		const out = await freshOut();
		const inputs = await writeRaw(path.join(out, 'indeed'));
		const pins = await Promise.all(
			(inputs.postings ?? []).map(async (file) => ({
				id: 'indeed-job-postings-tracker',
				file: path.relative(path.join(out, 'indeed/indeed-job-postings-tracker'), file),
				repo: 'hiring-lab/job_postings_tracker',
				path: path.relative(path.join(out, 'indeed/indeed-job-postings-tracker'), file),
				commit: 'c'.repeat(40),
				gzip: false,
				git_blob: 'b'.repeat(40),
				sha256: await sha256(file)
			}))
		);
		await runImport({ ...inputs, out, pins, pinned: ['postings'] });
		const { snapshots } = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const postings = snapshots.find((s: { file: string }) => s.file === 'postings.csv');
		expect(postings.raw_files[1]).toMatchObject({
			raw_file: 'indeed-job-postings-tracker/EA/aggregate_job_postings_EA.csv',
			copied_from: `github.com/hiring-lab/job_postings_tracker EA/aggregate_job_postings_EA.csv at commit ${'c'.repeat(40)} (unchanged)`,
			raw_commit: 'c'.repeat(40)
		});

		// the EA file changed in the cache: refused before anything is read, naming it
		const ea = inputs.postings?.[1] as string;
		await writeFile(ea, postingsFile('EA', SERIES.EA?.slice(1) ?? []));
		for (const f of IMPORTED_FILES) await writeFile(path.join(out, f), `previous ${f}\n`);
		const error = await runImport({ ...inputs, out, pins, pinned: ['postings'] }).then(
			() => null,
			(e: Error) => e.message
		);
		expect(error).toBe(
			`${ea}: (file): not the file raw-sources.json pins for indeed-job-postings-tracker (SHA-256 ${(await sha256(ea)).slice(0, 12)}…, pinned ${(pins[1]?.sha256 ?? '').slice(0, 12)}…): run \`npm run data:fetch\` to restore it, or \`npm run data:fetch -- --latest\` to move the pin to the newest upstream file`
		);
		for (const f of IMPORTED_FILES)
			expect(await readFile(path.join(out, f), 'utf8')).toBe(`previous ${f}\n`);
	});
});

describe('runImport on bad Indeed input', () => {
	const GB_FILE = 'aggregate_job_postings_GB.csv';
	const WAGE_FILE = 'posted-wage-growth-by-country.csv';
	const day = (date: string, value = '100', variable = 'total postings', code = 'GB') =>
		`${date},${code},${value},${value},${variable}`;
	const postings = (...rows: string[]) => `${[POSTINGS_HEADER, ...rows].join('\n')}\n`;
	const wages = (...rows: string[]) => `${[WAGE_HEADER, ...rows].join('\n')}\n`;
	const gbLine = (month: string, value: string) => `GB,United Kingdom,${month},100,${value},NA`;

	/** Imports with one raw file replaced; returns the message and whether every snapshot was kept. */
	async function importing(replace: { postings?: string; wages?: string }) {
		const out = await freshOut();
		for (const f of IMPORTED_FILES) await writeFile(path.join(out, f), `previous ${f}\n`);
		const inputs = await writeRaw(path.join(out, 'raw'), replace);
		const error = await runImport({ ...inputs, out }).then(
			() => null,
			(e: Error) => e.message
		);
		const kept = await Promise.all(
			IMPORTED_FILES.map(
				async (f) => (await readFile(path.join(out, f), 'utf8')) === `previous ${f}\n`
			)
		);
		return { error, kept: kept.every(Boolean) };
	}

	const cases: [string, { postings?: string; wages?: string }, string][] = [
		[
			'a postings date that is not a date',
			{ postings: postings(day('2023-01-01'), day('2023-13-01')) },
			`${GB_FILE}:3: date: "2023-13-01" is not valid, expected a date as YYYY-MM-DD`
		],
		[
			'a day its month does not have',
			{ postings: postings(day('2023-01-01'), day('2023-02-29')) },
			`${GB_FILE}:3: date: "2023-02-29" is not a day: 2023-02 has 28 days, expected a date as YYYY-MM-DD`
		],
		[
			'an index value that is not a number',
			{ postings: postings(day('2023-01-01'), day('2023-01-02', '1O5.2')) },
			`${GB_FILE}:3: indeed_job_postings_index_SA: "1O5.2" is not a number, expected a positive index value (2020-02-01 = 100), or NA`
		],
		[
			'NA on a day of total postings',
			{ postings: postings(day('2023-01-01', 'NA', 'new postings'), day('2023-01-01', 'NA')) },
			`${GB_FILE}:3: indeed_job_postings_index_SA: "NA" on a day of total postings, expected a positive index value for every day`
		],
		[
			'an unknown variable',
			{ postings: postings(day('2023-01-01'), day('2023-01-01', '100', 'unique postings')) },
			`${GB_FILE}:3: variable: "unique postings" is not allowed, expected one of total postings, new postings`
		],
		[
			'an unknown series code',
			{ postings: postings(day('2023-01-01'), day('2023-01-02', '100', 'total postings', 'UK')) },
			`${GB_FILE}:3: jobcountry: "UK" is not a known code, expected an ISO 3166-1 alpha-2 country code, or EA (euro area)`
		],
		[
			'a day given twice',
			{ postings: postings(day('2023-01-01'), day('2023-01-02'), day('2023-01-01', '101')) },
			`${GB_FILE}:4: date: GB 2023-01-01 appears again (first on line 2), expected one value per series and day`
		],
		[
			'a postings file without its index column',
			{ postings: 'date,jobcountry,variable\n2023-01-01,GB,total postings\n' },
			`${GB_FILE}:1: indeed_job_postings_index_SA: missing column, expected the header date,jobcountry,indeed_job_postings_index_SA,variable`
		],
		[
			'a postings file with a header and no rows',
			{ postings: postings() },
			`${GB_FILE}:2: (file): no data rows, expected at least one row after the header`
		],
		[
			'a day of 2023 missing',
			{
				postings: postingsFile(
					'GB',
					(SERIES.GB ?? []).filter(([d]) => d !== '2023-05-17')
				)
			},
			`${GB_FILE}: indeed_job_postings_index_SA: GB 2023-05 has a value on 30 of its 31 days, expected every day of 2023 (the 2023 = 100 base)`
		],
		[
			'a wage month that is not like Dec-24',
			{ wages: wages(gbLine('Nov-23', '0.05'), gbLine('2023-12', '0.0612')) },
			`${WAGE_FILE}:3: month: "2023-12" is not valid, expected a month like Dec-24`
		],
		[
			'a wage growth in % rather than a fraction',
			{ wages: wages(gbLine('Nov-23', '0.05'), gbLine('Dec-23', '6.12')) },
			`${WAGE_FILE}:3: posted_wage_growth_yoy: 6.12 is above 1, expected a year-on-year change as a fraction (0.0235 = 2.35%), or NA`
		],
		[
			'a wage growth that is not a number',
			{ wages: wages(gbLine('Nov-23', 'n/a')) },
			`${WAGE_FILE}:2: posted_wage_growth_yoy: "n/a" is not a number`
		],
		[
			'NA in a December',
			{ wages: wages(gbLine('Nov-23', 'NA'), gbLine('Dec-23', 'NA')) },
			`${WAGE_FILE}:3: posted_wage_growth_yoy: "NA" in a December, expected a number: December’s growth is the year’s figure`
		],
		[
			'a wage month given twice',
			{
				wages: wages(gbLine('Dec-23', '0.0612'), gbLine('Jan-24', '0.06'), gbLine('Dec-23', '0.07'))
			},
			`${WAGE_FILE}:4: month: GB Dec-23 appears again (first on line 2), expected one value per series and month`
		]
	];

	it.each(cases)(
		'refuses %s with file:line: column: problem, and writes nothing',
		async (_, replace, message) => {
			const result = await importing(replace);
			expect(result.error).toContain(message);
			expect(result.error?.split('\n')).toHaveLength(1);
			expect(result.kept).toBe(true);
		}
	);
});

describe('npm run data:import with the Indeed files named', () => {
	it('takes --postings once per file and --wages, and says what it read', async () => {
		const out = await freshOut();
		const inputs = await writeRaw(path.join(out, 'raw'));
		const { stdout } = await promisify(execFile)(process.execPath, [
			'--import',
			'tsx',
			'scripts/import.ts',
			...['--salaries', RAW_SALARIES, '--ai-share', inputs.aiShare, '--fx', RAW_FX],
			...(inputs.postings ?? []).flatMap((file) => ['--postings', file]),
			...['--wages', inputs.wages as string, '--out', out]
		]);
		expect(stdout).toContain(
			'postings rows read    3,088 in 4 files (EA ES GB IE, 2022-12-20 to 2024-02-10); no region uses IE, left out'
		);
		expect(stdout).toContain(
			'wage rows read        7 (EA ES GB JP, 2023-11 to 2025-01); no region uses JP, left out'
		);
		expect((await readFile(path.join(out, 'postings.csv'), 'utf8')).split('\n')).toHaveLength(40);
	});
});
