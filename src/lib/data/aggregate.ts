/**
 * Listings → cells. Each role listing belongs to every cell of its regions, its definitions, its
 * year and "all", its level and "all"; every listing, of any title, also counts towards the
 * region-year total that demand shares are taken of.
 *
 * While reading, a listing is stored once per region and definition, under its own year and level
 * only; the "all" years and "all" levels cells are put together from those when the rows are
 * written, which is a quarter of the work and memory per listing of filing it under all four.
 */
import { regionIndexer, type Region, type RoleMatch } from './reference';
import { round, roundOrNull } from './round';
import {
	DEFINITIONS,
	FIRST_YEAR,
	LAST_YEAR,
	LEVEL_CHOICES,
	LEVELS,
	ROLES,
	type Definition,
	type LevelChoice,
	type Role
} from '../domain';
import type { ListingRow, RawSalaryRow, SalaryRow, TitleRow } from './schema';
import { cellStats, mergeSorted } from './stats';

type YearKey = number | 'all';

const LEVEL_INDEX = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
const ROLE_INDEX = new Map<string, number>(ROLES.map((r, i) => [r, i]));
const DEFINITION_INDEX = new Map<string, number>(DEFINITIONS.map((d, i) => [d, i]));

/** Year slots, one per year the schema allows; level slots, one per level. */
const Y = LAST_YEAR - FIRST_YEAR + 1;
const L = LEVELS.length;
const EVERY_YEAR = Array.from({ length: Y }, (_, y) => y);
const EVERY_LEVEL = Array.from({ length: L }, (_, l) => l);
const yearSlots = (year: YearKey) => (year === 'all' ? EVERY_YEAR : [year - FIRST_YEAR]);
const levelSlots = (level: LevelChoice) =>
	level === 'all' ? EVERY_LEVEL : [LEVEL_INDEX.get(level) as number];

/** What add() needs to know about a job title from roles.csv, looked up once per listing. */
interface TitleEntry {
	role: number;
	definitions: number[];
	/** listings per year slot */
	counts: Int32Array;
}

export class SalaryAggregator {
	private readonly regionsOf: (country: string) => readonly number[];
	private readonly titles = new Map<string, TitleEntry>();
	/** Listing midpoints per role × definition × region × year slot × level slot, flat. */
	private readonly cells: (number[] | undefined)[];
	/** The same, each sorted once when the rows are first written. */
	private sorted: (Float64Array | undefined)[] | null = null;
	/** All listings (any title) per region × year slot × level slot, flat. */
	private readonly totals: Int32Array;
	private readonly yearsSeen = new Uint8Array(Y);
	listings = 0;
	roleListings = 0;

	constructor(
		private readonly roles: ReadonlyMap<string, RoleMatch>,
		private readonly regions: readonly Region[]
	) {
		this.regionsOf = regionIndexer(regions);
		for (const [title, match] of roles)
			this.titles.set(title, {
				role: ROLE_INDEX.get(match.role) as number,
				definitions: match.definitions.map((d) => DEFINITION_INDEX.get(d) as number),
				counts: new Int32Array(Y)
			});
		this.cells = new Array(ROLES.length * DEFINITIONS.length * regions.length * Y * L);
		this.totals = new Int32Array(regions.length * Y * L);
	}

	private cellIndex(role: number, d: number, r: number, y: number, l: number): number {
		return (((role * DEFINITIONS.length + d) * this.regions.length + r) * Y + y) * L + l;
	}

	// Integer indices instead of string keys: this runs once per listing of a million-row file.
	add(row: RawSalaryRow, midUsd: number): void {
		const y = row.work_year - FIRST_YEAR;
		const l = LEVEL_INDEX.get(row.experience_level) as number;
		this.listings++;
		this.yearsSeen[y] = 1;
		const regionIds = this.regionsOf(row.company_location);
		for (const r of regionIds) this.totals[(r * Y + y) * L + l]!++;
		const title = this.titles.get(row.job_title);
		if (!title) return;
		this.roleListings++;
		title.counts[y]!++;
		for (const r of regionIds)
			for (const d of title.definitions) {
				const i = this.cellIndex(title.role, d, r, y, l);
				const values = this.cells[i];
				if (values) values.push(midUsd);
				else this.cells[i] = [midUsd];
			}
	}

	/** The stored cells that make up one output cell (its year and level, or all of them), sorted. */
	private parts(role: Role, d: Definition, r: number, year: YearKey, level: LevelChoice) {
		// a typed array sorts numerically, and several times faster than a comparator
		this.sorted ??= this.cells.map((values) => values && Float64Array.from(values).sort());
		const parts: Float64Array[] = [];
		const base = [ROLE_INDEX.get(role) as number, DEFINITION_INDEX.get(d) as number, r] as const;
		for (const y of yearSlots(year))
			for (const l of levelSlots(level)) {
				const values = this.sorted[this.cellIndex(...base, y, l)];
				if (values) parts.push(values);
			}
		return parts;
	}

	/** The midpoints of one output cell, sorted ascending. */
	private sortedValues(role: Role, d: Definition, r: number, year: YearKey, level: LevelChoice) {
		return mergeSorted(this.parts(role, d, r, year, level));
	}

	private count(role: Role, d: Definition, r: number, year: YearKey, level: LevelChoice): number {
		return this.parts(role, d, r, year, level).reduce((n, part) => n + part.length, 0);
	}

	private total(r: number, year: YearKey, level: LevelChoice): number {
		let n = 0;
		for (const y of yearSlots(year))
			for (const l of levelSlots(level)) n += this.totals[(r * Y + y) * L + l] as number;
		return n;
	}

	/** The years seen, ascending, then "all". */
	yearKeys(): YearKey[] {
		const years: YearKey[] = [];
		this.yearsSeen.forEach((seen, i) => {
			if (seen) years.push(FIRST_YEAR + i);
		});
		return [...years, 'all'];
	}

	/** Every output cell, in snapshot order: role × definition × region × year × level. */
	private *cellKeys() {
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				for (const [r, region] of this.regions.entries())
					for (const year of this.yearKeys())
						for (const level of LEVEL_CHOICES)
							yield { role, definition, r, region: region.id, year, level };
	}

	/** One row per role × definition × region × year × level, including empty (withheld) cells. */
	salaryRows(): SalaryRow[] {
		return [...this.cellKeys()].map(({ r, ...key }) => {
			const s = cellStats(this.sortedValues(key.role, key.definition, r, key.year, key.level));
			return {
				...key,
				listings: s.listings,
				p25_usd: roundOrNull(s.p25, 2),
				median_usd: roundOrNull(s.median, 2),
				p75_usd: roundOrNull(s.p75, 2),
				ci_low_usd: roundOrNull(s.ciLow, 2),
				ci_high_usd: roundOrNull(s.ciHigh, 2),
				confidence: s.confidence
			};
		});
	}

	/** Listings per mapped job title and year, in roles.csv order, zero counts included. */
	titleRows(): TitleRow[] {
		const rows: TitleRow[] = [];
		for (const [title, match] of this.roles) {
			const counts = (this.titles.get(title) as TitleEntry).counts;
			for (const year of this.yearKeys())
				rows.push({
					job_title: title,
					role: match.role,
					definition: match.definitions.includes('strict') ? 'strict' : 'broad',
					year,
					listings: yearSlots(year).reduce((n, y) => n + (counts[y] as number), 0)
				});
		}
		return rows;
	}

	/**
	 * Listings per role, region, year and level, and their share of all listings (any title) in the
	 * same region, year and level, so the index's own growth is not read as demand.
	 */
	listingRows(): ListingRow[] {
		return [...this.cellKeys()].map(({ r, ...key }) => {
			const listings = this.count(key.role, key.definition, r, key.year, key.level);
			const all = this.total(r, key.year, key.level);
			return {
				...key,
				listings,
				all_listings: all,
				share_of_all_pct: all === 0 ? null : round((100 * listings) / all, 4)
			};
		});
	}
}
