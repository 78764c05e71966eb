import { unpackRegionPage } from '$lib/data/regionPage';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => unpackRegionPage(data);
