import { error } from '@sveltejs/kit';
import { buildRegionPage, firstView } from '$lib/data/regionPage';
import { snapshots } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

// the rows the opening view draws; the rest is fetched when the reader starts using the page
export const load: PageServerLoad = () =>
	firstView(
		buildRegionPage(snapshots(), 'global') ?? error(500, 'data/regions.csv has no region "global"')
	);
