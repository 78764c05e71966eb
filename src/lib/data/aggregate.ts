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

export class SalaryAggregator {
	private readonly regionsOf: (country: string) => readonly number[];
	private readonly cells = new Map<string, number[]>();
	private readonly totals = new Map<string, number>();
	private readonly years = new Set<number>();
	/** listings per `title|year` for the titles in roles.csv */
	private readonly titles = new Map<string, number>();
	listings = 0;
	roleListings = 0;

	constructor(
		private readonly roles: ReadonlyMap<string, RoleMatch>,
		private readonly regions: readonly Region[]
	) {
		this.regionsOf = regionIndexer(regions);
	}

	add(listing: Listing): void {
		const { row, midUsd } = listing;
		const year = row.work_year;
		this.listings++;
		this.years.add(year);
		const regionIds = this.regionsOf(row.company_location);
		for (const r of regionIds)
			for (const y of [year, 'all'] as const)
				for (const l of [row.experience_level, 'all'] as const) {
					const key = `${r}|${y}|${l}`;
					this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
				}
		const match = this.roles.get(row.job_title);
		if (!match) return;
		this.roleListings++;
		for (const y of [year, 'all'] as const) {
			const key = `${row.job_title}|${y}`;
			this.titles.set(key, (this.titles.get(key) ?? 0) + 1);
		}
		for (const r of regionIds) {
			for (const d of match.definitions) {
				for (const y of [year, 'all'] as const) {
					for (const l of [row.experience_level, 'all'] as const) {
						const key = cellKey(match.role, d, r, y, l);
						const values = this.cells.get(key);
						if (values) values.push(midUsd);
						else this.cells.set(key, [midUsd]);
					}
				}
			}
		}
	}

	/** The years seen, ascending, then "all". */
	yearKeys(): YearKey[] {
		return [...[...this.years].sort((a, b) => a - b), 'all'];
	}

	/** One row per role × definition × region × year × level, including empty (withheld) cells. */
	salaryRows(): SalaryRow[] {
		const rows: SalaryRow[] = [];
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				this.regions.forEach((region, r) => {
					for (const year of this.yearKeys())
						for (const level of LEVEL_KEYS) {
							const values = this.cells.get(cellKey(role, definition, r, year, level)) ?? [];
							const s = cellStats([...values].sort((a, b) => a - b));
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
					listings: this.titles.get(`${title}|${year}`) ?? 0
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
							const listings = this.cells.get(cellKey(role, definition, r, year, level))?.length ?? 0;
							const all = this.totals.get(`${r}|${year}|${level}`) ?? 0;
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

function cellKey(role: Role, d: Definition, region: number, year: YearKey, level: LevelKey): string {
	return `${role}|${d}|${region}|${year}|${level}`;
}
