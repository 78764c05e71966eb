/**
 * A region page's data as the page reads it: the row tables `buildRegionPage` packed, unpacked
 * (by the page's universal load, on the server while prerendering and in the browser before
 * hydration, and by the page once it has fetched the complete data).
 *
 * A module of its own, apart from the build-time code in regionPage.ts: that code reaches the
 * snapshots' schemas, whose column checks are built when their module loads, so a browser that
 * imported it would load and run every schema (several KB gzip of a page's first load) to unpack
 * a few tables.
 */
import { unpack } from './pack';
import type { PackedRegionPage } from './regionPage';

export function unpackRegionPage<P extends PackedRegionPage>(data: P) {
	return {
		...data,
		cells: unpack(data.cells),
		regionCells: unpack(data.regionCells),
		distribution: unpack(data.distribution),
		listings: unpack(data.listings),
		aiShare: unpack(data.aiShare),
		postings: unpack(data.postings)
	};
}

export type RegionPageData = ReturnType<typeof unpackRegionPage>;
