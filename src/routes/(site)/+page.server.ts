import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { buildRegionPage, firstView } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { claimViews } from '$lib/view/claims';
import { previewMeta } from '$lib/server/previews';
import { snapshots } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

// the rows the opening view draws (the rest is fetched when the reader starts using the page),
// and the link preview
export const load: PageServerLoad = ({ url }) => {
	const page =
		buildRegionPage(snapshots(), 'global') ?? error(500, 'data/regions.csv has no region "global"');
	return {
		...firstView(page),
		// checked here, whatever the filters: the browser never runs the claim checks
		claims: claimViews(unpackRegionPage(page)),
		preview: previewMeta(
			'global',
			new URL(resolve('/'), url).href,
			new URL(resolve('/og/[page].png', { page: 'global' }), url).href
		)
	};
};
