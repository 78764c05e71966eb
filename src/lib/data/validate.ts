/**
 * Turns CSV records into typed rows against a schema from `columns.ts`, or fails with a `DataError`
 * that names the file, the line and the column (errors as values are kept until the first one is
 * thrown, so the message is about the exact cell, never "something went wrong").
 */
import Papa from 'papaparse';
import { excerpt, INVALID, printable, type Column, type RowOf, type Schema } from './columns';

/**
 * A problem with an input file: `file:line: column: problem, expected …`. Where no one line is to
 * blame (a file that cannot be read, a month missing from a series) `line` is null and the message
 * is `file: column: problem`.
 *
 * The message is one line, safe to print on a terminal, and of bounded length: input enters a
 * problem only through `quote` or `excerpt` (at most `SHOWN_MAX` characters of it, control
 * characters escaped); the column, which may come from a file's header, is shown as `excerpt`
 * shows it (so a 1 MB column name is cut too); and, in case input reached a problem some other
 * way, any control character left in the file name or the problem is escaped, and a problem over
 * `PROBLEM_MAX` characters loses its middle, never its end, which says what was expected. The
 * fields hold what the message shows.
 */
export class DataError extends Error {
	readonly file: string;
	readonly line: number | null;
	readonly column: string;
	readonly problem: string;

	constructor(file: string, line: number | null, column: string, problem: string) {
		const shownFile = printable(file);
		const shownColumn = excerpt(column);
		const shownProblem = printable(bounded(problem));
		super(`${shownFile}${line === null ? '' : `:${line}`}: ${shownColumn}: ${shownProblem}`);
		this.name = 'DataError';
		this.file = shownFile;
		this.line = line;
		this.column = shownColumn;
		this.problem = shownProblem;
	}
}

/** The longest problem a `DataError` shows whole: far above any message built with `quote`. */
export const PROBLEM_MAX = 2_000;

/** `problem`, or its start and end around `…` if it is over `PROBLEM_MAX` characters. */
function bounded(problem: string): string {
	if (problem.length <= PROBLEM_MAX) return problem;
	const head = problem.slice(0, PROBLEM_MAX / 2);
	const tail = problem.slice(problem.length - PROBLEM_MAX / 4);
	const left = (problem.length - head.length - tail.length).toLocaleString('en');
	return `${head}… (${left} characters left out) …${tail}`;
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

/**
 * A reader for the records of one file: checks the field count and reads every cell, or throws a
 * `DataError` naming the line and column. Built once per file, so the per-row work is only the cells.
 */
export function recordReader<S extends Schema>(
	schema: S,
	header: Header,
	file: string
): (fields: readonly string[], line: number) => RowOf<S> {
	const names = Object.keys(schema);
	const columns = names.map((n) => schema[n] as Column<unknown>);
	const { indices, width } = header;
	const fail = (c: number, fields: readonly string[], line: number): never => {
		if (c < 0) {
			const column =
				fields.length < width
					? (names[indices.findIndex((i) => i >= fields.length)] ?? '(row)')
					: '(row)';
			throw new DataError(file, line, column, `the row has ${fields.length} fields, expected ${width}`);
		}
		const column = columns[c] as Column<unknown>;
		const raw = fields[indices[c] as number] as string;
		throw new DataError(file, line, names[c] as string, `${column.explain(raw)}, expected ${column.expected}`);
	};
	// The reader is generated once per file, one statement per column: each column's parse call gets
	// its own call site, which the JIT can inline, and every row is built by one object literal (one
	// shape). A generic loop over the columns runs several times slower on a million rows. Column
	// names only appear as JSON-quoted property keys; all values come in as arguments.
	const body = [
		'return function read(f, line) {',
		`if (f.length !== ${width}) return fail(-1, f, line);`,
		...names.map(
			(_, c) =>
				`const v${c} = c[${c}].parse(f[${indices[c]}]); if (v${c} === INVALID) return fail(${c}, f, line);`
		),
		`return { ${names.map((n, c) => `${JSON.stringify(n)}: v${c}`).join(', ')} };`,
		'};'
	].join('\n');
	return new Function('c', 'INVALID', 'fail', body)(columns, INVALID, fail);
}

/**
 * Counts the lines a record spans: one, plus the line breaks inside quoted fields. Only fields that
 * may validly hold a line break need looking at (free-text and unknown columns): any other field
 * with one fails validation on this very line.
 */
export function lineCounter(
	schema: Schema,
	header: Header
): (fields: readonly string[]) => number {
	const names = Object.keys(schema);
	const known = new Set(header.indices);
	const watch = [
		...header.indices.filter((_, c) => schema[names[c] as string]?.multiline),
		...Array.from({ length: header.width }, (_, i) => i).filter((i) => !known.has(i))
	];
	return (fields) => {
		let lines = 1;
		for (const i of watch) {
			const field = fields[i];
			if (field === undefined) continue;
			for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) lines++;
		}
		return lines;
	};
}

/** A rule about a whole row (e.g. p25 ≤ median); returns the column to blame and the problem. */
export type RowCheck<R> = (row: R) => { column: keyof R & string; problem: string } | null;

/** How many lines a record spanned: one, plus any line breaks inside quoted fields (all fields). */
export function linesIn(fields: readonly string[]): number {
	let lines = 1;
	for (const field of fields) {
		for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) lines++;
	}
	return lines;
}

/** The problem with a quoted field that the end of the file leaves open. */
export const UNCLOSED_AT_END =
	'a quoted field opened here is not closed by the end of the file, expected a closing "';

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
		// papaparse's index is just after the quote that opened the field at fault
		let line = 1;
		const end = syntax.index ?? 0;
		for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) line++;
		throw new DataError(
			file,
			line,
			'(row)',
			syntax.code === 'MissingQuotes'
				? UNCLOSED_AT_END
				: `${syntax.message}, expected valid CSV quoting`
		);
	}
	const records = parsed.data;
	const header = readHeader(schema, records[0] ?? [], file, { mode: 'exact' });
	const read = recordReader(schema, header, file);
	const spanOf = lineCounter(schema, header);
	const rows: RowOf<S>[] = [];
	let line = 1 + linesIn(records[0] ?? []);
	for (let r = 1; r < records.length; r++) {
		const fields = records[r] as string[];
		const span = spanOf(fields);
		const blank = fields.length === 1 && fields[0] === '';
		if (!blank) {
			const row = read(fields, line);
			const problem = check?.(row);
			if (problem) throw new DataError(file, line, problem.column, problem.problem);
			rows.push(row);
		}
		line += span;
	}
	return rows;
}
