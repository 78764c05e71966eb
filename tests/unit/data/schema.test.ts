import { describe, expect, it } from 'vitest';
import { readCell } from '$lib/data/columns';
import {
	aiShareSchema,
	checkListingRow,
	checkSalaryRow,
	fxSchema,
	listingsSchema,
	postingsSchema,
	salariesSchema,
	titlesSchema,
	wageGrowthSchema
} from '$lib/data/schema';
import { rawFxSchema, rawSalarySchema } from '$lib/importer/rawSchema';
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

describe('raw exchange rates (the Federal Reserve’s monthly.csv)', () => {
	it('takes the first of a month, an H.10 series name and a positive units-per-dollar value', () => {
		expect(readCell(rawFxSchema.Date, '2024-03-01')).toEqual({ ok: true, value: '2024-03-01' });
		expect(readCell(rawFxSchema.Date, '2024-03-15')).toEqual({
			ok: false,
			problem: '"2024-03-15" is not valid'
		});
		expect(readCell(rawFxSchema.Country, 'United Kingdom').ok).toBe(true);
		// a pre-euro series is a known name (the rates ignore it), an unknown one is an error
		expect(readCell(rawFxSchema.Country, 'Germany').ok).toBe(true);
		expect(readCell(rawFxSchema.Country, 'Atlantis')).toEqual({
			ok: false,
			problem: '"Atlantis" is not allowed'
		});
		expect(readCell(rawFxSchema['Exchange rate'], '0')).toEqual({
			ok: false,
			problem: '0 is not above 0'
		});
	});
});

describe('snapshot columns', () => {
	it('reads a year or the pooled window as a period, and nothing else', () => {
		expect(readCell(salariesSchema.period, '2024')).toEqual({ ok: true, value: 2024 });
		expect(readCell(salariesSchema.period, '2023-2025')).toEqual({ ok: true, value: '2023-2025' });
		// v1's "all years" is gone
		expect(readCell(salariesSchema.period, 'all').ok).toBe(false);
		expect(readCell(listingsSchema.period, '2022-2025').ok).toBe(false);
	});

	it('reads the pay basis, the country mix, the fx source, the panel flag and the ai-share series', () => {
		expect(readCell(salariesSchema.basis, 'local')).toEqual({ ok: true, value: 'local' });
		expect(readCell(salariesSchema.basis, 'usd').ok).toBe(false);
		expect(readCell(salariesSchema.country_mix, 'DE:8 FR:2')).toEqual({
			ok: true,
			value: 'DE:8 FR:2'
		});
		expect(readCell(salariesSchema.country_mix, '')).toEqual({ ok: true, value: null });
		expect(readCell(salariesSchema.country_mix, 'DE 8, FR 2').ok).toBe(false);
		expect(readCell(fxSchema.source, 'salary_index').ok).toBe(true);
		expect(readCell(fxSchema.source, 'ecb').ok).toBe(false);
		expect(readCell(titlesSchema.panel, 'yes').ok).toBe(true);
		expect(readCell(titlesSchema.panel, 'true').ok).toBe(false);
		expect(readCell(aiShareSchema.series, 'country').ok).toBe(true);
		expect(readCell(aiShareSchema.series, 'mean').ok).toBe(false);
	});
});

describe('postings.csv and wage-growth.csv', () => {
	it('reads indexed months with AI postings or none, and growth in % that may be negative', () => {
		const postings = `region,month,all_postings_2023_100,ai_postings_2023_100,series
gb,2024-01,96.67,152.63,GB
es,2024-01,100,,ES
`;
		expect(parseTable(postings, 'data/postings.csv', postingsSchema)[1]).toEqual({
			region: 'es',
			month: '2024-01',
			all_postings_2023_100: 100,
			ai_postings_2023_100: null,
			series: 'ES'
		});
		const wages = 'region,year,all_jobs_pay_growth_pct,series\nes,2023,-1.3,ES\n';
		expect(parseTable(wages, 'data/wage-growth.csv', wageGrowthSchema)[0]).toMatchObject({
			all_jobs_pay_growth_pct: -1.3
		});
	});

	it('names the line and column of a bad month, index or series', () => {
		const header = 'region,month,all_postings_2023_100,ai_postings_2023_100,series\n';
		expect(() =>
			parseTable(`${header}gb,2024-1,96.67,,GB\n`, 'data/postings.csv', postingsSchema)
		).toThrow('data/postings.csv:2: month: "2024-1" is not valid, expected a month as YYYY-MM');
		expect(() =>
			parseTable(`${header}gb,2024-01,-3,,GB\n`, 'data/postings.csv', postingsSchema)
		).toThrow('data/postings.csv:2: all_postings_2023_100: -3 is below 0');
		expect(() =>
			parseTable(`${header}eu27,2024-01,96.67,,euro\n`, 'data/postings.csv', postingsSchema)
		).toThrow('data/postings.csv:2: series: "euro" is not valid, expected an Indeed series code');
	});
});

describe('salaries.csv row check', () => {
	const header = Object.keys(salariesSchema).join(',');
	const parse = (line: string) =>
		parseTable(`${header}\n${line}\n`, 'data/salaries.csv', salariesSchema, checkSalaryRow);
	// role … level, then listings,distinct,n_eff,currency, then the figures
	const cell = 'ml_engineer,strict,all,gb,2024,all';
	const local = 'ml_engineer,strict,local,gb,2023-2025,all';
	// p25,median,p75,ci_low,ci_high,confidence,median_distinct,median_index_usd,country_mix
	const ok = '1,2,3,1.5,2.5,ok,2,2,';

	it('accepts consistent ok, low and withheld rows', () => {
		expect(parse(`${cell},34,34,34,USD,${ok}`)).toHaveLength(1);
		// repeats: 18 listings, 17 distinct, n_eff 16.2 → low; local pounds with no index figure
		expect(
			parse(`${local},18,17,16.2,GBP,60000,73500,110000,55000,116000,low,73000,,`)
		).toHaveLength(1);
		// 12 listings, 2 pairs of repeats: n_eff 144 / 16 = 9, withheld, every figure empty, with its country mix
		expect(
			parse('ml_engineer,strict,all,eu,2024,all,12,10,9,USD,,,,,,withheld,,,DE:8 FR:4')
		).toHaveLength(1);
		expect(parse(`${cell},0,0,0,USD,,,,,,withheld,,,`)).toHaveLength(1);
	});

	it('takes the confidence from n_eff, not from the listings', () => {
		// 34 listings but n_eff 24.08 → low, not ok
		expect(() => parse(`${cell},34,28,24.08,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: confidence: "ok" does not match n_eff 24.08, expected low'
		);
		// 12 listings but n_eff 9 → withheld, not low
		expect(() => parse(`${cell},12,10,9,USD,1,2,3,1.5,2.5,low,2,2,`)).toThrow(
			'data/salaries.csv:2: confidence: "low" does not match n_eff 9, expected withheld'
		);
	});

	it('rejects distinct outside 1 … listings, and n_eff outside 1 … distinct', () => {
		expect(() => parse(`${cell},34,35,34,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: distinct: 35 is not between 1 and 34 listings'
		);
		expect(() => parse(`${cell},3,0,0,USD,,,,,,withheld,,,`)).toThrow(
			'data/salaries.csv:2: distinct: 0 is not between 1 and 3 listings'
		);
		expect(() => parse(`${cell},34,34,35,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: n_eff: 35 is not between 1 and 34 distinct listings'
		);
		// n² / Σmᵢ² never exceeds the number of groups: 34 listings in 10 groups give at most 10
		expect(() => parse(`${cell},34,10,34,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: n_eff: 34 is not between 1 and 10 distinct listings'
		);
		expect(() => parse(`${cell},10,10,0.5,USD,,,,,,withheld,,,`)).toThrow(
			'data/salaries.csv:2: n_eff: 0.5 is not between 1 and 10 distinct listings'
		);
	});

	it('rejects another currency than US dollars in the all basis', () => {
		expect(() => parse(`${cell},34,34,34,GBP,${ok}`)).toThrow(
			'data/salaries.csv:2: currency: "GBP", expected USD for the all basis'
		);
		// the local basis is in the region's own currency
		expect(parse(`${local},34,34,34,GBP,${ok}`)[0]?.currency).toBe('GBP');
	});

	it('rejects any pay figure in a withheld cell, and a missing one in a shown cell', () => {
		expect(() => parse(`${cell},9,9,9,USD,1,,,,,withheld,,,`)).toThrow(
			'data/salaries.csv:2: p25: a withheld cell must be empty, expected no value'
		);
		expect(() => parse(`${cell},9,9,9,USD,,,,,,withheld,2,,`)).toThrow(
			'data/salaries.csv:2: median_distinct: a withheld cell must be empty, expected no value'
		);
		expect(() => parse(`${cell},34,34,34,USD,1,,3,1.5,2.5,ok,2,2,`)).toThrow(
			'data/salaries.csv:2: median: empty, expected a pay figure for n_eff 34'
		);
	});

	it('rejects a median outside p25–p75 and a CI that does not contain it', () => {
		expect(() => parse(`${cell},40,40,40,USD,1,5,3,1,5,ok,5,5,`)).toThrow(
			'data/salaries.csv:2: median: 5 is not between p25 and p75'
		);
		expect(() => parse(`${cell},40,40,40,USD,1,2,3,2.5,3,ok,2,2,`)).toThrow(
			'data/salaries.csv:2: ci_low: the CI does not contain the median 2'
		);
	});

	it('names the column of a bad code or period', () => {
		expect(() => parse(`ai_engineer,strict,all,gb,2024,XX,40,40,40,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: level: "XX" is not allowed, expected one of EN, MI, SE, EX, or all'
		);
		expect(() => parse(`ml_engineer,strict,all,gb,all,all,40,40,40,USD,${ok}`)).toThrow(
			'data/salaries.csv:2: period: "all" is not a whole number, expected a whole number from 2020 to 2030, or 2023-2025'
		);
	});
});

describe('listings.csv row check', () => {
	const header = Object.keys(listingsSchema).join(',');
	const parse = (line: string) =>
		parseTable(`${header}\n${line}\n`, 'l.csv', listingsSchema, checkListingRow);
	const cell = 'ml_engineer,strict,gb,2024,all';

	it('accepts listings within the panel within all listings, with a share of the panel', () => {
		// 34 / 800 × 100 = 4.25
		expect(parse(`${cell},34,800,4.25,1000`)[0]).toMatchObject({
			listings: 34,
			panel_listings: 800,
			share_of_panel_pct: 4.25,
			all_listings: 1000
		});
		// no panel listings: no share
		expect(parse(`${cell},0,0,,5`)[0]?.share_of_panel_pct).toBeNull();
	});

	it('rejects more role listings than panel listings, and more panel listings than all', () => {
		expect(() => parse(`${cell},5,4,100,10`)).toThrow(
			'l.csv:2: listings: 5 is more than panel_listings 4'
		);
		expect(() => parse(`${cell},5,40,12.5,30`)).toThrow(
			'l.csv:2: panel_listings: 40 is more than all_listings 30'
		);
	});

	it('wants a share exactly when the panel has listings', () => {
		const problem = 'l.csv:2: share_of_panel_pct: expected a share exactly when panel_listings is above 0';
		expect(() => parse(`${cell},5,40,,50`)).toThrow(problem);
		expect(() => parse(`${cell},0,0,0,50`)).toThrow(problem);
	});

	it('wants the share that the counts give, to 4 decimals', () => {
		// 1 / 3 × 100 = 33.3333
		expect(parse(`${cell},1,3,33.3333,3`)[0]?.share_of_panel_pct).toBe(33.3333);
		expect(() => parse(`${cell},1,3,33.33,3`)).toThrow(
			'l.csv:2: share_of_panel_pct: 33.33 is not 100 × listings / panel_listings, expected 33.3333'
		);
	});
});
