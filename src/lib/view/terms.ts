/**
 * The words of the glossary (/methodology#glossary) a headline, title or subtitle may use, and
 * where each is defined: `linkTerms` cuts a sentence into plain runs and runs to link, so a reader
 * can look up "stable panel" or "about 38 independent" where it stands (methodology v3, plain
 * words). Each term is linked once per sentence, at its first occurrence.
 *
 * @example
 * linkTerms('18 listings (about 16 independent), low confidence')
 * // [{ text: '18 listings (about 16 ' }, { text: 'independent', anchor: 'independent' },
 * //  { text: '), ' }, { text: 'low confidence', anchor: 'too-few' }]
 */

/** A term as it reads in a sentence, and the id of its definition on /methodology. */
export const TERMS: readonly (readonly [phrase: string, anchor: string])[] = [
	['stable panel', 'panel'],
	['strict titles', 'titles'],
	['broad titles', 'titles'],
	['independent', 'independent'],
	['95% interval', 'interval'],
	['low confidence', 'too-few'],
	['pooled', 'pooled'],
	['as advertised', 'basis']
];

export interface Run {
	text: string;
	/** Where the run's term is defined (an id on /methodology), for a run to link. */
	anchor?: string;
	/** A span of months or years ("Apr–Jun 2026", "2023–25"), kept on one line. */
	whole?: true;
}

/**
 * A span of months or years: a line may break after an en dash, and "Apr–" at a line's end with
 * "Jun 2026" under it reads as two things. A month span takes its year with it.
 */
const SPAN = /\b(?:[A-Z][a-z]{2}–[A-Z][a-z]{2}(?: \d{4})?|\d{4}–\d{2,4})\b/g;

/** A run of plain text as runs, each span of months or years its own run, kept whole. */
function withSpans(text: string): Run[] {
	const runs: Run[] = [];
	let from = 0;
	for (const m of text.matchAll(SPAN)) {
		if (m.index > from) runs.push({ text: text.slice(from, m.index) });
		runs.push({ text: m[0], whole: true });
		from = m.index + m[0].length;
	}
	if (from < text.length) runs.push({ text: text.slice(from) });
	return runs;
}

/**
 * `text` as runs, each glossary term's first occurrence (whole words, any case) its own run, and
 * each span of months or years in the rest its own run, kept whole (`withSpans`).
 */
export function linkTerms(text: string): Run[] {
	const found: { at: number; end: number; anchor: string }[] = [];
	const lower = text.toLowerCase();
	for (const [phrase, anchor] of TERMS) {
		let at = lower.indexOf(phrase);
		// whole words only ("independently" is not "independent"), and no overlap with a term found
		while (
			at >= 0 &&
			(/\w/.test(text[at - 1] ?? '') ||
				/\w/.test(text[at + phrase.length] ?? '') ||
				found.some((f) => at < f.end && f.at < at + phrase.length))
		)
			at = lower.indexOf(phrase, at + 1);
		if (at >= 0 && !found.some((f) => f.anchor === anchor))
			found.push({ at, end: at + phrase.length, anchor });
	}
	found.sort((a, b) => a.at - b.at);
	const runs: Run[] = [];
	let from = 0;
	for (const f of found) {
		if (f.at > from) runs.push(...withSpans(text.slice(from, f.at)));
		runs.push({ text: text.slice(f.at, f.end), anchor: f.anchor });
		from = f.end;
	}
	if (from < text.length) runs.push(...withSpans(text.slice(from)));
	return runs;
}
