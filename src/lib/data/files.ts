/** The snapshot files in `data/`, served for download in this order. */
export const SNAPSHOT_FILES = [
	'salaries.csv',
	'gaps.csv',
	'distribution.csv',
	'listings.csv',
	'titles.csv',
	'ai-share.csv',
	'postings.csv',
	'wage-growth.csv',
	'fx.csv',
	'roles.csv',
	'regions.csv',
	'sources.json'
] as const;
/** The files `npm run data:import` writes (roles.csv and regions.csv are written by hand). */
export const IMPORTED_FILES = SNAPSHOT_FILES.filter((f) => f !== 'roles.csv' && f !== 'regions.csv');

export type SnapshotFile = (typeof SNAPSHOT_FILES)[number];

export function isSnapshotFile(name: string): name is SnapshotFile {
	return (SNAPSHOT_FILES as readonly string[]).includes(name);
}
