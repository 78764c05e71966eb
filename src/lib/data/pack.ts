/**
 * Rows as a table of tuples for the page payload: the keys once, then each row's values in key
 * order. The prerendered page inlines its data as a script the browser must parse before it can
 * hydrate, and a few hundred rows that repeat a dozen key names in every object cost three times
 * the bytes and parse time of the same values without them.
 */
export interface Packed<T extends object> {
	keys: (keyof T & string)[];
	rows: T[keyof T][][];
}

/** Packs rows that all have the same keys (those of the first row, in its order). */
export function pack<T extends object>(rows: readonly T[]): Packed<T> {
	const first = rows[0];
	const keys = first ? (Object.keys(first) as (keyof T & string)[]) : [];
	return { keys, rows: rows.map((row) => keys.map((key) => row[key])) };
}

/** The rows `pack` was given, as new objects with the same keys and values. */
export function unpack<T extends object>({ keys, rows }: Packed<T>): T[] {
	return rows.map((values) => {
		const row = {} as T;
		keys.forEach((key, i) => (row[key] = values[i] as T[keyof T & string]));
		return row;
	});
}
