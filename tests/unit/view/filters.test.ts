import { describe, expect, it } from 'vitest';
import {
	controlsForRegion,
	controlsQuery,
	defaultControls,
	filterFields,
	parseControls,
	periodChoices,
	withFilter,
	type FilterRegion
} from '$lib/view/filters';

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

	it('keeps figures as advertised in the region’s own currency', () => {
		expect(parse('basis=local&currency=EUR')).toMatchObject({ basis: 'local', currency: 'GBP' });
	});

	it('reads another currency without a basis as every listing converted (links made before the basis)', () => {
		expect(parse('currency=EUR')).toMatchObject({ basis: 'all', currency: 'EUR' });
		expect(parse('currency=GBP')).toMatchObject({ basis: 'local', currency: 'GBP' });
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

describe('withFilter', () => {
	const here = defaultControls(uk);

	it('sets one filter and keeps the others', () => {
		expect(withFilter(here, 'level', 'MI', uk, 2024)).toEqual({ ...here, level: 'MI' });
		expect(withFilter(here, 'period', '2024', uk, 2024)).toEqual({ ...here, period: 2024 });
	});

	it('converts every listing when the reader picks another currency', () => {
		expect(withFilter(here, 'currency', 'EUR', uk, 2024)).toEqual({
			...here,
			basis: 'all',
			currency: 'EUR'
		});
	});

	it('falls back to the default for a value the filter does not offer', () => {
		expect(withFilter({ ...here, level: 'SE' }, 'level', 'PHD', uk, 2024)).toEqual(here);
	});
});
