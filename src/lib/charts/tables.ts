/**
 * The table behind each chart: exactly the rows the chart shows, as raw values with typed columns.
 * The data-table view formats them for people; column keys carry units (`median_gbp`) so the same
 * rows can be written out as CSV unchanged.
 */
import type { PayCell } from '$lib/data/convert';
import type { AiShareRow, ListingRow, Role } from '$lib/data/schema';
import { gapOf } from './gap';
import { ROLE_LABEL, ROLE_ORDER } from './labels';

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

function payColumns(currency: string): TableColumn[] {
	const c = currency.toLowerCase();
	return [
		{ key: `median_${c}`, label: 'Median', kind: 'money' },
		{ key: `ci_low_${c}`, label: '95% CI low', kind: 'money' },
		{ key: `ci_high_${c}`, label: '95% CI high', kind: 'money' },
		{ key: `p25_${c}`, label: 'p25', kind: 'money' },
		{ key: `p75_${c}`, label: 'p75', kind: 'money' },
		{ key: 'listings', label: 'Listings', kind: 'count' },
		{ key: 'confidence', label: 'Confidence', kind: 'text' }
	];
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
	return {
		columns: [
			{ key: bandLabel.toLowerCase(), label: bandLabel, kind: 'text' },
			{ key: 'role', label: 'Role', kind: 'text' },
			...payColumns(currency)
		],
		rows: bands.flatMap((b) =>
			ROLE_ORDER.map((role) => ({
				[bandLabel.toLowerCase()]: b.name,
				role: ROLE_LABEL[role],
				...payValues(cellOf(b.id, role), currency)
			}))
		)
	};
}

export function trendTable(
	cells: readonly PayCell[],
	years: readonly number[],
	currency: string
): Table {
	return {
		columns: [
			{ key: 'year', label: 'Year', kind: 'year' },
			{ key: 'role', label: 'Role', kind: 'text' },
			...payColumns(currency)
		],
		rows: years.flatMap((year) =>
			ROLE_ORDER.map((role) => ({
				year,
				role: ROLE_LABEL[role],
				...payValues(
					cells.find((c) => c.role === role && c.year === year),
					currency
				)
			}))
		)
	};
}

export function demandTable(rows: readonly ListingRow[], years: readonly number[]): Table {
	return {
		columns: [
			{ key: 'year', label: 'Year', kind: 'year' },
			{ key: 'role', label: 'Role', kind: 'text' },
			{ key: 'listings', label: 'Listings', kind: 'count' },
			{ key: 'all_listings', label: 'All listings', kind: 'count' },
			{ key: 'share_of_all_pct', label: 'Share of all', kind: 'pct' }
		],
		rows: years.flatMap((year) =>
			ROLE_ORDER.map((role) => {
				const r = rows.find((x) => x.role === role && x.year === year);
				return {
					year,
					role: ROLE_LABEL[role],
					listings: r?.listings ?? 0,
					all_listings: r?.all_listings ?? 0,
					share_of_all_pct: r?.share_of_all_pct ?? null
				};
			})
		)
	};
}

export function marketTable(rows: readonly AiShareRow[]): Table {
	return {
		columns: [
			{ key: 'month', label: 'Month', kind: 'text' },
			{ key: 'ai_share_pct', label: 'AI share of postings', kind: 'pct' },
			{ key: 'countries', label: 'Countries', kind: 'text' },
			{ key: 'days', label: 'Days', kind: 'count' }
		],
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
		columns: [
			{ key: 'year', label: 'Year', kind: 'year' },
			{ key: 'gap_pct', label: 'AI vs ML', kind: 'pct' },
			{ key: 'gap_low_pct', label: 'Range low', kind: 'pct' },
			{ key: 'gap_high_pct', label: 'Range high', kind: 'pct' },
			{ key: 'ml_listings', label: 'ML listings', kind: 'count' },
			{ key: 'ai_listings', label: 'AI listings', kind: 'count' }
		],
		rows: years.map((year) => {
			const ml = cells.find((c) => c.role === 'ml_engineer' && c.year === year);
			const ai = cells.find((c) => c.role === 'ai_engineer' && c.year === year);
			const g = gapOf(ml, ai);
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
