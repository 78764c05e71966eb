import { embedEntries, embedLoad } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = embedEntries;

export const load: PageServerLoad = ({ params }) => embedLoad(params);
