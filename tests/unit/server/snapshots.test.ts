/**
 * The committed snapshots in data/: every file passes the build-time validation, and the files are
 * exactly what the importer makes of the raw sources. Those are not in the repository:
 * `npm run data:fetch` puts them in .cache/raw (../shared/data/raw has them on developer machines
 * and in CI). Without them that one test is skipped, saying why and how to run it; with
 * REQUIRE_RAW_SOURCES=1 (set by .ci/run) it fails instead, so CI never skips it in silence.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as snapshots from '$lib/server/snapshots';
import { IMPORTED_FILES } from '$lib/data/files';
import type { RawFileRecord } from '$lib/data/sources';
import { rawFiles, type Manifest } from '../../../scripts/fetcher';
import { RAW_SOURCE, runImport } from '../../../scripts/importer';

const manifest = JSON.parse(await readFile('raw-sources.json', 'utf8')) as Manifest;
// as `npm run data:import` reads them: fetched into .cache/raw, else ../shared/data/raw
const raws = (id: string) =>
	rawFiles(manifest, id).map((file) => path.relative(process.cwd(), file));
const raw = (id: string) => raws(id)[0] as string;
const missing = Object.values(RAW_SOURCE)
	.flatMap(raws)
	.filter((file) => !existsSync(file));
const WHY_MISSING = `the raw sources are not here (${missing.join(', ')}): run \`npm run data:fetch\`, then \`npm test\``;

describe('data/ snapshots', () => {
	it('all validate against their schemas', () => {
		expect(snapshots.salaries().length).toBeGreaterThan(0);
		expect(snapshots.gaps().length).toBeGreaterThan(0);
		expect(snapshots.listings().length).toBeGreaterThan(0);
		expect(snapshots.aiShare().length).toBeGreaterThan(0);
		expect(snapshots.fx().length).toBeGreaterThan(0);
		expect(snapshots.postings().length).toBeGreaterThan(0);
		expect(snapshots.wageGrowth().length).toBeGreaterThan(0);
		expect(snapshots.regions().map((r) => r.id)).toEqual(
			expect.arrayContaining([
				'global',
				'us',
				'ca',
				'gb',
				'eu27',
				'de',
				'fr',
				'nl',
				'es',
				'in',
				'au'
			])
		);
		expect(snapshots.roles().length).toBeGreaterThan(0);
		expect(snapshots.sources().map((s) => s.file)).toContain('salaries.csv');
	});

	it('count every listing of the raw file: its range pairs and single rows', () => {
		const source = snapshots.sources().find((s) => s.file === 'salaries.csv');
		// every listing of every title, year by year (one role's rows: all_listings is every title's)
		const yearly = snapshots
			.listings()
			.filter(
				(r) =>
					r.role === 'ml_engineer' &&
					r.definition === 'strict' &&
					r.region === 'global' &&
					typeof r.period === 'number' &&
					r.level === 'all'
			);
		expect(source?.raw_range_pairs).toBeGreaterThan(0);
		expect(yearly.reduce((n, r) => n + r.all_listings, 0)).toBe(source?.raw_listings);
		expect(source?.raw_listings).toBe(
			(source?.raw_range_pairs ?? NaN) + (source?.raw_single_rows ?? NaN)
		);
		expect(source?.raw_rows).toBe(
			2 * (source?.raw_range_pairs ?? NaN) + (source?.raw_single_rows ?? NaN)
		);
	});

	it('record the raw-sources.json pin of every raw file they were made from', () => {
		// a snapshot made from several raw files records each of them in raw_files
		const records = snapshots
			.sources()
			.flatMap((s): RawFileRecord[] => s.raw_files ?? (s.raw_file ? [s as RawFileRecord] : []));
		// and every pinned file is one of them
		expect(new Set(records.map((r) => r.raw_sha256))).toEqual(
			new Set(manifest.sources.map((p) => p.sha256))
		);
		for (const source of records) {
			const pin = manifest.sources.find((p) => p.sha256 === source.raw_sha256);
			expect(pin, source.raw_file).toBeDefined();
			expect(source.raw_file).toBe(`${pin?.id}/${pin?.file}`);
			expect([source.raw_repo, source.raw_path, source.raw_commit]).toEqual([
				pin?.repo,
				pin?.path,
				pin?.commit
			]);
			// where it was copied from, in words, is the pin's too
			expect(source.copied_from).toContain(
				`github.com/${pin?.repo} ${pin?.path} at commit ${pin?.commit}`
			);
			expect(source.raw_blob).toBe(pin?.git_blob);
		}
	});

	it('are exactly what the importer makes of the raw sources', async (context) => {
		if (missing.length > 0) {
			if (process.env.REQUIRE_RAW_SOURCES)
				throw new Error(`REQUIRE_RAW_SOURCES is set, but ${WHY_MISSING}`);
			console.warn(`skipped: the snapshots were not compared with the raw sources: ${WHY_MISSING}`);
			context.skip(WHY_MISSING);
		}
		const out = await mkdtemp(path.join(tmpdir(), 'snapshots-'));
		for (const f of ['roles.csv', 'regions.csv']) await cp(path.join('data', f), path.join(out, f));
		await runImport({
			salaries: raw('aijobs-salaries'),
			aiShare: raw('indeed-ai-tracker'),
			fx: raw('fed-fx'),
			postings: raws('indeed-job-postings-tracker'),
			wages: raw('indeed-wage-tracker'),
			out,
			// so sources.json records each raw file's pin, as `npm run data:import` does
			pins: manifest.sources,
			pinned: ['salaries', 'aiShare', 'fx', 'postings', 'wages']
		});
		for (const f of IMPORTED_FILES)
			expect(
				(await readFile(path.join(out, f))).equals(await readFile(path.join('data', f))),
				f
			).toBe(true);
	});
});
