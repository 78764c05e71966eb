import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { buildRegionPage, firstView, unpackRegionPage } from '$lib/data/regionPage';
import { regions, snapshots } from '$lib/server/snapshots';
import { dashboardView } from '$lib/view/dashboard';
import { defaultControls } from '$lib/view/filters';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The ids of a region page's charts, top to bottom. */
function chartIds(region: string): string[] {
	const packed = buildRegionPage(snapshots(), region);
	if (!packed) return [];
	const page = unpackRegionPage(packed);
	const here = page.regions.find((r) => r.id === region);
	return here ? dashboardView(page, defaultControls(here)).charts.map((c) => c.id) : [];
}

// every chart of every region, at the region's opening filters
export const entries: EntryGenerator = () =>
	regions().flatMap((r) => chartIds(r.id).map((chart) => ({ region: r.id, chart })));

export const load: PageServerLoad = ({ params }) => {
	const packed = buildRegionPage(snapshots(), params.region);
	if (!packed || !chartIds(params.region).includes(params.chart))
		error(404, `No chart "${params.chart}" of region "${params.region}"`);
	const page =
		params.region === 'global'
			? resolve('/')
			: resolve('/(site)/region/[region]', { region: params.region });
	return { page: firstView(packed), chart: params.chart, href: `${page}#${params.chart}` };
};
