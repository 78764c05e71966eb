import { snapshots } from '$lib/server/snapshots';
import { methodologyView } from '$lib/view/methodology';
import type { PageServerLoad } from './$types';

/** The methodology, with the real numbers from the snapshots the site is built from. */
export const load: PageServerLoad = () => methodologyView(snapshots());
