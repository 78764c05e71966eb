import { resolve } from '$app/paths';
import { previewMeta } from '$lib/server/previews';
import { snapshots } from '$lib/server/snapshots';
import { methodologyView } from '$lib/view/methodology';
import type { PageServerLoad } from './$types';

/** The methodology, with the real numbers from the snapshots the site is built from. */
export const load: PageServerLoad = ({ url }) => ({
	...methodologyView(snapshots()),
	preview: previewMeta(
		'methodology',
		new URL(resolve('/methodology'), url).href,
		new URL(resolve('/og/[page].png', { page: 'methodology' }), url).href
	)
});
