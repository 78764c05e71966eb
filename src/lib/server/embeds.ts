/**
 * The embedded charts (`src/routes/embed/`): which exist (every chart of every region, in every
 * filter state it can show; see `embedFilters`), and what each shows: the chart's view and the
 * address of the same view on the full dashboard.
 */
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { buildRegionPage } from '../data/regionPage';
import { unpackRegionPage, type RegionPageData } from '../data/regionPageData';
import { dashboardView } from '../view/dashboard';
import { embedControls, embedFilters } from '../view/embed';
import {
	controlsQuery,
	defaultControls,
	everyControls,
	type Controls,
	type FilterRegion
} from '../view/filters';
import { regions, snapshots } from './snapshots';

interface RegionEmbeds {
	page: RegionPageData;
	region: FilterRegion;
	/** The region's charts, top to bottom, and the filters each depends on. */
	charts: Map<string, readonly (keyof Controls)[]>;
}

const known = new Map<string, RegionEmbeds | null>();

/** A region's page data and charts (worked out once per region and build). */
function regionEmbeds(id: string): RegionEmbeds | null {
	if (!known.has(id)) {
		const packed = buildRegionPage(snapshots(), id);
		const page = packed && unpackRegionPage(packed);
		const region = page?.regions.find((r) => r.id === id);
		known.set(
			id,
			page && region
				? {
						page,
						region,
						charts: new Map(
							dashboardView(page, defaultControls(region)).charts.map((c) => [c.id, c.dependsOn])
						)
					}
				: null
		);
	}
	return known.get(id) ?? null;
}

/** Every region × chart × filter state the chart can show ('' for the opening one). */
export const embedEntries = () =>
	regions().flatMap((r) => {
		const embeds = regionEmbeds(r.id);
		if (!embeds) return [];
		const states = everyControls(embeds.region, embeds.page.latestYear);
		return [...embeds.charts].flatMap(([chart, dependsOn]) =>
			[...new Set(states.map((c) => embedFilters(c, embeds.region, dependsOn)))].map((filters) => ({
				region: r.id,
				chart,
				filters
			}))
		);
	});

/** An embedded chart's view and the address of the same view on the full dashboard. */
export function embedView(params: { region: string; chart: string; filters: string }) {
	const embeds = regionEmbeds(params.region);
	const dependsOn = embeds?.charts.get(params.chart);
	const controls =
		embeds &&
		dependsOn &&
		embedControls(params.filters, embeds.region, embeds.page.latestYear, dependsOn);
	const chart =
		controls && dashboardView(embeds.page, controls).charts.find((c) => c.id === params.chart);
	if (!embeds || !controls || !chart)
		error(404, `No chart "${params.chart}" of region "${params.region}" at "${params.filters}"`);
	const path =
		params.region === 'global'
			? resolve('/')
			: resolve('/(site)/region/[region]', { region: params.region });
	// the link back opens the same view of the full page, scrolled to the chart
	return { chart, back: `${path}${controlsQuery(controls, embeds.region)}#${params.chart}` };
}
