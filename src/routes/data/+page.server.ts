import { citation, snapshotCatalogue } from '$lib/server/provenance';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ files: snapshotCatalogue(), citation: citation() });
