import { FIRST_YEAR, LEVELS } from '../domain';
import { Growable } from './growable';
import { COMPANY_SIZES, EMPLOYMENT_TYPES, REMOTE_RATIOS, type RawSalaryRow } from './rawSchema';

/**
 * Repeats: listings identical in every field, both pay ends included (DESIGN.md, methodology v2).
 * `RepeatGroups` gives each listing its group and counts the group's size, with an exact hash
 * table over typed arrays: a listing's fields are a title id, one number for its other attributes
 * (`attributesKey`) and four numbers of pay, so no key is kept per listing beyond those, and a
 * million-row file costs a few megabytes.
 *
 * @example
 * const groups = new RepeatGroups();
 * const a = groups.groupOf(0, attributesKey(row), 150000, 150000, 170000, 170000);
 * groups.groupOf(0, attributesKey(row), 150000, 150000, 170000, 170000) === a; // true
 * groups.sizeOf(a); // 2
 */

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

/** The place of a validated code of capital letters among all codes of its length (AA → 0 … ZZ → 675). */
function codeIndex(code: string): number {
	let index = 0;
	for (let k = 0; k < code.length; k++) index = index * 26 + code.charCodeAt(k) - 65;
	return index;
}

/**
 * A row's fields but its title and pay as one whole number, different for rows that differ in any
 * of them: year, level, employment type, remote ratio and company size by their place in their
 * lists, the currency (three letters) and the two countries (two letters each) by `codeIndex`.
 * Cheaper than a key string: this runs once per role listing. The largest key, about 1.3 × 10¹³
 * (11 years × 4 × 4 × 3 × 3 × 26³ × 26² × 26²), is far below 2⁵³, so every key is exact.
 */
export function attributesKey(row: RawSalaryRow): number {
	let key = row.work_year - FIRST_YEAR;
	key = key * LEVELS.length + LEVELS.indexOf(row.experience_level);
	key = key * EMPLOYMENT_TYPES.length + EMPLOYMENT_TYPES.indexOf(row.employment_type);
	key = key * REMOTE_RATIOS.length + REMOTE_RATIOS.indexOf(row.remote_ratio);
	key = key * COMPANY_SIZES.length + COMPANY_SIZES.indexOf(row.company_size);
	key = key * 26 ** 3 + codeIndex(row.salary_currency);
	key = key * 26 ** 2 + codeIndex(row.employee_residence);
	return key * 26 ** 2 + codeIndex(row.company_location);
}

/** One step of a 32-bit multiplicative hash (the golden-ratio constant of Fibonacci hashing). */
const step = (h: number, x: number) => Math.imul(h ^ x, 0x9e3779b1) ^ (h >>> 15);
const stepFloat = (h: number, x: number) => {
	F64[0] = x;
	return step(step(h, I32[0] as number), I32[1] as number);
};

/** A listing's hash: every field mixed in, then MurmurHash3's finaliser, as the table uses the low bits. */
function hashOf(title: number, attrs: number, s1: number, u1: number, s2: number, u2: number) {
	let h = stepFloat(
		stepFloat(stepFloat(stepFloat(stepFloat(step(0, title), attrs), s1), u1), s2),
		u2
	);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 16);
}

export class RepeatGroups {
	/** Per group: its fields, and how many listings it holds. */
	private readonly title = new Growable(new Int32Array(256));
	private readonly attrs = new Growable(new Float64Array(256));
	private readonly pay = new Growable(new Float64Array(1024));
	private readonly size = new Growable(new Int32Array(256));
	/** Open addressing: group index + 1 per slot, 0 for an empty one; at most half full. */
	private slots = new Int32Array(1024);

	/** The number of groups so far. */
	get count(): number {
		return this.size.length;
	}

	/** The size of group `g`. */
	sizeOf(g: number): number {
		return this.size.data[g] as number;
	}

	/** Every group's size, by group index (a view: valid until the next `groupOf`). */
	sizes(): Int32Array {
		return this.size.data.subarray(0, this.size.length);
	}

	/**
	 * The group of a listing, counting it in: `title` an id for its job title, `a` its other
	 * fields but pay (`attributesKey`), its first row's `salary` and `salary_in_usd`, and its
	 * second row's (-1 and -1 for a single-row listing).
	 */
	groupOf(title: number, a: number, s1: number, u1: number, s2: number, u2: number): number {
		const h = hashOf(title, a, s1, u1, s2, u2);
		const mask = this.slots.length - 1;
		const pay = this.pay.data;
		for (let i = h & mask; ; i = (i + 1) & mask) {
			const slot = this.slots[i] as number;
			if (slot === 0) break;
			const g = slot - 1;
			if (
				this.title.data[g] === title &&
				this.attrs.data[g] === a &&
				pay[4 * g] === s1 &&
				pay[4 * g + 1] === u1 &&
				pay[4 * g + 2] === s2 &&
				pay[4 * g + 3] === u2
			) {
				this.size.data[g]!++;
				return g;
			}
		}
		const g = this.size.length;
		this.title.push(title);
		this.attrs.push(a);
		this.pay.push(s1);
		this.pay.push(u1);
		this.pay.push(s2);
		this.pay.push(u2);
		this.size.push(1);
		this.insert(g, h);
		if (2 * this.size.length > this.slots.length) this.grow();
		return g;
	}

	private insert(g: number, h: number): void {
		const mask = this.slots.length - 1;
		let i = h & mask;
		while (this.slots[i] !== 0) i = (i + 1) & mask;
		this.slots[i] = g + 1;
	}

	private grow(): void {
		this.slots = new Int32Array(this.slots.length * 2);
		const pay = this.pay.data;
		for (let g = 0; g < this.size.length; g++)
			this.insert(
				g,
				hashOf(
					this.title.data[g] as number,
					this.attrs.data[g] as number,
					pay[4 * g] as number,
					pay[4 * g + 1] as number,
					pay[4 * g + 2] as number,
					pay[4 * g + 3] as number
				)
			);
	}
}
