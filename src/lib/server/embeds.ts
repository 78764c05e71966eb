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

/** The ids of a region page's charts, top to bottom. */
function chartIds(region: string): string[] {
	const packed = buildRegionPage(snapshots(), region);
	if (!packed) return [];
	const page = unpackRegionPage(packed);
	const here = page.regions.find((r) => r.id === region);
	return here ? dashboardView(page, defaultControls(here)).charts.map((c) => c.id) : [];
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
