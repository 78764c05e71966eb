import { describe, expect, it } from 'vitest';
import { openingOf } from '$lib/data/opening';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { salaryRow, snapshotsFixture } from '../helpers';

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

	it('holds the region’s own cells of every basis and period from the trend start', () => {
		const data = unpackRegionPage(page);
		const mine = snapshots.salaries.filter((r) => r.region === 'gb' && r.period !== 2021);
		expect(data.cells).toHaveLength(mine.length);
		// without what only the methodology reads
		expect(data.cells[0]).not.toHaveProperty('median_index_usd');
		expect(data.cells[0]).not.toHaveProperty('median_distinct');
		expect(data.cells.map((c) => `${c.basis} ${c.role} ${c.period}`)).toContain(
			'local ml_engineer 2023-2025'
		);
	});

	it('holds every region’s cells of the offered periods, every listing converted', () => {
		const data = unpackRegionPage(page);
		expect(data.regionCells.every((c) => c.basis === 'all')).toBe(true);
		expect(new Set(data.regionCells.map((c) => c.period))).toEqual(new Set([2024, '2023-2025']));
		// global: ML 2024, ML SE 2024, ML pooled, AI 2024, AI pooled; gb: ML 2024 and pooled, AI
		// 2024 and pooled; es: ML and AI, 2024 and pooled
		expect(data.regionCells).toHaveLength(13);
		expect(data.listings.map((r) => r.period)).toEqual([
			2023,
			2023,
			2024,
			2024,
			2025,
			2025,
			'2023-2025',
			'2023-2025'
		]);
		expect(data.aiShare.every((r) => r.region === 'gb')).toBe(true);
	});

	it('sends the rates of the currencies the page offers, and no others', () => {
		// USD, GBP, EUR: not INR or PLN
		expect(page.fx.map((r) => `${r.currency} ${r.year}`)).toEqual([
			'EUR 2024',
			'GBP 2023',
			'GBP 2024',
			'GBP 2025'
		]);
	});

	it('says how each region opens', () => {
		expect(page.regions.map((r) => [r.id, r.basis, r.period])).toEqual([
			['global', 'all', 2024],
			['gb', 'local', '2023-2025'],
			['es', 'local', '2023-2025']
		]);
	});

	it('names the countries Indeed covers, and credits the sources', () => {
		expect(page.indeedCountries).toEqual(['United Kingdom', 'United States']);
		expect(page.sources.salaries).toMatchObject({ name: 'Salary index', licence: 'CC0 1.0' });
		expect(page.sources.aiShare).toMatchObject({ licence: 'CC BY 4.0' });
		expect(page.sources.fx).toMatchObject({ licence: 'Public domain (ODC PDDL 1.0)' });
		expect(page.sources.wages).toMatchObject({ licence: 'CC BY 4.0' });
		expect(page.sources.postings).toMatchObject({ licence: 'CC BY 4.0' });
		// the salary index, the AI tracker, the postings index (the market chart) and the wage
		// tracker (the pay trend's benchmark), each with its fixture's snapshot date
		expect(page.citation.sources.map((s) => s.snapshot)).toEqual(
			['salaries.csv', 'ai-share.csv', 'postings.csv', 'wage-growth.csv'].map(
				(file) => snapshots.sources.find((s) => s.file === file)?.snapshot_date
			)
		);
	});

	it('refuses salaries without a full year to headline', () => {
		const partialOnly = {
			...snapshots,
			salaries: snapshots.salaries.filter((r) => r.period === 2025)
		};
		expect(() => buildRegionPage(partialOnly, 'gb')).toThrow('no complete year');
	});
});

describe('openingOf', () => {
	const uk = { id: 'gb', name: 'United Kingdom', currency: 'GBP', countries: ['GB'] };
	const shown = (basis: 'all' | 'local', period: number | '2023-2025', role: 'ml_engineer' | 'ai_engineer') =>
		salaryRow({ role, region: 'gb', period, level: 'all', listings: 40, basis }, [1, 2, 3, 1, 3]);
	const both = (basis: 'all' | 'local', period: number | '2023-2025') => [
		shown(basis, period, 'ml_engineer'),
		shown(basis, period, 'ai_engineer')
	];

	it('opens a country as advertised in its latest full year where that shows both roles', () => {
		expect(openingOf(uk, [...both('local', 2024), ...both('all', 2024)], 2024)).toEqual({
			basis: 'local',
			period: 2024
		});
	});

	it('pools, then converts, until both roles show', () => {
		const localPooled = [shown('local', 2024, 'ml_engineer'), ...both('local', '2023-2025')];
		expect(openingOf(uk, localPooled, 2024)).toEqual({ basis: 'local', period: '2023-2025' });
		// nothing advertised in pounds: every listing, converted
		expect(openingOf(uk, [shown('all', 2024, 'ml_engineer'), ...both('all', '2023-2025')], 2024)).toEqual({
			basis: 'all',
			period: '2023-2025'
		});
	});

	it('takes the view that shows most where none shows both, the earlier on a tie', () => {
		expect(openingOf(uk, [shown('all', '2023-2025', 'ml_engineer')], 2024)).toEqual({
			basis: 'all',
			period: '2023-2025'
		});
		expect(
			openingOf(uk, [shown('local', '2023-2025', 'ml_engineer'), shown('all', 2024, 'ml_engineer')], 2024)
		).toEqual({ basis: 'local', period: '2023-2025' });
	});

	it('pools a region that shows nothing, and converts a region of several countries', () => {
		expect(openingOf(uk, [], 2024)).toEqual({ basis: 'local', period: '2023-2025' });
		const eu = { id: 'gb', name: 'Several', currency: 'EUR', countries: ['DE', 'FR'] };
		expect(openingOf(eu, [...both('local', 2024), ...both('all', '2023-2025')], 2024)).toEqual({
			basis: 'all',
			period: '2023-2025'
		});
	});
});
