import { error, json } from '@sveltejs/kit';
import { buildRegionPage } from '$lib/data/regionPage';
import { regions, snapshots } from '$lib/server/snapshots';
import type { EntryGenerator, RequestHandler } from './$types';

// Endpoints are not covered by the layout's prerender flag.
export const prerender = true;

export const entries: EntryGenerator = () => regions().map((r) => ({ region: r.id }));

/** A region page's complete data, which the page fetches once the reader starts using it. */
export const GET: RequestHandler = ({ params }) =>
	json(buildRegionPage(snapshots(), params.region) ?? error(404, `No region "${params.region}"`));
