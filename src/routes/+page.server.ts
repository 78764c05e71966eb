import { latestFullYear } from '$lib/data/years';
import { regions, salaries, sourceOf } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

/** The Global page: the latest full year, strict definition, all levels, every region. */
export const load: PageServerLoad = () => {
	const rows = salaries();
	const year = latestFullYear(rows.map((r) => r.year).filter((y): y is number => y !== 'all'));
	if (year === null) throw new Error('data/salaries.csv has no complete year to show');
	const cells = rows.filter(
		(r) => r.year === year && r.level === 'all' && r.definition === 'strict'
	);
	const source = sourceOf('salaries.csv');
	return {
		year,
		region: 'global',
		regions: regions().map(({ id, name }) => ({ id, name })),
		cells,
		source: {
			name: source.name,
			url: source.url,
			licence: source.licence,
			licence_url: source.licence_url,
			attribution: source.attribution,
			snapshot_date: source.snapshot_date
		}
	};
};
