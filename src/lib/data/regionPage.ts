/**
 * Everything one region's page needs, and nothing more: the region's own cells for every
 * definition, year and level (the filters re-derive the charts from these in the browser), the
 * latest full year's cells of every region (the region chart), listings, AI share and the FX rates
 * of the currencies the page offers. Built from the snapshots at build time (`buildRegionPage`),
 * sent packed (see pack.ts), and unpacked by the page's universal load (`unpackRegionPage`), on the
 * server while prerendering and in the browser before hydration.
 */
import { currencyChoices, latestFullYear, partialUntil, TREND_FROM, yearsOf } from '../domain';
import { pack, unpack } from './pack';
import { citation, credit, sourceOf } from './provenance';
import type { Region } from './reference';
import type { AiShareRow, FxRow, ListingRow, SalaryRow, TitleRow } from './schema';
import type { SnapshotSource } from './sources';

/** The snapshot files, parsed and validated (see `$lib/server/snapshots`). */
export interface Snapshots {
	salaries: SalaryRow[];
	listings: ListingRow[];
	titles: TitleRow[];
	aiShare: AiShareRow[];
	fx: FxRow[];
	regions: Region[];
	sources: SnapshotSource[];
}

/** English names of ISO countries, sorted: Indeed's countries as a sentence lists them. */
function countryNames(codes: readonly string[]): string[] {
	// build time only: the browser never builds an Intl object (see view/format.ts)
	const names = new Intl.DisplayNames('en', { type: 'region' });
	return codes.map((c) => names.of(c) ?? c).sort();
}

/** The page data of region `id`, or null when there is no such region. */
export function buildRegionPage(s: Snapshots, id: string) {
	const region = s.regions.find((r) => r.id === id);
	if (!region) return null;
	const allYears = yearsOf(s.salaries);
	const latestYear = latestFullYear(allYears);
	const first = allYears[0];
	const last = allYears.at(-1);
	if (latestYear === null || first === undefined || last === undefined)
		throw new Error('data/salaries.csv has no complete year to show');
	const currencies = currencyChoices(region.currency);
	const shown = (r: { region: string; year: number | 'all' }) =>
		r.region === id && r.year !== 'all' && r.year >= TREND_FROM;
	const indeed = new Set(s.aiShare.flatMap((r) => r.countries.split(' ')));
	return {
		region: {
			id: region.id,
			name: region.name,
			currency: region.currency,
			countries: region.countries
		},
		regions: s.regions.map(({ id, name, currency }) => ({ id, name, currency })),
		years: allYears.filter((y) => y >= TREND_FROM),
		latestYear,
		salaryMonths: [`${first}-01`, partialUntil(last) ?? `${last}-12`] as [string, string],
		// the row tables go out packed (keys once); the page's load unpacks them in the browser
		cells: pack(s.salaries.filter(shown)),
		regionCells: pack(s.salaries.filter((r) => r.year === latestYear)),
		listings: pack(s.listings.filter(shown)),
		aiShare: pack(s.aiShare.filter((r) => r.region === id)),
		fx: s.fx.filter((r) => currencies.includes(r.currency)),
		/** The countries Indeed's AI tracker covers, by name. */
		indeedCountries: countryNames([...indeed]),
		sources: {
			salaries: credit(sourceOf(s.sources, 'salaries.csv')),
			aiShare: credit(sourceOf(s.sources, 'ai-share.csv'))
		},
		citation: citation(s.sources)
	};
}

type PackedRegionPage = NonNullable<ReturnType<typeof buildRegionPage>>;

export function unpackRegionPage(data: PackedRegionPage) {
	return {
		...data,
		cells: unpack(data.cells),
		regionCells: unpack(data.regionCells),
		listings: unpack(data.listings),
		aiShare: unpack(data.aiShare)
	};
}

export type RegionPageData = ReturnType<typeof unpackRegionPage>;
