import { error } from '@sveltejs/kit';
import { buildRegionPage, firstView } from '$lib/data/regionPage';
import { regions, snapshots } from '$lib/server/snapshots';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	regions()
		.filter((r) => r.id !== 'global')
		.map((r) => ({ region: r.id }));

// the rows the opening view draws; the rest is fetched when the reader starts using the page
export const load: PageServerLoad = ({ params }) =>
	firstView(
		buildRegionPage(snapshots(), params.region) ?? error(404, `No region "${params.region}"`)
	);
