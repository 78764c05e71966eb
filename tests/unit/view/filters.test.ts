import { describe, expect, it } from 'vitest';
import {
	controlsForRegion,
	controlsQuery,
	defaultControls,
	filterFields,
	filterLine,
	parseControls,
	periodChoices,
	readControls,
	withFilter,
	type FilterRegion,
	type Rejected
} from '$lib/view/filters';
import { fallbackNotice } from '$lib/view/filterNotice';

/** The UK opens pooled, as advertised; the US in 2024, as advertised; Global in 2024, converted. */
const uk: FilterRegion = { currency: 'GBP', basis: 'local', period: '2023-2025' };
const us: FilterRegion = { currency: 'USD', basis: 'local', period: 2024 };
const global: FilterRegion = { currency: 'USD', basis: 'all', period: 2024 };
const ca: FilterRegion = { currency: 'CAD', basis: 'all', period: '2023-2025' };
const parse = (query: string, region = uk) =>
	parseControls(new URLSearchParams(query), region, 2024);

describe('parseControls', () => {
	it('reads every filter from the query', () => {
		expect(parse('level=SE&currency=EUR&def=broad&basis=all&period=2024')).toEqual({
			level: 'SE',
			currency: 'EUR',
			def: 'broad',
			basis: 'all',
			period: 2024
		});
	});

	it('opens at the region’s defaults', () => {
		expect(parse('')).toEqual({
			level: 'all',
			currency: 'GBP',
			def: 'strict',
			basis: 'local',
			period: '2023-2025'
		});
		expect(parse('', global)).toEqual(defaultControls(global));
	});

	it('falls back to the default for unknown or hostile values, field by field', () => {
		expect(parse('level=XX&currency=JPY&def=<script>&basis=x&period=2019')).toEqual(
			defaultControls(uk)
		);
		expect(parse('level=se').level).toBe('all');
		expect(parse('currency=INR').currency).toBe('GBP'); // INR is not offered on the GB page
		expect(parse('period=2023-2025', us).period).toBe('2023-2025');
	});

	it('shows the figures as advertised in another currency where asked: the currency is a display choice', () => {
		expect(parse('basis=local&currency=EUR')).toMatchObject({ basis: 'local', currency: 'EUR' });
	});

	it('never reads the listings counted from the currency: another currency keeps the region’s basis', () => {
		// the UK opens on its figures as advertised: the same listings, in euros
		expect(parse('currency=EUR')).toMatchObject({ basis: 'local', currency: 'EUR' });
		expect(parse('currency=GBP')).toMatchObject({ basis: 'local', currency: 'GBP' });
		expect(parse('basis=all&currency=EUR')).toMatchObject({ basis: 'all', currency: 'EUR' });
	});
});

describe('readControls', () => {
	const rejected = (query: string, region = uk) =>
		readControls(new URLSearchParams(query), region, 2024).rejected;

	it('names each filter value the page does not offer, and what it shows instead', () => {
		expect(rejected('level=ZZ')).toEqual([{ key: 'level', value: 'ZZ', shown: 'all' }]);
		expect(rejected('currency=XXX')).toEqual([{ key: 'currency', value: 'XXX', shown: 'GBP' }]);
		// the UK opens pooled; 1999 is not a period any page offers
		expect(rejected('period=1999')).toEqual([{ key: 'period', value: '1999', shown: '2023-2025' }]);
		expect(rejected('basis=nope')).toEqual([{ key: 'basis', value: 'nope', shown: 'local' }]);
		expect(rejected('def=x')).toEqual([{ key: 'def', value: 'x', shown: 'strict' }]);
	});

	it('names several in the address’s order (level, definition, basis, period, currency)', () => {
		expect(rejected('currency=XXX&period=1999&def=x&level=ZZ')).toEqual([
			{ key: 'level', value: 'ZZ', shown: 'all' },
			{ key: 'def', value: 'x', shown: 'strict' },
			{ key: 'period', value: '1999', shown: '2023-2025' },
			{ key: 'currency', value: 'XXX', shown: 'GBP' }
		]);
	});

	it('gives the same controls as parseControls, the good values kept', () => {
		const params = new URLSearchParams('level=SE&currency=XXX&period=2024');
		const read = readControls(params, uk, 2024);
		expect(read.controls).toEqual({ ...defaultControls(uk), level: 'SE', period: 2024 });
		expect(read.controls).toEqual(parseControls(params, uk, 2024));
		expect(read.rejected).toEqual([{ key: 'currency', value: 'XXX', shown: 'GBP' }]);
	});

	it('accepts a currency in lower case, but a level only as written', () => {
		expect(rejected('currency=gbp')).toEqual([]);
		expect(readControls(new URLSearchParams('currency=eur'), uk, 2024)).toEqual({
			controls: { ...defaultControls(uk), currency: 'EUR' },
			rejected: []
		});
		expect(rejected('level=se')).toEqual([{ key: 'level', value: 'se', shown: 'all' }]);
	});

	it('refuses a value offered on another page or in another year, but not on this one', () => {
		// rupees are offered on the Indian page only; 2025 is not a full year here
		expect(rejected('currency=INR')).toEqual([{ key: 'currency', value: 'INR', shown: 'GBP' }]);
		expect(rejected('period=2025')).toEqual([{ key: 'period', value: '2025', shown: '2023-2025' }]);
		expect(rejected('period=2023-2025&period=2024', us)).toEqual([]);
	});

	it('says a bad basis falls back to the region’s own, whatever the currency', () => {
		expect(rejected('basis=nope&currency=EUR')).toEqual([
			{ key: 'basis', value: 'nope', shown: 'local' }
		]);
	});

	it('passes over empty values and parameters that are not filters', () => {
		expect(rejected('level=&currency=&utm_source=x&ref=newsletter')).toEqual([]);
	});
});

describe('fallbackNotice', () => {
	const level: Rejected = { key: 'level', value: 'ZZ', shown: 'all' };
	const currency: Rejected = { key: 'currency', value: 'XXX', shown: 'GBP' };
	const notice = (query: string, region = uk) =>
		fallbackNotice(readControls(new URLSearchParams(query), region, 2024).rejected);

	it('says nothing when every value is offered', () => {
		expect(fallbackNotice([])).toBe('');
		expect(notice('level=SE&currency=gbp')).toBe('');
	});

	it('says what each filter shows instead', () => {
		expect(fallbackNotice([level])).toBe('No level ‘ZZ’; showing all levels.');
		expect(fallbackNotice([currency])).toBe('No currency ‘XXX’; showing figures in pounds.');
		expect(notice('period=1999')).toBe('No period ‘1999’; showing figures pooled over 2023–2025.');
		expect(notice('period=1999', us)).toBe('No period ‘1999’; showing figures for 2024.');
		expect(notice('basis=nope')).toBe('No pay basis ‘nope’; showing pay as advertised.');
		expect(notice('basis=nope', global)).toBe(
			'No pay basis ‘nope’; showing converted pay from all listings.'
		);
		expect(notice('def=x')).toBe('No job-title definition ‘x’; showing strict job titles.');
		expect(notice('currency=XXX', global)).toBe(
			'No currency ‘XXX’; showing figures in US dollars.'
		);
		expect(fallbackNotice([{ key: 'level', value: 'ZZ', shown: 'SE' }])).toBe(
			'No level ‘ZZ’; showing senior level.'
		);
	});

	it('names several values in one sentence', () => {
		expect(fallbackNotice([level, currency])).toBe(
			'No level ‘ZZ’ or currency ‘XXX’; showing all levels in pounds.'
		);
		expect(notice('level=ZZ&currency=XXX&def=x&basis=nope&period=1999')).toBe(
			'No level ‘ZZ’, job-title definition ‘x’, pay basis ‘nope’, period ‘1999’ or currency ‘XXX’; ' +
				'showing all levels, strict job titles and pay as advertised pooled over 2023–2025 in pounds.'
		);
	});

	it('quotes at most 20 characters of a value, as text, without control characters', () => {
		// `<script>` is 8 characters, `alert(1)` 8 more, then `</sc` makes 20
		expect(fallbackNotice([{ ...level, value: '<script>alert(1)</script>' }])).toBe(
			'No level ‘<script>alert(1)</sc…’; showing all levels.'
		);
		expect(fallbackNotice([{ ...level, value: 'x'.repeat(20) }])).toBe(
			`No level ‘${'x'.repeat(20)}’; showing all levels.`
		);
		// a character outside the basic plane counts once, and is not cut in half
		expect(fallbackNotice([{ ...level, value: '😀'.repeat(21) }])).toBe(
			`No level ‘${'😀'.repeat(20)}…’; showing all levels.`
		);
		// a right-to-left override and a line break are dropped; a run of spaces is one
		expect(fallbackNotice([{ ...level, value: 'Z\u202eZ\nZ   Z' }])).toBe(
			'No level ‘ZZZ Z’; showing all levels.'
		);
	});
});

describe('controlsQuery', () => {
	it('leaves defaults out, so the default view is the plain address', () => {
		expect(controlsQuery(defaultControls(uk), uk)).toBe('');
		expect(controlsQuery({ ...defaultControls(uk), level: 'SE', def: 'broad' }, uk)).toBe(
			'?level=SE&def=broad'
		);
		expect(
			controlsQuery({ ...defaultControls(uk), basis: 'all', period: 2024, currency: 'USD' }, uk)
		).toBe('?basis=all&period=2024&currency=USD');
	});

	it('round-trips through parseControls', () => {
		const c = { level: 'MI', currency: 'EUR', def: 'broad', basis: 'all', period: 2024 } as const;
		expect(parse(controlsQuery(c, uk).slice(1))).toEqual(c);
	});
});

describe('controlsForRegion', () => {
	it('keeps level and definition, and a currency chosen on purpose', () => {
		const chosen = {
			...defaultControls(uk),
			level: 'SE',
			def: 'broad',
			basis: 'all',
			currency: 'EUR'
		} as const;
		expect(controlsForRegion(chosen, uk, global)).toEqual({
			...chosen,
			// the UK's pooled period was only its default: the US opens at its own
			period: 2024
		});
	});

	it('takes the new region’s defaults where the old ones were only defaults', () => {
		expect(controlsForRegion(defaultControls(uk), uk, ca)).toEqual(defaultControls(ca));
		expect(controlsForRegion(defaultControls(global), global, uk)).toEqual(defaultControls(uk));
	});

	it('keeps a period and basis the reader chose', () => {
		const pooled = { ...defaultControls(global), period: '2023-2025' } as const;
		expect(controlsForRegion(pooled, global, us)).toMatchObject({
			period: '2023-2025',
			basis: 'local'
		});
	});

	it('drops a currency the new region does not offer', () => {
		const cad = { ...defaultControls(ca), currency: 'CAD' };
		expect(controlsForRegion(cad, ca, uk).currency).toBe('GBP');
	});
});

describe('filterFields', () => {
	it('offers period, pay basis, level, currency and job titles with the current values', () => {
		const fields = filterFields({ ...defaultControls(uk), level: 'SE' }, uk, 2024);
		expect(fields.map((f) => [f.name, f.label, f.value])).toEqual([
			['period', 'Period', '2023-2025'],
			['basis', 'Pay', 'local'],
			['level', 'Level', 'SE'],
			['currency', 'Currency', 'GBP'],
			['def', 'Job titles', 'strict']
		]);
		expect(fields[0]!.options).toEqual([
			{ value: '2024', label: '2024' },
			{ value: '2023-2025', label: '2023–25 pooled' }
		]);
		expect(fields[1]!.options.map((o) => o.label)).toEqual(['As advertised', 'All, converted']);
		expect(fields[2]!.options.map((o) => o.label)).toEqual([
			'All levels',
			'Entry',
			'Mid',
			'Senior',
			'Executive'
		]);
		expect(fields[3]!.options).toEqual([
			{ value: 'USD', label: 'USD ($)' },
			{ value: 'GBP', label: 'GBP (£)' },
			{ value: 'EUR', label: 'EUR (€)' }
		]);
		expect(fields[4]!.options.map((o) => o.label)).toEqual(['Strict', 'Broad']);
		expect(periodChoices(2024)).toEqual([2024, '2023-2025']);
	});
});

describe('filterLine', () => {
	const line = (controls: Partial<ReturnType<typeof defaultControls>>, region = uk) =>
		filterLine(filterFields({ ...defaultControls(region), ...controls }, region, 2024), region);

	it('says the period, pay basis and level as their options read, leaving out default currency and titles', () => {
		expect(line({})).toBe('2023–25 pooled · as advertised · all levels');
		expect(line({}, global)).toBe('2024 · all, converted · all levels');
	});

	it('names the currency and the job titles where they are not the region’s defaults', () => {
		expect(line({ currency: 'EUR' })).toBe('2023–25 pooled · as advertised · all levels · in EUR');
		expect(line({ def: 'broad', level: 'SE', period: 2024 })).toBe(
			'2024 · as advertised · senior · broad titles'
		);
	});
});

describe('withFilter', () => {
	const here = defaultControls(uk);

	it('sets one filter and keeps the others', () => {
		expect(withFilter(here, 'level', 'MI', uk, 2024)).toEqual({ ...here, level: 'MI' });
		expect(withFilter(here, 'period', '2024', uk, 2024)).toEqual({ ...here, period: 2024 });
	});

	it('keeps the listings counted when the reader picks another currency', () => {
		expect(withFilter(here, 'currency', 'EUR', uk, 2024)).toEqual({ ...here, currency: 'EUR' });
	});

	it('falls back to the default for a value the filter does not offer', () => {
		expect(withFilter({ ...here, level: 'SE' }, 'level', 'PHD', uk, 2024)).toEqual(here);
	});
});
