import { unpackRegionPage } from '$lib/data/regionData';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => unpackRegionPage(data);
