import { error } from '@sveltejs/kit';
import { previewIds, previewOf, previewPng } from '$lib/server/previews';
import type { EntryGenerator, RequestHandler } from './$types';

// Endpoints are not covered by the layout's prerender flag.
export const prerender = true;

export const entries: EntryGenerator = () => previewIds().map((page) => ({ page }));

/** The link preview image of a page (its Open Graph image), made at build time. */
export const GET: RequestHandler = ({ params }) => {
	const preview = previewOf(params.page) ?? error(404, `No page "${params.page}"`);
	return new Response(previewPng(preview), { headers: { 'content-type': 'image/png' } });
};
