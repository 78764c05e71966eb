/**
 * A tiny column-schema language: each column says how to read one CSV cell and what it expects, so a
 * bad cell becomes `file:line: column: problem, expected …` instead of a wrong number on a chart.
 * Row types are inferred from the schema (`RowOf<typeof schema>`), so there is one source of truth.
 *
 * @example
 * const schema = { year: integer({ min: 2020, max: 2030 }), level: oneOf(['EN', 'MI']) };
 * type Row = RowOf<typeof schema>; // { year: number; level: 'EN' | 'MI' }
 */

/** The result of reading one cell: a value, or a short description of what is wrong with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface Column<T> {
	/** What a valid cell looks like, in words, for error messages. */
	readonly expected: string;
	read(raw: string): CellResult<T>;
}

export type Schema = Record<string, Column<unknown>>;

export type RowOf<S extends Schema> = { [K in keyof S]: S[K] extends Column<infer T> ? T : never };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(problem: string): CellResult<T> => ({ ok: false, problem });

/** Quote a cell for an error message, cut short so one absurd cell cannot flood the terminal. */
export function quote(raw: string): string {
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return JSON.stringify(shown);
}

export function oneOf<const V extends string>(values: readonly V[]): Column<V> {
	const allowed = new Set<string>(values);
	return {
		expected: `one of ${values.join(', ')}`,
		read: (raw) =>
			allowed.has(raw) ? ok(raw as V) : bad(raw === '' ? 'empty' : `${quote(raw)} is not allowed`)
	};
}

export function text(options: { pattern?: RegExp; describe?: string } = {}): Column<string> {
	const { pattern, describe = 'non-empty text' } = options;
	return {
		expected: describe,
		read: (raw) => {
			if (raw.trim() === '') return bad('empty');
			if (pattern && !pattern.test(raw)) return bad(`${quote(raw)} is not valid`);
			return ok(raw);
		}
	};
}

/** Reads a decimal number; `Number('')` is 0 and `Number('0x10')` is 16, so both are refused here. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function number(
	options: { min?: number; max?: number; above?: number; describe?: string } = {}
): Column<number> {
	const { min, max, above } = options;
	const range =
		above !== undefined
			? `a number above ${above}${max !== undefined ? ` and at most ${max}` : ''}`
			: min !== undefined && max !== undefined
				? `a number from ${min} to ${max}`
				: min !== undefined
					? `a number ≥ ${min}`
					: 'a number';
	return {
		expected: options.describe ?? range,
		read: (raw) => {
			if (raw.trim() === '') return bad('empty');
			if (!DECIMAL.test(raw.trim())) return bad(`${quote(raw)} is not a number`);
			const value = Number(raw);
			if (!Number.isFinite(value)) return bad(`${quote(raw)} is not a finite number`);
			if (above !== undefined && !(value > above)) return bad(`${raw} is not above ${above}`);
			if (min !== undefined && value < min) return bad(`${raw} is below ${min}`);
			if (max !== undefined && value > max) return bad(`${raw} is above ${max}`);
			return ok(value);
		}
	};
}

export function integer(options: { min?: number; max?: number } = {}): Column<number> {
	const { min, max } = options;
	const expected =
		min !== undefined && max !== undefined
			? `a whole number from ${min} to ${max}`
			: min !== undefined
				? `a whole number ≥ ${min}`
				: 'a whole number';
	return {
		expected,
		read: (raw) => {
			if (raw.trim() === '') return bad('empty');
			if (!/^[+-]?\d+$/.test(raw.trim())) return bad(`${quote(raw)} is not a whole number`);
			const value = Number(raw);
			if (min !== undefined && value < min) return bad(`${raw} is below ${min}`);
			if (max !== undefined && value > max) return bad(`${raw} is above ${max}`);
			return ok(value);
		}
	};
}

/** An empty cell reads as `null`; anything else must satisfy `column`. */
export function optional<T>(column: Column<T>): Column<T | null> {
	return {
		expected: `empty or ${column.expected}`,
		read: (raw) => (raw === '' ? ok(null) : column.read(raw))
	};
}

/** A cell that is either one of the literal `words` or a value of `column` (e.g. a year or `all`). */
export function orWord<T, const W extends string>(
	column: Column<T>,
	words: readonly W[]
): Column<T | W> {
	return {
		expected: `${column.expected}, or ${words.join(', ')}`,
		read: (raw) => ((words as readonly string[]).includes(raw) ? ok(raw as W) : column.read(raw))
	};
}

/** A cell from a fixed code list, such as ISO country codes. */
export function code(codes: ReadonlySet<string>, describe: string): Column<string> {
	return {
		expected: describe,
		read: (raw) =>
			codes.has(raw) ? ok(raw) : bad(raw === '' ? 'empty' : `${quote(raw)} is not a known code`)
	};
}
