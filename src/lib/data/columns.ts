/**
 * A tiny column-schema language: each column says how to read one CSV cell and what it expects, so a
 * bad cell becomes `file:line: column: problem, expected …` instead of a wrong number on a chart.
 * Row types are inferred from the schema (`RowOf<typeof schema>`), so there is one source of truth.
 *
 * Reading is split in two for speed on million-row files: `parse` returns the value or `INVALID`
 * without allocating or hashing, and only a cell that fails is `explain`ed.
 *
 * @example
 * const schema = { year: integer({ min: 2020, max: 2030 }), level: oneOf(['EN', 'MI']) };
 * type Row = RowOf<typeof schema>; // { year: number; level: 'EN' | 'MI' }
 */

export const INVALID: unique symbol = Symbol('invalid');

/** The result of reading one cell for a caller that wants the reason: a value or a problem. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface Column<T> {
	/** What a valid cell looks like, in words, for error messages. */
	readonly expected: string;
	/** The cell's value, or INVALID. */
	parse(raw: string): T | typeof INVALID;
	/**
	 * The value of the cell `text.slice(start, end)`, always exactly what `parse` gives for that
	 * slice, for the importer's fast path (`fastRows.ts`). `codes` holds the character codes of
	 * `text` (ASCII text, one byte each): numbers, codes and fixed words are read from those in
	 * place, without a substring; only a column whose value is text slices `text`.
	 */
	parseAt(text: string, codes: Uint8Array, start: number, end: number): T | typeof INVALID;
	/** Why `raw` is invalid (only called when `parse` said so). */
	explain(raw: string): string;
	/** Whether a valid cell may contain a line break (so line numbers must count them). */
	readonly multiline?: boolean;
}

export type Schema = Record<string, Column<unknown>>;

export type RowOf<S extends Schema> = {
	[K in keyof S]: S[K] extends Column<infer T> ? T : never;
};

/** Reads a cell with its reason: for tests and for error messages. */
export function readCell<T>(column: Column<T>, raw: string): CellResult<T> {
	const value = column.parse(raw);
	return value === INVALID ? { ok: false, problem: column.explain(raw) } : { ok: true, value };
}

/**
 * How much of an input text an error message shows at most, in characters as shown (an escaped
 * character counts as its escape): enough to recognise a cell, too little to flood a terminal.
 */
export const SHOWN_MAX = 200;

/**
 * The characters that must not reach a terminal as they are: the C0 controls (tab, CR and LF among
 * them, so that a message stays on one line; ESC starts the codes that move the cursor, clear the
 * screen or retitle the window), DEL, the C1 controls, the Unicode line and paragraph separators,
 * the bidirectional marks, embeddings, overrides and isolates (which can make a line read in
 * another order than it is written), and UTF-16 surrogates (a lone one; a pair is a character).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it is for
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;
/** `UNSAFE`, and the `"` and `\` that are escaped inside quotation marks. */
// eslint-disable-next-line no-control-regex -- as UNSAFE
const UNSAFE_QUOTED = /[\x00-\x1f"\\\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;

const hex = (c: number, digits: number) => c.toString(16).padStart(digits, '0');

/** `n` with thousands separators (1,048,576), the same in every locale. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * How `text[i]` is shown in a message: its escape (`\n`, `\x1b`, `\u202e`; inside quotation marks
 * also `\"` and `\\`, as JSON writes them), or null for the character itself.
 */
function escapeAt(text: string, i: number, quoted: boolean): string | null {
	const c = text.charCodeAt(i);
	if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
		return c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : `\\x${hex(c, 2)}`;
	if (c === 34 || c === 92) return quoted ? `\\${text[i]}` : null;
	if (c < 0x61c) return null;
	if (c >= 0xd800 && c <= 0xdfff) {
		const paired =
			c <= 0xdbff
				? (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
				: (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
		return paired ? null : `\\u${hex(c, 4)}`;
	}
	const bidi =
		c === 0x61c ||
		c === 0x200e ||
		c === 0x200f ||
		(c >= 0x2028 && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069);
	return bidi ? `\\u${hex(c, 4)}` : null;
}

/**
 * Input text as an error message shows it, the one way input enters a message (`quote`,
 * `excerpt`; `DataError` shows a column name this way): every character in `UNSAFE` escaped,
 * visibly (`\x1b`, `\n`, `\u202e`), and cut after `SHOWN_MAX` characters as shown, with `…` and
 * the length of the whole text (`"aaaa…" (1,048,576 characters)`), so that neither a 1 MB cell nor
 * a cell of terminal escape codes can flood or take over the terminal the message is printed on.
 * Only the first `SHOWN_MAX` characters are ever looked at.
 */
function shown(raw: string, quoted: boolean): string {
	if (raw.length <= SHOWN_MAX && !(quoted ? UNSAFE_QUOTED : UNSAFE).test(raw))
		return quoted ? `"${raw}"` : raw;
	let out = '';
	let i = 0;
	while (i < raw.length) {
		const c = raw.charCodeAt(i);
		// a surrogate pair is one character: shown whole or not at all
		const width = c >= 0xd800 && c <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
		const piece = width === 2 ? raw.slice(i, i + 2) : (escapeAt(raw, i, quoted) ?? raw.charAt(i));
		if (out.length + piece.length > SHOWN_MAX) break;
		out += piece;
		i += width;
	}
	if (i === raw.length) return quoted ? `"${out}"` : out;
	const length = ` (${grouped(raw.length)} characters)`;
	return quoted ? `"${out}…"${length}` : `${out}…${length}`;
}

/**
 * A cell quoted for an error message, safe to print (see `shown`): `"lots"`, `"M\r"`, `"\x1b[2J"`,
 * `"aaaa…" (1,048,576 characters)`. For plain text the same as `JSON.stringify`.
 */
export function quote(raw: string): string {
	return shown(raw, true);
}

/** Input text for an error message without quotation marks (a column name, a number), as `quote`. */
export function excerpt(raw: string): string {
	return shown(raw, false);
}

/**
 * `text` with every character in `UNSAFE` escaped as `quote` escapes it, and nothing cut: for the
 * parts of a message that should hold no input but `quote`d input, so that none that slipped
 * through reaches a terminal raw.
 */
export function printable(text: string): string {
	if (!UNSAFE.test(text)) return text;
	let out = '';
	for (let i = 0; i < text.length; i++) out += escapeAt(text, i, false) ?? text.charAt(i);
	return out;
}

/** Whether `codes` holds `word` at `start`. */
function sameAt(codes: Uint8Array, start: number, word: string): boolean {
	for (let k = 0; k < word.length; k++) if (codes[start + k] !== word.charCodeAt(k)) return false;
	return true;
}

export function oneOf<const V extends string>(values: readonly V[]): Column<V> {
	return {
		expected: `one of ${values.join(', ')}`,
		// a handful of short strings: comparing beats hashing
		parse(raw) {
			for (const v of values) if (raw === v) return v;
			return INVALID;
		},
		parseAt(_, codes, start, end) {
			const n = end - start;
			for (const v of values) if (v.length === n && sameAt(codes, start, v)) return v;
			return INVALID;
		},
		explain: (raw) => (raw === '' ? 'empty' : `${quote(raw)} is not allowed`)
	};
}

export function text(options: { pattern?: RegExp; describe?: string } = {}): Column<string> {
	const { pattern, describe = 'non-empty text' } = options;
	const blank = (raw: string) => raw === '' || (raw.charCodeAt(0) <= 32 && raw.trim() === '');
	const parse = (raw: string) => (blank(raw) || (pattern && !pattern.test(raw)) ? INVALID : raw);
	return {
		expected: describe,
		multiline: pattern === undefined,
		parse,
		// the value is the text itself, so it needs its substring
		parseAt: (text, _, start, end) => parse(text.slice(start, end)),
		explain: (raw) => (blank(raw) ? 'empty' : `${quote(raw)} is not valid`)
	};
}

/**
 * A decimal number; `Number('')` is 0 and `Number('0x10')` is 16, so both are refused here. Written
 * so that no two parts can match the same digits (`\d+(\.\d*)?`, not `\d+\.?\d*`): tested on a
 * long cell that is not a number, the latter backtracks through every split of its digits (a
 * second for 30,000 digits, a quarter of an hour for a million).
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The value of a cell of 1 to 15 ASCII digits, or -1 for any other cell. Most numeric cells of a
 * raw file are plain whole numbers, and summing their digits is several times cheaper than
 * `Number(raw)`; 15 digits stay below 2^53, so the sum is exact and equals what `Number` reads.
 */
export function digits(raw: string): number {
	const n = raw.length;
	if (n === 0 || n > 15) return -1;
	let value = 0;
	for (let k = 0; k < n; k++) {
		const c = raw.charCodeAt(k) - 48;
		if (c < 0 || c > 9) return -1;
		value = value * 10 + c;
	}
	return value;
}

/**
 * The whole number `codes[start..end)` spells in `base`, each character a digit counted from the
 * character `zero` ('0' for decimal digits, 'A' for letters as base-26 digits), or −1 where one is
 * not such a digit.
 */
function placeValue(codes: Uint8Array, start: number, end: number, zero: number, base: number) {
	let value = 0;
	for (let k = start; k < end; k++) {
		const c = (codes[k] as number) - zero;
		if (c < 0 || c >= base) return -1;
		value = value * base + c;
	}
	return value;
}

/** `digits` of the characters `codes[start..end)`. */
export function digitsAt(codes: Uint8Array, start: number, end: number): number {
	const n = end - start;
	return n === 0 || n > 15 ? -1 : placeValue(codes, start, end, 48, 10);
}

/**
 * The value of a decimal number as DECIMAL describes it, or NaN; a finite result only. Cheaper than
 * the regular expression on a million cells: `Number` does the reading, and the first and last
 * characters rule out what it accepts beyond decimals (spaces, `0x`/`0b`/`0o`, `Infinity`).
 */
export function decimal(raw: string): number {
	const whole = digits(raw);
	if (whole >= 0) return whole;
	const n = raw.length;
	if (n === 0) return NaN;
	const first = raw.charCodeAt(0);
	const last = raw.charCodeAt(n - 1);
	if (!(isDigit(first) || first === 43 || first === 45 || first === 46)) return NaN;
	if (!(isDigit(last) || last === 46)) return NaN;
	if (n > 1 && first === 48) {
		const second = raw.charCodeAt(1) | 32; // lower-case
		if (second === 120 || second === 98 || second === 111) return NaN; // x, b, o
	}
	const value = Number(raw);
	return Number.isFinite(value) ? value : NaN;
}

export function number(
	options: { min?: number; max?: number; above?: number; describe?: string } = {}
): Column<number> {
	const { min = -Infinity, max = Infinity, above } = options;
	const range =
		above !== undefined
			? `a number above ${above}${max !== Infinity ? ` and at most ${max}` : ''}`
			: min !== -Infinity && max !== Infinity
				? `a number from ${min} to ${max}`
				: min !== -Infinity
					? `a number ≥ ${min}`
					: 'a number';
	const low = above ?? -Infinity;
	const inRange = (value: number) =>
		value === value && value > low && value >= min && value <= max ? value : INVALID;
	return {
		expected: options.describe ?? range,
		parse: (raw) => inRange(decimal(raw)),
		// plain whole numbers in place (what `decimal` would return for them), anything else as `parse`
		parseAt(text, codes, start, end) {
			const whole = digitsAt(codes, start, end);
			return inRange(whole >= 0 ? whole : decimal(text.slice(start, end)));
		},
		explain(raw) {
			if (raw.trim() === '') return 'empty';
			if (!DECIMAL.test(raw)) return `${quote(raw)} is not a number`;
			const value = Number(raw);
			if (!Number.isFinite(value)) return `${quote(raw)} is not a finite number`;
			if (above !== undefined && !(value > above)) return `${excerpt(raw)} is not above ${above}`;
			if (value < min) return `${excerpt(raw)} is below ${min}`;
			return `${excerpt(raw)} is above ${max}`;
		}
	};
}

export function integer(options: { min?: number; max?: number } = {}): Column<number> {
	const { min = -Infinity, max = Infinity } = options;
	const expected =
		min !== -Infinity && max !== Infinity
			? `a whole number from ${min} to ${max}`
			: min !== -Infinity
				? `a whole number ≥ ${min}`
				: 'a whole number';
	const WHOLE = /^[+-]?\d+$/;
	const parse = (raw: string) => {
		let value = digits(raw);
		if (value < 0) {
			if (!WHOLE.test(raw)) return INVALID;
			value = Number(raw);
		}
		return value >= min && value <= max ? value : INVALID;
	};
	return {
		expected,
		parse,
		parseAt(text, codes, start, end) {
			const value = digitsAt(codes, start, end);
			if (value < 0) return parse(text.slice(start, end));
			return value >= min && value <= max ? value : INVALID;
		},
		explain(raw) {
			if (raw.trim() === '') return 'empty';
			if (!WHOLE.test(raw)) return `${quote(raw)} is not a whole number`;
			return `${excerpt(raw)} is ${Number(raw) < min ? `below ${min}` : `above ${max}`}`;
		}
	};
}

/** An empty cell reads as `null`; anything else must satisfy `column`. */
export function optional<T>(column: Column<T>): Column<T | null> {
	return {
		expected: `empty or ${column.expected}`,
		multiline: column.multiline,
		parse: (raw) => (raw === '' ? null : column.parse(raw)),
		parseAt: (text, codes, start, end) =>
			start === end ? null : column.parseAt(text, codes, start, end),
		explain: (raw) => column.explain(raw)
	};
}

/** A cell that is either one of the literal `words` or a value of `column` (e.g. a year or `all`). */
export function orWord<T, const W extends string>(
	column: Column<T>,
	words: readonly W[]
): Column<T | W> {
	return {
		expected: `${column.expected}, or ${words.join(', ')}`,
		parse(raw) {
			for (const w of words) if (raw === w) return w;
			return column.parse(raw);
		},
		parseAt(text, codes, start, end) {
			const n = end - start;
			for (const w of words) if (w.length === n && sameAt(codes, start, w)) return w;
			return column.parseAt(text, codes, start, end);
		},
		explain: (raw) => column.explain(raw)
	};
}

/**
 * A cell from a fixed list of upper-case letter codes (ISO country or currency codes). Codes of
 * one length are looked up by arithmetic in a table (AA → 0 … ZZ → 675) rather than hashed, and a
 * cell reads as the list's own string for its code: one shared string per code, whose hash is
 * computed once, makes later map lookups and comparisons on it cheap.
 */
export function code(codes: ReadonlySet<string>, describe: string): Column<string> {
	const length = [...codes][0]?.length ?? 0;
	const indexAt = (codes: Uint8Array, start: number, end: number) =>
		placeValue(codes, start, end, 65, 26);
	const scratch = new Uint8Array(length);
	const indexOf = (s: string) => {
		for (let k = 0; k < length; k++) {
			const c = s.charCodeAt(k);
			if (c > 127) return -1;
			scratch[k] = c;
		}
		return indexAt(scratch, 0, length);
	};
	for (const c of codes)
		if (c.length !== length || indexOf(c) < 0)
			throw new TypeError(`code(): "${c}" is not ${length} capital letters`);
	// built on first use: the browser imports the schemas for their constants and never reads a
	// cell, and a table of three-letter codes is 17,576 entries
	let table: string[] | undefined;
	const lookup = () => {
		table = Array<string>(26 ** length).fill('');
		for (const c of codes) table[indexOf(c)] = c;
		return table;
	};
	return {
		expected: describe,
		parse(raw) {
			if (raw.length !== length) return INVALID;
			const i = indexOf(raw);
			const t = table ?? lookup();
			return i >= 0 && t[i] !== '' ? (t[i] as string) : INVALID;
		},
		parseAt(_, codes, start, end) {
			if (end - start !== length) return INVALID;
			const i = indexAt(codes, start, end);
			const t = table ?? lookup();
			return i >= 0 && t[i] !== '' ? (t[i] as string) : INVALID;
		},
		explain: (raw) => (raw === '' ? 'empty' : `${quote(raw)} is not a known code`)
	};
}
