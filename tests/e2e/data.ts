/**
 * What the pages should show, derived from the snapshots in data/ the site was built from, so a
 * data refresh does not break a test and a wrong number cannot pass.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildRegionPage, unpackRegionPage } from '../../src/lib/data/regionPage';
import type { SnapshotSource } from '../../src/lib/data/sources';
import { isPartial, latestFullYear, TREND_FROM } from '../../src/lib/domain';
import { snapshots } from '../../src/lib/server/snapshots';
import { dashboardView } from '../../src/lib/view/dashboard';
import { defaultControls } from '../../src/lib/view/filters';

export type Row = Record<string, string>;

/** A snapshot from data/, as the page was built from it (every cell as text). */
export function snapshot(file: string): Row[] {
	return Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
}

export const regions = snapshot('regions.csv');
export const salaries = snapshot('salaries.csv');
export const aiShare = snapshot('ai-share.csv');

/** Each snapshot's entry in data/sources.json. */
export function source(file: string): SnapshotSource {
	const all: SnapshotSource[] = JSON.parse(readFileSync('data/sources.json', 'utf8')).snapshots;
	const entry = all.find((s) => s.file === file);
	if (!entry) throw new Error(`no entry for ${file} in data/sources.json`);
	return entry;
}

const years = [...new Set(salaries.map((r) => r.year))]
	.filter((y) => y !== 'all')
	.map(Number)
	.sort((a, b) => a - b);
/** The year headlines use, and the years the trend charts show (the last one maybe partial). */
export const LATEST = String(latestFullYear(years));
export const TREND_YEARS = years.filter((y) => y >= TREND_FROM);
export const LAST_IS_PARTIAL = isPartial(years.at(-1) ?? NaN);

/** The salary cell of a region, role, year, level and definition. */
export function cell(region: string, role: string, year = LATEST, level = 'all', def = 'strict') {
	const c = salaries.find(
		(r) =>
			r.region === region &&
			r.role === role &&
			r.year === year &&
			r.level === level &&
			r.definition === def
	);
	if (!c) throw new Error(`no cell ${region} ${role} ${year} ${level} ${def}`);
	return c;
}

export const count = (v: string | number | undefined) => Number(v).toLocaleString('en');

/** A region's page address. */
export const pathOf = (region: string) => (region === 'global' ? '/' : `/region/${region}`);

/** What a region's page shows at its default filters, as the site computes it from data/. */
export function defaultView(region: string) {
	const built = buildRegionPage(snapshots(), region);
	if (!built) throw new Error(`no region ${region}`);
	const page = unpackRegionPage(built);
	return dashboardView(page, defaultControls(page.region.currency));
}
