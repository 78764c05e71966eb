/**
 * Hostile input for the importer: every malformed file gets a precise `file:line: column: problem,
 * expected …` error and leaves the previous snapshots untouched; harmless variations (BOM, CRLF,
 * reordered or extra columns, quoted fields) import to the same numbers.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_FILES } from '$lib/data/files';
import { runImport } from '../../../scripts/importer';
import { HEADER, writeSynthetic } from '../../../scripts/bench/synthetic';

const FIXTURES = path.resolve('tests/fixtures');
const RAW_AI = path.join(FIXTURES, 'raw/ai-share.csv');
const RAW_FX = path.join(FIXTURES, 'raw/fx.csv');
const GOOD = (await readFile(path.join(FIXTURES, 'raw/salaries.csv'), 'utf8')).trimEnd();
const SNAPSHOTS = IMPORTED_FILES;
/** Every character that must not reach a terminal raw (see UNSAFE in src/lib/data/columns.ts). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

async function outDir(): Promise<string> {
	const out = await mkdtemp(path.join(tmpdir(), 'hostile-'));
	await cp(path.join(FIXTURES, 'data'), out, { recursive: true });
	for (const f of SNAPSHOTS) await writeFile(path.join(out, f), `previous ${f}\n`);
	return out;
}

/** Imports `content` as the salary file; returns the error (if any) and whether data/ was kept. */
async function importing(content: string | Buffer, aiShare = RAW_AI) {
	const out = await outDir();
	const raw = path.join(out, 'raw.csv');
	await writeFile(raw, content);
	const error = await runImport({ salaries: raw, aiShare, fx: RAW_FX, out }).then(
		() => null,
		(e: Error) => e
	);
	const kept = await Promise.all(
		SNAPSHOTS.map(async (f) => (await readFile(path.join(out, f), 'utf8')) === `previous ${f}\n`)
	);
	const leftovers = (await readdir(out)).filter((f) => f.endsWith('.tmp'));
	return { message: error?.message ?? null, kept: kept.every(Boolean), leftovers, out };
}

async function salariesOf(out: string) {
	return readFile(path.join(out, 'salaries.csv'), 'utf8');
}

describe('variations that must import to the same numbers', () => {
	let reference: string;
	beforeAll(async () => {
		const r = await importing(`${GOOD}\n`);
		expect(r.message).toBeNull();
		reference = await salariesOf(r.out);
	});

	it('a byte-order mark and CRLF line ends', async () => {
		const r = await importing(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}\r\n`);
		expect(r.message).toBeNull();
		expect(await salariesOf(r.out)).toBe(reference);
	});

	it('reordered columns', async () => {
		const rows = Papa.parse<Record<string, string>>(GOOD, { header: true }).data;
		const columns = HEADER.split(',').reverse();
		const r = await importing(Papa.unparse(rows, { columns, newline: '\n' }));
		expect(r.message).toBeNull();
		expect(await salariesOf(r.out)).toBe(reference);
	});

	it('an extra column, which is ignored and reported', async () => {
		const lines = GOOD.split('\n').map((l, i) => `${l},${i === 0 ? 'note' : '"free, text"'}`);
		const out = await outDir();
		const raw = path.join(out, 'raw.csv');
		await writeFile(raw, lines.join('\n'));
		const summary = await runImport({ salaries: raw, aiShare: RAW_AI, fx: RAW_FX, out });
		expect(summary.salaries.extraColumns).toEqual(['note']);
		expect(await salariesOf(out)).toBe(reference);
	});

	it('quoted fields with commas, quotes and a line break, counted in later line numbers', async () => {
		const lines = GOOD.split('\n');
		lines.splice(1, 0, '2024,SE,FT,"Engineer, ""ML""\nplatform",100,USD,100,US,0,US,M');
		lines.push('2024,SE,FT,AI Engineer,abc,USD,100,US,0,US,M');
		const r = await importing(lines.join('\n'));
		// the quoted title spans lines 2–3, the 43 fixture rows lines 4–46, so the bad row is on line 47
		expect(r.message).toBe(
			'raw.csv:47: salary: "abc" is not a number, expected a positive yearly amount in salary_currency'
		);
	});
});

describe('malformed input: a precise error, and the previous snapshots stay', () => {
	const row = '2024,SE,FT,AI Engineer,100,USD,100,US,0,US,M';
	const cases: [string, string, string][] = [
		['an empty file', '', 'raw.csv:1: (file): the file is empty, expected a header row'],
		[
			'a header only',
			`${HEADER}\n`,
			'raw.csv:2: (file): no data rows, expected at least one row after the header'
		],
		[
			'a missing column',
			`${HEADER.replace(',salary_in_usd', '')}\n`,
			'raw.csv:1: salary_in_usd: missing column'
		],
		[
			'a duplicated column',
			`${HEADER},salary\n${row},1\n`,
			'raw.csv:1: salary: column appears twice'
		],
		[
			'a short row',
			`${HEADER}\n2024,SE,FT\n`,
			'raw.csv:2: job_title: the row has 3 fields, expected 11'
		],
		[
			'a long row',
			`${HEADER}\n${row},extra\n`,
			'raw.csv:2: (row): the row has 12 fields, expected 11'
		],
		[
			'a non-numeric salary',
			`${HEADER}\n${row.replace(',100,USD', ',lots,USD')}\n`,
			'raw.csv:2: salary: "lots" is not a number'
		],
		[
			'a negative salary',
			`${HEADER}\n${row.replace(',100,USD', ',-100,USD')}\n`,
			'raw.csv:2: salary: -100 is not above 0'
		],
		[
			'a zero salary in USD',
			`${HEADER}\n${row.replace('USD,100,', 'USD,0,')}\n`,
			'raw.csv:2: salary_in_usd: 0 is not above 0'
		],
		[
			'an absurd salary',
			`${HEADER}\n${row.replace('USD,100,', 'USD,25000000,')}\n`,
			'raw.csv:2: salary_in_usd: 25000000 is above 10000000, expected a number above 0 and at most 10000000'
		],
		[
			'a hexadecimal salary',
			`${HEADER}\n${row.replace(',100,USD', ',0x10,USD')}\n`,
			'raw.csv:2: salary: "0x10" is not a number'
		],
		[
			'an unknown currency',
			`${HEADER}\n${row.replace('USD', 'ABC')}\n`,
			'raw.csv:2: salary_currency: "ABC" is not a known code'
		],
		[
			'an unknown country',
			`${HEADER}\n${row.replace(',US,M', ',XX,M')}\n`,
			'raw.csv:2: company_location: "XX" is not a known code'
		],
		[
			'a lower-case country',
			`${HEADER}\n${row.replace(',US,0', ',us,0')}\n`,
			'raw.csv:2: employee_residence: "us" is not a known code'
		],
		[
			'a year out of range',
			`${HEADER}\n${row.replace('2024', '2031')}\n`,
			'raw.csv:2: work_year: 2031 is above 2030, expected a whole number from 2020 to 2030'
		],
		[
			'an unknown level',
			`${HEADER}\n${row.replace(',SE,', ',XX,')}\n`,
			'raw.csv:2: experience_level: "XX" is not allowed, expected one of EN, MI, SE, EX'
		],
		[
			'an empty job title',
			`${HEADER}\n${row.replace('AI Engineer', ' ')}\n`,
			'raw.csv:2: job_title: empty, expected non-empty text'
		],
		[
			'a truncated last line',
			`${HEADER}\n${row}\n2024,SE,FT,AI Eng`,
			'raw.csv:3: salary: the row has 4 fields, expected 11'
		],
		[
			'an unclosed quote',
			`${HEADER}\n${row}\n2024,SE,FT,"AI Engineer,100,USD,100,US,0,US,M\n`,
			'raw.csv:3: job_title: a quoted field opened here is not closed by the end of the file, expected a closing "'
		],
		[
			'a cell of terminal escape codes',
			`${HEADER}\n${row.replace(',100,USD', ',\x1b[2J\x1b]0;pwned\x07\x1b[31m,USD')}\n`,
			'raw.csv:2: salary: "\\x1b[2J\\x1b]0;pwned\\x07\\x1b[31m" is not a number, expected a positive yearly amount in salary_currency'
		],
		[
			'a 1 MB cell',
			`${HEADER}\n${row.replace(',100,USD', `,${'x'.repeat(1e6)},USD`)}\n`,
			`raw.csv:2: salary: "${'x'.repeat(200)}…" (1,000,000 characters) is not a number, expected a positive yearly amount in salary_currency`
		],
		[
			'a 1 MB column name, twice',
			`${HEADER},${'c'.repeat(5e5)},${'c'.repeat(5e5)}\n${row},1,1\n`,
			`raw.csv:1: ${'c'.repeat(200)}… (500,000 characters): column appears twice, expected the header ${HEADER}`
		],
		[
			'a 1 MB header of one column',
			`${'h'.repeat(1e6)}\n${row}\n`,
			`raw.csv:1: work_year: missing column, expected the header ${HEADER}`
		]
	];

	it.each(cases)('%s', async (_, content, message) => {
		const r = await importing(content);
		expect(r.message).toContain(message);
		expect(r.kept).toBe(true);
		expect(r.leftovers).toEqual([]);
		// one line, of a bounded length, that a terminal shows as it is
		expect(r.message?.length).toBeLessThan(500);
		expect(r.message).not.toMatch(CONTROL);
	});

	it('a quote left open in a 20 MB file: an error within 1 MB, naming the line it opened on', async () => {
		const lines = `${row}\n`.repeat(Math.ceil(20e6 / (row.length + 1)));
		const content = `${HEADER}\n${row}\n2024,SE,FT,"AI Engineer,100,USD,100,US,0,US,M\n${lines}`;
		const r = await importing(content);
		expect(r.message).toBe(
			'raw.csv:3: job_title: a quoted field opened here is not closed within 1 MB, expected a closing "'
		);
		expect(r.kept).toBe(true);
		expect(r.leftovers).toEqual([]);
	});

	it('a bad AI-share file is caught too', async () => {
		const r = await importing(`${GOOD}\n`, path.join(FIXTURES, 'raw/salaries.csv'));
		expect(r.message).toContain('salaries.csv:1: date: missing column');
		expect(r.kept).toBe(true);
	});

	it('a missing file', async () => {
		const out = await outDir();
		const error = await runImport({
			salaries: '/nonexistent/raw.csv',
			aiShare: RAW_AI,
			fx: RAW_FX,
			out
		}).then(
			() => null,
			(e: Error) => e.message
		);
		expect(error).toBe('raw.csv: (file): cannot read /nonexistent/raw.csv: ENOENT');
	});
});

describe('a 100 MB file', () => {
	it(
		'streams through, and a bad last row is reported with its exact line',
		{ timeout: 120_000 },
		async () => {
			const out = await outDir();
			const raw = path.join(out, 'big.csv');
			// ~1.9M rows of realistic synthetic data (about 100 MB), then one bad row
			await writeSynthetic(raw, 1_900_000, 7);
			const { appendFile, stat } = await import('node:fs/promises');
			await appendFile(raw, '2024,SE,FT,AI Engineer,100,USD,100,US,0,ZZ,M\n');
			expect((await stat(raw)).size).toBeGreaterThan(100e6);
			const error = await runImport({ salaries: raw, aiShare: RAW_AI, fx: RAW_FX, out }).then(
				() => null,
				(e: Error) => e.message
			);
			expect(error).toBe(
				'big.csv:1900002: company_location: "ZZ" is not a known code, expected an ISO 3166-1 alpha-2 country code such as GB'
			);
			for (const f of SNAPSHOTS)
				expect(await readFile(path.join(out, f), 'utf8')).toBe(`previous ${f}\n`);
		}
	);
});
