/**
 * CSV out (and back) with papaparse. Every text cell the project writes is guarded against
 * spreadsheet formula injection in a way that reading it back undoes exactly.
 *
 * Snapshots: the schema's column order, `\n` line ends and a final newline, so the same rows always
 * give the same bytes; a free-text column that reads them back is `guarded` (a job title in
 * titles.csv comes from the raw data, and /data offers the file for download as it is).
 * Downloads: a chart's table with a `source` column, read back by `fromDownloadCsv`, so a download
 * parses back to the very rows on screen.
 */
import Papa from 'papaparse';
import type { RowOf, Schema } from './columns';
import { guardText, restoreText } from './guard';

export function toCsv<S extends Schema>(schema: S, rows: readonly RowOf<S>[]): string {
	const columns = Object.keys(schema);
	const cell = (value: unknown) =>
		typeof value === 'string' ? guardText(value) : (value ?? '');
	const body = Papa.unparse(
		{ fields: columns, data: rows.map((row) => columns.map((c) => cell(row[c]))) },
		{ newline: '\n', quotes: false }
	);
	return `${body}\n`;
}

export type CellValue = string | number | null;

export interface CsvColumn {
	key: string;
	/** Text columns are guarded; every other kind is a number (empty for null). */
	kind: 'text' | string;
}

/** A chart's rows as CSV, with a `source` column naming the source and its licence on every row. */
export function toDownloadCsv(
	columns: readonly CsvColumn[],
	rows: readonly Record<string, CellValue>[],
	source: string
): string {
	const fields = [...columns.map((c) => c.key), 'source'];
	const data = rows.map((row) => [
		...columns.map((c) => {
			const value = row[c.key] ?? null;
			if (value === null) return '';
			return c.kind === 'text' ? guardText(String(value)) : value;
		}),
		guardText(source)
	]);
	return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/** Reads a download back into rows (without the source column), undoing the formula guard. */
export function fromDownloadCsv(
	text: string,
	columns: readonly CsvColumn[]
): { rows: Record<string, CellValue>[]; source: string[] } {
	// the writer ends the file with one newline; anything before it is rows
	const body = text.endsWith('\n') ? text.slice(0, -1) : text;
	const records = Papa.parse<Record<string, string>>(body, {
		header: true,
		newline: '\n',
		skipEmptyLines: false
	}).data;
	return {
		rows: records.map((r) =>
			Object.fromEntries(
				columns.map((c) => {
					const raw = r[c.key] ?? '';
					if (c.kind === 'text') return [c.key, restoreText(raw)];
					return [c.key, raw === '' ? null : Number(raw)];
				})
			)
		),
		source: records.map((r) => restoreText(r.source ?? ''))
	};
}
