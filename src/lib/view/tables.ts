/**
 * The table behind each chart: exactly the rows the chart shows, as raw values with typed columns.
 * The data-table view formats them for people (`formatCell`); column keys carry units
 * (`median_gbp`) so the same rows can be written out as CSV unchanged.
 *
 * @example
 * trendTable(cells, [2024], 'GBP').columns.map((c) => c.key)
 * // ['year', 'role', 'median_gbp', 'ci_low_gbp', 'ci_high_gbp', 'p25_gbp', 'p75_gbp', 'listings', 'confidence']
 */
import {
	POSTINGS_BASE_YEAR,
	ROLE_LABEL,
	ROLES,
	type Period,
	type Role,
	type Verdict
} from '../domain';
import { cellAt, gapIn, type PayCell } from '../data/pay';
import type { AiShareRow, ListingRow, PostingsPoint } from '../data/schema';
import { formatCount, formatMoneyFull, formatNEff, formatPct, monthsCovered } from './format';

/** How a column is shown; every kind but `text` holds numbers (or null). */
export type ColumnKind = 'text' | 'year' | 'money' | 'count' | 'decimal' | 'pct';

export interface TableColumn {
	key: string;
	label: string;
	kind: ColumnKind;
}

export type TableRow = Record<string, string | number | null>;

export interface Table {
	columns: TableColumn[];
	rows: TableRow[];
}

/** A column as `[key, label, kind]`. */
type Spec = [string, string, ColumnKind];

/** Columns from `[key, label, kind]` triples. */
const columns = (...specs: Spec[]): TableColumn[] =>
	specs.map(([key, label, kind]) => ({ key, label, kind }));

/** A cell of the data-table view: money in the table's currency, counts grouped, '–' for none. */
export function formatCell(value: string | number | null, kind: ColumnKind, currency: string) {
	if (value === null || value === '') return '–';
	if (typeof value === 'string' || kind === 'year') return String(value);
	if (kind === 'money') return formatMoneyFull(value, currency);
	if (kind === 'count') return formatCount(value);
	if (kind === 'decimal') return formatNEff(value);
	if (kind === 'pct') return formatPct(value);
	return String(value);
}

/** A pay cell's columns; with `mix`, its listings per country too (regions of several countries). */
function payColumns(currency: string, mix = false): TableColumn[] {
	const c = currency.toLowerCase();
	return columns(
		[`median_${c}`, 'Median', 'money'],
		[`ci_low_${c}`, '95% CI low', 'money'],
		[`ci_high_${c}`, '95% CI high', 'money'],
		[`p25_${c}`, 'p25', 'money'],
		[`p75_${c}`, 'p75', 'money'],
		['listings', 'Listings', 'count'],
		['distinct', 'Distinct', 'count'],
		['n_eff', 'Effective', 'decimal'],
		['confidence', 'Confidence', 'text'],
		...(mix ? [['countries', 'Countries', 'text'] as [string, string, ColumnKind]] : [])
	);
}

function payValues(cell: PayCell | undefined, currency: string, mix = false): TableRow {
	const c = currency.toLowerCase();
	return {
		[`median_${c}`]: cell?.median ?? null,
		[`ci_low_${c}`]: cell?.ciLow ?? null,
		[`ci_high_${c}`]: cell?.ciHigh ?? null,
		[`p25_${c}`]: cell?.p25 ?? null,
		[`p75_${c}`]: cell?.p75 ?? null,
		listings: cell?.listings ?? 0,
		distinct: cell?.distinct ?? 0,
		n_eff: cell?.nEff ?? 0,
		confidence: cell?.confidence ?? 'withheld',
		...(mix ? { countries: cell?.countryMix ?? null } : {})
	};
}

/** One row per band (region or level) and role. */
export function bandsTable(
	bands: readonly { id: string; name: string }[],
	cellOf: (band: string, role: Role) => PayCell | undefined,
	bandLabel: string,
	currency: string,
	mix = false
): Table {
	const key = bandLabel.toLowerCase();
	return {
		columns: [
			...columns([key, bandLabel, 'text'], ['role', 'Role', 'text']),
			...payColumns(currency, mix)
		],
		rows: bands.flatMap((b) =>
			ROLES.map((role) => ({
				[key]: b.name,
				role: ROLE_LABEL[role],
				...payValues(cellOf(b.id, role), currency, mix)
			}))
		)
	};
}

/** One row per year and role. */
function yearsTable<C extends { role: Role; period: Period }>(
	items: readonly C[],
	years: readonly number[],
	valueColumns: TableColumn[],
	values: (item: C | undefined) => TableRow
): Table {
	return {
		columns: [
			...columns(['year', 'Year', 'year'], ['months', 'Months', 'text'], ['role', 'Role', 'text']),
			...valueColumns
		],
		rows: years.flatMap((year) =>
			ROLES.map((role) => ({
				year,
				// a partial year says which months it covers, in the table and its CSV alike
				months: monthsCovered(year),
				role: ROLE_LABEL[role],
				...values(cellAt(items, role, year))
			}))
		)
	};
}

export function trendTable(
	cells: readonly PayCell[],
	years: readonly number[],
	currency: string,
	mix = false
): Table {
	return yearsTable(cells, years, payColumns(currency, mix), (cell) =>
		payValues(cell, currency, mix)
	);
}

export function demandTable(rows: readonly ListingRow[], years: readonly number[]): Table {
	return yearsTable(
		rows,
		years,
		columns(
			['listings', 'Listings', 'count'],
			['panel_listings', 'Panel listings', 'count'],
			['share_of_panel_pct', 'Share of panel', 'pct'],
			['all_listings', 'All listings', 'count']
		),
		(r) => ({
			listings: r?.listings ?? 0,
			panel_listings: r?.panel_listings ?? 0,
			share_of_panel_pct: r?.share_of_panel_pct ?? null,
			all_listings: r?.all_listings ?? 0
		})
	);
}

/**
 * A row per month of either series: Indeed's postings index (all postings, and those that mention
 * AI, 2023 = 100), then the AI share of postings (the mean of the region's countries where there
 * are several) and a column per country (`ai_share_pct_de`), so a month reads across and the
 * table stays short. A series' columns are there only where the region has it; a month one series
 * lacks is blank in its columns.
 */
export function marketTable(
	rows: readonly AiShareRow[],
	countries: readonly AiShareRow[] = [],
	postings: readonly PostingsPoint[] = []
): Table {
	const codes = [...new Set(countries.map((c) => c.countries))];
	const byMonth = new Map(codes.map((code) => [code, new Map<string, number>()]));
	for (const c of countries) byMonth.get(c.countries)?.set(c.month, c.ai_share_pct);
	const key = (code: string) => `ai_share_pct_${code.toLowerCase()}`;
	const share = new Map(rows.map((r) => [r.month, r]));
	const volume = new Map(postings.map((p) => [p.month, p]));
	const months = [...new Set([...volume.keys(), ...share.keys()])].sort();
	const hasAi = postings.some((p) => p.ai_postings_2023_100 !== null);
	return {
		columns: columns(
			['month', 'Month', 'text'],
			...(postings.length
				? [
						[
							'all_postings_2023_100',
							`All postings (${POSTINGS_BASE_YEAR} = 100)`,
							'decimal'
						] as Spec
					]
				: []),
			...(hasAi
				? [
						[
							'ai_postings_2023_100',
							`Postings that mention AI (${POSTINGS_BASE_YEAR} = 100)`,
							'decimal'
						] as Spec
					]
				: []),
			...(rows.length
				? ([
						[
							'ai_share_pct',
							codes.length ? 'AI share of postings (mean)' : 'AI share of postings',
							'pct'
						],
						['countries', 'Countries', 'text'],
						['days', 'Days', 'count'],
						...codes.map((code): Spec => [key(code), code, 'pct'])
					] as Spec[])
				: [])
		),
		rows: months.map((month) => {
			const p = volume.get(month);
			const r = share.get(month);
			return {
				month,
				...(postings.length ? { all_postings_2023_100: p?.all_postings_2023_100 ?? null } : {}),
				...(hasAi ? { ai_postings_2023_100: p?.ai_postings_2023_100 ?? null } : {}),
				...(rows.length
					? {
							ai_share_pct: r?.ai_share_pct ?? null,
							countries: r?.countries ?? null,
							days: r?.days ?? null,
							...Object.fromEntries(
								codes.map((code) => [key(code), byMonth.get(code)?.get(month) ?? null])
							)
						}
					: {})
			};
		})
	};
}

/** A gap's verdict in a table's words. */
const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
	ai_lower: 'AI lower',
	ai_higher: 'AI higher',
	unclear: 'unclear'
};

export function gapTable(cells: readonly PayCell[], years: readonly number[]): Table {
	return {
		columns: columns(
			['year', 'Year', 'year'],
			['months', 'Months', 'text'],
			['gap_pct', 'AI vs ML', 'pct'],
			['gap_low_pct', '95% interval, low', 'pct'],
			['gap_high_pct', '95% interval, high', 'pct'],
			['verdict', 'What the interval says', 'text'],
			['ml_listings', 'ML listings', 'count'],
			['ai_listings', 'AI listings', 'count']
		),
		rows: years.map((year) => {
			const { ml, ai, gap: g } = gapIn(cells, year);
			return {
				year,
				months: monthsCovered(year),
				gap_pct: g?.pct ?? null,
				gap_low_pct: g?.low ?? null,
				gap_high_pct: g?.high ?? null,
				verdict: g ? VERDICT_WORDS[g.verdict] : null,
				ml_listings: ml?.listings ?? 0,
				ai_listings: ai?.listings ?? 0
			};
		})
	};
}
