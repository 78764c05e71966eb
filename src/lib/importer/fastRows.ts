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
 *
 * Malformed input fails in time linear in the file's size. A stream reader hands papaparse the
 * unfinished last record again with every chunk, and a quote left open makes that record the
 * rest of the file: papaparse would read it again and again, ever longer (a 100 MB file took two
 * minutes). So once a carried record holds a quoted field papaparse cannot close, a chunk is only
 * looked through for a quote that may close it (all other chunks are added to the record
 * unread), and a record that grows past `MAX_RECORD` without ending is an error naming the line
 * where the quote opened (or, without a quote, where the record started). The end of the file
 * inside a quoted field is an error naming that line too.
 */
import Papa from 'papaparse';
import { INVALID, type Column, type RowOf, type Schema } from '../data/columns';
import {
	lineCounter,
	linesIn,
	readHeader,
	recordReader,
	DataError,
	UNCLOSED_AT_END,
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
 * The most one record may hold, in characters (1 MiB): far above any real one (the raw files'
 * longest line is about 200 bytes), and what a record that never ends costs at most to carry from
 * chunk to chunk. A record that grows past it without ending (a quoted field left open, or a line
 * with no line break) is an error at once, not a re-read of an ever longer text with every chunk.
 */
export const MAX_RECORD = 1 << 20;

/**
 * Whether `chunk`, following a quoted field that is open, leaves it open: every quote in it from
 * `from` on is one of a pair (`""` stands for a `"`), but perhaps a last one, whose pair (or not)
 * is the next chunk's first character. Then papaparse, given the field and the chunk, would find
 * no closing quote, and reading on can wait for a chunk that may have one. Returns `OPEN`,
 * `QUOTE_AT_END`, or `MAY_CLOSE` for a quote that no quote follows.
 */
function afterOpen(chunk: string, from: number): number {
	for (let at = chunk.indexOf(QUOTE, from); at >= 0; at = chunk.indexOf(QUOTE, at + 2)) {
		if (at === chunk.length - 1) return QUOTE_AT_END;
		if (chunk.charCodeAt(at + 1) !== 34) return MAY_CLOSE;
	}
	return OPEN;
}
const OPEN = 0;
const QUOTE_AT_END = 1;
const MAY_CLOSE = 2;

/** A quoted field that the carried record leaves open. */
interface OpenQuote {
	/** The line its quote is on, and its column as errors name it. */
	line: number;
	column: string;
	/** Whether the record ends in a quote that the next chunk may double. */
	quoteAtEnd: boolean;
}

/**
 * One file's rows, fed chunk by chunk (`push`, then `end`). Calls `onRow` with each valid row and
 * its line number, and throws a `DataError` (file, line, column) on the first bad row or a bad
 * header; the caller stops feeding it then.
 */
export class ChunkedTable<S extends Schema> {
	rows = 0;
	blankLines = 0;
	header: Header | null = null;
	/** Characters handed to papaparse so far (each character of the file about once). */
	charsToPapaparse = 0;
	/** The line the next record starts on. */
	private line = 1;
	/** The unfinished last line of the text so far. */
	private partial = '';
	/**
	 * While the unfinished record has a quoted field that papaparse could not close: where it
	 * opened. Till a chunk that may close it comes, the chunks are only added to the record;
	 * papaparse is not given the whole field again each time.
	 */
	private open: OpenQuote | null = null;
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
		if (this.partial.length > MAX_RECORD) this.tooLong();
	}

	/** The end of the file: what is left is the last line (papaparse reads nothing from ''). */
	end(): void {
		this.parse('', true);
	}

	/** Reads `this.partial + chunk`, as papaparse's stream reader would read it. */
	private parse(chunk: string, last: boolean): void {
		const partial = this.partial;
		const open = this.open;
		if (open !== null) {
			// (a quote the record ends in is a doubled one if the chunk starts with another)
			const from = !open.quoteAtEnd ? 0 : chunk.charCodeAt(0) === 34 ? 1 : -1;
			const after = from < 0 ? MAY_CLOSE : afterOpen(chunk, from);
			if (!last && after !== MAY_CLOSE) {
				open.quoteAtEnd = after === QUOTE_AT_END;
				this.partial = partial + chunk;
				return;
			}
			this.open = null;
		}
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
		if (nl < 0 && !last) {
			// no line ends in the chunk (and there is no quote to start a field that spans lines)
			this.partial = partial + chunk;
			return;
		}
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

	/**
	 * What papaparse's stream reader does with a chunk: parse all but the unfinished last line.
	 * And then, if that line has a quote, whether a quoted field in it is left open.
	 */
	private parseWithPapa(text: string, last: boolean): void {
		// (papaparse's character offsets from the start of the file only go into messages we don't use)
		this.charsToPapaparse += text.length;
		const results = this.handle.parse(text, 0, !last);
		const { data, errors } = results;
		if (!last) this.partial = text.slice(results.meta.cursor);
		const quoteError = errors.find((e) => e.type === 'Quotes');
		// the end of the file in a quoted field (always the last error, in the last record): the
		// records before it are read, and the error names where the quote opened. (Read as
		// papaparse reads it, the rest of the file would be that field, and the record's fault a
		// field count or a value far from where the quote is missing.)
		const at = quoteError?.code === 'MissingQuotes' ? (quoteError.row ?? -1) : -1;
		const unclosed = data[at];
		const records = unclosed === undefined ? data.length : at;
		for (let r = 0; r < records; r++) this.record(data[r] as string[]);
		if (unclosed !== undefined) {
			const { line, column } = this.openedAt(unclosed);
			throw new DataError(this.file, line, column, UNCLOSED_AT_END);
		}
		if (quoteError)
			throw new DataError(
				this.file,
				this.line,
				'(row)',
				`${quoteError.message}, expected valid CSV quoting`
			);
		if (!last && this.partial.indexOf(QUOTE) >= 0) this.open = this.openField(this.partial);
	}

	/**
	 * Where the quoted field is that `record` (the unfinished record, as papaparse reads it at the
	 * end of a file) leaves open: the line it opened on, and its column. papaparse makes the rest of
	 * the text the record's last field, so that field is the open one, and the fields before it
	 * hold the line breaks before its quote.
	 */
	private openedAt(record: readonly string[]): { line: number; column: string } {
		const field = record.length - 1;
		const line = this.line + linesIn(record.slice(0, field)) - 1;
		const c = this.header?.indices.indexOf(field) ?? -1;
		return { line, column: c >= 0 ? (Object.keys(this.schema)[c] as string) : '(row)' };
	}

	/**
	 * Whether `partial`, the start of a record, leaves a quoted field open, and where it opened:
	 * what papaparse says of it as the end of a file. A quote it ends in is left out (papaparse
	 * would take it for a closing one, yet the next character may double it) and remembered.
	 * Only ever asked of a carried record with a quote in it, so only chunks with a quote pay.
	 */
	private openField(partial: string): OpenQuote | null {
		const quoteAtEnd = partial.charCodeAt(partial.length - 1) === 34;
		const text = quoteAtEnd ? partial.slice(0, -1) : partial;
		this.charsToPapaparse += text.length;
		const { data, errors } = this.handle.parse(text, 0, false);
		const missing = errors.find((e) => e.code === 'MissingQuotes');
		if (missing === undefined || missing.row !== 0 || data.length !== 1) return null;
		return { ...this.openedAt(data[0] as string[]), quoteAtEnd };
	}

	/** The carried record has grown past MAX_RECORD. */
	private tooLong(): never {
		if (this.open !== null)
			throw new DataError(
				this.file,
				this.open.line,
				this.open.column,
				`a quoted field opened here is not closed within 1 MB, expected a closing "`
			);
		throw new DataError(
			this.file,
			this.line,
			'(row)',
			'the row goes on for over 1 MB without a line break, expected rows of at most 1 MB'
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
