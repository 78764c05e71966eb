import { partsBeforeRender } from '$lib/components/lazyParts';
import { unpackRegionPage } from '$lib/data/regionPageData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, url, untrack }) => {
	await partsBeforeRender(untrack(() => url));
	return unpackRegionPage(data);
};
