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
import { Growable } from './growable';
import { midpoint } from './pair';
import { regionIndexer, type Region, type RoleMatch } from '../data/reference';
import { round, roundOrNull } from '../data/round';
import {
	type DistributionRow,
	type ListingRow,
	type SalaryRow,
	type TitleRow
} from '../data/schema';
import { attributesKey, RepeatGroups } from './repeats';
import { cellStats, ventiles } from '../data/stats';
import { medianInPlace, mergeSorted } from './median';
import type { RawSalaryRow } from './rawSchema';

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

/**
 * A copy of `text` that holds none of the text it was cut from. A field of a row is a slice of the
 * 64 KiB chunk it was read in, and a slice kept as a map key keeps the whole chunk alive: a few
 * hundred titles first seen in as many chunks would hold tens of megabytes. Called only when a
 * title is new.
 */
const detached = (text: string): string => JSON.parse(JSON.stringify(text));

/** The listings of a part or a cell, as its statistics need them (see `summarize`). */
interface Summary {
	sorted: Float64Array;
	/** One pay per group of identical listings, and the index's dollars: unsorted, in pieces. */
	distinctPay: readonly Float64Array[];
	asIndexed: readonly Float64Array[];
	distinct: number;
	sumOfSquares: number;
}

/** The summary of parts together: their sorted pay merged, the rest side by side. */
function combine(parts: readonly Summary[]): Summary {
	return {
		sorted: mergeSorted(parts.map((p) => p.sorted)),
		distinctPay: parts.flatMap((p) => p.distinctPay),
		asIndexed: parts.flatMap((p) => p.asIndexed),
		distinct: parts.reduce((n, p) => n + p.distinct, 0),
		sumOfSquares: parts.reduce((n, p) => n + p.sumOfSquares, 0)
	};
}

/**
 * The median of values in pieces: selected in the one piece where there is one (reordering it: the
 * pieces serve only medians, whose order does not matter), else in a scratch buffer they are
 * copied into.
 */
class PiecesMedian {
	private scratch = new Float64Array(1024);

	of(pieces: readonly Float64Array[]): number | null {
		if (pieces.length === 1) return medianInPlace(pieces[0] as Float64Array);
		const n = pieces.reduce((k, p) => k + p.length, 0);
		if (n > this.scratch.length)
			this.scratch = new Float64Array(Math.max(n, 2 * this.scratch.length));
		let at = 0;
		for (const p of pieces) {
			this.scratch.set(p, at);
			at += p.length;
		}
		return medianInPlace(this.scratch.subarray(0, n));
	}
}

/**
 * A distribution.csv row from its cell, currency and ventiles (`VENTILES` order), rounded. One
 * literal with every column: set key by key, an object this wide turns into a slow dictionary
 * (V8 stops adding fast properties by computed keys after a dozen), which took 20 µs a row here.
 */
function distributionRow(
	cell: Pick<DistributionRow, 'role' | 'definition' | 'basis' | 'region' | 'period' | 'level'>,
	currency: string,
	ventiles: readonly number[]
): DistributionRow {
	const v = (k: number) => round(ventiles[k] as number, 2);
	const { role, definition, basis, region, period, level } = cell;
	// prettier-ignore
	return {
		role, definition, basis, region, period, level, currency,
		p05: v(0), p10: v(1), p15: v(2), p20: v(3), p25: v(4), p30: v(5), p35: v(6), p40: v(7),
		p45: v(8), p50: v(9), p55: v(10), p60: v(11), p65: v(12), p70: v(13), p75: v(14),
		p80: v(15), p85: v(16), p90: v(17), p95: v(18)
	};
}

/**
 * A job title: its id, its role (looked up once), and its listings per region × year slot × level
 * slot and per year in any region.
 */
interface TitleTally {
	id: number;
	match: RoleMatch | undefined;
	counts: Int32Array;
	years: Int32Array;
}

/** US dollars per unit of `currency` in `year`: the rate every listing is converted at. */
export type UsdRate = (currency: string, year: number) => number;

export class SalaryAggregator {
	private readonly regionsOf: (country: string) => readonly number[];
	/**
	 * Per listing: pay in its own currency, as the index converted it, and its currency and year
	 * (as a currency index × year slots + year slot); its pay in US dollars once `convert` ran.
	 */
	private readonly local = new Growable(new Float64Array(1024));
	private readonly indexUsd = new Growable(new Float64Array(1024));
	private readonly currencyYear = new Growable(new Int32Array(1024));
	private readonly currencies = new Map<string, number>();
	private usd = new Float64Array(0);
	/** Per listing, its group of identical listings. */
	private readonly group = new Growable(new Int32Array(1024));
	private repeats: RepeatGroups | null = new RepeatGroups();
	/** Per group, its size (once every listing is in). */
	private groupSize = new Int32Array(0);
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
		private readonly regions: readonly Region[]
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
				detached(title),
				(t = {
					id: this.titles.size,
					match: this.roles.get(title),
					counts: new Int32Array(this.regions.length * Y * L),
					years: new Int32Array(Y)
				})
			);
		return t;
	}

	/** The group of listings identical to this one in every field, both pay ends included. */
	private groupOf(title: number, row: RawSalaryRow, second: RawSalaryRow | null): number {
		return (this.repeats as RepeatGroups).groupOf(
			title,
			attributesKey(row),
			row.salary,
			row.salary_in_usd,
			second ? second.salary : -1,
			second ? second.salary_in_usd : -1
		);
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
		const match = tally.match;
		if (!match) return;
		this.roleListings++;

		const listing = this.local.length;
		this.local.push(midpoint(row, second, 'salary'));
		this.indexUsd.push(midpoint(row, second, 'salary_in_usd'));
		let currency = this.currencies.get(row.salary_currency);
		if (currency === undefined)
			this.currencies.set(row.salary_currency, (currency = this.currencies.size));
		this.currencyYear.push(currency * Y + y);
		this.group.push(this.groupOf(tally.id, row, second));

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
	 * Converts every listing to US dollars at `rate` of its currency and year; call once every
	 * listing is in, before writing rows. (Done at the end, not as listings arrive, so that the
	 * salary file is read first: the rates come from another file, and the index's own rates,
	 * wanted where the market has none, only from the whole salary file.)
	 */
	convert(rate: UsdRate): void {
		const names = [...this.currencies.keys()];
		const rates = new Float64Array(names.length * Y).fill(NaN);
		const local = this.local.data;
		const key = this.currencyYear.data;
		this.usd = new Float64Array(this.local.length);
		for (let i = 0; i < this.local.length; i++) {
			const k = key[i] as number;
			let r = rates[k] as number;
			if (Number.isNaN(r))
				rates[k] = r = rate(names[Math.floor(k / Y)] as string, FIRST_YEAR + (k % Y));
			this.usd[i] = (local[i] as number) * r;
		}
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

	private mixOf(
		role: Role,
		d: Definition,
		b: Basis,
		r: number,
		period: Period,
		level: LevelChoice
	) {
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

	/**
	 * A part's listings as the cells they belong to need them: their pay in the basis, sorted; one
	 * pay per group of identical listings (for the distinct median) and the index's dollars, both
	 * unsorted; and Σmᵢ² over their groups.
	 */
	private summarize(part: readonly number[] | undefined, basis: Basis, mark: number): Summary {
		const n = part?.length ?? 0;
		const pay = basis === 'all' ? this.usd : this.local.data;
		const sorted = new Float64Array(n);
		// the index's dollars are the first version's figure: of every listing, not as advertised
		const asIndexed = new Float64Array(basis === 'all' ? n : 0);
		const firsts = new Float64Array(n);
		const group = this.group.data;
		const groupSize = this.groupSize;
		const indexUsd = this.indexUsd.data;
		const stamp = this.stamp;
		let sumOfSquares = 0;
		let distinct = 0;
		for (let k = 0; k < n; k++) {
			const i = (part as number[])[k] as number;
			const g = group[i] as number;
			sorted[k] = pay[i] as number;
			if (basis === 'all') asIndexed[k] = indexUsd[i] as number;
			// Σ over listings of their group's size is Σmᵢ²; a group counts once towards distinct
			sumOfSquares += groupSize[g] as number;
			if (stamp[g] !== mark) {
				stamp[g] = mark;
				firsts[distinct++] = pay[i] as number;
			}
		}
		sorted.sort();
		return {
			sorted,
			distinctPay: [firsts.subarray(0, distinct)],
			asIndexed: [asIndexed],
			distinct,
			sumOfSquares
		};
	}

	/** Per group of identical listings, the last part that counted it (see `summarize`). */
	private stamp = new Int32Array(0);
	/** distribution.csv: a row per shown cell, made with its salaries.csv row. */
	private readonly distribution: DistributionRow[] = [];
	private readonly median = new PiecesMedian();

	/**
	 * One row per role × definition × basis × region × period × level, withheld cells included, in
	 * that order. A part (a year and a level) is sorted once; a cell of all levels or of the pooled
	 * window merges its parts' sorted pay (groups never span parts, so Σmᵢ² and distinct add up).
	 */
	salaryRows(): SalaryRow[] {
		this.distribution.length = 0;
		// every listing is in: only the groups' sizes are needed from here on
		if (this.repeats) {
			this.groupSize = this.repeats.sizes().slice();
			this.repeats = null;
		}
		this.stamp = new Int32Array(this.groupSize.length).fill(-1);
		let mark = 0;
		const rows: SalaryRow[] = [];
		const years = this.years();
		const slots = [...new Set([...years, ...POOLED.years])].map((y) => y - FIRST_YEAR);
		for (const role of ROLES)
			for (const definition of DEFINITIONS)
				for (const basis of BASES)
					for (const [r, region] of this.regions.entries()) {
						const base = [
							ROLES.indexOf(role),
							DEFINITIONS.indexOf(definition),
							BASES.indexOf(basis),
							r
						] as const;
						// parts by year slot, then level slot; and each year's all levels
						const parts = new Map<number, Summary[]>();
						const allLevels = new Map<number, Summary>();
						for (const y of slots) {
							const byLevel = EVERY_LEVEL.map((l) =>
								this.summarize(this.parts[this.partIndex(...base, y, l)], basis, mark++)
							);
							parts.set(y, byLevel);
							allLevels.set(y, combine(byLevel));
						}
						const pooled = POOLED.years.map((y) => y - FIRST_YEAR);
						for (const period of this.periods())
							for (const level of LEVEL_CHOICES) {
								const l = level === 'all' ? -1 : (LEVEL_INDEX.get(level) as number);
								const of = (y: number) =>
									l === -1
										? (allLevels.get(y) as Summary)
										: ((parts.get(y) as Summary[])[l] as Summary);
								const summary =
									period === POOLED.id ? combine(pooled.map(of)) : of(period - FIRST_YEAR);
								rows.push(this.row(summary, { role, definition, basis, region, period, level }, r));
							}
					}
		return rows;
	}

	/** The salaries.csv row of one cell from its listings' summary. */
	private row(
		summary: Summary,
		key: Pick<SalaryRow, 'role' | 'definition' | 'basis' | 'period' | 'level'> & { region: Region },
		r: number
	): SalaryRow {
		const { role, definition, basis, region, period, level } = key;
		const s = cellStats(summary.sorted, {
			distinct: summary.distinct,
			sumOfSquares: summary.sumOfSquares
		});
		const shown = s.confidence !== 'withheld';
		const medianOf = (pieces: readonly Float64Array[]) =>
			shown ? roundOrNull(this.median.of(pieces), 2) : null;
		const currency = basis === 'all' ? 'USD' : region.currency;
		const cell = { role, definition, basis, region: region.id, period, level };
		if (shown) {
			this.distribution.push(distributionRow(cell, currency, ventiles(summary.sorted)));
		}
		// one literal with every column, like `distributionRow`: `{ ...cell, listings, … }` copies
		// `cell`'s six fields and then adds fourteen one by one, past the object's in-object room
		// (about 20 µs a row, and slower to read back when the row is written)
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
			currency,
			p25: roundOrNull(s.p25, 2),
			median: roundOrNull(s.median, 2),
			p75: roundOrNull(s.p75, 2),
			ci_low: roundOrNull(s.ciLow, 2),
			ci_high: roundOrNull(s.ciHigh, 2),
			confidence: s.confidence,
			// with no repeats the distinct listings are all of them: the same median
			median_distinct:
				summary.distinct === s.listings ? roundOrNull(s.median, 2) : medianOf(summary.distinctPay),
			median_index_usd: basis === 'all' ? medianOf(summary.asIndexed) : null,
			country_mix: this.mixOf(role, definition, basis, r, period, level)
		};
	}

	/** The distribution.csv rows of the shown cells, in salaries.csv's order (after `salaryRows`). */
	distributionRows(): DistributionRow[] {
		return this.distribution;
	}

	/** The titles in the index in every year of the stable panel (any region). */
	panelTitles(): Set<string> {
		const panel = new Set<string>();
		for (const [title, t] of this.titles)
			if (PANEL_YEARS.every((y) => (t.years[y - FIRST_YEAR] as number) > 0)) panel.add(title);
		return panel;
	}

	/**
	 * Listings per role, region, period and level, and their share of the stable panel: the
	 * listings whose title is in the index in every panel year, plus the role's own titles. The
	 * index grew from about 100 titles to over 300, so a share of all listings falls even when the
	 * role does not.
	 *
	 * The titles' tallies (per region × year slot × level slot) are added up once into every
	 * listing, the panel's, and each role and definition's own (and those of its own outside the
	 * panel); each row then sums its period's years and its levels.
	 */
	listingRows(): ListingRow[] {
		const panel = this.panelTitles();
		const size = this.regions.length * Y * L;
		const add = (into: Int32Array, counts: Int32Array) => {
			for (let i = 0; i < size; i++) into[i]! += counts[i] as number;
		};
		const all = new Int32Array(size);
		const inPanel = new Int32Array(size);
		const own = new Map<string, { own: Int32Array; outside: Int32Array }>(
			ROLES.flatMap((role) =>
				DEFINITIONS.map((d) => [
					`${role} ${d}`,
					{ own: new Int32Array(size), outside: new Int32Array(size) }
				])
			)
		);
		for (const [title, t] of this.titles) {
			add(all, t.counts);
			if (panel.has(title)) add(inPanel, t.counts);
			const match = this.roles.get(title);
			for (const d of match?.definitions ?? []) {
				const of = own.get(`${match?.role} ${d}`) as { own: Int32Array; outside: Int32Array };
				add(of.own, t.counts);
				if (!panel.has(title)) add(of.outside, t.counts);
			}
		}
		const sum = (counts: Int32Array, r: number, period: Period, level: LevelChoice) => {
			let n = 0;
			for (const y of yearSlots(period))
				for (const l of levelSlots(level)) n += counts[(r * Y + y) * L + l] as number;
			return n;
		};
		const rows: ListingRow[] = [];
		for (const role of ROLES)
			for (const definition of DEFINITIONS) {
				const of = own.get(`${role} ${definition}`) as { own: Int32Array; outside: Int32Array };
				for (const [r, region] of this.regions.entries())
					for (const period of this.periods())
						for (const level of LEVEL_CHOICES) {
							const listings = sum(of.own, r, period, level);
							const panelListings =
								sum(inPanel, r, period, level) + sum(of.outside, r, period, level);
							rows.push({
								role,
								definition,
								region: region.id,
								period,
								level,
								listings,
								panel_listings: panelListings,
								share_of_panel_pct:
									panelListings === 0 ? null : round((100 * listings) / panelListings, 4),
								all_listings: sum(all, r, period, level)
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
