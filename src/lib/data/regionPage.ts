/**
 * Everything one region's page needs, and nothing more: the region's own cells for every
 * definition, pay basis, period and level (the filters re-derive the charts from these in the
 * browser), every region's cells of the periods a page offers in the `all` basis (the region chart,
 * and the nearest region with figures), listings, the AI share, Indeed's postings index, and the
 * FX rates of the currencies the page offers. Built from the snapshots at build time (`buildRegionPage`), sent packed (see
 * pack.ts), and unpacked by the page's universal load (`unpackRegionPage`, regionPageData.ts), on
 * the server while prerendering and in the browser before hydration.
 */
import {
	currencyChoices,
	latestFullYear,
	partialUntil,
	POOLED,
	TREND_FROM,
	VENTILE_COLUMNS,
	type VentileColumn,
	yearsOf,
	type Period
} from '../domain';
import { OPENING, openingOf } from './opening';
import { pack, unpack } from './pack';
import type { CellRow } from './pay';
import { citation, credit, sourceOf } from './provenance';
import type { Region } from './reference';
import type {
	AiShareRow,
	DistributionRow,
	FxRow,
	ListingRow,
	PostingsRow,
	RoleRow,
	SalaryRow,
	TitleRow,
	WageGrowthRow
} from './schema';
import type { SnapshotSource } from './sources';

/** The snapshot files, parsed and validated (see `$lib/server/snapshots`). */
export interface Snapshots {
	salaries: SalaryRow[];
	distribution: DistributionRow[];
	listings: ListingRow[];
	titles: TitleRow[];
	aiShare: AiShareRow[];
	postings: PostingsRow[];
	wageGrowth: WageGrowthRow[];
	fx: FxRow[];
	regions: Region[];
	roles: RoleRow[];
	sources: SnapshotSource[];
}

/** English names of ISO countries, sorted: Indeed's countries as a sentence lists them. */
function countryNames(codes: readonly string[]): string[] {
	// build time only: the browser never builds an Intl object (see view/format.ts)
	const names = new Intl.DisplayNames('en', { type: 'region' });
	return codes.map((c) => names.of(c) ?? c).sort();
}

/** A distribution.csv row as a page uses it: its percentiles as one list, 5th to 95th. */
export type DistributionCell = Omit<DistributionRow, VentileColumn> & { q: number[] };

function distributionCell(row: DistributionRow): DistributionCell {
	const { role, definition, basis, region, period, level, currency } = row;
	return {
		role,
		definition,
		basis,
		region,
		period,
		level,
		currency,
		q: VENTILE_COLUMNS.map((c) => row[c])
	};
}

/** A salaries row without what only the methodology reads. */
function cellRow(row: SalaryRow): CellRow {
	const { median_distinct, median_index_usd, ...cell } = row;
	return cell;
}

/** The page data of region `id`, or null when there is no such region. */
export function buildRegionPage(s: Snapshots, id: string) {
	const region = s.regions.find((r) => r.id === id);
	if (!region) return null;
	const allYears = yearsOf(s.salaries.map((r) => r.period));
	const latestYear = latestFullYear(allYears);
	const first = allYears[0];
	const last = allYears.at(-1);
	if (latestYear === null || first === undefined || last === undefined)
		throw new Error('data/salaries.csv has no complete year to show');
	const currencies = currencyChoices(region.currency);
	const inTrend = (period: Period) => period === POOLED.id || period >= TREND_FROM;
	/** The periods a page offers: the latest full year and the pooled window. */
	const offered = (period: Period) => period === latestYear || period === POOLED.id;
	const indeed = new Set(s.aiShare.flatMap((r) => r.countries.split(' ')));
	return {
		region: {
			id: region.id,
			name: region.name,
			currency: region.currency,
			countries: region.countries
		},
		/** Every region, with how its page opens (for links that carry the reader's filters). */
		regions: s.regions.map((r) => ({
			id: r.id,
			name: r.name,
			currency: r.currency,
			countries: r.countries,
			...openingOf(r, s.salaries, latestYear)
		})),
		years: allYears.filter((y) => y >= TREND_FROM),
		latestYear,
		salaryMonths: [`${first}-01`, partialUntil(last) ?? `${last}-12`] as [string, string],
		// the row tables go out packed (keys once); the page's load unpacks them in the browser
		cells: pack(s.salaries.filter((r) => r.region === id && inTrend(r.period)).map(cellRow)),
		regionCells: pack(
			s.salaries.filter((r) => r.basis === 'all' && offered(r.period)).map(cellRow)
		),
		/** The region's pay distributions in the periods offered (where would a reader's pay sit). */
		distribution: pack(
			s.distribution.filter((r) => r.region === id && offered(r.period)).map(distributionCell)
		),
		listings: pack(s.listings.filter((r) => r.region === id && inTrend(r.period))),
		aiShare: pack(s.aiShare.filter((r) => r.region === id)),
		/**
		 * Indeed's Job Postings Index for the region by complete month (2023 = 100): all postings,
		 * and those that mention AI where Indeed has an AI share (null elsewhere); empty where
		 * Indeed has no series (Global, India). `postingsSeries` names the series (EU27's is `EA`).
		 */
		postings: pack(
			s.postings
				.filter((r) => r.region === id)
				.map(({ month, all_postings_2023_100, ai_postings_2023_100 }) => ({
					month,
					all_postings_2023_100,
					ai_postings_2023_100
				}))
		),
		postingsSeries: s.postings.find((r) => r.region === id)?.series ?? null,
		/**
		 * Advertised pay across all jobs where Indeed's Wage Tracker has a series for the region: each
		 * year's December growth on the December before, in percent (a benchmark for pay in general).
		 */
		wageGrowth: s.wageGrowth
			.filter((r) => r.region === id)
			.map((r) => ({ year: r.year, pct: r.all_jobs_pay_growth_pct })),
		fx: s.fx.filter((r) => currencies.includes(r.currency)),
		/** The countries Indeed's AI tracker covers, by name. */
		indeedCountries: countryNames([...indeed]),
		sources: {
			salaries: credit(sourceOf(s.sources, 'salaries.csv')),
			aiShare: credit(sourceOf(s.sources, 'ai-share.csv')),
			postings: credit(sourceOf(s.sources, 'postings.csv')),
			fx: credit(sourceOf(s.sources, 'fx.csv')),
			wages: credit(sourceOf(s.sources, 'wage-growth.csv'))
		},
		citation: citation(s.sources),
		/** False for the rows of the opening view only (see `firstView`). */
		complete: true
	};
}

export type PackedRegionPage = NonNullable<ReturnType<typeof buildRegionPage>>;

/**
 * The rows of a region page's data that its opening view reads (see opening.ts: strict titles,
 * every level, its own basis and period), with `complete: false`: what the prerendered page
 * inlines, so a first load carries no more than it draws. The browser fetches the complete data
 * (`pageDataPath`) once the reader starts using the page, before any other view is shown. A test
 * checks, for every region of the real data, that the opening view made from these rows is the
 * one made from all of them.
 */
export function firstView(page: PackedRegionPage): PackedRegionPage {
	const own = page.regions.find((r) => r.id === page.region.id);
	if (!own) throw new Error(`region ${page.region.id} is missing from its own page's regions`);
	const strictAll = (r: { definition: string; level: string }) =>
		r.definition === OPENING.definition && r.level === OPENING.level;
	// every level in the opening period and basis: the level chart draws them all
	const cells = unpack(page.cells).filter(
		(r) =>
			r.definition === OPENING.definition &&
			(r.level === OPENING.level || (r.basis === own.basis && r.period === own.period))
	);
	return {
		...page,
		complete: false,
		cells: pack(cells),
		regionCells: pack(unpack(page.regionCells).filter(strictAll)),
		distribution: pack(
			unpack(page.distribution).filter(
				(r) => strictAll(r) && r.basis === own.basis && r.period === own.period
			)
		),
		listings: pack(unpack(page.listings).filter(strictAll))
	};
}

/** Where the browser fetches a region page's complete data (see `firstView`). */
export const pageDataPath = (id: string) => `/page-data/${id}.json` as const;
