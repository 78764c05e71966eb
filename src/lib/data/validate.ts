/**
 * Turns CSV records into typed rows against a schema from `columns.ts`, or fails with a `DataError`
 * that names the file, the line and the column (errors as values are kept until the first one is
 * thrown, so the message is about the exact cell, never "something went wrong").
 */
import Papa from 'papaparse';
import type { RowOf, Schema } from './columns';

export class DataError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: string;
	readonly problem: string;

	constructor(file: string, line: number, column: string, problem: string) {
		super(`${file}:${line}: ${column}: ${problem}`);
		this.name = 'DataError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}
}

export interface HeaderOptions {
	/** `exact`: the header must list the schema's columns in order (our own snapshots).
	 *  `by-name`: columns may come in any order and unknown ones are ignored (raw sources). */
	mode: 'exact' | 'by-name';
}

export interface Header {
	/** For each schema column, in schema order, its index in a record. */
	indices: number[];
	/** Header names that the schema does not know (only in `by-name` mode). */
	extra: string[];
	/** How many fields each record must have. */
	width: number;
}

/** A byte-order mark is invisible in editors but would make the first column name not match. */
const BOM = '\uFEFF';

export function readHeader(
	schema: Schema,
	fields: readonly string[],
	file: string,
	{ mode }: HeaderOptions
): Header {
	const names = fields.map((f, i) => (i === 0 && f.startsWith(BOM) ? f.slice(1) : f).trim());
	const wanted = Object.keys(schema);
	const expected = `expected the header ${wanted.join(',')}`;
	const seen = new Set<string>();
	names.forEach((name) => {
		if (seen.has(name)) throw new DataError(file, 1, name, `column appears twice, ${expected}`);
		seen.add(name);
	});
	const missing = wanted.find((name) => !seen.has(name));
	if (missing !== undefined) throw new DataError(file, 1, missing, `missing column, ${expected}`);
	const extra = names.filter((name) => !(name in schema));
	if (mode === 'exact') {
		if (extra.length > 0)
			throw new DataError(file, 1, extra[0] ?? '', `unexpected column, ${expected}`);
		const misplaced = wanted.findIndex((name, i) => names[i] !== name);
		if (misplaced >= 0)
			throw new DataError(file, 1, wanted[misplaced] ?? '', `column out of order, ${expected}`);
	}
	return { indices: wanted.map((name) => names.indexOf(name)), extra, width: names.length };
}

/** Reads one record (already split into fields) into a typed row, or throws a `DataError`. */
export function readRecord<S extends Schema>(
	schema: S,
	header: Header,
	fields: readonly string[],
	file: string,
	line: number
): RowOf<S> {
	const names = Object.keys(schema);
	if (fields.length !== header.width) {
		const column =
			fields.length < header.width
				? (names[header.indices.findIndex((i) => i >= fields.length)] ?? '(row)')
				: '(row)';
		throw new DataError(
			file,
			line,
			column,
			`the row has ${fields.length} fields, expected ${header.width}`
		);
	}
	const row: Record<string, unknown> = {};
	for (let c = 0; c < names.length; c++) {
		const name = names[c] as string;
		const column = schema[name];
		const raw = fields[header.indices[c] as number] as string;
		const result = column!.read(raw);
		if (!result.ok) throw new DataError(file, line, name, `${result.problem}, expected ${column!.expected}`);
		row[name] = result.value;
	}
	return row as RowOf<S>;
}

/** A rule about a whole row (e.g. p25 ≤ median); returns the column to blame and the problem. */
export type RowCheck<R> = (row: R) => { column: keyof R & string; problem: string } | null;

/** How many lines a record spanned: one, plus any line breaks inside quoted fields. */
export function linesIn(fields: readonly string[]): number {
	let lines = 1;
	for (const field of fields) {
		for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) lines++;
	}
	return lines;
}

/**
 * Parses a whole CSV text (a snapshot file: small, our own) and validates every row.
 * `file` is the name used in error messages, e.g. `data/salaries.csv`.
 */
export function parseTable<S extends Schema>(
	text: string,
	file: string,
	schema: S,
	check?: RowCheck<RowOf<S>>
): RowOf<S>[] {
	if (text.replace(BOM, '').trim() === '')
		throw new DataError(file, 1, '(file)', `the file is empty, expected a header row`);
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
	const syntax = parsed.errors.find((e) => e.type === 'Quotes');
	if (syntax) {
		const lineOf = text.slice(0, syntax.index ?? 0).split('\n').length;
		throw new DataError(file, lineOf, '(row)', `${syntax.message}, expected valid CSV quoting`);
	}
	const records = parsed.data;
	const header = readHeader(schema, records[0] ?? [], file, { mode: 'exact' });
	const rows: RowOf<S>[] = [];
	let line = 1 + linesIn(records[0] ?? []);
	for (let r = 1; r < records.length; r++) {
		const fields = records[r] as string[];
		const span = linesIn(fields);
		const blank = fields.length === 1 && fields[0] === '';
		if (!blank) {
			const row = readRecord(schema, header, fields, file, line);
			const problem = check?.(row);
			if (problem) throw new DataError(file, line, problem.column, problem.problem);
			rows.push(row);
		}
		line += span;
	}
	return rows;
}
