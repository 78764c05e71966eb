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
import { ChunkedTable, MAX_RECORD, rowScanner } from '$lib/importer/fastRows';
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

/**
 * The importer's reader before the fast path: papaparse's stream reader, then recordReader; with
 * one rule of the new reader's: the end of the file in a quoted field is an error naming the line
 * the field's quote opened on (papaparse would make the rest of the file that field).
 */
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
					const quoteError = results.errors.find((e) => e.type === 'Quotes');
					const open = quoteError?.code === 'MissingQuotes' ? (quoteError.row ?? -1) : -1;
					for (const [r, fields] of results.data.entries()) {
						if (r === open) {
							const field = fields.length - 1;
							const at = line + linesIn(fields.slice(0, field)) - 1;
							const c = (header as Header | null)?.indices.indexOf(field) ?? -1;
							const column = c >= 0 ? Object.keys(schema)[c] : '(row)';
							throw new Error(
								`raw.csv:${at}: ${column}: a quoted field opened here is not closed by the end of the file, expected a closing "`
							);
						}
						const span = spanOf(fields);
						if (fields.length === 1 && fields[0] === '') blankLines++;
						else if (read === null) {
							header = readHeader(schema, fields, 'raw.csv', { mode: 'by-name' });
							read = recordReader(schema, header, 'raw.csv');
							spanOf = lineCounter(schema, header);
						} else rows.push([line, read(fields, line)]);
						line += span;
					}
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

describe('ChunkedTable on malformed input', () => {
	const head = HEADER.join(',');
	const PIECE = 64 * 1024;
	/**
	 * Feeds `text` in 64 KiB pieces, as the importer reads a file, till the end or the first error;
	 * with how many characters it was given, and how many of them went to papaparse.
	 */
	const feed = (text: string, size = PIECE) => {
		const lines: number[] = [];
		const table = new ChunkedTable(rawSalarySchema, 'raw.csv', (_, line) => lines.push(line));
		let given = 0;
		let error: string | null = null;
		try {
			for (; given < text.length; given += size) table.push(text.slice(given, given + size));
			table.end();
		} catch (e) {
			error = (e as Error).message;
		}
		return { error, lines, given, papaparse: table.charsToPapaparse };
	};
	/** About `mb` MB of valid rows. */
	const rows = (mb: number, row = ROW) =>
		`${row}\n`.repeat(Math.ceil((mb * 1e6) / (row.length + 1)));
	const OPEN_AT_3 =
		'raw.csv:3: job_title: a quoted field opened here is not closed within 1 MB, expected a closing "';

	it('fails within 1 MB of a quote left open, naming its line, with little given to papaparse', () => {
		const text = `${head}\n${ROW}\n2024,SE,FT,"AI Engineer,100,USD,120,US,0,GB,M\n${rows(20)}`;
		const out = feed(text);
		expect(out.error).toBe(OPEN_AT_3);
		expect(out.lines).toEqual([2]);
		// read no further than the limit, and each character once: papaparse read the piece with the
		// quote and then the record it leaves open, and the pieces after it were only looked through
		// for a closing quote (not given to papaparse with the whole open field again, every time)
		expect(out.given).toBeLessThanOrEqual(MAX_RECORD + PIECE);
		expect(out.papaparse).toBeLessThanOrEqual(2 * PIECE);
	});

	it('the same when the text after the quote has quotes, doubled as in a quoted field', () => {
		const start = `${head},note\n${ROW},"a ""b"""\n`;
		const text = `${start}2024,SE,FT,"AI Engineer,100,USD,120,US,0,GB,M,x\n${rows(5, `${ROW},a ""b""`)}`;
		const out = feed(text);
		expect(out.error).toBe(OPEN_AT_3);
		expect(out.lines).toEqual([2]);
		expect(out.papaparse).toBeLessThanOrEqual(2 * PIECE);
	});

	it('fails within 1 MB of a line that does not end', () => {
		const out = feed(`${head}\n${ROW}\n${'x'.repeat(20e6)}`);
		expect(out.error).toBe(
			'raw.csv:3: (row): the row goes on for over 1 MB without a line break, expected rows of at most 1 MB'
		);
		expect(out.given).toBeLessThanOrEqual(MAX_RECORD + PIECE);
	});

	it('names the line and column a quote opened on when the file ends inside it', () => {
		// the record starts on line 3, and its quoted title spans lines 3–4
		const text = `${head}\n${ROW}\n2024,SE,FT,"AI\nEngineer",100,USD,120,US,0,GB,"M\n${ROW}\n${ROW}\n`;
		for (const size of [7, 100, 1000, text.length])
			expect(feed(text, size)).toMatchObject({
				error:
					'raw.csv:4: company_size: a quoted field opened here is not closed by the end of the file, expected a closing "',
				lines: [2]
			});
	});

	it('reads a long quoted field that closes, with the line numbers after it', () => {
		const title = `AI\n\n\n${'x'.repeat(900_000)} ""Engineer""`;
		const text = `${head}\n${ROW}\n${ROW.replace('AI Engineer', `"${title}"`)}\n${rows(2)}`;
		const out = feed(text);
		expect(out.error).toBeNull();
		// the title spans lines 3–6
		expect(out.lines.slice(0, 3)).toEqual([2, 3, 7]);
		expect(out.lines.at(-1)).toBe(text.split('\n').length - 1);
		expect(out.papaparse).toBeLessThanOrEqual(text.length);
	});

	it('bounds a message about a cell of escape codes, or a 1 MB header', () => {
		expect(feed(`${head}\n${ROW.replace(',100,', ',\x1b[2J\x1b[31m,')}\n`).error).toBe(
			'raw.csv:2: salary: "\\x1b[2J\\x1b[31m" is not a number, expected a positive yearly amount in salary_currency'
		);
		const giant = 'g'.repeat(500_000);
		const error = feed(`${giant},${head},${giant}\n${ROW},x,x\n`).error as string;
		expect(error).toMatch(
			/^raw\.csv:1: g{200}… \(500,000 characters\): column appears twice, expected the header work_year,/
		);
		expect(error.length).toBeLessThan(500);
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

/** A random file with a header, `lines` rows of `cells` (and odd lines), cut at up to `cuts` points. */
const fileOf = (
	cells: Record<string, fc.Arbitrary<string>>,
	note: fc.Arbitrary<string>,
	cuts: number
) =>
	fc
		.record({
			order: fc.shuffledSubarray(HEADER, { minLength: HEADER.length }),
			extra: fc.option(fc.nat({ max: HEADER.length }), { freq: 3 }),
			crlf: fc.boolean(),
			bom: fc.boolean(),
			finalBreak: fc.boolean(),
			lines: fc.array(
				fc.oneof(
					{ weight: 30, arbitrary: fc.record(cells) },
					{ weight: 1, arbitrary: fc.constant(null) }, // a blank line
					{ weight: 1, arbitrary: fc.constant('short') }, // a row with missing fields
					{ weight: 1, arbitrary: fc.constant('mixed') } // a line break of the other kind
				),
				{ maxLength: 200, size: 'max' }
			),
			extraCells: fc.array(note, { minLength: 200, maxLength: 200 }),
			points: fc.array(fc.nat({ max: 20_000 }), { maxLength: cuts, size: 'max' }),
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

const file = fileOf(CELLS, CELL, 20);

/**
 * A quoted cell: text with commas, line breaks and doubled quotes; now and then one left open, or
 * with a stray quote in it.
 */
const QUOTED = fc.oneof(
	{
		weight: 20,
		arbitrary: fc
			.string({ unit: fc.constantFrom(...'ab ,\n"'.split('')), maxLength: 30 })
			.map((s) => `"a${s.replace(/"/g, '""')}"`)
	},
	fc.string({ unit: fc.constantFrom(...'ab ,\n"'.split('')), maxLength: 30 }).map((s) => `"a${s}`)
);
/** Files where most titles and notes are quoted, cut in many small pieces. */
const quotedFile = fileOf(
	{ ...CELLS, job_title: fc.oneof(fc.constantFrom('AI Engineer', 'ML Engineer'), QUOTED) },
	fc.oneof(CELL, QUOTED),
	100
);

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

	it('the same for files full of quoted fields (papaparse given only chunks that may close one)', async () => {
		await fc.assert(
			fc.asyncProperty(quotedFile, async ({ chunks }) => {
				expect(readChunked(rawSalarySchema, chunks)).toEqual(
					await readLegacy(rawSalarySchema, chunks)
				);
			}),
			{ numRuns: 300 }
		);
	});
});
