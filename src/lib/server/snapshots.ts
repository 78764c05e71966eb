/**
 * The only place that reads the snapshot files, at build time. Every file is parsed with papaparse
 * and validated against its schema once; a bad value fails the build with `data/<file>:<line>:
 * <column>: <problem>`. What the pages make of the tables is pure code in `$lib/data` and
 * `$lib/view`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RowOf, Schema } from '../data/columns';
import type { SnapshotFile } from '../data/files';
import { roleLookup, toRegions } from '../data/reference';
import type { Snapshots } from '../data/regionPage';
import {
	aiShareSchema,
	checkDistributionRow,
	checkGapRow,
	checkListingRow,
	checkSalaryRow,
	distributionSchema,
	fxSchema,
	gapsSchema,
	listingsSchema,
	postingsSchema,
	regionsSchema,
	rolesSchema,
	salariesSchema,
	titlesSchema,
	wageGrowthSchema
} from '../data/schema';
import { parseSources, type SnapshotSource } from '../data/sources';
import { DataError, parseTable, type RowCheck } from '../data/validate';

const DATA_DIR = path.resolve('data');

export function snapshotBytes(file: SnapshotFile): Buffer {
	return readFileSync(path.join(DATA_DIR, file));
}

const cache = new Map<SnapshotFile, unknown>();

/** Reads and parses `file` once per build. */
function once<T>(file: SnapshotFile, parse: (text: string, name: string) => T): () => T {
	return () => {
		if (!cache.has(file))
			cache.set(file, parse(snapshotBytes(file).toString('utf8'), `data/${file}`));
		return cache.get(file) as T;
	};
}

const table = <S extends Schema>(file: SnapshotFile, schema: S, check?: RowCheck<RowOf<S>>) =>
	once(file, (text, name) => parseTable(text, name, schema, check));

export const salaries = table('salaries.csv', salariesSchema, checkSalaryRow);
export const gaps = table('gaps.csv', gapsSchema, checkGapRow);
export const listings = table('listings.csv', listingsSchema, checkListingRow);

/**
 * distribution.csv, validated against salaries.csv: a row for exactly the shown cells, in the
 * same order, whose 25th, 50th and 75th percentiles are the cell's p25, median and p75.
 */
export const distribution = once('distribution.csv', (text, name) => {
	const rows = parseTable(text, name, distributionSchema, checkDistributionRow);
	const shown = salaries().filter((r) => r.confidence !== 'withheld');
	const key = (r: (typeof rows)[number] | (typeof shown)[number]) =>
		`${r.role} ${r.definition} ${r.basis} ${r.region} ${r.period} ${r.level}`;
	rows.forEach((row, i) => {
		const cell = shown[i];
		const line = i + 2;
		if (!cell || key(cell) !== key(row))
			throw new DataError(
				name,
				line,
				'role',
				`cell ${key(row)}, expected ${cell ? key(cell) : 'no more rows'} (the shown cells of salaries.csv, in order)`
			);
		for (const [column, expected] of [
			['p25', cell.p25],
			['p50', cell.median],
			['p75', cell.p75]
		] as const)
			if (row[column] !== expected)
				throw new DataError(
					name,
					line,
					column,
					`${row[column]}, expected ${expected} as in salaries.csv`
				);
	});
	if (rows.length < shown.length)
		throw new DataError(
			name,
			rows.length + 2,
			'(file)',
			`${rows.length} rows, expected one per shown cell of salaries.csv (${shown.length})`
		);
	return rows;
});
export const titles = table('titles.csv', titlesSchema);
export const aiShare = table('ai-share.csv', aiShareSchema);
export const postings = table('postings.csv', postingsSchema);
export const wageGrowth = table('wage-growth.csv', wageGrowthSchema);
export const fx = table('fx.csv', fxSchema);
export const sources: () => SnapshotSource[] = once('sources.json', parseSources);
/** The regions, validated (an id listed twice fails the build). */
export const regions = once('regions.csv', (text, name) =>
	toRegions(parseTable(text, name, regionsSchema))
);
/** The role lookup's rows, validated (a title listed twice fails the build). */
export const roles = once('roles.csv', (text, name) => {
	const rows = parseTable(text, name, rolesSchema);
	roleLookup(rows);
	return rows;
});

/** Every snapshot the pages are made from. */
export function snapshots(): Snapshots {
	return {
		salaries: salaries(),
		distribution: distribution(),
		listings: listings(),
		titles: titles(),
		aiShare: aiShare(),
		postings: postings(),
		wageGrowth: wageGrowth(),
		fx: fx(),
		regions: regions(),
		roles: roles(),
		sources: sources()
	};
}
