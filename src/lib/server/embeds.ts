/**
 * The embedded charts (`src/routes/embed/`): which exist (every chart of every region) and what
 * their pages load: the region page's opening rows, the chart's id, and the address of the chart on
 * the full dashboard.
 */
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { buildRegionPage, firstView, unpackRegionPage } from '../data/regionPage';
import { dashboardView } from '../view/dashboard';
import { defaultControls } from '../view/filters';
import { regions, snapshots } from './snapshots';

const ids = new Map<string, string[]>();

/** The ids of a region page's charts, top to bottom (worked out once per region and build). */
function chartIds(region: string): string[] {
	let known = ids.get(region);
	if (!known) {
		const packed = buildRegionPage(snapshots(), region);
		const page = packed && unpackRegionPage(packed);
		const here = page?.regions.find((r) => r.id === region);
		known = page && here ? dashboardView(page, defaultControls(here)).charts.map((c) => c.id) : [];
		ids.set(region, known);
	}
	return known;
}

/** Every region × chart. */
export const embedEntries = () =>
	regions().flatMap((r) => chartIds(r.id).map((chart) => ({ region: r.id, chart })));

export function embedLoad(params: { region: string; chart: string }) {
	const packed = buildRegionPage(snapshots(), params.region);
	if (!packed || !chartIds(params.region).includes(params.chart))
		error(404, `No chart "${params.chart}" of region "${params.region}"`);
	const page =
		params.region === 'global'
			? resolve('/')
			: resolve('/(site)/region/[region]', { region: params.region });
	return { page: firstView(packed), chart: params.chart, path: page };
}
