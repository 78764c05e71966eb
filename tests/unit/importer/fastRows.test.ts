/**
 * The importer's chunked reader (`ChunkedTable`, with its fast path for quote-free chunks) against
 * the reader it replaces: papaparse's own stream reader + `recordReader`, fed the very same chunks.
 * Rows, values, line numbers, blank lines and error messages must all be the same.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Column, RowOf, Schema } from '$lib/data/columns';
import { ChunkedTable, rowScanner } from '$lib/importer/fastRows';
import { LEVELS } from '$lib/domain';
import {
	aiShareSchema,
	fxSchema,
	listingsSchema,
	salariesSchema,
	titlesSchema
} from '$lib/data/schema';
import { rawAiShareSchema, rawFxSchema, rawSalarySchema } from '$lib/importer/rawSchema';
import { lineCounter, linesIn, readHeader, recordReader, type Header } from '$lib/data/validate';

interface Outcome {
	rows: [number, unknown][];
	blankLines: number;
	extra: string[] | null;
	error: string | null;
}

/** The new reader, fed `chunks`. */
function readChunked<S extends Schema>(schema: S, chunks: string[]): Outcome {
	const rows: [number, unknown][] = [];
	const table = new ChunkedTable(schema, 'raw.csv', (row, line) => rows.push([line, row]));
	let error: string | null = null;
	try {
		for (const chunk of chunks) table.push(chunk);
		table.end();
	} catch (e) {
		error = (e as Error).message;
	}
	return { rows, blankLines: table.blankLines, extra: table.header?.extra ?? null, error };
}

/** The importer's reader before the fast path: papaparse's stream reader, then recordReader. */
function readLegacy<S extends Schema>(schema: S, chunks: string[]): Promise<Outcome> {
	return new Promise((resolve) => {
		const rows: [number, unknown][] = [];
		let header: Header | null = null;
		let read: ((fields: readonly string[], line: number) => RowOf<S>) | null = null;
		let spanOf: (fields: readonly string[]) => number = linesIn;
		let line = 1;
		let blankLines = 0;
		let done = false;
		const finish = (error: string | null) => {
			if (done) return;
			done = true;
			resolve({ rows, blankLines, extra: header?.extra ?? null, error });
		};
		Papa.parse<string[]>(Readable.from(chunks) as unknown as File, {
			header: false,
			skipEmptyLines: false,
			chunk: (results, parser) => {
				if (done) return;
				try {
					for (const fields of results.data) {
						const span = spanOf(fields);
						if (fields.length === 1 && fields[0] === '') blankLines++;
						else if (read === null) {
							header = readHeader(schema, fields, 'raw.csv', { mode: 'by-name' });
							read = recordReader(schema, header, 'raw.csv');
							spanOf = lineCounter(schema, header);
						} else rows.push([line, read(fields, line)]);
						line += span;
					}
					const quoteError = results.errors.find((e) => e.type === 'Quotes');
					if (quoteError)
						throw new Error(
							`raw.csv:${line}: (row): ${quoteError.message}, expected valid CSV quoting`
						);
				} catch (error) {
					finish((error as Error).message);
					parser.abort();
				}
			},
			complete: () => finish(null)
		});
	});
}

/** `text` cut at `points` (positions anywhere, even inside a `\r\n`). */
function cut(text: string, points: number[]): string[] {
	const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
	const chunks: string[] = [];
	let from = 0;
	for (const p of at) {
		if (p > from) chunks.push(text.slice(from, p));
		from = Math.max(from, p);
	}
	chunks.push(text.slice(from));
	return chunks.filter((c) => c !== '');
}

const HEADER = Object.keys(rawSalarySchema);
const ROW = '2024,SE,FT,AI Engineer,100,USD,120,US,0,GB,M';

describe('ChunkedTable on hand-written input', () => {
	const head = HEADER.join(',');
	const read = (text: string, size = 7) => {
		const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
			text.slice(i * size, (i + 1) * size)
		);
		return readChunked(rawSalarySchema, chunks);
	};
	const row = {
		work_year: 2024,
		experience_level: 'SE',
		employment_type: 'FT',
		job_title: 'AI Engineer',
		salary: 100,
		salary_currency: 'USD',
		salary_in_usd: 120,
		employee_residence: 'US',
		remote_ratio: '0',
		company_location: 'GB',
		company_size: 'M'
	};

	it('reads rows split across chunks, with and without a final line break', () => {
		for (const text of [`${head}\n${ROW}\n${ROW}\n`, `${head}\n${ROW}\n${ROW}`]) {
			expect(read(text)).toEqual({
				rows: [
					[2, row],
					[3, row]
				],
				blankLines: 0,
				extra: [],
				error: null
			});
		}
	});

	it('reads CRLF line ends, a BOM, and counts blank lines in line numbers', () => {
		// papaparse guesses the line break from the first chunk, so that one must hold a line break
		const out = read(`\uFEFF${head}\r\n\r\n${ROW}\r\n\r\n\r\n${ROW}\r\n`, 200);
		expect(out.rows.map(([line]) => line)).toEqual([3, 6]);
		expect(out.rows[1]?.[1]).toEqual(row);
		expect(out.blankLines).toBe(3);
	});

	it('honours reordered and extra columns', () => {
		const order = [...HEADER].reverse();
		const cells = ROW.split(',').reverse();
		const text = `note,${order.join(',')}\nfree text,${cells.join(',')}\n`;
		expect(read(text)).toMatchObject({ rows: [[2, row]], extra: ['note'], error: null });
	});

	it('reads numbers that are not plain digits as parse would', () => {
		const text = `${head}\n${ROW.replace(',100,', ',1.5e3,').replace(',120,', ',0120,')}\n`;
		expect(read(text).rows[0]?.[1]).toMatchObject({ salary: 1500, salary_in_usd: 120 });
	});

	it('gives the usual errors, with their line numbers', () => {
		expect(read(`${head}\n${ROW}\n\n${ROW.replace(',GB,', ',ZZ,')}\n`).error).toBe(
			'raw.csv:4: company_location: "ZZ" is not a known code, expected an ISO 3166-1 alpha-2 country code such as GB'
		);
		expect(read(`${head}\n${ROW},x\n`).error).toBe(
			'raw.csv:2: (row): the row has 12 fields, expected 11'
		);
		expect(read(`${head}\n${ROW}\n2024,SE,FT,AI Eng`).error).toBe(
			'raw.csv:3: salary: the row has 4 fields, expected 11'
		);
		expect(read(`${head}\r\n${ROW}\r`).error).toBe(
			'raw.csv:2: company_size: "M\\r" is not allowed, expected one of S, M, L'
		);
	});

	it('leaves a chunk with a quote to papaparse, line breaks in quotes counted', () => {
		const text = `${head}\n${ROW.replace('AI Engineer', '"AI\nEngineer"')}\n${ROW}\n`;
		const out = read(text, 1000);
		expect(out.rows.map(([line, r]) => [line, (r as typeof row).job_title])).toEqual([
			[2, 'AI\nEngineer'],
			[4, 'AI Engineer']
		]);
	});

	it('reads a chunk with other than ASCII characters too', () => {
		const text = `${head}\n${ROW}\n${ROW.replace('AI Engineer', 'Ingénieur IA')}\n`;
		expect(read(text, 1000).rows.map(([line, r]) => [line, (r as typeof row).job_title])).toEqual([
			[2, 'AI Engineer'],
			[3, 'Ingénieur IA']
		]);
	});

	it('an empty input has no header', () => {
		expect(read('')).toEqual({ rows: [], blankLines: 0, extra: null, error: null });
	});
});

describe('rowScanner', () => {
	const header = readHeader(rawSalarySchema, HEADER, 'x', { mode: 'by-name' });
	const scan = rowScanner(rawSalarySchema, header);
	const read = recordReader(rawSalarySchema, header, 'x');
	const codes = (text: string) => new TextEncoder().encode(text);
	it('reads a line in place as recordReader reads its fields', () => {
		const text = `xx${ROW}\nyy`;
		expect(scan(text, codes(text), 2, 2 + ROW.length)).toEqual(read(ROW.split(','), 1));
	});
	it('declines a line with too few or too many fields, or a bad cell', () => {
		for (const line of [`${ROW},`, ROW.slice(0, -2), ROW.replace('USD', 'usd'), ''])
			expect(scan(line, codes(line), 0, line.length)).toBeNull();
	});
	it('reads every cell as parse does', () => {
		// the columns of every raw file and snapshot, whichever reader ends up reading them
		const columns = [
			rawSalarySchema,
			rawFxSchema,
			rawAiShareSchema,
			salariesSchema,
			listingsSchema,
			titlesSchema,
			aiShareSchema,
			fxSchema
		].flatMap((schema) => Object.values(schema)) as Column<unknown>[];
		const ascii = fc.string({
			unit: fc.constantFrom(...'0123456789.+-:eExXbo ALUSDGBalltrue,_'.split('')),
			maxLength: 18
		});
		fc.assert(
			fc.property(ascii, ascii, ascii, (before, cell, after) => {
				const text = `${before}${cell}${after}`;
				const [start, end] = [before.length, before.length + cell.length];
				for (const column of columns)
					expect(column.parseAt(text, codes(text), start, end)).toBe(column.parse(cell));
			}),
			{ numRuns: 2000 }
		);
	});
});

// ---- property: the same outcome as the old reader, on random files cut at random points ----
// (quote-free files, but for a rare quoted cell)

const rare = <T>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
	fc.oneof({ weight: 150, arbitrary: common }, { weight: 1, arbitrary: odd });
const CELL = fc.string({
	unit: fc.constantFrom(...'abc XYZ019.-+e\t\r\u00e9'.split('')),
	maxLength: 6
});
const whole = (max: number) => fc.integer({ min: 1, max }).map(String);
const CELLS: Record<string, fc.Arbitrary<string>> = {
	work_year: rare(
		fc.integer({ min: 2020, max: 2030 }).map(String),
		fc.constantFrom('2031', '20x4', '', '+2024')
	),
	experience_level: rare(fc.constantFrom(...LEVELS), fc.constantFrom('XX', '')),
	employment_type: rare(fc.constantFrom('FT', 'PT', 'CT', 'FL'), CELL),
	job_title: rare(
		fc.constantFrom('AI Engineer', 'ML Engineer', 'Data Scientist II', 'Ingénieur'),
		// now and then a quoted cell (with a line break), or a quote left open: those chunks are
		// papaparse's, and the fast path must pick up after them
		fc.oneof({ weight: 8, arbitrary: CELL }, fc.constantFrom('"Eng, ""ML""\nops"', '"open'))
	),
	salary: rare(whole(9_999_999), fc.constantFrom('1.5', '1e5', '0x10', '-3', '', '0', '012')),
	salary_currency: rare(fc.constantFrom('USD', 'EUR', 'GBP'), fc.constantFrom('ABC', 'us', '')),
	salary_in_usd: rare(whole(9_999_999), fc.constantFrom('2.5', '25000000', '', '1234567890123456')),
	employee_residence: rare(fc.constantFrom('US', 'GB', 'DE'), fc.constantFrom('XX', 'gb', 'USA')),
	remote_ratio: rare(fc.constantFrom('0', '50', '100'), fc.constantFrom('25', '')),
	company_location: rare(fc.constantFrom('US', 'GB', 'FR'), CELL),
	company_size: rare(fc.constantFrom('S', 'M', 'L'), fc.constantFrom('XL', ''))
};

const file = fc
	.record({
		order: fc.shuffledSubarray(HEADER, { minLength: HEADER.length }),
		extra: fc.option(fc.nat({ max: HEADER.length }), { freq: 3 }),
		crlf: fc.boolean(),
		bom: fc.boolean(),
		finalBreak: fc.boolean(),
		lines: fc.array(
			fc.oneof(
				{ weight: 30, arbitrary: fc.record(CELLS) },
				{ weight: 1, arbitrary: fc.constant(null) }, // a blank line
				{ weight: 1, arbitrary: fc.constant('short') }, // a row with missing fields
				{ weight: 1, arbitrary: fc.constant('mixed') } // a line break of the other kind
			),
			{ maxLength: 200, size: 'max' }
		),
		extraCells: fc.array(CELL, { minLength: 200, maxLength: 200 }),
		points: fc.array(fc.nat({ max: 20_000 }), { maxLength: 20, size: 'max' }),
		headerFirst: fc.boolean()
	})
	.map(({ order, extra, crlf, bom, finalBreak, lines, extraCells, points, headerFirst }) => {
		const names = [...order];
		if (extra !== null) names.splice(extra, 0, 'note');
		const nl = crlf ? '\r\n' : '\n';
		let text = `${bom ? '\uFEFF' : ''}${names.join(',')}`;
		lines.forEach((l, i) => {
			if (l === 'mixed') {
				text += crlf ? '\n' : '\r\n';
				return;
			}
			text += nl;
			if (l === 'short') text += '2024,SE,FT';
			else if (l !== null)
				text += names.map((n) => (n === 'note' ? (extraCells[i] ?? '') : l[n])).join(',');
		});
		if (finalBreak) text += nl;
		// papaparse guesses the line break from the first chunk: real (64 KiB) first chunks hold the
		// header's line break, random ones need not
		const first = headerFirst ? text.indexOf('\n') + 1 : 0;
		const chunks = [text.slice(0, first), ...cut(text.slice(first), points)];
		return { text, chunks: chunks.filter((c) => c !== '') };
	});

describe('ChunkedTable against papaparse + recordReader', () => {
	it('gives the same rows, line numbers, blank lines and errors for any file and any chunking', async () => {
		await fc.assert(
			fc.asyncProperty(file, async ({ text, chunks }) => {
				expect(chunks.join('')).toBe(text);
				expect(readChunked(rawSalarySchema, chunks)).toEqual(
					await readLegacy(rawSalarySchema, chunks)
				);
			}),
			{ numRuns: 300 }
		);
	});
});
