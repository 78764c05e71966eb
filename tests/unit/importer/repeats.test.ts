import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, LEVELS } from '$lib/domain';
import { attributesKey, RepeatGroups } from '$lib/importer/repeats';
import {
	COMPANY_SIZES,
	EMPLOYMENT_TYPES,
	REMOTE_RATIOS,
	type RawSalaryRow
} from '$lib/importer/rawSchema';

const ROW: RawSalaryRow = {
	work_year: 2024,
	experience_level: 'SE',
	employment_type: 'FT',
	job_title: 'Machine Learning Engineer',
	salary: 150000,
	salary_currency: 'USD',
	salary_in_usd: 150000,
	employee_residence: 'US',
	remote_ratio: '0',
	company_location: 'US',
	company_size: 'M'
};
const ATTRS = attributesKey(ROW);

describe('attributesKey', () => {
	it('differs for rows that differ in any one field but title and pay, and only then', () => {
		const variants: Partial<RawSalaryRow>[] = [
			...[FIRST_YEAR, 2023, 2025, LAST_YEAR].map((work_year) => ({ work_year })),
			...LEVELS.filter((l) => l !== 'SE').map((experience_level) => ({ experience_level })),
			...EMPLOYMENT_TYPES.filter((e) => e !== 'FT').map((employment_type) => ({ employment_type })),
			...REMOTE_RATIOS.filter((r) => r !== '0').map((remote_ratio) => ({ remote_ratio })),
			...COMPANY_SIZES.filter((c) => c !== 'M').map((company_size) => ({ company_size })),
			...['AAA', 'USE', 'GBP', 'ZZZ'].map((salary_currency) => ({ salary_currency })),
			...['AA', 'UT', 'GB', 'ZZ'].map((employee_residence) => ({ employee_residence })),
			...['AA', 'UT', 'GB', 'ZZ'].map((company_location) => ({ company_location }))
		];
		const keys = variants.map((v) => attributesKey({ ...ROW, ...v }));
		expect(new Set([ATTRS, ...keys]).size).toBe(variants.length + 1);
		// title and pay are not attributes
		expect(attributesKey({ ...ROW, job_title: 'AI Engineer', salary: 1, salary_in_usd: 2 })).toBe(
			ATTRS
		);
	});

	it('stays an exact whole number for the largest key', () => {
		const largest = attributesKey({
			...ROW,
			work_year: LAST_YEAR,
			experience_level: LEVELS.at(-1) as RawSalaryRow['experience_level'],
			employment_type: EMPLOYMENT_TYPES.at(-1) as RawSalaryRow['employment_type'],
			remote_ratio: REMOTE_RATIOS.at(-1) as RawSalaryRow['remote_ratio'],
			company_size: COMPANY_SIZES.at(-1) as RawSalaryRow['company_size'],
			salary_currency: 'ZZZ',
			employee_residence: 'ZZ',
			company_location: 'ZZ'
		});
		expect(Number.isSafeInteger(largest)).toBe(true);
		// the last letter of the last field is the key's last place
		expect(attributesKey({ ...ROW, company_location: 'UR' })).toBe(ATTRS - 1);
	});
});

describe('RepeatGroups', () => {
	it('puts listings identical in every field in one group, and counts it', () => {
		const groups = new RepeatGroups();
		const a = groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000);
		expect(groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000)).toBe(a);
		expect(groups.groupOf(3, ATTRS, 150000, 150000, 170000, 170000)).toBe(a);
		expect(groups.sizeOf(a)).toBe(3);
		expect(groups.count).toBe(1);
	});

	it('tells listings apart by any one field: title, another attribute or either end of the pay', () => {
		const groups = new RepeatGroups();
		const base = [3, ATTRS, 150000, 150000, 170000, 170000] as const;
		const a = groups.groupOf(...base);
		const variants: Parameters<RepeatGroups['groupOf']>[] = [
			[4, ATTRS, 150000, 150000, 170000, 170000],
			[3, attributesKey({ ...ROW, remote_ratio: '100' }), 150000, 150000, 170000, 170000],
			[3, ATTRS, 150001, 150000, 170000, 170000],
			[3, ATTRS, 150000, 150001, 170000, 170000],
			[3, ATTRS, 150000, 150000, 170001, 170000],
			[3, ATTRS, 150000, 150000, 170000, 170001],
			// the same midpoint from other ends is another listing
			[3, ATTRS, 140000, 140000, 180000, 180000],
			// a single row of the same pay is not the pair
			[3, ATTRS, 160000, 160000, -1, -1]
		];
		const ids = variants.map((v) => groups.groupOf(...v));
		expect(new Set([a, ...ids]).size).toBe(variants.length + 1);
		expect([a, ...ids].map((g) => groups.sizeOf(g))).toEqual(
			new Array(variants.length + 1).fill(1)
		);
	});

	it('stays exact as it grows past its first table, with sizes by group index', () => {
		const groups = new RepeatGroups();
		// 5,000 listings, each pay twice: 2,500 groups of 2, in insertion order
		for (let i = 0; i < 5000; i++) groups.groupOf(1, ATTRS, 1000 + (i % 2500), 1000, -1, -1);
		expect(groups.count).toBe(2500);
		expect([...groups.sizes()].every((n) => n === 2)).toBe(true);
		expect(groups.groupOf(1, ATTRS, 1000 + 1234, 1000, -1, -1)).toBe(1234);
	});
});
