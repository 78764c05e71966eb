/**
 * Provenance for the /data and /methodology pages: every snapshot file with its schema, row
 * count, source, licence and the command that made it, and the citation of the dashboard.
 */
import { COLUMN_DOCS, SCHEMAS } from '$lib/data/docs';
import { SNAPSHOT_FILES } from '$lib/data/files';
import { sourceOf, sources } from './snapshots';

export function snapshotCatalogue() {
	return SNAPSHOT_FILES.map((file) => {
		if (file === 'sources.json')
			return {
				file,
				description:
					'Provenance of every snapshot above: source, origin and commit, licence, attribution, the raw file’s SHA-256, row counts and the command that made it',
				rows: sources().length,
				columns: [],
				source: null,
				command: 'npm run data:import'
			};
		const s = sourceOf(file);
		return {
			file,
			description: s.description,
			rows: s.rows,
			columns: Object.entries(SCHEMAS[file]).map(([name, column]) => ({
				name,
				type: column.expected,
				meaning: COLUMN_DOCS[file][name] ?? ''
			})),
			source: {
				name: s.name,
				url: s.url,
				origin: s.origin,
				licence: s.licence,
				licence_url: s.licence_url,
				attribution: s.attribution,
				snapshot_date: s.snapshot_date
			},
			command: s.command
		};
	});
}

export type Catalogue = ReturnType<typeof snapshotCatalogue>;

/** What a citation of the dashboard needs: the snapshot date of each source. */
export function citation() {
	const salaries = sourceOf('salaries.csv');
	const ai = sourceOf('ai-share.csv');
	return {
		title: 'ML Engineer vs AI Engineer: pay and demand on open data',
		author: 'ml-vs-ai-engineer contributors',
		sources: [
			{ name: salaries.name, licence: salaries.licence, snapshot: salaries.snapshot_date },
			{ name: ai.name, licence: ai.licence, snapshot: ai.snapshot_date }
		]
	};
}

export type Citation = ReturnType<typeof citation>;
