import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { buildRegionPage, firstView } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { claimViews } from '$lib/view/claims';
import { previewMeta } from '$lib/server/previews';
import { regions, snapshots } from '$lib/server/snapshots';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	regions()
		.filter((r) => r.id !== 'global')
		.map((r) => ({ region: r.id }));

// the rows the opening view draws (the rest is fetched when the reader starts using the page),
// and the link preview
export const load: PageServerLoad = ({ params, url }) => {
	const page =
		buildRegionPage(snapshots(), params.region) ?? error(404, `No region "${params.region}"`);
	return {
		...firstView(page),
		// checked here, whatever the filters: the browser never runs the claim checks
		claims: claimViews(unpackRegionPage(page)),
		preview: previewMeta(
			params.region,
			new URL(resolve('/(site)/region/[region]', { region: params.region }), url).href,
			new URL(resolve('/og/[page].png', { page: params.region }), url).href
		)
	};
};
