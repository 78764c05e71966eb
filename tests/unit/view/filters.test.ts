import { describe, expect, it } from 'vitest';
import {
	controlsForRegion,
	controlsQuery,
	defaultControls,
	filterFields,
	parseControls,
	withFilter
} from '$lib/view/filters';

const parse = (query: string, local = 'GBP') => parseControls(new URLSearchParams(query), local);

describe('parseControls', () => {
	it('reads level, currency and definition from the query', () => {
		expect(parse('level=SE&currency=EUR&def=broad')).toEqual({
			level: 'SE',
			currency: 'EUR',
			def: 'broad'
		});
	});

	it("defaults to all levels, the region's own currency and strict titles", () => {
		expect(parse('')).toEqual({ level: 'all', currency: 'GBP', def: 'strict' });
		expect(parse('', 'USD')).toEqual(defaultControls('USD'));
	});

	it('falls back to the default for unknown or hostile values, field by field', () => {
		expect(parse('level=XX&currency=JPY&def=<script>')).toEqual({
			level: 'all',
			currency: 'GBP',
			def: 'strict'
		});
		expect(parse('level=EX&currency=cad', 'CAD').currency).toBe('CAD');
		expect(parse('level=se').level).toBe('all');
		expect(parse('currency=INR').currency).toBe('GBP'); // INR is not offered on the GB page
	});
});

describe('controlsQuery', () => {
	it('leaves defaults out, so the default view is the plain address', () => {
		expect(controlsQuery(defaultControls('GBP'), 'GBP')).toBe('');
		expect(controlsQuery({ level: 'SE', currency: 'GBP', def: 'broad' }, 'GBP')).toBe(
			'?level=SE&def=broad'
		);
		expect(controlsQuery({ level: 'all', currency: 'USD', def: 'strict' }, 'GBP')).toBe(
			'?currency=USD'
		);
	});

	it('round-trips through parseControls', () => {
		const c = { level: 'MI', currency: 'EUR', def: 'broad' } as const;
		expect(parse(controlsQuery(c, 'GBP').slice(1))).toEqual(c);
	});
});

describe('controlsForRegion', () => {
	it('keeps level and definition, and a currency chosen on purpose', () => {
		expect(controlsForRegion({ level: 'SE', currency: 'EUR', def: 'broad' }, 'GBP', 'USD')).toEqual(
			{
				level: 'SE',
				currency: 'EUR',
				def: 'broad'
			}
		);
	});

	it("switches a local-currency view to the new region's own currency", () => {
		expect(
			controlsForRegion({ level: 'all', currency: 'GBP', def: 'strict' }, 'GBP', 'CAD').currency
		).toBe('CAD');
	});

	it('drops a currency the new region does not offer', () => {
		expect(
			controlsForRegion({ level: 'all', currency: 'CAD', def: 'strict' }, 'USD', 'GBP').currency
		).toBe('GBP');
	});
});

describe('filterFields', () => {
	it('offers level, currency and job titles as labelled selects with the current values', () => {
		const fields = filterFields({ level: 'SE', currency: 'EUR', def: 'broad' }, 'GBP');
		expect(fields.map((f) => [f.name, f.label, f.value])).toEqual([
			['level', 'Level', 'SE'],
			['currency', 'Currency', 'EUR'],
			['def', 'Job titles', 'broad']
		]);
		expect(fields[0]!.options.map((o) => o.label)).toEqual([
			'All levels',
			'Entry',
			'Mid',
			'Senior',
			'Executive'
		]);
		expect(fields[1]!.options).toEqual([
			{ value: 'USD', label: 'USD ($)' },
			{ value: 'GBP', label: 'GBP (£)' },
			{ value: 'EUR', label: 'EUR (€)' }
		]);
		expect(fields[2]!.options.map((o) => o.label)).toEqual(['Strict titles', 'Broad titles']);
	});
});

describe('withFilter', () => {
	const here = { level: 'SE', currency: 'EUR', def: 'broad' } as const;

	it('sets one filter and keeps the others', () => {
		expect(withFilter(here, 'level', 'MI', 'GBP')).toEqual({ ...here, level: 'MI' });
		expect(withFilter(here, 'currency', 'GBP', 'GBP')).toEqual({ ...here, currency: 'GBP' });
	});

	it('falls back to the default for a value the filter does not offer', () => {
		expect(withFilter(here, 'level', 'PHD', 'GBP')).toEqual({ ...here, level: 'all' });
	});
});
