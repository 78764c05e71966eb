import { error } from '@sveltejs/kit';
import { buildRegionPage } from '$lib/data/regionPage';
import { regions, snapshots } from '$lib/server/snapshots';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	regions()
		.filter((r) => r.id !== 'global')
		.map((r) => ({ region: r.id }));

export const load: PageServerLoad = ({ params }) =>
	buildRegionPage(snapshots(), params.region) ?? error(404, `No region "${params.region}"`);
