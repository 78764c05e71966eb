import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import { snapshotsFixture } from '../helpers';

const snapshots = snapshotsFixture();
const page = buildRegionPage(snapshots, 'gb')!;

describe('buildRegionPage', () => {
	it('is null for a region that does not exist', () => {
		expect(buildRegionPage(snapshots, 'xx')).toBeNull();
	});

	it('takes the years from the trend start, and the latest full year for headlines', () => {
		expect(page.years).toEqual([2023, 2024, 2025]);
		expect(page.latestYear).toBe(2024);
		// the salary data runs from its first year (2021) to where the partial year ends
		expect(page.salaryMonths).toEqual(['2021-01', '2025-08']);
	});

	it('holds the region’s own cells from the trend start and every region’s latest full year', () => {
		const data = unpackRegionPage(page);
		expect(data.cells.map((c) => `${c.role} ${c.year}`)).toEqual([
			'ml_engineer 2023',
			'ml_engineer 2024',
			'ml_engineer 2025',
			'ai_engineer 2024'
		]);
		expect(data.cells).toEqual(snapshots.salaries.filter((r) => r.region === 'gb' && r.year !== 2021));
		expect(data.regionCells).toHaveLength(7);
		expect(data.regionCells.every((c) => c.year === 2024)).toBe(true);
		expect(data.listings).toHaveLength(4);
		expect(data.aiShare.map((r) => r.month)).toEqual(['2025-06', '2026-06']);
	});

	it('sends the rates of the currencies the page offers, and no others', () => {
		// USD, GBP, EUR: not INR
		expect(page.fx.map((r) => `${r.currency} ${r.year}`)).toEqual([
			'EUR 2024',
			'GBP 2023',
			'GBP 2024',
			'GBP 2025'
		]);
	});

	it('names the countries Indeed covers, and credits both sources', () => {
		expect(page.indeedCountries).toEqual(['United Kingdom', 'United States']);
		expect(page.sources.salaries).toMatchObject({ name: 'Salary index', licence: 'CC0 1.0' });
		expect(page.sources.aiShare).toMatchObject({ licence: 'CC BY 4.0' });
		expect(page.citation.sources.map((s) => s.snapshot)).toEqual(['2025-08-09', '2026-07-21']);
	});

	it('refuses salaries without a full year to headline', () => {
		const partialOnly = {
			...snapshots,
			salaries: snapshots.salaries.filter((r) => r.year === 2025)
		};
		expect(() => buildRegionPage(partialOnly, 'gb')).toThrow('no complete year');
	});
});
