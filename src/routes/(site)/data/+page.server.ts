import { resolve } from '$app/paths';
import { citation, snapshotCatalogue } from '$lib/data/provenance';
import { previewMeta } from '$lib/server/previews';
import { sources } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	files: snapshotCatalogue(sources()),
	citation: citation(sources()),
	preview: previewMeta(
		'data',
		new URL(resolve('/data'), url).href,
		new URL(resolve('/og/[page].png', { page: 'data' }), url).href
	)
});
