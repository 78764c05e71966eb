/**
 * Everything one region's page needs, and nothing more: the region's own cells for every
 * definition, year and level (the controls re-derive the charts from these in the browser), the
 * latest full year's cells of every region (the region chart), listings, AI share and the FX rates
 * of the currencies the page offers.
 */
import { error } from '@sveltejs/kit';
import { currencyChoices } from '$lib/data/controls';
import type { SnapshotSource } from '$lib/data/sources';
import { latestFullYear, PARTIAL_YEAR_ENDS, PARTIAL_YEARS, TREND_FROM } from '$lib/data/years';
import { pack } from '$lib/data/pack';
import { citation } from './provenance';
import { aiShare, fx, listings, regions, salaries, sourceOf } from './snapshots';

const credit = (s: SnapshotSource) => ({
	name: s.name,
	url: s.url,
	licence: s.licence,
	licence_url: s.licence_url,
	attribution: s.attribution,
	snapshot_date: s.snapshot_date
});
export type Credit = ReturnType<typeof credit>;

export function regionPage(id: string) {
	const all = regions();
	const region = all.find((r) => r.id === id);
	if (!region) error(404, `No region "${id}"`);
	const rows = salaries();
	const allYears = [...new Set(rows.map((r) => r.year))].filter((y) => y !== 'all').sort();
	const latestYear = latestFullYear(allYears);
	if (latestYear === null) throw new Error('data/salaries.csv has no complete year to show');
	const years = allYears.filter((y) => y >= TREND_FROM);
	const currencies = currencyChoices(region.currency);
	const lastYear = allYears.at(-1) as number;
	return {
		region: {
			id: region.id,
			name: region.name,
			currency: region.currency,
			countries: region.countries
		},
		regions: all.map(({ id, name, currency }) => ({ id, name, currency })),
		years,
		latestYear,
		partialYears: years.filter((y) => PARTIAL_YEARS.has(y)),
		salaryMonths: [`${allYears[0]}-01`, PARTIAL_YEAR_ENDS[lastYear] ?? `${lastYear}-12`] as [
			string,
			string
		],
		// the row tables go out packed (keys once); the page's load unpacks them in the browser
		cells: pack(rows.filter((r) => r.region === id && r.year !== 'all' && r.year >= TREND_FROM)),
		regionCells: pack(rows.filter((r) => r.year === latestYear)),
		listings: pack(
			listings().filter((r) => r.region === id && r.year !== 'all' && r.year >= TREND_FROM)
		),
		aiShare: pack(aiShare().filter((r) => r.region === id)),
		fx: fx().filter((r) => currencies.includes(r.currency)),
		sources: {
			salaries: credit(sourceOf('salaries.csv')),
			aiShare: credit(sourceOf('ai-share.csv'))
		},
		citation: citation()
	};
}

export type PackedRegionPage = ReturnType<typeof regionPage>;
