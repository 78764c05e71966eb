/**
 * The postings index per region, on daily series made up to be worked out by hand:
 *
 * - GB, total postings: 20–31 December 2022 at 999 (a partial month), every day of January–June
 *   2023 at 100 and of July–December at 140, January 2024 at 100 + d on day d, and 1–10 February
 *   2024 at 500 (partial). Its days of new postings are NA (no value), which the index does not use.
 * - EA (the euro area, EU27's series): every day of 2023 and January 2024 at 80.
 * - ES: every day of 2023 at 50. IE: every day of 2023 at 10 (no region uses it).
 *
 * and AI shares (the AI tracker's daily %): GB 2 in January–June 2023, 4 in July–December, 5 in
 * January 2024; DE 2 and FR 4 every day of 2023 (nothing in 2024).
 */
import { describe, expect, it } from 'vitest';
import type { Region } from '$lib/data/reference';
import { AiShareAccumulator } from '$lib/importer/aishare';
import { daysInMonth, monthsOf, notADay, PostingsAccumulator } from '$lib/importer/postings';
import type { RawPostingsRow } from '$lib/importer/rawSchema';
import { dates } from '../helpers';

const region = (id: string, countries: string[] | null): Region => ({
	id,
	name: id,
	currency: 'EUR',
	countries
});
const GLOBAL = region('global', null);
const GB = region('gb', ['GB']);
const EU27 = region('eu27', ['DE', 'FR']);
const ES = region('es', ['ES']);

type Day = [date: string, value: number | 'NA'];
/** A series' days: each date of [from, to] with `value(date)`. */
const span = (from: string, to: string, value: (date: string) => number | 'NA'): Day[] =>
	dates(from, to).map((d) => [d, value(d)]);

const gbDays: Day[] = [
	...span('2022-12-20', '2022-12-31', () => 999),
	...span('2023-01-01', '2023-06-30', () => 100),
	...span('2023-07-01', '2023-12-31', () => 140),
	...span('2024-01-01', '2024-01-31', (d) => 100 + Number(d.slice(8))),
	...span('2024-02-01', '2024-02-10', () => 500)
];

/** Feeds a series to `acc` as the rows of one file, line 2 onwards, each day's total postings then new postings. */
function feed(acc: PostingsAccumulator, file: string, code: string, days: Day[]) {
	let line = 1;
	for (const [date, value] of days) {
		const row = (variable: RawPostingsRow['variable'], v: number | 'NA'): RawPostingsRow => ({
			date,
			jobcountry: code,
			indeed_job_postings_index_SA: v,
			variable
		});
		acc.add(file, ++line, row('total postings', value));
		acc.add(file, ++line, row('new postings', 'NA'));
	}
}

function postings(): PostingsAccumulator {
	const acc = new PostingsAccumulator();
	feed(acc, 'GB.csv', 'GB', gbDays);
	feed(
		acc,
		'EA.csv',
		'EA',
		span('2023-01-01', '2024-01-31', () => 80)
	);
	feed(
		acc,
		'ES.csv',
		'ES',
		span('2023-01-01', '2023-12-31', () => 50)
	);
	feed(
		acc,
		'IE.csv',
		'IE',
		span('2023-01-01', '2023-12-31', () => 10)
	);
	return acc;
}

function aiShares(skip: string | null = null): AiShareAccumulator {
	const ai = new AiShareAccumulator();
	let line = 1;
	const add = (date: string, country: string, share: number) =>
		ai.add('AI_posting.csv', ++line, date, country, share);
	for (const date of dates('2023-01-01', '2024-01-31')) {
		if (date === skip) continue;
		const h1 = date < '2023-07-01';
		add(date, 'GB', date >= '2024-01-01' ? 5 : h1 ? 2 : 4);
		if (date < '2024-01-01') {
			add(date, 'DE', 2);
			add(date, 'FR', 4);
		}
	}
	return ai;
}

const H1 = monthsOf(2023).slice(0, 6);
const H2 = monthsOf(2023).slice(6);

describe('the calendar', () => {
	it('knows the days of each month, February of leap years too', () => {
		expect(['2023-01', '2023-02', '2024-02', '2023-04', '2100-02'].map(daysInMonth)).toEqual([
			31, 28, 29, 30, 28
		]);
		expect(monthsOf(2023)).toHaveLength(12);
		expect(monthsOf(2023)[8]).toBe('2023-09');
	});

	it('tells a day its month does not have, which the raw schema lets through', () => {
		expect(notADay('2024-02-29')).toBeNull();
		expect(notADay('2023-02-29')).toBe('"2023-02-29" is not a day: 2023-02 has 28 days');
		expect(notADay('2023-04-31')).toBe('"2023-04-31" is not a day: 2023-04 has 30 days');
	});
});

describe('PostingsAccumulator', () => {
	const rows = postings().rows([GLOBAL, GB, EU27, ES], aiShares(), 'AI_posting.csv');
	const of = (id: string) =>
		rows
			.filter((r) => r.region === id)
			.map((r) => `${r.month} ${r.all_postings_2023_100} ${r.ai_postings_2023_100} ${r.series}`);

	it('gives complete months only: a partial first and last month are left out', () => {
		// December 2022 (12 days) and February 2024 (10 days) are partial: 2023-01 … 2024-01
		expect(of('gb').map((r) => r.slice(0, 7))).toEqual([...monthsOf(2023), '2024-01']);
	});

	it('indexes the monthly means to 2023 = 100, and the AI product to its own 2023 mean', () => {
		// monthly means: 100 in January–June 2023, 140 in July–December, and January 2024
		// (100 + 1 … 100 + 31) / 31 = 116; the base is (6 × 100 + 6 × 140) / 12 = 120:
		// 100 / 120 × 100 = 83.33, 140 / 120 × 100 = 116.67, 116 / 120 × 100 = 96.67.
		// AI products (mean × AI share): 100 × 2 = 200, 140 × 4 = 560, 116 × 5 = 580; their 2023
		// base (6 × 200 + 6 × 560) / 12 = 380: 200 / 380 × 100 = 52.63, 560 / 380 × 100 = 147.37,
		// 580 / 380 × 100 = 152.63.
		expect(of('gb')).toEqual([
			...H1.map((m) => `${m} 83.33 52.63 GB`),
			...H2.map((m) => `${m} 116.67 147.37 GB`),
			'2024-01 96.67 152.63 GB'
		]);
	});

	it('uses the euro area for EU27, with the mean AI share of its countries, blank where it has none', () => {
		// EA at 80 every day: 100 throughout; the AI share of DE and FR, (2 + 4) / 2 = 3 every
		// month of 2023, gives products of 240 over a base of 240: 100; neither has January 2024
		expect(of('eu27')).toEqual([
			...monthsOf(2023).map((m) => `${m} 100 100 EA`),
			'2024-01 100 null EA'
		]);
	});

	it('leaves AI postings blank for a region without an AI share, and gives none to Global', () => {
		expect(of('es')).toEqual(monthsOf(2023).map((m) => `${m} 100 null ES`));
		expect(of('global')).toEqual([]);
		// IE is read but no region uses it: 13 GB + 13 EU27 + 12 ES rows
		expect(rows).toHaveLength(38);
	});

	it('gives the same rows whatever the order the days come in', () => {
		const acc = new PostingsAccumulator();
		feed(acc, 'GB.csv', 'GB', [...gbDays].reverse());
		expect(acc.rows([GB], aiShares(), 'AI_posting.csv')).toEqual(
			rows.filter((r) => r.region === 'gb')
		);
	});

	it('lists the series it read, those no region uses too', () => {
		expect(postings().codes()).toEqual(['EA', 'ES', 'GB', 'IE']);
	});
});

describe('PostingsAccumulator on bad input', () => {
	const total = (date: string, value: number | 'NA' = 100, code = 'GB'): RawPostingsRow => ({
		date,
		jobcountry: code,
		indeed_job_postings_index_SA: value,
		variable: 'total postings'
	});

	it('refuses a day its month does not have, naming the line and column', () => {
		const acc = new PostingsAccumulator();
		expect(() => acc.add('GB.csv', 7, total('2023-02-30'))).toThrow(
			'GB.csv:7: date: "2023-02-30" is not a day: 2023-02 has 28 days, expected a date as YYYY-MM-DD'
		);
	});

	it('refuses a day of total postings without a value, but not one of new postings', () => {
		const acc = new PostingsAccumulator();
		acc.add('GB.csv', 2, { ...total('2023-03-04', 'NA'), variable: 'new postings' });
		expect(() => acc.add('GB.csv', 3, total('2023-03-04', 'NA'))).toThrow(
			'GB.csv:3: indeed_job_postings_index_SA: "NA" on a day of total postings, expected a positive index value for every day'
		);
	});

	it('refuses a day given twice, naming both lines', () => {
		const acc = new PostingsAccumulator();
		acc.add('GB.csv', 2, total('2023-03-04'));
		acc.add('GB.csv', 3, total('2023-03-05'));
		expect(() => acc.add('GB.csv', 4, total('2023-03-04', 101))).toThrow(
			'GB.csv:4: date: GB 2023-03-04 appears again (first on line 2), expected one value per series and day'
		);
	});

	it('refuses a series spread over two files', () => {
		const acc = new PostingsAccumulator();
		acc.add('GB.csv', 2, total('2023-03-04'));
		expect(() => acc.add('UK.csv', 2, total('2023-03-05'))).toThrow(
			'UK.csv:2: jobcountry: GB was already read from GB.csv, expected each series in one file'
		);
	});

	it('refuses a series without every day of 2023, naming the month and its days', () => {
		const acc = new PostingsAccumulator();
		feed(
			acc,
			'GB.csv',
			'GB',
			gbDays.filter(([d]) => d !== '2023-05-17')
		);
		expect(() => acc.rows([GB], aiShares(), 'AI_posting.csv')).toThrow(
			'GB.csv: indeed_job_postings_index_SA: GB 2023-05 has a value on 30 of its 31 days, expected every day of 2023 (the 2023 = 100 base)'
		);
		// a series no region uses is not held to it
		const ie = new PostingsAccumulator();
		feed(
			ie,
			'IE.csv',
			'IE',
			span('2023-03-01', '2023-03-31', () => 10)
		);
		expect(ie.rows([GB], aiShares(), 'AI_posting.csv')).toEqual([]);
	});

	it('refuses an AI share without every day of 2023 where the region has one', () => {
		const acc = new PostingsAccumulator();
		feed(acc, 'GB.csv', 'GB', gbDays);
		expect(() => acc.rows([GB], aiShares('2023-08-09'), 'AI_posting.csv')).toThrow(
			'AI_posting.csv: AI_share_postings: the AI share of gb has no complete 2023-08 (30 of 31 days), expected every day of 2023 for the 2023 = 100 base of AI postings'
		);
	});
});
