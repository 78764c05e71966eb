/**
 * Reads a CSV file chunk by chunk into validated rows, with a fast path for quote-free text.
 *
 * papaparse stays the reader of record: a chunk goes to its parser exactly as its stream reader
 * would hand it over (the unfinished last line carried into the next chunk), so quoted fields, its
 * guesses of the delimiter and line break (made on the first chunk), and every error message and
 * line number are papaparse's. But once the header is read, a chunk with no `"` in it (the test
 * papaparse uses for its own fast mode, where a record is simply `line.split(',')`) is read here
 * instead, without an array of substrings per line: `indexOf` finds each line, a loop over the
 * chunk's bytes finds each cell, and each cell is read in place by its column's `parseAt` (numbers,
 * codes and fixed words never become substrings; only text cells do), the row object built
 * directly. A line it cannot read that way (a blank line, a wrong field count, a bad or unusual
 * cell) is split as papaparse would split it and goes through the ordinary `recordReader`, which
 * counts it or throws the usual error; so does every line of a chunk that is not all ASCII.
 *
 * Why: with every chunk through papaparse the importer took about a third longer on the
 * benchmark's 1.5M-row file (interleaved runs), well over its budget of 1.5× the bare parse;
 * `npm run bench -- importer` measures it (bench/results.md).
 */
import Papa from 'papaparse';
import { INVALID, type Column, type RowOf, type Schema } from '../data/columns';
import {
	lineCounter,
	linesIn,
	readHeader,
	recordReader,
	DataError,
	type Header
} from '../data/validate';

/**
 * Reads the line `text.slice(start, end)` (no line break in it) as a row, or null if it can't.
 * `codes` holds the character codes of `text`, which is ASCII.
 */
export type RowScanner<S extends Schema> = (
	text: string,
	codes: Uint8Array,
	start: number,
	end: number
) => RowOf<S> | null;

/**
 * A scanner for the lines of one file, generated once its header is known: one statement per
 * field in file order (schema columns are read, extra columns only skipped), and the row built by
 * one object literal with the keys in schema order, the same shape `recordReader` builds. It returns
 * null for any line whose field count or cells are not valid; the caller then reads that line the
 * ordinary way, which gives the same row or the usual error.
 */
export function rowScanner<S extends Schema>(schema: S, header: Header): RowScanner<S> {
	const names = Object.keys(schema);
	const columns = names.map((n) => schema[n] as Column<unknown>);
	const columnAt = new Map(header.indices.map((field, c) => [field, c]));
	const body = ['return function scan(s, k, a, end) {', 'let b;'];
	for (let field = 0; field < header.width; field++) {
		// a loop over the bytes finds the comma: cheaper than an indexOf call per cell, and than
		// charCodeAt, which checks the string's representation on every character
		body.push('for (b = a; b < end && k[b] !== 44; b++);');
		// every cell but the last must end with a comma on this line, the last with the line
		body.push(
			field < header.width - 1 ? 'if (b === end) return null;' : 'if (b !== end) return null;'
		);
		const c = columnAt.get(field);
		if (c !== undefined)
			body.push(`const v${c} = c[${c}].parseAt(s, k, a, b); if (v${c} === INVALID) return null;`);
		body.push('a = b + 1;');
	}
	body.push(`return { ${names.map((n, c) => `${JSON.stringify(n)}: v${c}`).join(', ')} };`, '};');
	return new Function('c', 'INVALID', body.join('\n'))(columns, INVALID);
}

/** papaparse's per-chunk parser (what its stream readers use; not in its type definitions). */
interface ParserHandle {
	parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
}
const { ParserHandle } = Papa as unknown as {
	ParserHandle: new (config: Papa.ParseConfig) => ParserHandle;
};

const QUOTE = '"';
const CR = 13;

/**
 * One file's rows, fed chunk by chunk (`push`, then `end`). Calls `onRow` with each valid row and
 * its line number, and throws a `DataError` (file, line, column) on the first bad row or a bad
 * header; the caller stops feeding it then.
 */
export class ChunkedTable<S extends Schema> {
	rows = 0;
	blankLines = 0;
	header: Header | null = null;
	/** The line the next record starts on. */
	private line = 1;
	/** The unfinished last line of the text so far. */
	private partial = '';
	/** papaparse sets `newline` and `delimiter` in here from the first chunk. */
	private readonly config: Papa.ParseConfig = { header: false, skipEmptyLines: false };
	private readonly handle = new ParserHandle(this.config);
	private read: ((fields: readonly string[], line: number) => RowOf<S>) | null = null;
	private spanOf: (fields: readonly string[]) => number = linesIn;
	private scan: RowScanner<S> | null = null;
	private readonly encoder = new TextEncoder();
	private codes = new Uint8Array(0);

	constructor(
		private readonly schema: S,
		private readonly file: string,
		private readonly onRow: (row: RowOf<S>, line: number) => void,
		private readonly progress: (rows: number) => void = () => {}
	) {}

	/** The next piece of text. */
	push(chunk: string): void {
		this.parse(chunk, false);
	}

	/** The end of the file: what is left is the last line (papaparse reads nothing from ''). */
	end(): void {
		this.parse('', true);
	}

	/** Reads `this.partial + chunk`, as papaparse's stream reader would read it. */
	private parse(chunk: string, last: boolean): void {
		const partial = this.partial;
		this.partial = '';
		// the fast path only once papaparse has chosen `,` and `\n` or `\r\n` (from the first chunk)
		// and the header is read, and only for text without a quote
		if (this.scan === null || partial.indexOf(QUOTE) >= 0 || chunk.indexOf(QUOTE) >= 0)
			return this.parseWithPapa(partial + chunk, last);
		const crlf = this.config.newline === '\r\n';
		// The carried line, finished by the chunk's first line, is split and read the ordinary way
		// (one line a chunk), and the rest of the chunk is scanned in place: `partial + chunk` would be
		// a rope (a cons string) that V8 reads every character of through an indirection, and the
		// scanner stays fast only while it only ever sees flat strings.
		let from = 0;
		const nl = chunk.indexOf('\n');
		if (partial !== '' || nl < 0) {
			const head = nl < 0 ? partial + chunk : partial + chunk.slice(0, nl + 1);
			const at = this.scanLines(head, 0, crlf, last && nl < 0, null);
			if (at >= 0)
				return this.parseWithPapa(head.slice(at) + chunk.slice(head.length - partial.length), last);
			if (nl < 0) return;
			from = nl + 1;
		}
		const at = this.scanLines(chunk, from, crlf, last, this.asciiCodes(chunk));
		if (at >= 0) this.parseWithPapa(chunk.slice(at), last);
	}

	/**
	 * Reads the lines of quote-free `text` up to its last line break (or to its end if `last`, as
	 * papaparse would read it). Returns -1 when done, having kept the unfinished line; or the
	 * start of a line it leaves to papaparse: in a `\r\n` file, a line with a lone `\n` in it.
	 */
	private scanLines(
		text: string,
		from: number,
		crlf: boolean,
		last: boolean,
		codes: Uint8Array | null
	): number {
		const scan = this.scan as RowScanner<S>;
		let start = from;
		for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
			let end = nl;
			if (crlf) {
				if (nl === start || text.charCodeAt(nl - 1) !== CR) return start;
				end = nl - 1;
			}
			this.scanLine(scan, text, codes, start, end);
			start = nl + 1;
		}
		if (last) {
			// papaparse reads the text after the last line break as one more line, even an empty one
			// (an empty text has no lines at all)
			if (text.length > 0) this.scanLine(scan, text, codes, start, text.length);
		} else this.partial = text.slice(start);
		return -1;
	}

	private scanLine(
		scan: RowScanner<S>,
		text: string,
		codes: Uint8Array | null,
		start: number,
		end: number
	): void {
		// (an empty line is a blank line, never a row, whatever the schema)
		const row = end > start && codes !== null ? scan(text, codes, start, end) : null;
		if (row === null) {
			// what papaparse's fast mode makes of the line; recordReader gives the row or the error
			this.record(text.slice(start, end).split(','));
			return;
		}
		this.onRow(row, this.line);
		this.line++;
		if (++this.rows % PROGRESS_EVERY === 0) this.progress(this.rows);
	}

	/**
	 * The character codes of `text` as bytes, if it is all ASCII (then one byte is one character:
	 * UTF-8 writes anything else as two bytes or more); else null, and its lines are split.
	 */
	private asciiCodes(text: string): Uint8Array | null {
		if (this.codes.length < text.length) this.codes = new Uint8Array(text.length);
		const { read, written } = this.encoder.encodeInto(text, this.codes);
		return read === text.length && written === text.length ? this.codes : null;
	}

	/** What papaparse's stream reader does with a chunk: parse all but the unfinished last line. */
	private parseWithPapa(text: string, last: boolean): void {
		// (papaparse's character offsets from the start of the file only go into messages we don't use)
		const results = this.handle.parse(text, 0, !last);
		if (!last) this.partial = text.slice(results.meta.cursor);
		for (const fields of results.data) this.record(fields);
		const quoteError = results.errors.find((e) => e.type === 'Quotes');
		if (quoteError)
			throw new DataError(
				this.file,
				this.line,
				'(row)',
				`${quoteError.message}, expected valid CSV quoting`
			);
	}

	/** One record as papaparse splits it: a blank line, the header, or a row. */
	private record(fields: string[]): void {
		const span = this.spanOf(fields);
		if (fields.length === 1 && fields[0] === '') this.blankLines++;
		else if (this.read === null) {
			const header = readHeader(this.schema, fields, this.file, { mode: 'by-name' });
			this.header = header;
			this.read = recordReader(this.schema, header, this.file);
			this.spanOf = lineCounter(this.schema, header);
			const { delimiter, newline } = this.config;
			if (delimiter === ',' && (newline === '\n' || newline === '\r\n'))
				this.scan = rowScanner(this.schema, header);
		} else {
			this.onRow(this.read(fields, this.line), this.line);
			if (++this.rows % PROGRESS_EVERY === 0) this.progress(this.rows);
		}
		this.line += span;
	}
}

/** How often (in rows) `progress` is called. */
export const PROGRESS_EVERY = 50_000;
