/**
 * The table behind each chart: exactly the rows the chart shows, as raw values with typed columns.
 * The data-table view formats them for people (`formatCell`); column keys carry units
 * (`median_gbp`) so the same rows can be written out as CSV unchanged.
 *
 * @example
 * trendTable(cells, [2024], 'GBP').columns.map((c) => c.key)
 * // ['year', 'role', 'median_gbp', 'ci_low_gbp', 'ci_high_gbp', 'p25_gbp', 'p75_gbp', 'listings', 'confidence']
 */
import { ROLE_LABEL, ROLES, type Role } from '../domain';
import { cellAt, gapIn, type PayCell } from '../data/pay';
import type { AiShareRow, ListingRow } from '../data/schema';
import { formatCount, formatMoneyFull, formatPct } from './format';

/** How a column is shown; every kind but `text` holds numbers (or null). */
export type ColumnKind = 'text' | 'year' | 'money' | 'count' | 'pct';

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

/** Columns from `[key, label, kind]` triples. */
const columns = (...specs: [string, string, ColumnKind][]): TableColumn[] =>
	specs.map(([key, label, kind]) => ({ key, label, kind }));

/** A cell of the data-table view: money in the table's currency, counts grouped, '–' for none. */
export function formatCell(value: string | number | null, kind: ColumnKind, currency: string) {
	if (value === null || value === '') return '–';
	if (typeof value === 'string' || kind === 'year') return String(value);
	if (kind === 'money') return formatMoneyFull(value, currency);
	if (kind === 'count') return formatCount(value);
	if (kind === 'pct') return formatPct(value);
	return String(value);
}

function payColumns(currency: string): TableColumn[] {
	const c = currency.toLowerCase();
	return columns(
		[`median_${c}`, 'Median', 'money'],
		[`ci_low_${c}`, '95% CI low', 'money'],
		[`ci_high_${c}`, '95% CI high', 'money'],
		[`p25_${c}`, 'p25', 'money'],
		[`p75_${c}`, 'p75', 'money'],
		['listings', 'Listings', 'count'],
		['confidence', 'Confidence', 'text']
	);
}

function payValues(cell: PayCell | undefined, currency: string): TableRow {
	const c = currency.toLowerCase();
	return {
		[`median_${c}`]: cell?.median ?? null,
		[`ci_low_${c}`]: cell?.ciLow ?? null,
		[`ci_high_${c}`]: cell?.ciHigh ?? null,
		[`p25_${c}`]: cell?.p25 ?? null,
		[`p75_${c}`]: cell?.p75 ?? null,
		listings: cell?.listings ?? 0,
		confidence: cell?.confidence ?? 'withheld'
	};
}

/** One row per band (region or level) and role. */
export function bandsTable(
	bands: readonly { id: string; name: string }[],
	cellOf: (band: string, role: Role) => PayCell | undefined,
	bandLabel: string,
	currency: string
): Table {
	const key = bandLabel.toLowerCase();
	return {
		columns: [
			...columns([key, bandLabel, 'text'], ['role', 'Role', 'text']),
			...payColumns(currency)
		],
		rows: bands.flatMap((b) =>
			ROLES.map((role) => ({
				[key]: b.name,
				role: ROLE_LABEL[role],
				...payValues(cellOf(b.id, role), currency)
			}))
		)
	};
}

/** One row per year and role. */
function yearsTable<C extends { role: Role; year: number | 'all' }>(
	items: readonly C[],
	years: readonly number[],
	valueColumns: TableColumn[],
	values: (item: C | undefined) => TableRow
): Table {
	return {
		columns: [...columns(['year', 'Year', 'year'], ['role', 'Role', 'text']), ...valueColumns],
		rows: years.flatMap((year) =>
			ROLES.map((role) => ({
				year,
				role: ROLE_LABEL[role],
				...values(cellAt(items, role, year))
			}))
		)
	};
}

export function trendTable(
	cells: readonly PayCell[],
	years: readonly number[],
	currency: string
): Table {
	return yearsTable(cells, years, payColumns(currency), (cell) => payValues(cell, currency));
}

export function demandTable(rows: readonly ListingRow[], years: readonly number[]): Table {
	return yearsTable(
		rows,
		years,
		columns(
			['listings', 'Listings', 'count'],
			['all_listings', 'All listings', 'count'],
			['share_of_all_pct', 'Share of all', 'pct']
		),
		(r) => ({
			listings: r?.listings ?? 0,
			all_listings: r?.all_listings ?? 0,
			share_of_all_pct: r?.share_of_all_pct ?? null
		})
	);
}

export function marketTable(rows: readonly AiShareRow[]): Table {
	return {
		columns: columns(
			['month', 'Month', 'text'],
			['ai_share_pct', 'AI share of postings', 'pct'],
			['countries', 'Countries', 'text'],
			['days', 'Days', 'count']
		),
		rows: rows.map((r) => ({
			month: r.month,
			ai_share_pct: r.ai_share_pct,
			countries: r.countries,
			days: r.days
		}))
	};
}

export function gapTable(cells: readonly PayCell[], years: readonly number[]): Table {
	return {
		columns: columns(
			['year', 'Year', 'year'],
			['gap_pct', 'AI vs ML', 'pct'],
			['gap_low_pct', 'Range low', 'pct'],
			['gap_high_pct', 'Range high', 'pct'],
			['ml_listings', 'ML listings', 'count'],
			['ai_listings', 'AI listings', 'count']
		),
		rows: years.map((year) => {
			const { ml, ai, gap: g } = gapIn(cells, year);
			return {
				year,
				gap_pct: g?.pct ?? null,
				gap_low_pct: g?.low ?? null,
				gap_high_pct: g?.high ?? null,
				ml_listings: ml?.listings ?? 0,
				ai_listings: ai?.listings ?? 0
			};
		})
	};
}
