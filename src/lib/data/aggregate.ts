/**
 * Listings → cells (methodology v2). Each role listing belongs to every cell of its regions, its
 * definitions, both pay bases (the `local` one only where it is advertised in the region's own
 * currency), its year and the pooled window that holds it, its level and "all".
 *
 * While reading, a listing's figures are stored once, in typed arrays (its pay in its own currency,
 * in US dollars at the market rate of its year, as the index converted it, and its group of
 * identical listings); a cell part (role × definition × basis × region × year × level) holds only
 * the listings' indices. The cells of "all" levels and the pooled window are put together from
 * parts when the rows are written.
 *
 * Repeats: listings identical in every field (both pay ends included) form a group. A group never
 * spans two parts (its listings share title, year, level, country and currency), so a cell's
 * groups are its parts' groups, and Σmᵢ² over a cell is the sum, over its listings, of the size of
 * each one's group.
 */
import {
	BASES,
	DEFINITIONS,
	FIRST_YEAR,
	LAST_YEAR,
	LEVEL_CHOICES,
	LEVELS,
	PANEL_YEARS,
	POOLED,
	ROLES,
	type Basis,
	type Definition,
	type LevelChoice,
	type Period,
	type Role
} from '../domain';
import { midpoint } from './pair';
import { regionIndexer, type Region, type RoleMatch } from './reference';
import { round, roundOrNull } from './round';
import type { ListingRow, RawSalaryRow, SalaryRow, TitleRow } from './schema';
import { median } from 'd3-array';
import { cellStats, type Repeats } from './stats';

const LEVEL_INDEX = new Map<string, number>(LEVELS.map((l, i) => [l, i]));

/** Year slots, one per year the schema allows; level slots, one per level. */
const Y = LAST_YEAR - FIRST_YEAR + 1;
const L = LEVELS.length;
const R_ = ROLES.length;
const D = DEFINITIONS.length;
const B = BASES.length;
const EVERY_LEVEL = Array.from({ length: L }, (_, l) => l);
const yearSlots = (period: Period) =>
	(period === POOLED.id ? POOLED.years : [period]).map((y) => y - FIRST_YEAR);
const levelSlots = (level: LevelChoice) =>
	level === 'all' ? EVERY_LEVEL : [LEVEL_INDEX.get(level) as number];

/** A growable typed array. */
class Column<A extends Float64Array | Int32Array> {
	length = 0;
	constructor(public data: A) {}
	push(value: number): void {
		if (this.length === this.data.length) {
			const grown = new (this.data.constructor as new (n: number) => A)(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = value;
	}
}

/** Listings per title, per region × year slot × level slot, and per year in any region. */
interface TitleTally {
	counts: Int32Array;
	years: Int32Array;
}

/** Converts an amount in `currency` of `year` to US dollars at the market rate, or null if unknown yet. */
export type MarketRate = (currency: string, year: number) => number | null;

export class SalaryAggregator {
	private readonly regionsOf: (country: string) => readonly number[];
	/** Per listing: pay in its own currency, in USD at the market rate, and as the index converted it. */
	private readonly local = new Column(new Float64Array(1024));
	private readonly usd = new Column(new Float64Array(1024));
	private readonly indexUsd = new Column(new Float64Array(1024));
	/** Per listing, its group of identical listings; per group, its size. */
	private readonly group = new Column(new Int32Array(1024));
	private readonly groupSize = new Column(new Int32Array(1024));
	private readonly groups = new Map<string, number>();
	/** Listings waiting for the index's own rate of their currency and year (H.10 has none). */
	private readonly deferred: { listing: number; currency: string; year: number }[] = [];
	/** Listing indices per part: role × definition × basis × region × year slot × level slot. */
	private readonly parts: (number[] | undefined)[];
	/** Listings per country, per part of a region of several countries. */
	private readonly mix = new Map<number, Map<string, number>>();
	private readonly titles = new Map<string, TitleTally>();
	private readonly yearsSeen = new Uint8Array(Y);
	listings = 0;
	roleListings = 0;

	constructor(
		private readonly roles: ReadonlyMap<string, RoleMatch>,
		private readonly regions: readonly Region[],
		private readonly marketRate: MarketRate
	) {
		this.regionsOf = regionIndexer(regions);
		this.parts = new Array(R_ * D * B * regions.length * Y * L);
	}

	private partIndex(role: number, d: number, b: number, r: number, y: number, l: number): number {
		return ((((role * D + d) * B + b) * this.regions.length + r) * Y + y) * L + l;
	}

	private tally(title: string): TitleTally {
		let t = this.titles.get(title);
		if (!t)
			this.titles.set(
				title,
				(t = { counts: new Int32Array(this.regions.length * Y * L), years: new Int32Array(Y) })
			);
		return t;
	}

	/** The group of listings identical to this one in every field, both pay ends included. */
	private groupOf(row: RawSalaryRow, second: RawSalaryRow | null): number {
		const key = `${row.work_year}\u0001${row.experience_level}\u0001${row.employment_type}\u0001${row.job_title}\u0001${row.salary_currency}\u0001${row.employee_residence}\u0001${row.remote_ratio}\u0001${row.company_location}\u0001${row.company_size}\u0001${row.salary}\u0001${row.salary_in_usd}\u0001${second ? `${second.salary}\u0001${second.salary_in_usd}` : ''}`;
		let g = this.groups.get(key);
		if (g === undefined) {
			g = this.groupSize.length;
			this.groups.set(key, g);
			this.groupSize.push(0);
		}
		this.groupSize.data[g]!++;
		return g;
	}

	// Integer indices instead of string keys: this runs once per listing of a million-row file.
	add(row: RawSalaryRow, second: RawSalaryRow | null): void {
		const y = row.work_year - FIRST_YEAR;
		const l = LEVEL_INDEX.get(row.experience_level) as number;
		this.listings++;
		this.yearsSeen[y] = 1;
		const regionIds = this.regionsOf(row.company_location);
		const tally = this.tally(row.job_title);
		tally.years[y]!++;
		for (const r of regionIds) tally.counts[(r * Y + y) * L + l]!++;
		const match = this.roles.get(row.job_title);
		if (!match) return;
		this.roleListings++;

		const listing = this.local.length;
		const local = midpoint(row, second, 'salary');
		const rate = this.marketRate(row.salary_currency, row.work_year);
		this.local.push(local);
		this.usd.push(rate === null ? NaN : local * rate);
		this.indexUsd.push(midpoint(row, second, 'salary_in_usd'));
		this.group.push(this.groupOf(row, second));
		if (rate === null)
			this.deferred.push({ listing, currency: row.salary_currency, year: row.work_year });

		const role = ROLES.indexOf(match.role);
		for (const definition of match.definitions) {
			const d = DEFINITIONS.indexOf(definition);
			for (const r of regionIds) {
				const region = this.regions[r] as Region;
				for (let b = 0; b < B; b++) {
					if (BASES[b] === 'local' && row.salary_currency !== region.currency) continue;
					const p = this.partIndex(role, d, b, r, y, l);
					const part = this.parts[p];
					if (part) part.push(listing);
					else this.parts[p] = [listing];
					if (region.countries === null || region.countries.length > 1) {
						let mix = this.mix.get(p);
						if (!mix) this.mix.set(p, (mix = new Map()));
						mix.set(row.company_location, (mix.get(row.company_location) ?? 0) + 1);
					}
				}
			}
		}
	}

	/**
	 * Converts the listings in currencies H.10 lacks, once the index's own rates are known (they
	 * take the whole file); call before writing rows.
	 */
	convertDeferred(indexRate: (currency: string, year: number) => number): void {
		for (const { listing, currency, year } of this.deferred)
			this.usd.data[listing] = (this.local.data[listing] as number) * indexRate(currency, year);
		this.deferred.length = 0;
	}

	/** The years seen, ascending. */
	years(): number[] {
		const years: number[] = [];
		this.yearsSeen.forEach((seen, i) => {
			if (seen) years.push(FIRST_YEAR + i);
		});
		return years;
	}

	/** The years seen, then the pooled window. */
	periods(): Period[] {
		return [...this.years(), POOLED.id];
	}

	/** The listings of one output cell: its parts' indices, together. */
	private members(role: Role, d: Definition, b: Basis, r: number, period: Period, level: LevelChoice) {
		const out: number[] = [];
		const base = [ROLES.indexOf(role), DEFINITIONS.indexOf(d), BASES.indexOf(b), r] as const;
		for (const y of yearSlots(period))
			for (const l of levelSlots(level)) {
				const part = this.parts[this.partIndex(...base, y, l)];
				if (part) for (const i of part) out.push(i);
			}
		return out;
	}

	private mixOf(role: Role, d: Definition, b: Basis, r: number, period: Period, level: LevelChoice) {
		const region = this.regions[r] as Region;
		if (region.countries !== null && region.countries.length <= 1) return null;
		const total = new Map<string, number>();
		const base = [ROLES.indexOf(role), DEFINITIONS.indexOf(d), BASES.indexOf(b), r] as const;
		for (const y of yearSlots(period))
			for (const l of levelSlots(level))
				for (const [country, n] of this.mix.get(this.partIndex(...base, y, l)) ?? [])
					total.set(country, (total.get(country) ?? 0) + n);
		if (total.size === 0) return null;
		return [...total]
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([country, n]) => `${country}:${n}`)
			.join(' ');
	}

	/** Every output cell, in snapshot order: role × definition × basis × region × period × level. */
	private *cellKeys() {
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				for (const basis of BASES)
					for (const [r, region] of this.regions.entries())
						for (const period of this.periods())
							for (const level of LEVEL_CHOICES)
								yield { role, definition, basis, r, region, period, level };
	}

	/** One row per role × definition × basis × region × period × level, withheld cells included. */
	salaryRows(): SalaryRow[] {
		const stamp = new Int32Array(this.groupSize.length).fill(-1);
		let cell = 0;
		return [...this.cellKeys()].map(({ role, definition, basis, r, region, period, level }) => {
			const members = this.members(role, definition, basis, r, period, level);
			const pay = basis === 'all' ? this.usd.data : this.local.data;
			const values = Float64Array.from(members, (i) => pay[i] as number).sort();
			// Σ over listings of their group's size is Σmᵢ²; a group counts once towards distinct
			let sumOfSquares = 0;
			const distinctValues: number[] = [];
			for (const i of members) {
				const g = this.group.data[i] as number;
				sumOfSquares += this.groupSize.data[g] as number;
				if (stamp[g] !== cell) {
					stamp[g] = cell;
					distinctValues.push(pay[i] as number);
				}
			}
			cell++;
			const repeats: Repeats = { distinct: distinctValues.length, sumOfSquares };
			const s = cellStats(values, repeats);
			const shown = s.confidence !== 'withheld';
			const medianOf = (xs: Iterable<number>) => (shown ? roundOrNull(median(xs) ?? null, 2) : null);
			return {
				role,
				definition,
				basis,
				region: region.id,
				period,
				level,
				listings: s.listings,
				distinct: s.distinct,
				n_eff: s.nEff,
				currency: basis === 'all' ? 'USD' : region.currency,
				p25: roundOrNull(s.p25, 2),
				median: roundOrNull(s.median, 2),
				p75: roundOrNull(s.p75, 2),
				ci_low: roundOrNull(s.ciLow, 2),
				ci_high: roundOrNull(s.ciHigh, 2),
				confidence: s.confidence,
				median_distinct: medianOf(distinctValues),
				median_index_usd: medianOf(members.map((i) => this.indexUsd.data[i] as number)),
				country_mix: this.mixOf(role, definition, basis, r, period, level)
			};
		});
	}

	/** The titles in the index in every year of the stable panel (any region). */
	panelTitles(): Set<string> {
		const panel = new Set<string>();
		for (const [title, t] of this.titles)
			if (PANEL_YEARS.every((y) => (t.years[y - FIRST_YEAR] as number) > 0)) panel.add(title);
		return panel;
	}

	/** Listings of the titles `keep` accepts, in region `r` over a period and level. */
	private countOf(keep: (title: string) => boolean, r: number, period: Period, level: LevelChoice) {
		let n = 0;
		for (const [title, t] of this.titles) {
			if (!keep(title)) continue;
			for (const y of yearSlots(period))
				for (const l of levelSlots(level)) n += t.counts[(r * Y + y) * L + l] as number;
		}
		return n;
	}

	/**
	 * Listings per role, region, period and level, and their share of the stable panel: the
	 * listings whose title is in the index in every panel year, plus the role's own titles. The
	 * index grew from about 100 titles to over 300, so a share of all listings falls even when the
	 * role does not.
	 */
	listingRows(): ListingRow[] {
		const panel = this.panelTitles();
		const rows: ListingRow[] = [];
		for (const role of ROLES)
			for (const definition of DEFINITIONS) {
				const own = (title: string) => {
					const match = this.roles.get(title);
					return !!match && match.role === role && match.definitions.includes(definition);
				};
				for (const [r, region] of this.regions.entries())
					for (const period of this.periods())
						for (const level of LEVEL_CHOICES) {
							const listings = this.countOf(own, r, period, level);
							const inPanel = this.countOf((t) => panel.has(t) || own(t), r, period, level);
							rows.push({
								role,
								definition,
								region: region.id,
								period,
								level,
								listings,
								panel_listings: inPanel,
								share_of_panel_pct: inPanel === 0 ? null : round((100 * listings) / inPanel, 4),
								all_listings: this.countOf(() => true, r, period, level)
							});
						}
			}
		return rows;
	}

	/**
	 * Listings per job title and year (and all years), every title of the index: the mapped ones in
	 * roles.csv order with their role, then the others by listings; and whether each is in the panel.
	 */
	titleRows(): TitleRow[] {
		const panel = this.panelTitles();
		const total = (t: TitleTally) => t.years.reduce((n, c) => n + c, 0);
		const mapped = [...this.roles.keys()];
		const others = [...this.titles.keys()]
			.filter((t) => !this.roles.has(t))
			.sort((a, b) => total(this.tally(b)) - total(this.tally(a)) || a.localeCompare(b));
		const years: (number | 'all')[] = [...this.years(), 'all'];
		return [...mapped, ...others].flatMap((title) => {
			const t = this.tally(title);
			const match = this.roles.get(title);
			return years.map((year) => ({
				job_title: title,
				role: match?.role ?? null,
				definition: match ? (match.definitions.includes('strict') ? 'strict' : 'broad') : null,
				year,
				listings: year === 'all' ? total(t) : (t.years[year - FIRST_YEAR] as number),
				panel: panel.has(title) ? 'yes' : 'no'
			}));
		});
	}
}
