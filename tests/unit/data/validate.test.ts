import { describe, expect, it } from 'vitest';
import { integer, number, optional, text } from '$lib/data/columns';
import { DataError, parseTable, readHeader } from '$lib/data/validate';

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
