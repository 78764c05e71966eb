/**
 * How a region's page opens, decided here for the build and the browser alike: strict titles,
 * every level, the region's own currency, and the first pay basis and period that show pay for
 * both roles (`openingOf`). The build works the basis and period out from the salaries and puts
 * them in the page data (each region's `basis` and `period`); the browser's filters open there
 * (`openingControls`), and the rows a prerendered page inlines are those this view reads
 * (`firstView` in regionPage.ts).
 */
import { POOLED, type Basis, type Period } from '../domain';
import type { Region } from './reference';
import type { SalaryRow } from './schema';

/** The job titles and level every page opens on. */
export const OPENING = { definition: 'strict', level: 'all' } as const;

/**
 * The pay basis and period a region opens on: the first view, in this order, that shows pay for
 * both roles (strict titles, all levels): for a country its own currency as advertised (the
 * `local` basis), in the latest full year then pooled over 2023–2025, then every listing converted
 * (`all`), latest year then pooled; a region of several countries only the `all` basis. Where none
 * shows both, the one that shows the most (the earlier on a tie), or, where none shows any, the
 * pooled window.
 */
export function openingOf(
	region: Region,
	salaries: readonly SalaryRow[],
	latestYear: number
): { basis: Basis; period: Period } {
	const country = region.countries !== null && region.countries.length === 1;
	const bases: Basis[] = country ? ['local', 'all'] : ['all'];
	const views = bases.flatMap((basis) =>
		[latestYear, POOLED.id as Period].map((period) => ({ basis, period }))
	);
	const shown = ({ basis, period }: { basis: Basis; period: Period }) =>
		salaries.filter(
			(r) =>
				r.region === region.id &&
				r.basis === basis &&
				r.period === period &&
				r.definition === OPENING.definition &&
				r.level === OPENING.level &&
				r.confidence !== 'withheld'
		).length;
	const best = views.reduce((a, b) => (shown(b) > shown(a) ? b : a));
	return shown(best) > 0 ? best : { basis: bases[0] as Basis, period: POOLED.id as Period };
}

/**
 * The filters a region's page opens with, from its page data (its currency, and the basis and
 * period `openingOf` chose at build time).
 */
export function openingControls(region: { currency: string; basis: Basis; period: Period }) {
	return {
		level: OPENING.level,
		currency: region.currency,
		def: OPENING.definition,
		basis: region.basis,
		period: region.period
	};
}
