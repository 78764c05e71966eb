import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fromDownloadCsv, toCsv, toDownloadCsv } from '$lib/data/csv';
import { guarded, guardText, restoreText } from '$lib/data/guard';
import { number, readCell, text } from '$lib/data/columns';

const columns = [
	{ key: 'region', kind: 'text' },
	{ key: 'median_gbp', kind: 'money' },
	{ key: 'listings', kind: 'count' }
];
const SOURCE = 'aijobs.net Global AI, ML, Data Science Salary Index (CC0 1.0)';

describe('toDownloadCsv', () => {
	it('writes a header with units, the rows, and a source column; empty for null', () => {
		const csv = toDownloadCsv(
			columns,
			[
				{ region: 'United Kingdom', median_gbp: 111500, listings: 34 },
				{ region: 'Spain', median_gbp: null, listings: 5 }
			],
			SOURCE
		);
		expect(csv).toBe(
			'region,median_gbp,listings,source\n' +
				`United Kingdom,111500,34,"${SOURCE}"\n` +
				`Spain,,5,"${SOURCE}"\n`
		);
	});

	it('quotes commas, quotes and line breaks', () => {
		const csv = toDownloadCsv(
			columns,
			[{ region: 'A, "B"\nC', median_gbp: 1.5, listings: 0 }],
			'x'
		);
		expect(csv.split('\n')[1]).toBe('"A, ""B""');
		expect(Papa.parse<string[]>(csv.trimEnd()).data[1]?.[0]).toBe('A, "B"\nC');
	});

	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		const csv = toDownloadCsv(
			columns,
			[
				{ region: '=HYPERLINK("http://x")', median_gbp: -25, listings: 1 },
				{ region: '+1', median_gbp: 0, listings: 1 },
				{ region: '-1', median_gbp: 0, listings: 1 },
				{ region: '@SUM(A1)', median_gbp: 0, listings: 1 },
				{ region: '\tx', median_gbp: 0, listings: 1 },
				{ region: '\rx', median_gbp: 0, listings: 1 }
			],
			'x'
		);
		const cells = Papa.parse<string[]>(csv.trimEnd()).data.slice(1);
		expect(cells.map((r) => r[0])).toEqual([
			`'=HYPERLINK("http://x")`,
			`'+1`,
			`'-1`,
			`'@SUM(A1)`,
			`'\tx`,
			`'\rx`
		]);
		expect(cells[0]?.[1]).toBe('-25');
	});
});

describe('the formula guard', () => {
	it('is undone exactly, even for text that already starts with apostrophes', () => {
		for (const s of ['=1', "'=1", "''=1", "'abc", 'abc', '', "'", '-']) {
			expect(restoreText(guardText(s))).toBe(s);
		}
		expect(guardText("'=1")).toBe("''=1");
		expect(guardText("'abc")).toBe("'abc");
	});

	it('never lets a guarded cell start with a formula character', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(guardText(s)).not.toMatch(/^[=+\-@\t\r]/);
			})
		);
	});
});

describe('round trip', () => {
	const number = fc.option(
		fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
		{ nil: null }
	);
	const row = fc.record({
		region: fc.string({ unit: 'binary' }),
		median_gbp: number,
		listings: number
	});

	it('parsing a download gives back exactly the rows, for any strings and numbers', () => {
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.string(), (rows, source) => {
				const back = fromDownloadCsv(toDownloadCsv(columns, rows, source), columns);
				expect(back.rows).toEqual(rows);
				expect(back.source).toEqual(rows.map(() => source));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('toCsv (snapshots)', () => {
	const schema = { job_title: guarded(text()), listings: text() };

	it('guards every text cell, and a guarded column reads it back exactly', () => {
		const hostile = '=HYPERLINK("http://example.invalid","click")';
		const csv = toCsv(schema, [
			{ job_title: hostile, listings: '-3' },
			{ job_title: "'@sum", listings: 'AI Engineer' }
		]);
		expect(csv).toBe(
			`job_title,listings\n"'=HYPERLINK(""http://example.invalid"",""click"")",'-3\n''@sum,AI Engineer\n`
		);
		const rows = Papa.parse<string[]>(csv.trimEnd()).data.slice(1);
		expect(rows.map((r) => readCell(schema.job_title, r[0] ?? ''))).toEqual([
			{ ok: true, value: hostile },
			{ ok: true, value: "'@sum" }
		]);
	});

	it('writes numbers as they are, negative ones included', () => {
		expect(toCsv({ gap: number() }, [{ gap: -21.4 }])).toBe('gap\n-21.4\n');
	});
});

