/**
 * Collapses the salary index's range pairs into listings. 99% of rows come as two adjacent rows
 * that agree on every column but `salary` and `salary_in_usd`: the two ends of one advertised pay
 * range. Scanning in file order, rows i and i+1 that agree form one listing (the scan continues at
 * i+2); any other row is a listing of its own. A listing's pay is the midpoint of its ends.
 *
 * @example
 * // rows A(200k), A(100k), A(150k), B(90k) → listings A 150k (pair), A 150k (single), B 90k (single)
 */
import type { RawSalaryRow } from './rawSchema';

export interface Listing {
	row: RawSalaryRow;
	/** The pair's second row (its other pay end), or null for a single row. */
	second: RawSalaryRow | null;
	/** Midpoint of the pair's `salary_in_usd`, or the single row's value. */
	midUsd: number;
	/** Source line(s) of the listing, for error messages and tests. */
	lines: [number] | [number, number];
}

/** True when two rows are the two ends of one range: equal in every column except the pay ones. */
export function sameListing(a: RawSalaryRow, b: RawSalaryRow): boolean {
	// spelled out rather than looped: this runs once per row of a million-row file
	return (
		a.work_year === b.work_year &&
		a.experience_level === b.experience_level &&
		a.employment_type === b.employment_type &&
		a.job_title === b.job_title &&
		a.salary_currency === b.salary_currency &&
		a.employee_residence === b.employee_residence &&
		a.remote_ratio === b.remote_ratio &&
		a.company_location === b.company_location &&
		a.company_size === b.company_size
	);
}

/**
 * Receives each listing: its first row, its second (the range's other end; null for a single row),
 * and its source lines; `last` is `first` for a single row. Plain arguments rather than a `Listing`
 * object, as this runs once per listing.
 */
export type ListingSink = (
	row: RawSalaryRow,
	second: RawSalaryRow | null,
	first: number,
	last: number
) => void;

/** The midpoint of a listing's two ends of `column`, or its one value. */
export const midpoint = (
	row: RawSalaryRow,
	second: RawSalaryRow | null,
	column: 'salary' | 'salary_in_usd'
) => (second === null ? row[column] : (row[column] + second[column]) / 2);

/**
 * A streaming pairer: push rows in file order, receive listings through `emit`, call `end()` after
 * the last row. It holds at most one row, so the file never has to be in memory.
 */
export class Pairer {
	/** The row waiting for its partner, and its line. */
	private held: RawSalaryRow | null = null;
	private heldLine = 0;
	pairs = 0;
	singles = 0;

	constructor(private readonly emit: ListingSink) {}

	push(row: RawSalaryRow, line: number): void {
		const held = this.held;
		if (held !== null && sameListing(held, row)) {
			this.pairs++;
			this.held = null;
			this.emit(held, row, this.heldLine, line);
			return;
		}
		this.end();
		this.held = row;
		this.heldLine = line;
	}

	end(): void {
		const held = this.held;
		if (held === null) return;
		this.singles++;
		this.held = null;
		this.emit(held, null, this.heldLine, this.heldLine);
	}
}

/** Pairs a whole array of rows (for tests and small inputs); lines are 2-based as in a file. */
export function pairRows(rows: readonly RawSalaryRow[]): Listing[] {
	const out: Listing[] = [];
	const pairer = new Pairer((row, second, first, last) =>
		out.push({
			row,
			second,
			midUsd: midpoint(row, second, 'salary_in_usd'),
			lines: first === last ? [first] : [first, last]
		})
	);
	rows.forEach((row, i) => pairer.push(row, i + 2));
	pairer.end();
	return out;
}
