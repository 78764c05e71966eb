/**
 * The line each key of a raw file was first read on, refusing a key read again: a series' value
 * given twice for one day or month would be counted twice (a month's mean, a year's figure).
 *
 * @example
 * const seen = new FirstLines('date', 'country and day');
 * seen.take('AI_posting.csv', 2, 'GB 2025-01-30');
 * seen.take('AI_posting.csv', 5, 'GB 2025-01-30');
 * // DataError: AI_posting.csv:5: date: GB 2025-01-30 appears again (first on line 2), expected one
 * // value per country and day
 */
import { DataError } from '../data/validate';

export class FirstLines {
	private readonly lines = new Map<string, number>();

	/** `column`: the column the error names; `per`: what one value is per ("series and month"). */
	constructor(
		private readonly column: string,
		private readonly per: string
	) {}

	/** Records `key` as read on line `line` of `file`; throws a `DataError` if it was read before. */
	take(file: string, line: number, key: string): void {
		const first = this.lines.get(key);
		if (first !== undefined)
			throw new DataError(
				file,
				line,
				this.column,
				`${key} appears again (first on line ${first}), expected one value per ${this.per}`
			);
		this.lines.set(key, line);
	}

	/** Every key read, in the order first read. */
	keys(): IterableIterator<string> {
		return this.lines.keys();
	}
}
