import { describe, expect, it } from 'vitest';
import { integer, number, oneOf, optional, orWord, readCell, text } from '$lib/data/columns';
import {
	checkListingRow,
	checkSalaryRow,
	listingsSchema,
	rawSalarySchema,
	salariesSchema
} from '$lib/data/schema';
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

describe('columns', () => {
	it('refuses empty, hex, infinite and out-of-range numbers', () => {
		const n = number({ above: 0, max: 10 });
		expect(readCell(n, '')).toEqual({ ok: false, problem: 'empty' });
		expect(readCell(n, '0x10').ok).toBe(false);
		expect(readCell(n, '1e999').ok).toBe(false);
		expect(readCell(n, '0')).toEqual({ ok: false, problem: '0 is not above 0' });
		expect(readCell(n, '11')).toEqual({ ok: false, problem: '11 is above 10' });
		expect(readCell(n, '2.5e0')).toEqual({ ok: true, value: 2.5 });
	});

	it('reads words or values', () => {
		const year = orWord(integer(), ['all']);
		expect(readCell(year, 'all')).toEqual({ ok: true, value: 'all' });
		expect(readCell(year, '2024')).toEqual({ ok: true, value: 2024 });
		expect(readCell(year, '2024.5').ok).toBe(false);
		expect(readCell(oneOf(['a', 'b']), 'c')).toEqual({ ok: false, problem: '"c" is not allowed' });
	});

	it('rejects unknown currency and country codes in raw rows', () => {
		expect(readCell(rawSalarySchema.salary_currency, 'XYZ')).toEqual({
			ok: false,
			problem: '"XYZ" is not a known code'
		});
		expect(readCell(rawSalarySchema.company_location, 'UK').ok).toBe(false);
		expect(readCell(rawSalarySchema.company_location, 'GB').ok).toBe(true);
	});

	it('rejects absurd, zero and negative salaries', () => {
		expect(readCell(rawSalarySchema.salary_in_usd, '10000001')).toEqual({
			ok: false,
			problem: '10000001 is above 10000000'
		});
		expect(readCell(rawSalarySchema.salary, '-5').ok).toBe(false);
		expect(readCell(rawSalarySchema.salary, '0').ok).toBe(false);
	});
});

describe('snapshot row checks', () => {
	const header = Object.keys(salariesSchema).join(',');
	const parse = (line: string) =>
		parseTable(`${header}\n${line}\n`, 'data/salaries.csv', salariesSchema, checkSalaryRow);

	it('accepts a consistent ok row and a withheld row', () => {
		expect(parse('ml_engineer,strict,gb,2024,all,34,1,2,3,1.5,2.5,ok')).toHaveLength(1);
		expect(parse('ml_engineer,strict,gb,2024,all,9,,,,,,withheld')).toHaveLength(1);
	});

	it('rejects a confidence that does not match n, pay in a withheld cell, and a median outside p25–p75', () => {
		expect(() => parse('ml_engineer,strict,gb,2024,all,12,1,2,3,1,3,ok')).toThrow(
			'data/salaries.csv:2: confidence: "ok" does not match 12 listings, expected low'
		);
		expect(() => parse('ml_engineer,strict,gb,2024,all,9,1,,,,,withheld')).toThrow(
			'data/salaries.csv:2: p25_usd: a withheld cell must be empty'
		);
		expect(() => parse('ml_engineer,strict,gb,2024,all,40,1,5,3,1,5,ok')).toThrow(
			'data/salaries.csv:2: median_usd: 5 is not between p25 and p75'
		);
		expect(() => parse('ai_engineer,strict,gb,2024,XX,40,1,2,3,1,3,ok')).toThrow(
			'data/salaries.csv:2: level: "XX" is not allowed, expected one of EN, MI, SE, EX, or all'
		);
	});

	it('rejects more role listings than listings in all', () => {
		const h = Object.keys(listingsSchema).join(',');
		expect(() =>
			parseTable(
				`${h}\nml_engineer,strict,gb,2024,all,5,4,100\n`,
				'l.csv',
				listingsSchema,
				checkListingRow
			)
		).toThrow('l.csv:2: listings: 5 is more than all_listings 4');
	});
});

describe('decimal', () => {
	it('reads exactly what the DECIMAL pattern allows, finite only', async () => {
		const { decimal } = await import('$lib/data/columns');
		const fc = (await import('fast-check')).default;
		const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
		const cases = [
			'1',
			'-1',
			'+1',
			'1.',
			'.5',
			'1e5',
			'-.5e-3',
			'0x10',
			'0b1',
			'0o7',
			' 1',
			'1 ',
			'',
			'.',
			'+',
			'Infinity',
			'-Infinity',
			'1_0',
			'1e',
			'0',
			'00012',
			'1e999'
		];
		const samples = fc.sample(
			fc.oneof(
				fc.string({ unit: fc.constantFrom(...'0123456789+-.eExbo '.split('')) }),
				fc.double().map(String)
			),
			3000
		);
		for (const raw of [...cases, ...samples]) {
			const expected = DECIMAL.test(raw) && Number.isFinite(Number(raw)) ? Number(raw) : NaN;
			expect(decimal(raw), JSON.stringify(raw)).toBe(expected);
		}
	});
});

describe('digits', () => {
	it('reads 1 to 15 plain digits exactly as Number does, and nothing else', async () => {
		const { digits } = await import('$lib/data/columns');
		const fc = (await import('fast-check')).default;
		const cases = [
			'0',
			'007',
			'2025',
			'999999999999999',
			'9999999999999999',
			'',
			'-1',
			'+1',
			'1.0',
			'1e3',
			' 1',
			'１'
		];
		const samples = fc.sample(
			fc.string({ unit: fc.constantFrom(...'0123456789+-.e '.split('')) }),
			3000
		);
		for (const raw of [...cases, ...samples]) {
			const expected = /^\d{1,15}$/.test(raw) ? Number(raw) : -1;
			expect(digits(raw), JSON.stringify(raw)).toBe(expected);
		}
	});
});

describe('integer', () => {
	it('reads whole numbers with a sign or more than 15 digits too', () => {
		const column = integer();
		expect(readCell(column, '-12')).toEqual({ ok: true, value: -12 });
		expect(readCell(column, '+7')).toEqual({ ok: true, value: 7 });
		expect(readCell(column, '1234567890123456')).toEqual({ ok: true, value: 1234567890123456 });
		expect(readCell(column, '12.0').ok).toBe(false);
	});
});
