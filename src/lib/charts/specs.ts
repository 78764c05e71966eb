/**
 * What each kind of chart draws: the input of its geometry (`dotRange.ts`, `trend.ts`, `demand.ts`,
 * `gap.ts`, `market.ts`), but its width. The view models (`$lib/view/charts`) fill these in; the
 * geometry reads them, so the chart code depends on no view model.
 */
import type { Role } from '$lib/domain';
import type { PayCell } from '$lib/data/pay';
import type { AiShareRow, ListingRow, PostingsPoint } from '$lib/data/schema';

export type RangeKind = 'ci' | 'iqr';
type Band = { id: string; name: string };

/** Everything each kind of chart needs to be laid out, but its width. */
export interface ChartSpecs {
	/** Both roles per band (region or level): a dot at the median, a bar over a range. */
	'dot-range': {
		bands: readonly Band[];
		/** The cell of a band and role; undefined when there is none (drawn as "too few listings"). */
		cellOf: (band: string, role: Role) => PayCell | undefined;
		range: RangeKind;
		currency: string;
		highlight?: string | null;
	};
	/** Median pay by year per role, with 95% CI bands. */
	trend: { cells: readonly PayCell[]; years: readonly number[]; currency: string };
	/** Listings per year per role, and their share of all listings. */
	demand: { rows: readonly ListingRow[]; years: readonly number[] };
	/** The pay gap by year. */
	gap: { cells: readonly PayCell[]; years: readonly number[] };
	/**
	 * Indeed's postings index by month (all postings, and those that mention AI), and its AI share
	 * of postings: the region's line, and its countries' lines.
	 */
	market: {
		rows: readonly AiShareRow[];
		countries?: readonly AiShareRow[];
		postings?: readonly PostingsPoint[];
		/** The area the postings series covers where it is not the region's own ("euro area"). */
		postingsArea?: string | null;
		salaryMonths?: [string, string];
	};
}

export type ChartSpec = { [K in keyof ChartSpecs]: { kind: K } & ChartSpecs[K] }[keyof ChartSpecs];
