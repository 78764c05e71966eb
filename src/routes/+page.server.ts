import { error } from '@sveltejs/kit';
import { buildRegionPage } from '$lib/data/regionPage';
import { snapshots } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () =>
	buildRegionPage(snapshots(), 'global') ?? error(500, 'data/regions.csv has no region "global"');
