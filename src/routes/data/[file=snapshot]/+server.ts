import { SNAPSHOT_FILES, type SnapshotFile } from '$lib/data/files';
import { snapshotBytes } from '$lib/server/snapshots';
import type { EntryGenerator, RequestHandler } from './$types';

// Endpoints are not covered by the layout's prerender flag.
export const prerender = true;

export const entries: EntryGenerator = () => SNAPSHOT_FILES.map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const file = params.file as SnapshotFile;
	const type = file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8';
	return new Response(new Uint8Array(snapshotBytes(file)), { headers: { 'content-type': type } });
};
