/**
 * The figures every part of a region's page is worded from, for one filter state: the page data
 * narrowed to the filters, converted to the reader's currency, and the words for the filters
 * themselves. The view models of the headline, the charts, the claim checks and where your pay
 * would sit all read these (`dashboard.ts` puts them together).
 */
import { DEFINITION_LABEL, LEVEL_LABEL, POOLED, rateYear, type Role } from '../domain';
import { rateOf, toPayCells, type CellRow } from '../data/pay';
import type { RegionPageData } from '../data/regionPageData';
import type { Controls } from './filters';
import { currencyName, currencySymbol, formatPeriod, inName } from './format';

/**
 * How figures' currency and basis read in a subtitle. Converted figures name the rate they are
 * shown at: the period's (`at` a year), or each year's own (a trend).
 */
function moneyWords(page: RegionPageData, controls: Controls, at: number | 'each year'): string {
	const { currency, basis } = controls;
	const own = page.region.currency;
	if (basis === 'local') {
		const advertised = `${currencyName(own)} as advertised (only the listings paid in ${own}, in their own amounts)`;
		if (currency === own) return advertised;
		// the same listings, shown in another currency at the market rate (a display choice)
		if (at === 'each year') return `${advertised}, shown in ${currency} at each year’s rate`;
		const [from, to] = [rateOf(page.fx, own, at), rateOf(page.fx, currency, at)];
		return `${advertised}, shown in ${currency} at ${from.year}’s ${currencySymbol(own)}1 = ${currencySymbol(currency)}${(from.usdPerUnit / to.usdPerUnit).toPrecision(4)}`;
	}
	const converted = 'every listing converted to US dollars at the market rate of its year';
	if (currency === 'USD') return `US dollars, ${converted}`;
	const symbol = currencySymbol(currency);
	if (at === 'each year')
		return `${currency}, ${converted}, then to ${currency} at that year’s rate`;
	const rate = rateOf(page.fx, currency, at);
	return `${currency}, ${converted}, then to ${currency} at ${rate.year}’s ${symbol}1 = $${rate.usdPerUnit.toPrecision(4)}`;
}

/** The figures every part of the page is worded from, for one filter state. */
export function dashboardFacts(page: RegionPageData, controls: Controls) {
	const { region } = page;
	const { level, currency, def, basis, period } = controls;
	const isGlobal = region.id === 'global';
	const inFilters = <R extends CellRow>(rows: readonly R[]) =>
		rows.filter((r) => r.definition === def && r.level === level && r.basis === basis);
	const convert = (rows: readonly CellRow[], to = currency) => toPayCells(rows, page.fx, to);
	const mine = inFilters(page.cells);
	const basisWords =
		basis === 'local'
			? `${currencyName(region.currency)} as advertised${currency === region.currency ? '' : `, in ${currencyName(currency)}`}`
			: 'all listings';
	const converted = `${currencyName(currency)}, every listing converted`;
	const byRegion = convert(
		page.regionCells.filter((r) => r.definition === def && r.level === level && r.period === period)
	);
	return {
		...page,
		controls,
		isGlobal,
		/** Where the figures are: "all regions", "the United Kingdom". */
		place: isGlobal ? 'all regions' : inName(region.name),
		/** "strict titles, all levels" */
		filterWords: `${DEFINITION_LABEL[def].toLowerCase()}, ${LEVEL_LABEL[level].toLowerCase()}`,
		/** The period as prose: "2024", "2023–2025 (pooled)". */
		periodWords: period === POOLED.id ? `${formatPeriod(period)} (pooled)` : formatPeriod(period),
		/** The pay basis in a few words: "pounds as advertised", "all listings". */
		basisWords,
		/**
		 * The currency and basis in a few words, for a chart's two-line subtitle: "pounds as
		 * advertised", "US dollars, every listing converted" (its method says the rest).
		 */
		moneyBrief: basis === 'local' ? basisWords : converted,
		/** The same for every region's figures (always every listing, converted). */
		moneyBriefByRegion: converted,
		/** The currency and basis of the period's figures as a chart's method says them. */
		money: moneyWords(page, controls, rateYear(period)),
		/** The same for figures by year, each year converted at its own rate. */
		moneyByYear: moneyWords(page, controls, 'each year'),
		/** Every region's figures (always every listing, converted) in the period. */
		moneyByRegion: moneyWords(page, { ...controls, basis: 'all' }, rateYear(period)),
		/** The region's cells in the filters' definition, level and basis, by year. */
		here: convert(mine.filter((r) => typeof r.period === 'number')),
		/** The same cells in the filters' period (a year, or pooled). */
		inPeriod: convert(mine.filter((r) => r.period === period)),
		/** Every level's cells in the period. */
		byLevel: convert(
			page.cells.filter((c) => c.definition === def && c.basis === basis && c.period === period)
		),
		/** Every region's cells in the period, every listing converted (the region chart). */
		byRegion,
		regionCellOf: (band: string, role: Role) =>
			byRegion.find((c) => c.region === band && c.role === role),
		/** Listing counts by year in the filters' definition and level. */
		listingRows: page.listings.filter(
			(r) => r.definition === def && r.level === level && typeof r.period === 'number'
		)
	};
}

export type DashboardFacts = ReturnType<typeof dashboardFacts>;
