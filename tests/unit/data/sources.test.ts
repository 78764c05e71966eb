import { describe, expect, it } from 'vitest';
import { parseSources, type SnapshotSource } from '$lib/data/sources';
import { DataError } from '$lib/data/validate';
import { sourceEntry } from '../helpers';

const json = (...entries: unknown[]) => JSON.stringify({ snapshots: entries });

describe('parseSources', () => {
	it('reads entries with and without a raw file', () => {
		const raw = sourceEntry('salaries.csv', { raw_rows: 10, raw_file: 'x/salaries.csv' });
		const hand = sourceEntry('roles.csv', { url: null, attribution: null, command: null });
		expect(parseSources(json(raw, hand), 'data/sources.json')).toEqual([raw, hand]);
	});

	it('names the file and the field of a bad value, and what it expected', () => {
		const bad = { ...sourceEntry('fx.csv'), rows: 'many' };
		expect(() => parseSources(json(bad), 'data/sources.json')).toThrow(
			new DataError(
				'data/sources.json',
				1,
				'snapshots[0].rows',
				'"many" is not valid, expected a number'
			)
		);
		const missing: Partial<SnapshotSource> = sourceEntry('fx.csv');
		delete missing.licence;
		expect(() => parseSources(json(sourceEntry('a.csv'), missing), 'f.json')).toThrow(
			'f.json:1: snapshots[1].licence: missing is not valid, expected text'
		);
		expect(() =>
			parseSources(json({ ...sourceEntry('a.csv'), raw_rows: null }), 'f.json')
		).toThrow('snapshots[0].raw_rows: null is not valid, expected a number (or no field)');
	});

	it('reads a snapshot made from several raw files, and names a bad field of one of them', () => {
		const raw = (file: string) => ({
			raw_file: `indeed-job-postings-tracker/${file}`,
			raw_sha256: 'a'.repeat(64),
			copied_from: `github.com/hiring-lab/job_postings_tracker ${file} at commit ${'c'.repeat(40)} (unchanged)`,
			raw_blob: 'b'.repeat(40),
			raw_rows: 4774,
			coverage: '2020-02-01 to 2026-08-14, daily'
		});
		const several = sourceEntry('postings.csv', {
			raw_files: [raw('GB/aggregate_job_postings_GB.csv'), raw('EA/aggregate_job_postings_EA.csv')]
		});
		expect(parseSources(json(several), 'data/sources.json')).toEqual([several]);
		const bad = { ...several, raw_files: [raw('GB.csv'), { ...raw('EA.csv'), raw_rows: '4774' }] };
		expect(() => parseSources(json(bad), 'data/sources.json')).toThrow(
			'data/sources.json:1: snapshots[0].raw_files[1].raw_rows: "4774" is not valid, expected a number'
		);
		expect(() =>
			parseSources(json({ ...several, raw_files: 'GB.csv' }), 'data/sources.json')
		).toThrow(
			'snapshots[0].raw_files: "GB.csv" is not valid, expected a list of raw files (or no field)'
		);
	});

	it('refuses text that is not JSON, or has no list of snapshots', () => {
		expect(() => parseSources('{', 'f.json')).toThrow(/^f\.json:1: \(file\): .*expected JSON$/);
		expect(() => parseSources('{"files": []}', 'f.json')).toThrow(
			'f.json:1: snapshots: missing, expected a list of snapshot entries'
		);
	});
});
