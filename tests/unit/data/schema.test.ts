import { describe, expect, it } from 'vitest';
import { readCell } from '$lib/data/columns';
import {
	checkListingRow,
	checkSalaryRow,
	listingsSchema,
	rawSalarySchema,
	salariesSchema
} from '$lib/data/schema';
import { parseTable } from '$lib/data/validate';

describe('raw salary rows', () => {
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
