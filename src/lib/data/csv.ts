/**
 * Writes rows as CSV with papaparse, in the schema's column order, `\n` line ends and a final
 * newline, so the same rows always give the same bytes.
 */
import Papa from 'papaparse';
import type { RowOf, Schema } from './columns';

export function toCsv<S extends Schema>(schema: S, rows: readonly RowOf<S>[]): string {
	const columns = Object.keys(schema);
	const body = Papa.unparse(
		{ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
		{ newline: '\n', quotes: false }
	);
	return `${body}\n`;
}
