/**
 * Provenance, from `data/sources.json`: the credit a chart's source line gives, every snapshot file
 * with its schema, row count, source, licence and the command that made it (the /data page), and
 * the citation of the dashboard.
 *
 * @example
 * credit(sourceOf(sources, 'ai-share.csv')).licence // 'CC BY 4.0'
 */
import { COLUMN_DOCS, SCHEMAS } from './docs';
import { SNAPSHOT_FILES, type SnapshotFile } from './files';
import type { Citation } from './citation';
import type { SnapshotSource } from './sources';

/** The entry of `file`; a snapshot without one fails the build (its source line would be missing). */
export function sourceOf(sources: readonly SnapshotSource[], file: SnapshotFile): SnapshotSource {
	const entry = sources.find((s) => s.file === file);
	if (!entry) throw new Error(`data/sources.json: no entry for ${file}; run npm run data:import`);
	return entry;
}

/** What a chart credits: the source's name and address, and its licence. */
export function credit(s: SnapshotSource) {
	return {
		name: s.name,
		url: s.url,
		licence: s.licence,
		licence_url: s.licence_url,
		attribution: s.attribution,
		snapshot_date: s.snapshot_date
	};
}
export type Credit = ReturnType<typeof credit>;

export function snapshotCatalogue(sources: readonly SnapshotSource[]) {
	return SNAPSHOT_FILES.map((file) => {
		if (file === 'sources.json')
			return {
				file,
				description:
					'Provenance of every snapshot above: source, origin and commit, licence, attribution, the raw file’s SHA-256, row counts and the command that made it',
				rows: sources.length,
				columns: [],
				source: null,
				command: 'npm run data:import'
			};
		const s = sourceOf(sources, file);
		return {
			file,
			description: s.description,
			rows: s.rows,
			columns: Object.entries(SCHEMAS[file]).map(([name, column]) => ({
				name,
				type: column.expected,
				meaning: COLUMN_DOCS[file][name] ?? ''
			})),
			source: { ...credit(s), origin: s.origin },
			command: s.command
		};
	});
}

/** What a citation of the dashboard needs: the snapshot date of each source. */
export function citation(sources: readonly SnapshotSource[]): Citation {
	return {
		title: 'ML Engineer vs AI Engineer: pay and demand on open data',
		author: 'ml-vs-ai-engineer contributors',
		sources: (['salaries.csv', 'ai-share.csv', 'postings.csv', 'wage-growth.csv'] as const).map((file) => {
			const s = sourceOf(sources, file);
			return { name: s.name, licence: s.licence, snapshot: s.snapshot_date };
		})
	};
}
