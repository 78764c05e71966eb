/**
 * The only place that reads the snapshot files, at build time. Every file is parsed with papaparse
 * and validated against its schema once; a bad value fails the build with `data/<file>:<line>:
 * <column>: <problem>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RowOf, Schema } from '$lib/data/columns';
import { roleLookup, toRegions, type Region } from '$lib/data/reference';
import {
	aiShareSchema,
	checkListingRow,
	checkSalaryRow,
	fxSchema,
	listingsSchema,
	regionsSchema,
	rolesSchema,
	salariesSchema,
	titlesSchema
} from '$lib/data/schema';
import { parseSources, type SnapshotSource } from '$lib/data/sources';
import { parseTable, type RowCheck } from '$lib/data/validate';
import type { SnapshotFile } from '$lib/data/files';

const DATA_DIR = path.resolve('data');

export function snapshotBytes(file: SnapshotFile): Buffer {
	return readFileSync(path.join(DATA_DIR, file));
}

const cache = new Map<string, unknown>();

function table<S extends Schema>(file: SnapshotFile, schema: S, check?: RowCheck<RowOf<S>>) {
	return (): RowOf<S>[] => {
		if (!cache.has(file))
			cache.set(
				file,
				parseTable(snapshotBytes(file).toString('utf8'), `data/${file}`, schema, check)
			);
		return cache.get(file) as RowOf<S>[];
	};
}

export const salaries = table('salaries.csv', salariesSchema, checkSalaryRow);
export const listings = table('listings.csv', listingsSchema, checkListingRow);
export const titles = table('titles.csv', titlesSchema);
export const aiShare = table('ai-share.csv', aiShareSchema);
export const fx = table('fx.csv', fxSchema);
export const roles = table('roles.csv', rolesSchema);
const regionRows = table('regions.csv', regionsSchema);

export function regions(): Region[] {
	return toRegions(regionRows());
}

/** The role lookup, validated (a title listed twice fails the build). */
export function roleTitles() {
	roleLookup(roles());
	return roles();
}

export function sources(): SnapshotSource[] {
	if (!cache.has('sources.json'))
		cache.set(
			'sources.json',
			parseSources(snapshotBytes('sources.json').toString('utf8'), 'data/sources.json')
		);
	return cache.get('sources.json') as SnapshotSource[];
}

export function sourceOf(file: SnapshotFile): SnapshotSource {
	const entry = sources().find((s) => s.file === file);
	if (!entry) throw new Error(`data/sources.json: no entry for ${file}; run npm run data:import`);
	return entry;
}
