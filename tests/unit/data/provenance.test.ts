import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FILES } from '$lib/data/files';
import { citationText } from '$lib/data/citation';
import { citation, credit, snapshotCatalogue, sourceOf } from '$lib/data/provenance';
import { salariesSchema } from '$lib/data/schema';
import { sourceEntry } from '../helpers';

const sources = SNAPSHOT_FILES.filter((f) => f !== 'sources.json').map((file) =>
	sourceEntry(file, { rows: file.length })
);

describe('provenance', () => {
	it('finds a snapshot’s entry, and fails the build without one', () => {
		expect(sourceOf(sources, 'fx.csv').file).toBe('fx.csv');
		expect(() => sourceOf([], 'fx.csv')).toThrow(
			'data/sources.json: no entry for fx.csv; run npm run data:import'
		);
	});

	it('credits a source by name, address and licence', () => {
		expect(credit(sourceEntry('fx.csv'))).toEqual({
			name: 'Salary index',
			url: 'https://example.org/salaries',
			licence: 'CC0 1.0',
			licence_url: 'https://creativecommons.org/publicdomain/zero/1.0/',
			attribution: 'Salary data: the index, CC0 1.0.',
			snapshot_date: '2025-08-09'
		});
	});

	it('catalogues every snapshot file with its columns and rows', () => {
		const catalogue = snapshotCatalogue(sources);
		expect(catalogue.map((f) => f.file)).toEqual([...SNAPSHOT_FILES]);
		const salaries = catalogue.find((f) => f.file === 'salaries.csv')!;
		expect(salaries.rows).toBe('salaries.csv'.length);
		expect(salaries.columns.map((c) => c.name)).toEqual(Object.keys(salariesSchema));
		expect(salaries.columns.every((c) => c.meaning !== '')).toBe(true);
		// sources.json describes the others: its rows are their entries
		expect(catalogue.at(-1)).toMatchObject({ file: 'sources.json', rows: sources.length });
	});

	it('cites the dashboard with each source’s snapshot date', () => {
		const c = citation([
			sourceEntry('salaries.csv'),
			sourceEntry('ai-share.csv', { name: 'AI Tracker', licence: 'CC BY 4.0', snapshot_date: null }),
			sourceEntry('postings.csv', {
				name: 'Job Postings Index',
				licence: 'CC BY 4.0',
				snapshot_date: '2026-08-19'
			}),
			sourceEntry('wage-growth.csv', {
				name: 'Wage Tracker',
				licence: 'CC BY 4.0',
				snapshot_date: '2026-05-26'
			})
		]);
		expect(citationText(c)).toBe(
			'ml-vs-ai-engineer contributors. ML Engineer vs AI Engineer: pay and demand on open data [dashboard]. Data: Salary index, snapshot of 2025-08-09 (CC0 1.0); AI Tracker, snapshot of unknown date (CC BY 4.0); Job Postings Index, snapshot of 2026-08-19 (CC BY 4.0); Wage Tracker, snapshot of 2026-05-26 (CC BY 4.0).'
		);
	});
});
