import { regionPage } from '$lib/server/regionPage';
import { regions } from '$lib/server/snapshots';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	regions()
		.filter((r) => r.id !== 'global')
		.map((r) => ({ region: r.id }));

export const load: PageServerLoad = ({ params }) => regionPage(params.region);
