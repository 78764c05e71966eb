import { citation, snapshotCatalogue } from '$lib/data/provenance';
import { sources } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	files: snapshotCatalogue(sources()),
	citation: citation(sources())
});
