import { regionPage } from '$lib/server/regionPage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => regionPage('global');
