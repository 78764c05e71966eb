import { embedEntries } from '$lib/server/embeds';
import type { EntryGenerator } from './$types';

// every chart of every region, in every filter state it can show. No server `load`: the page is
// rendered on the server alone (see +page.svelte), and a load's data would be written beside
// each of these few thousand pages as __data.json, for a browser that never asks for it.
export const entries: EntryGenerator = embedEntries;
