import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { midpoint, Pairer, pairRows, sameListing } from '$lib/importer/pair';
import { rawRow } from '../helpers';

const usd = (v: number, o = {}) => rawRow({ salary: v, salary_in_usd: v, ...o });

describe('pairRows', () => {
	it('collapses two adjacent rows that differ only in pay into one listing at the midpoint', () => {
		const listings = pairRows([usd(200000), usd(100000)]);
		expect(listings).toHaveLength(1);
		expect(listings[0]).toMatchObject({ midUsd: 150000, lines: [2, 3] });
	});

	it('keeps a row whose neighbours differ in any other column as a single listing', () => {
		const listings = pairRows([usd(200000), usd(100000, { company_size: 'L' })]);
		expect(listings.map((l) => [l.midUsd, l.lines])).toEqual([
			[200000, [2]],
			[100000, [3]]
		]);
	});

	it('pairs three equal rows in a row as one pair and one single, in file order', () => {
		// rows 2 and 3 pair (midpoint 150k); row 4 has no partner left and stands alone
		const listings = pairRows([usd(200000), usd(100000), usd(90000)]);
		expect(listings.map((l) => [l.midUsd, l.lines])).toEqual([
			[150000, [2, 3]],
			[90000, [4]]
		]);
	});

	it('pairs four equal rows as two pairs', () => {
		const listings = pairRows([usd(4), usd(2), usd(10), usd(6)]);
		expect(listings.map((l) => l.midUsd)).toEqual([3, 8]);
	});

	it('pairs rows whose two ends are equal (a fixed salary written as a range)', () => {
		const listings = pairRows([usd(90000), usd(90000)]);
		expect(listings).toEqual([expect.objectContaining({ midUsd: 90000, lines: [2, 3] })]);
	});

	it('uses salary_in_usd, not salary, for the midpoint', () => {
		const gbp = { salary_currency: 'GBP' };
		const listings = pairRows([
			rawRow({ ...gbp, salary: 80000, salary_in_usd: 100000 }),
			rawRow({ ...gbp, salary: 64000, salary_in_usd: 80000 })
		]);
		expect(listings[0]?.midUsd).toBe(90000);
	});

	it('hands over both ends of a pair, and none for a single row', () => {
		const [high, low, alone] = [usd(200000), usd(100000), usd(90000, { company_size: 'L' })];
		const listings = pairRows([high, low, alone]);
		expect(listings[0]).toMatchObject({ row: high, second: low });
		expect(listings[1]).toMatchObject({ row: alone, second: null });
	});

	it('gives the sink each listing’s first row, second row and lines', () => {
		const seen: unknown[] = [];
		const pairer = new Pairer((row, second, first, last) =>
			seen.push([row.salary, second?.salary ?? null, first, last])
		);
		[usd(4), usd(2), usd(7, { work_year: 2025 })].forEach((r, i) => pairer.push(r, i + 2));
		pairer.end();
		// rows 2 and 3 pair; row 4 (another year) is a single: its last line is its first
		expect(seen).toEqual([
			[4, 2, 2, 3],
			[7, null, 4, 4]
		]);
	});

	it('never loses or invents a row: pairs × 2 + singles = rows', () => {
		const rows = [usd(1), usd(2), usd(3, { work_year: 2025 }), usd(4), usd(5), usd(6), usd(7)];
		const pairer = new Pairer(() => {});
		rows.forEach((r, i) => pairer.push(r, i + 2));
		pairer.end();
		// 1+2 pair; 3 (2025) single; 4+5 pair; 6+7 pair
		expect([pairer.pairs, pairer.singles]).toEqual([3, 1]);
		expect(pairer.pairs * 2 + pairer.singles).toBe(rows.length);
	});

	it('handles an empty input and a lone row', () => {
		expect(pairRows([])).toEqual([]);
		expect(pairRows([usd(5)]).map((l) => l.lines)).toEqual([[2]]);
	});
});

describe('midpoint', () => {
	it('takes the middle of the two ends of either pay column, or a single row’s one value', () => {
		const gbp = { salary_currency: 'GBP' };
		const a = rawRow({ ...gbp, salary: 80000, salary_in_usd: 100000 });
		const b = rawRow({ ...gbp, salary: 64000, salary_in_usd: 80000 });
		// (80 000 + 64 000) / 2 in pounds as advertised; (100 000 + 80 000) / 2 in dollars
		expect(midpoint(a, b, 'salary')).toBe(72000);
		expect(midpoint(a, b, 'salary_in_usd')).toBe(90000);
		expect(midpoint(a, null, 'salary')).toBe(80000);
	});
});

describe('sameListing', () => {
	it('ignores salary and salary_in_usd and compares everything else', () => {
		expect(sameListing(usd(1), usd(2))).toBe(true);
		expect(sameListing(usd(1), usd(1, { job_title: 'AI Engineer' }))).toBe(false);
		expect(sameListing(usd(1), usd(1, { remote_ratio: '100' }))).toBe(false);
	});
});

describe('sameListing covers every column', () => {
	it('tells rows apart by each non-pay column of the schema', async () => {
		const { rawSalarySchema } = await import('$lib/importer/rawSchema');
		const a = usd(1);
		for (const key of Object.keys(rawSalarySchema) as (keyof typeof a)[]) {
			if (key === 'salary' || key === 'salary_in_usd') continue;
			const b = { ...a, [key]: typeof a[key] === 'number' ? (a[key] as number) + 1 : `${a[key]}x` };
			expect(sameListing(a, b), key).toBe(false);
		}
	});
});

describe('properties of the pairing', () => {
	// few distinct values, so adjacent rows often agree and pairs, triples and runs all occur
	const row = fc
		.record({
			work_year: fc.constantFrom(2024, 2025),
			job_title: fc.constantFrom('AI Engineer', 'Data Scientist'),
			salary_in_usd: fc.integer({ min: 1, max: 9 })
		})
		.map((r) => rawRow({ ...r, salary: r.salary_in_usd }));

	it('never loses or invents a row, and keeps them in order', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
				const listings = pairRows(rows);
				const lines = listings.flatMap((l) => l.lines);
				expect(lines).toEqual(rows.map((_, i) => i + 2));
			})
		);
	});

	it('pairs only rows that agree on everything but pay, at their midpoint', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
				for (const l of pairRows(rows)) {
					if (l.lines.length === 1) continue;
					const [a, b] = l.lines.map((line) => rows[line - 2]!);
					expect(a!.job_title).toBe(b!.job_title);
					expect(a!.work_year).toBe(b!.work_year);
					expect(l.midUsd).toBe((a!.salary_in_usd + b!.salary_in_usd) / 2);
				}
			})
		);
	});
});
