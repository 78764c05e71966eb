/**
 * Listings → cells. Each role listing is filed under every cell it belongs to (its regions, its
 * definitions, its year and "all", its level and "all"); every listing, of any title, also counts
 * towards the region-year total that demand shares are taken of.
 */
import type { Listing } from './pair';
import { regionIndexer, type Region, type RoleMatch } from './reference';
import { round, roundOrNull } from './round';
import {
	DEFINITIONS,
	FIRST_YEAR,
	LAST_YEAR,
	LEVELS,
	ROLES,
	type Definition,
	type Level,
	type ListingRow,
	type Role,
	type SalaryRow,
	type TitleRow
} from './schema';
import { cellStats } from './stats';

type YearKey = number | 'all';
type LevelKey = Level | 'all';

const LEVEL_KEYS: readonly LevelKey[] = ['all', ...LEVELS];
const LEVEL_INDEX = new Map<string, number>(LEVEL_KEYS.map((l, i) => [l, i]));
const ROLE_INDEX = new Map<string, number>(ROLES.map((r, i) => [r, i]));
const DEFINITION_INDEX = new Map<string, number>(DEFINITIONS.map((d, i) => [d, i]));

/** Year slots: one per year the schema allows, then "all" last. */
const Y = LAST_YEAR - FIRST_YEAR + 2;
const ALL_YEARS = Y - 1;
const L = LEVEL_KEYS.length;
const yearSlot = (year: YearKey) => (year === 'all' ? ALL_YEARS : year - FIRST_YEAR);

export class SalaryAggregator {
	private readonly regionsOf: (country: string) => readonly number[];
	/** Listing midpoints per role × definition × region × year slot × level slot, flat. */
	private readonly cells: (number[] | undefined)[];
	/** All listings (any title) per region × year slot × level slot, flat. */
	private readonly totals: Int32Array;
	private readonly yearsSeen = new Uint8Array(Y);
	/** listings per title, by year slot, for the titles in roles.csv */
	private readonly titles = new Map<string, Int32Array>();
	listings = 0;
	roleListings = 0;

	constructor(
		private readonly roles: ReadonlyMap<string, RoleMatch>,
		private readonly regions: readonly Region[]
	) {
		this.regionsOf = regionIndexer(regions);
		this.cells = new Array(ROLES.length * DEFINITIONS.length * regions.length * Y * L);
		this.totals = new Int32Array(regions.length * Y * L);
	}

	private cellIndex(role: number, d: number, r: number, y: number, l: number): number {
		return (((role * DEFINITIONS.length + d) * this.regions.length + r) * Y + y) * L + l;
	}

	// Integer indices instead of string keys: this runs once per listing of a million-row file.
	add(listing: Listing): void {
		const { row, midUsd } = listing;
		const y = yearSlot(row.work_year);
		const l = LEVEL_INDEX.get(row.experience_level) as number;
		this.listings++;
		this.yearsSeen[y] = 1;
		const regionIds = this.regionsOf(row.company_location);
		for (const r of regionIds) {
			const base = r * Y;
			this.totals[(base + y) * L + l]!++;
			this.totals[(base + y) * L]!++;
			this.totals[(base + ALL_YEARS) * L + l]!++;
			this.totals[(base + ALL_YEARS) * L]!++;
		}
		const match = this.roles.get(row.job_title);
		if (!match) return;
		this.roleListings++;
		let counts = this.titles.get(row.job_title);
		if (!counts) this.titles.set(row.job_title, (counts = new Int32Array(Y)));
		counts[y]!++;
		counts[ALL_YEARS]!++;
		const role = ROLE_INDEX.get(match.role) as number;
		for (const r of regionIds)
			for (const definition of match.definitions) {
				const d = DEFINITION_INDEX.get(definition) as number;
				this.push(this.cellIndex(role, d, r, y, l), midUsd);
				this.push(this.cellIndex(role, d, r, y, 0), midUsd);
				this.push(this.cellIndex(role, d, r, ALL_YEARS, l), midUsd);
				this.push(this.cellIndex(role, d, r, ALL_YEARS, 0), midUsd);
			}
	}

	private push(i: number, value: number): void {
		const values = this.cells[i];
		if (values) values.push(value);
		else this.cells[i] = [value];
	}

	private values(role: Role, d: Definition, r: number, year: YearKey, level: LevelKey): number[] {
		const i = this.cellIndex(
			ROLE_INDEX.get(role) as number,
			DEFINITION_INDEX.get(d) as number,
			r,
			yearSlot(year),
			LEVEL_INDEX.get(level) as number
		);
		return this.cells[i] ?? [];
	}

	private total(r: number, year: YearKey, level: LevelKey): number {
		return this.totals[(r * Y + yearSlot(year)) * L + (LEVEL_INDEX.get(level) as number)] ?? 0;
	}

	/** The years seen, ascending, then "all". */
	yearKeys(): YearKey[] {
		const years: YearKey[] = [];
		this.yearsSeen.forEach((seen, i) => {
			if (seen && i !== ALL_YEARS) years.push(FIRST_YEAR + i);
		});
		return [...years, 'all'];
	}

	/** One row per role × definition × region × year × level, including empty (withheld) cells. */
	salaryRows(): SalaryRow[] {
		const rows: SalaryRow[] = [];
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				this.regions.forEach((region, r) => {
					for (const year of this.yearKeys())
						for (const level of LEVEL_KEYS) {
							const values = this.values(role, definition, r, year, level);
							// a typed array sorts numerically, and several times faster than a comparator
							const s = cellStats(Float64Array.from(values).sort());
							rows.push({
								role,
								definition,
								region: region.id,
								year,
								level,
								listings: s.listings,
								p25_usd: roundOrNull(s.p25, 2),
								median_usd: roundOrNull(s.median, 2),
								p75_usd: roundOrNull(s.p75, 2),
								ci_low_usd: roundOrNull(s.ciLow, 2),
								ci_high_usd: roundOrNull(s.ciHigh, 2),
								confidence: s.confidence
							});
						}
				});
		return rows;
	}

	/** Listings per mapped job title and year, in roles.csv order, zero counts included. */
	titleRows(): TitleRow[] {
		const rows: TitleRow[] = [];
		for (const [title, match] of this.roles)
			for (const year of this.yearKeys())
				rows.push({
					job_title: title,
					role: match.role,
					definition: match.definitions.includes('strict') ? 'strict' : 'broad',
					year,
					listings: this.titles.get(title)?.[yearSlot(year)] ?? 0
				});
		return rows;
	}

	/**
	 * Listings per role, region, year and level, and their share of all listings (any title) in the
	 * same region, year and level, so the index's own growth is not read as demand.
	 */
	listingRows(): ListingRow[] {
		const rows: ListingRow[] = [];
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				this.regions.forEach((region, r) => {
					for (const year of this.yearKeys())
						for (const level of LEVEL_KEYS) {
							const listings = this.values(role, definition, r, year, level).length;
							const all = this.total(r, year, level);
							rows.push({
								role,
								definition,
								region: region.id,
								year,
								level,
								listings,
								all_listings: all,
								share_of_all_pct: all === 0 ? null : round((100 * listings) / all, 4)
							});
						}
				});
		return rows;
	}
}
