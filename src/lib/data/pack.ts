/**
 * Rows as columns for the page payload: the keys once, then each key's values down the rows. The
 * prerendered page inlines its data as a script the browser must parse before it can hydrate: a
 * few hundred rows that repeat a dozen key names in every object cost three times the bytes and
 * parse time of the same values without them, and a column of like values (a run of years, of
 * roles, of one currency) compresses far better than rows that interleave them.
 */
export interface Packed<T extends object> {
	keys: (keyof T & string)[];
	/** `columns[i]` holds every row's value of `keys[i]`, in row order. */
	columns: T[keyof T][][];
}

/** Packs rows that all have the same keys (those of the first row, in its order). */
export function pack<T extends object>(rows: readonly T[]): Packed<T> {
	const first = rows[0];
	const keys = first ? (Object.keys(first) as (keyof T & string)[]) : [];
	return { keys, columns: keys.map((key) => rows.map((row) => row[key])) };
}

/** The rows `pack` was given, as new objects with the same keys and values. */
export function unpack<T extends object>({ keys, columns }: Packed<T>): T[] {
	const n = columns[0]?.length ?? 0;
	return Array.from({ length: n }, (_, r) => {
		const row = {} as T;
		keys.forEach((key, i) => (row[key] = (columns[i] as T[keyof T][])[r] as T[keyof T & string]));
		return row;
	});
}
