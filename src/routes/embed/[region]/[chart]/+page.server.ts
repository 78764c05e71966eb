import { embedEntries, embedLoad } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

// every chart of every region, at the region's opening filters
export const entries: EntryGenerator = embedEntries;

export const load: PageServerLoad = ({ params }) => embedLoad(params);
