import { describe, expect, it } from 'vitest';
import { regionIndexer, roleLookup, toRegions } from '$lib/data/reference';

describe('roleLookup', () => {
	it('counts strict titles under both definitions and broad ones under broad only', () => {
		const roles = roleLookup([
			{ job_title: 'AI Engineer', role: 'ai_engineer', definition: 'strict', why: null },
			{
				job_title: 'LLM Engineer',
				role: 'ai_engineer',
				definition: 'broad',
				why: 'Builds products on large language models'
			}
		]);
		expect(roles.get('AI Engineer')?.definitions).toEqual(['strict', 'broad']);
		expect(roles.get('LLM Engineer')?.definitions).toEqual(['broad']);
		expect(roles.get('ai engineer')).toBeUndefined(); // exact titles only
	});

	it('refuses a title listed twice', () => {
		const row = {
			job_title: 'AI Engineer',
			role: 'ai_engineer',
			definition: 'strict',
			why: null
		} as const;
		expect(() => roleLookup([row, row])).toThrow('"AI Engineer" is listed twice');
	});
});

describe('regions', () => {
	const regions = toRegions([
		{ region: 'global', name: 'Global', currency: 'USD', countries: '*' },
		{ region: 'eu', name: 'EU', currency: 'EUR', countries: 'DE FR' },
		{ region: 'de', name: 'Germany', currency: 'EUR', countries: 'DE' }
	]);

	it('files a country under every region that lists it, and Global under all', () => {
		const of = regionIndexer(regions);
		expect(of('DE')).toEqual([0, 1, 2]);
		expect(of('FR')).toEqual([0, 1]);
		expect(of('US')).toEqual([0]);
	});

	it('refuses a duplicated region id', () => {
		expect(() =>
			toRegions([
				{ region: 'de', name: 'A', currency: 'EUR', countries: 'DE' },
				{ region: 'de', name: 'B', currency: 'EUR', countries: 'DE' }
			])
		).toThrow('"de" is listed twice');
	});
});
