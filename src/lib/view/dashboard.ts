/**
 * What a region's dashboard shows, for one filter state: the page's title and description, its
 * heading, a notice where the region has too little data, the headline figures, the claim check
 * (where one is published for the region) and the six charts. A pure function of the page data
 * and the filters: `Dashboard.svelte` only lays it out, and the browser calls it again on every
 * filter change.
 *
 * @example
 * dashboardView(page, { level: 'all', currency: 'GBP', def: 'strict' }).headline.figures[0].value
 * // '£112k'
 */
import {
	DEFINITION_LABEL,
	LEVEL_LABEL,
	MIN_LISTINGS,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	type Role
} from '../domain';
import { gapIn, isShown, rateOf, toPayCells, type PayCell } from '../data/pay';
import type { RegionPageData } from '../data/regionPage';
import { chartViews, type ChartView } from './charts';
import { CLAIMS, claimView, type ClaimView } from './claims';
import type { Controls } from './filters';
import { currencySymbol, formatCount, formatMoneyShort, formatSignedPct, inName } from './format';

/** The figures every part of the page is worded from, for one filter state. */
export function dashboardFacts(page: RegionPageData, controls: Controls) {
	const { region, latestYear, fx } = page;
	const { level, currency, def } = controls;
	const isGlobal = region.id === 'global';
	const inFilters = <R extends { definition: string; level: string }>(rows: readonly R[]) =>
		rows.filter((r) => r.definition === def && r.level === level);
	const convert = (rows: RegionPageData['cells'], to = currency) =>
		toPayCells(rows, fx, to, latestYear);
	const byRegion = convert(inFilters(page.regionCells));
	const rate = rateOf(fx, currency, latestYear);
	return {
		...page,
		controls,
		isGlobal,
		/** Where the figures are: "all regions", "the United Kingdom". */
		place: isGlobal ? 'all regions' : inName(region.name),
		/** "strict titles, all levels" */
		filterWords: `${DEFINITION_LABEL[def].toLowerCase()}, ${LEVEL_LABEL[level].toLowerCase()}`,
		/** The currency as a subtitle says it, with the rate a converted figure used. */
		money:
			currency === 'USD'
				? 'US dollars'
				: `${currency}, converted at the data’s own ${rate.year} rate of ${currencySymbol(currency)}1 = $${rate.usdPerUnit.toFixed(3)}`,
		/** The region's cells in the filters' definition and level, by year, in the page's currency. */
		here: convert(inFilters(page.cells)),
		/** The same cells in `to` (the claim check's currency). */
		hereIn: (to: string) => convert(inFilters(page.cells), to),
		/** Every level's cells in the latest full year. */
		byLevel: convert(page.cells.filter((c) => c.definition === def && c.year === latestYear)),
		regionCellOf: (band: string, role: Role) =>
			byRegion.find((c) => c.region === band && c.role === role),
		listingRows: inFilters(page.listings)
	};
}

export type DashboardFacts = ReturnType<typeof dashboardFacts>;

export interface HeadlineView {
	/** e.g. "United Kingdom, 2024, strict titles, all levels" */
	context: string;
	figures: { role: Role; label: string; value: string; shown: boolean; note: string }[];
	gap: { label: string; value: string };
}

/** The five-second strip: both medians in the latest full year with their listings, and the gap. */
export function headlineView(f: DashboardFacts): HeadlineView {
	const { ml, ai, gap } = gapIn(f.here, f.latestYear);
	const figure = (role: Role, cell: PayCell | undefined) => ({
		role,
		label: `${ROLE_LABEL[role]} median`,
		shown: isShown(cell),
		...(isShown(cell)
			? {
					value: formatMoneyShort(cell.median, f.controls.currency),
					note: `${formatCount(cell.listings)} listings${cell.confidence === 'low' ? ' · low confidence' : ''}`
				}
			: { value: '–', note: `too few listings (${formatCount(cell?.listings ?? 0)})` })
	});
	return {
		context: `${f.isGlobal ? 'Global' : f.region.name}, ${f.latestYear}, ${f.filterWords}`,
		figures: [figure('ml_engineer', ml), figure('ai_engineer', ai)],
		gap: { label: 'AI vs ML engineers', value: gap ? formatSignedPct(gap.pct, 1) : '–' }
	};
}

/**
 * Said first on a region page that cannot show pay for either role under any level or title
 * filter: how many listings it has, and why none is drawn.
 */
function noticeOf(f: DashboardFacts): string | null {
	const thin =
		!f.isGlobal &&
		!f.here.some(isShown) &&
		f.cells
			.filter((c) => c.definition === 'strict' && c.level === 'all')
			.every((c) => c.median_usd === null);
	if (!thin) return null;
	const total = (role: Role) =>
		f.listingRows.filter((r) => r.role === role).reduce((n, r) => n + r.listings, 0);
	const counts = ROLES.map((r) => `${formatCount(total(r))} ${ROLE_ADJECTIVE[r]}`).join(' and ');
	return `${f.region.name} has too few listings to show pay for either role: ${counts} listings in ${f.years[0]}–${f.years.at(-1)} (${f.filterWords}). Cells with fewer than ${MIN_LISTINGS} listings are withheld rather than drawn as noise; the region chart below compares it with the regions that have enough.`;
}

export interface DashboardView {
	/** The document's title and description. */
	head: { title: string; description: string };
	heading: string;
	notice: string | null;
	headline: HeadlineView;
	claim: ClaimView | null;
	charts: ChartView[];
}

export function dashboardView(page: RegionPageData, controls: Controls): DashboardView {
	const f = dashboardFacts(page, controls);
	const name = inName(f.region.name);
	const claim = CLAIMS.find((c) => c.region === f.region.id);
	return {
		head: {
			title: f.isGlobal
				? 'ML Engineer vs AI Engineer: pay and demand compared'
				: `ML Engineer vs AI Engineer in ${name}: pay and demand`,
			description: `Median pay, pay trends and demand for Machine Learning Engineers and AI Engineers${f.isGlobal ? '' : ` in ${name}`}, with sample sizes, confidence intervals and downloadable data.`
		},
		heading: f.isGlobal
			? 'Machine Learning Engineer or AI Engineer: how do pay and demand compare?'
			: `ML Engineer or AI Engineer in ${name}: how do pay and demand compare?`,
		notice: noticeOf(f),
		headline: headlineView(f),
		claim: claim ? claimView(claim, f.hereIn(claim.currency), f.years) : null,
		charts: chartViews(f)
	};
}
