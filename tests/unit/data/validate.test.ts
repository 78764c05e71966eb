import { describe, expect, it } from 'vitest';
import { integer, number, optional, text } from '$lib/data/columns';
import { DataError, parseTable, PROBLEM_MAX, readHeader } from '$lib/data/validate';

const schema = {
	name: text(),
	year: integer({ min: 2020, max: 2030 }),
	pay: optional(number({ min: 0 }))
};

function errorOf(fn: () => unknown): DataError {
	try {
		fn();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError');
}

describe('parseTable', () => {
	it('reads typed rows', () => {
		expect(parseTable('name,year,pay\na,2024,1.5\nb,2025,\n', 'x.csv', schema)).toEqual([
			{ name: 'a', year: 2024, pay: 1.5 },
			{ name: 'b', year: 2025, pay: null }
		]);
	});

	it('handles a BOM, CRLF line ends and quoted fields with commas and quotes', () => {
		const text = '\uFEFFname,year,pay\r\n"Smith, ""J""",2024,3\r\n';
		expect(parseTable(text, 'x.csv', schema)).toEqual([{ name: 'Smith, "J"', year: 2024, pay: 3 }]);
	});

	it('names file, line and column of a non-numeric value and says what was expected', () => {
		const e = errorOf(() =>
			parseTable('name,year,pay\na,2024,1\nb,2024,lots\n', 'data/x.csv', schema)
		);
		expect(e.message).toBe(
			'data/x.csv:3: pay: "lots" is not a number, expected empty or a number ≥ 0'
		);
		expect([e.file, e.line, e.column]).toEqual(['data/x.csv', 3, 'pay']);
	});

	it('counts lines inside quoted fields, so the line number is the real one', () => {
		const text = 'name,year,pay\n"two\nlines",2024,1\nc,1999,2\n';
		expect(errorOf(() => parseTable(text, 'x.csv', schema)).message).toBe(
			'x.csv:4: year: 1999 is below 2020, expected a whole number from 2020 to 2030'
		);
	});

	it('rejects an empty file and a missing, extra or reordered column', () => {
		expect(errorOf(() => parseTable('', 'x.csv', schema)).message).toBe(
			'x.csv:1: (file): the file is empty, expected a header row'
		);
		expect(errorOf(() => parseTable('name,pay\n', 'x.csv', schema)).message).toBe(
			'x.csv:1: year: missing column, expected the header name,year,pay'
		);
		expect(errorOf(() => parseTable('name,year,pay,extra\n', 'x.csv', schema)).message).toBe(
			'x.csv:1: extra: unexpected column, expected the header name,year,pay'
		);
		expect(errorOf(() => parseTable('year,name,pay\n', 'x.csv', schema)).message).toBe(
			'x.csv:1: name: column out of order, expected the header name,year,pay'
		);
	});

	it('rejects a short (truncated) row naming the first missing column', () => {
		expect(errorOf(() => parseTable('name,year,pay\na,2024', 'x.csv', schema)).message).toBe(
			'x.csv:2: pay: the row has 2 fields, expected 3'
		);
	});

	it('reads a header only as no rows', () => {
		expect(parseTable('name,year,pay\n', 'x.csv', schema)).toEqual([]);
	});
});

describe('readHeader by name', () => {
	it('accepts reordered columns, ignores and reports extra ones', () => {
		const h = readHeader(schema, ['pay', 'note', 'year', 'name'], 'raw.csv', { mode: 'by-name' });
		expect(h).toEqual({ indices: [3, 2, 0], extra: ['note'], width: 4 });
	});

	it('still rejects a missing or duplicated column', () => {
		expect(
			errorOf(() => readHeader(schema, ['name', 'pay'], 'raw.csv', { mode: 'by-name' })).message
		).toMatch(/^raw\.csv:1: year: missing column/);
		expect(
			errorOf(() =>
				readHeader(schema, ['name', 'year', 'pay', 'year'], 'raw.csv', { mode: 'by-name' })
			).message
		).toMatch(/^raw\.csv:1: year: column appears twice/);
	});
});

/** Every character that must not reach a terminal raw (see UNSAFE in columns.ts). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const MB = 1_000_000;

describe('error messages about hostile input', () => {
	it('quote a cell of terminal escape codes visibly, on one line', () => {
		const e = errorOf(() => parseTable('name,year,pay\na,2024,\x1b[31m1\x1b[0m\n', 'x.csv', schema));
		expect(e.message).toBe(
			'x.csv:2: pay: "\\x1b[31m1\\x1b[0m" is not a number, expected empty or a number ≥ 0'
		);
		expect(CONTROL.test(e.message)).toBe(false);
	});

	it('quote at most 200 characters of a 1 MB cell, and keep what was expected', () => {
		const e = errorOf(() => parseTable(`name,year,pay\na,2024,${'x'.repeat(MB)}\n`, 'x.csv', schema));
		expect(e.message).toBe(
			`x.csv:2: pay: "${'x'.repeat(200)}…" (1,000,000 characters) is not a number, expected empty or a number ≥ 0`
		);
		expect(e.message.length).toBeLessThan(300);
	});

	it('bound a 1 MB column name from the header: unknown, duplicated, or anything else', () => {
		const giant = `${'c'.repeat(MB)}\x1b[2J`;
		const shown = `${'c'.repeat(200)}… (1,000,004 characters)`;
		// a 1 MB header line in a snapshot (exact mode): an unknown column
		const exact = errorOf(() => parseTable(`name,year,pay,${giant}\n`, 'x.csv', schema));
		expect(exact.message).toBe(
			`x.csv:1: ${shown}: unexpected column, expected the header name,year,pay`
		);
		expect(exact.column).toBe(shown);
		// a huge first column, in place of a known one
		expect(errorOf(() => parseTable(`${giant},year,pay\n`, 'x.csv', schema)).message).toBe(
			'x.csv:1: name: missing column, expected the header name,year,pay'
		);
		// the same giant column twice (by name, as raw files are read)
		const twice = errorOf(() =>
			readHeader(schema, [giant, 'name', 'year', 'pay', giant], 'raw.csv', { mode: 'by-name' })
		);
		expect(twice.message).toBe(
			`raw.csv:1: ${shown}: column appears twice, expected the header name,year,pay`
		);
		for (const e of [exact, twice]) {
			expect(e.message.length).toBeLessThan(300);
			expect(CONTROL.test(e.message)).toBe(false);
		}
	});

	it('name the line a quote opened on when the file ends inside it', () => {
		const text = 'name,year,pay\na,2024,1\n"b\nc,2024,1\nd,2024,1\n';
		expect(errorOf(() => parseTable(text, 'x.csv', schema)).message).toBe(
			'x.csv:3: (row): a quoted field opened here is not closed by the end of the file, expected a closing "'
		);
	});
});

describe('DataError', () => {
	it('shows any column, file name or problem safely, whoever built it', () => {
		const e = new DataError('a\nb.csv', 2, `col\x1b]0;x\x07${'n'.repeat(MB)}`, 'bad\r\n\x9b2J');
		expect(e.message).toBe(
			`a\\nb.csv:2: col\\x1b]0;x\\x07${'n'.repeat(185)}… (1,000,009 characters): bad\\r\\n\\x9b2J`
		);
		expect([e.file, e.line, e.problem]).toEqual(['a\\nb.csv', 2, 'bad\\r\\n\\x9b2J']);
	});

	it('keeps the start and the end (what was expected) of a problem built without quote', () => {
		const e = new DataError('x.csv', 1, 'c', `${'v'.repeat(MB)} is not valid, expected a value`);
		expect(e.message.length).toBeLessThan(PROBLEM_MAX + 100);
		expect(e.message).toMatch(/^x\.csv:1: c: v{1000}… \(998,531 characters left out\) …v+ is not valid, expected a value$/);
	});
});
