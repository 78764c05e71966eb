/**
 * The guard against spreadsheet formula injection, on its own (no CSV library), for the writers in
 * csv.ts and the snapshot columns that read guarded text back (schema.ts, also in the browser).
 */
import type { Column } from './columns';

/**
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR, possibly
 * after apostrophes) gets one more leading apostrophe. Strings with apostrophes before such a
 * character get one too, so `restoreText` can always take exactly one away: the guard is lossless.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardText(text: string): string {
	return FORMULA.test(text) ? `'${text}` : text;
}

export function restoreText(text: string): string {
	return GUARDED.test(text) ? text.slice(1) : text;
}

/** A text column of a snapshot, read back through the guard `toCsv` put on it. */
export function guarded(column: Column<string>): Column<string> {
	const parse = (raw: string) => column.parse(restoreText(raw));
	return {
		...column,
		parse,
		parseAt: (text, _, start, end) => parse(text.slice(start, end)),
		explain: (raw) => column.explain(restoreText(raw))
	};
}
