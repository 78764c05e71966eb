/**
 * The citation of the dashboard as a reader copies it. Kept apart from provenance.ts, which reads
 * the snapshot schemas at build time, so that the browser gets these few lines without them.
 */

export interface Citation {
	title: string;
	author: string;
	/** Each data source with its licence and the date of its snapshot. */
	sources: { name: string; licence: string; snapshot: string | null }[];
}

/** The citation as a reader copies it. */
export function citationText(c: Citation): string {
	const data = c.sources
		.map((s) => `${s.name}, snapshot of ${s.snapshot ?? 'unknown date'} (${s.licence})`)
		.join('; ');
	return `${c.author}. ${c.title} [dashboard]. Data: ${data}.`;
}
