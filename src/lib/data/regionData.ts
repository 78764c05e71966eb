/**
 * A region page's data as the dashboard reads it. The server packs its row tables (see pack.ts);
 * the page's universal load unpacks them, on the server while prerendering and in the browser
 * before hydration.
 */
import type { PackedRegionPage } from '$lib/server/regionPage';
import { unpack } from './pack';

export function unpackRegionPage(data: PackedRegionPage) {
	return {
		...data,
		cells: unpack(data.cells),
		regionCells: unpack(data.regionCells),
		listings: unpack(data.listings),
		aiShare: unpack(data.aiShare)
	};
}

export type RegionPageData = ReturnType<typeof unpackRegionPage>;
