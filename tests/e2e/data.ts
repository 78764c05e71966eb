/**
 * What the pages should show, derived from the snapshots in data/ the site was built from, so a
 * data refresh does not break a test and a wrong number cannot pass. Where a page's defaults follow
 * a rule (DESIGN.md: a country opens as advertised in its own currency; the pooled window where its
 * latest year cannot show both roles), the rule is worked out here again from the CSV text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildRegionPage } from '../../src/lib/data/regionPage';
import { unpackRegionPage } from '../../src/lib/data/regionPageData';
import type { SnapshotSource } from '../../src/lib/data/sources';
import { isPartial, latestFullYear, POOLED, rateYear, TREND_FROM } from '../../src/lib/domain';
import { snapshots } from '../../src/lib/server/snapshots';
import { claimViews } from '../../src/lib/view/claims';
import { dashboardView } from '../../src/lib/view/dashboard';
import { defaultControls, type Controls } from '../../src/lib/view/filters';

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
export const listings = snapshot('listings.csv');
export const aiShare = snapshot('ai-share.csv');
export const distribution = snapshot('distribution.csv');
export const fx = snapshot('fx.csv');

/** The percentiles (5th … 95th, as numbers) of a region and role's cell in distribution.csv. */
export function percentiles(region: string, role: string, key: CellKey = {}): number[] {
	const row = rowOf(distribution, 'distribution', region, role, key);
	return Object.keys(row)
		.filter((k) => /^p\d\d$/.test(k))
		.map((k) => Number(row[k]));
}

/** Each snapshot's entry in data/sources.json. */
export function source(file: string): SnapshotSource {
	const all: SnapshotSource[] = JSON.parse(readFileSync('data/sources.json', 'utf8')).snapshots;
	const entry = all.find((s) => s.file === file);
	if (!entry) throw new Error(`no entry for ${file} in data/sources.json`);
	return entry;
}

const years = [...new Set(salaries.map((r) => r.period))]
	.filter((p) => p !== POOLED.id)
	.map(Number)
	.sort((a, b) => a - b);
/** The latest full year, and the years the trend charts show (the last one maybe partial). */
export const LATEST = String(latestFullYear(years));
export const POOLED_ID: string = POOLED.id;
export const TREND_YEARS = years.filter((y) => y >= TREND_FROM);
export const LAST_IS_PARTIAL = isPartial(years.at(-1) ?? NaN);

interface CellKey {
	period?: string;
	level?: string;
	def?: string;
	basis?: string;
}

/** The row of a region and role's cell in a table keyed like salaries.csv; by default the default view's. */
function rowOf(rows: Row[], what: string, region: string, role: string, key: CellKey): Row {
	const d = defaults(region);
	const { period = d.period, level = 'all', def = 'strict', basis = d.basis } = key;
	const found = rows.find(
		(r) =>
			r.region === region &&
			r.role === role &&
			r.period === period &&
			r.level === level &&
			r.definition === def &&
			r.basis === basis
	);
	if (!found) throw new Error(`no ${what} ${region} ${role} ${period} ${level} ${def} ${basis}`);
	return found;
}

/** The salary cell of a region and role; by default the region's own default view's. */
export function cell(region: string, role: string, key: CellKey = {}) {
	return rowOf(salaries, 'cell', region, role, key);
}

/**
 * How a region's page opens (DESIGN.md): the first of these views that shows pay for both roles
 * (strict titles, all levels): for a single country, as advertised in its own currency in the
 * latest full year, then pooled, then every listing converted, latest year then pooled; for Global
 * and groups of countries, every listing, latest year then pooled. Where none shows both, the one
 * showing more (the first on a tie); where none shows any, as advertised (or all) pooled.
 */
export function defaults(region: string): { basis: string; period: string; currency: string } {
	const r = regions.find((x) => x.region === region);
	if (!r) throw new Error(`no region ${region}`);
	const countries = r.countries ?? '';
	const bases = countries !== '*' && !countries.includes(' ') ? ['local', 'all'] : ['all'];
	const views = bases.flatMap((basis) => [LATEST, POOLED.id].map((period) => ({ basis, period })));
	const shown = (v: { basis: string; period: string }) =>
		salaries.filter(
			(c) =>
				c.region === region &&
				c.basis === v.basis &&
				c.period === v.period &&
				c.level === 'all' &&
				c.definition === 'strict' &&
				c.confidence !== 'withheld'
		).length;
	const best = views.find((v) => shown(v) === 2) ??
		views.filter((v) => shown(v) === 1)[0] ?? { basis: bases[0] as string, period: POOLED.id };
	return { ...best, currency: r.currency ?? '' };
}

export const count = (v: string | number | undefined) => Number(v).toLocaleString('en');

/**
 * The median of a region and role's default cell as its page shows it: in the region's currency,
 * through US dollars at fx.csv's rate of the period's last year where the cell is in another.
 */
export function shownMedian(region: string, role: string): number {
	const c = cell(region, role);
	const { currency } = defaults(region);
	const year = rateYear(c.period === POOLED.id ? POOLED.id : Number(c.period));
	const rate = (of: string) => {
		if (of === 'USD') return 1;
		const row = fx.find((r) => r.currency === of && Number(r.year) === year);
		if (!row) throw new Error(`no rate for ${of} ${year} in fx.csv`);
		return Number(row.usd_per_unit);
	};
	return c.currency === currency
		? Number(c.median)
		: (Number(c.median) * rate(c.currency ?? '')) / rate(currency);
}

/** A region's page address. */
export const pathOf = (region: string) => (region === 'global' ? '/' : `/region/${region}`);

/** What a region's page shows at its default filters (or with some changed), as the site computes it from data/. */
export function defaultView(region: string, changed: Partial<Controls> = {}) {
	const built = buildRegionPage(snapshots(), region);
	if (!built) throw new Error(`no region ${region}`);
	const page = unpackRegionPage(built);
	const here = page.regions.find((r) => r.id === region);
	if (!here) throw new Error(`no region ${region} among the page's regions`);
	return dashboardView(page, { ...defaultControls(here), ...changed });
}

/** The claim checks of a region's page, as the build checks them. */
export function claimsOf(region: string) {
	const built = buildRegionPage(snapshots(), region);
	if (!built) throw new Error(`no region ${region}`);
	return claimViews(unpackRegionPage(built));
}

/** The six chart frames of a dashboard page, top to bottom. */
export const CHARTS = [
	'region-pay',
	'pay-trend',
	'pay-by-level',
	'role-demand',
	'pay-gap',
	'market-demand'
];
