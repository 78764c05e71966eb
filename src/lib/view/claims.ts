/**
 * Published claims the dashboard checks against its own data, like with like, in words that are
 * safe to quote (methodology v3):
 *
 * - a pay claim: each claimed figure "is consistent with" this data when it lies within the 95%
 *   interval of the data's median (the range the data supports), and "is above / below what the
 *   data supports" when outside it; never "confirmed". Both roles are checked in one period (the
 *   latest full year where it shows both, else the pooled window, said as such), in the claim's
 *   currency as advertised (the `local` basis: no conversion), strict titles and all levels,
 *   whatever the page's filters. Each interval is given as a range in money and as how far below
 *   and above the median it runs; low confidence (n_eff < 30) is said where it applies.
 * - a demand claim: the role's listings as a share of the stable panel, year on year (2025 is
 *   partial, so shares, not counts). A change is called a rise or a fall only where the two years'
 *   Wilson 95% intervals do not overlap; a year with fewer than 10 role listings is not compared.
 *   Beside it, Indeed's AI share of all postings over the same months of each year.
 *
 * Each claim names its source precisely (outlet, title, date) and, where its figures are not the
 * same measure as this data's, says why in one sentence.
 *
 * @example
 * checkClaim(payClaim, ukCells, 2024)
 * // { period: '2023-2025', checks: [{ role: 'ml_engineer', claimed: 105000, verdict: 'inside', … }, …] }
 */
import {
	isPartial,
	MIN_LISTINGS,
	PANEL_YEARS,
	partialUntil,
	POOLED,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	type Period,
	type Role
} from '../domain';
import { cellAt, isShown, toPayCells, type PayCell } from '../data/pay';
import type { AiShareRow, ListingRow } from '../data/schema';
import { wilsonInterval } from '../data/stats';
import type { RegionPageData } from '../data/regionPageData';
import {
	currencyName,
	formatCount,
	formatMoneyShort,
	formatPct,
	formatYear,
	inName,
	listNames,
	monthName,
	monthsCovered,
	partialMonths
} from './format';
import {
	CLAIM_VERDICT,
	claimSentence,
	demandSentence,
	periodLabel,
	shareRange,
	type ClaimCheck,
	type ClaimVerdict,
	type ShareYear
} from './words';

/** Where a claim was published: outlet, title and date (no address is known for it). */
export interface Citation {
	outlet: string;
	title: string;
	/** As it reads: "29 December 2025". */
	date: string;
	/** As `<time datetime>` takes it: "2025-12-29". */
	datetime: string;
	/** Whose figures the article quotes, if anyone's. */
	quoting: string | null;
}

export interface PayClaim {
	kind: 'pay';
	region: string;
	citation: Citation;
	quote: string;
	currency: string;
	figures: Record<Role, number>;
	/** Why the claim's figures and this data's are not the same measure, in one sentence. */
	caveat: string;
}

export interface DemandClaim {
	kind: 'demand';
	region: string;
	citation: Citation;
	quote: string;
	role: Role;
}

export type Claim = PayClaim | DemandClaim;

const SKYTIK: Omit<Citation, 'quoting'> = {
	outlet: 'Skytik',
	title: 'Machine Learning vs AI Engineer: What Are the Differences?',
	date: '29 December 2025',
	datetime: '2025-12-29'
};

/** Levels.fyi's figures against this data's, in one sentence. */
const LEVELS_FYI =
	'Levels.fyi’s figures are pay that people in these jobs report themselves, often total compensation (base salary plus bonus and equity), while this data is the pay job listings advertise (the midpoint of each advertised range, base pay as advertised), so agreement or disagreement between them is indicative, not a like-for-like test.';

export const CLAIMS: readonly Claim[] = [
	{
		kind: 'pay',
		region: 'gb',
		citation: { ...SKYTIK, quoting: 'Levels.fyi' },
		quote: 'ML engineers £105k, AI engineers £75k, UK',
		currency: 'GBP',
		figures: { ml_engineer: 105000, ai_engineer: 75000 },
		caveat: LEVELS_FYI
	},
	{
		kind: 'demand',
		region: 'gb',
		citation: { ...SKYTIK, quoting: null },
		quote: 'demand for AI engineers is skyrocketing',
		role: 'ai_engineer'
	}
];

// ---- pay ------------------------------------------------------------------------------------

/**
 * Checks each claimed figure in one period for both roles: the latest full year where both roles
 * are shown, else the pooled window. `cells` are the region's cells in the claim's currency, one
 * definition, level and basis, by period. A figure on an end of the interval is inside it.
 */
export function checkClaim(
	claim: PayClaim,
	cells: readonly PayCell[],
	latestYear: number
): { period: Period; checks: ClaimCheck[] } {
	const both = (period: Period) => ROLES.every((r) => isShown(cellAt(cells, r, period)));
	const period: Period = both(latestYear) ? latestYear : POOLED.id;
	const checks = ROLES.map((role): ClaimCheck => {
		const claimed = claim.figures[role];
		const cell = cellAt(cells, role, period);
		const listings = cell?.listings ?? 0;
		if (!isShown(cell)) return { role, claimed, cell: null, listings, verdict: 'no data' };
		const verdict: ClaimVerdict =
			claimed < cell.ciLow ? 'below' : claimed > cell.ciHigh ? 'above' : 'inside';
		return { role, claimed, cell, listings, verdict };
	});
	return { period, checks };
}

/** A claim check as the page lays it out: a table of what was claimed beside this data, and a verdict. */
export interface ClaimView {
	/** Unique on the page: the ids of its heading derive from it. */
	id: string;
	title: string;
	/** Who published the claim, and when. */
	citation: Citation;
	/** What the claim is checked against: which listings, period and settings. */
	setting: string;
	head: { label: string; num: boolean }[];
	rows: {
		key: string;
		/** The row's header cell (a role, a year). */
		head: string;
		cells: { text: string; num: boolean; span?: number; kind?: string }[];
	}[];
	/** The verdict in words, with the figures it rests on. */
	sentence: string;
	/** Why the claim's figures and this data's are not the same measure, or what the data cannot tell. */
	caveat: string;
	/** Where the methodology page explains the figures (an anchor on /methodology). */
	method: string;
}

const num = (text: string) => ({ text, num: true });

/** The pay claim's check, laid out: a row per role, formatted, and the sentence. */
export function payClaimView(
	claim: PayClaim,
	cells: readonly PayCell[],
	latestYear: number
): ClaimView {
	const { period, checks } = checkClaim(claim, cells, latestYear);
	const money = (v: number) => formatMoneyShort(v, claim.currency);
	const missing = ROLES.filter((r) => !isShown(cellAt(cells, r, latestYear)));
	const why =
		period === POOLED.id
			? `, as ${latestYear} has too few ${listNames(missing.map((r) => ROLE_ADJECTIVE[r]))} listings to check both roles in one year`
			: '';
	return {
		id: 'claim-pay',
		title: `Checking a claim: “${claim.quote}”`,
		citation: claim.citation,
		setting: `Beside it, this data’s median advertised pay for each role in ${periodLabel(period)}${why}: ${currencyName(claim.currency)} as advertised (only the listings paid in ${claim.currency}), strict titles, all levels, the same period for both roles. The check keeps to these settings whatever the filters above show.`,
		head: [
			{ label: 'Role', num: false },
			{ label: 'Claimed', num: true },
			{ label: 'This data’s median', num: true },
			{ label: '95% interval', num: true },
			{ label: 'Listings', num: true },
			{ label: 'Verdict', num: false }
		],
		rows: checks.map(({ role, claimed, cell, listings, verdict }) => ({
			key: role,
			head: ROLE_LABEL[role],
			cells: [
				num(money(claimed)),
				...(cell
					? [num(money(cell.median)), num(`${money(cell.ciLow)}–${money(cell.ciHigh)}`)]
					: [{ text: 'too few listings', num: false, span: 2 }]),
				num(formatCount(listings)),
				{ text: CLAIM_VERDICT[verdict], num: false, kind: verdict.replace(' ', '-') }
			]
		})),
		sentence: claimSentence(checks, claim.currency, period),
		caveat: claim.caveat,
		method: 'statistics'
	};
}

// ---- demand ---------------------------------------------------------------------------------

function shareYear(r: ListingRow): ShareYear {
	const [low, high] = (wilsonInterval(r.listings, r.panel_listings) as [number, number]).map(
		(v) => v * 100
	);
	return {
		year: r.period as number,
		listings: r.listings,
		panel: r.panel_listings,
		share: (100 * r.listings) / r.panel_listings,
		low: low as number,
		high: high as number,
		comparable: r.listings >= MIN_LISTINGS
	};
}

/** The mean of Indeed's monthly AI share over the months of `year` up to `lastMonth` (MM). */
function marketShare(rows: readonly AiShareRow[], year: number, lastMonth: string): number | null {
	const months = rows.filter(
		(r) => r.month.startsWith(`${year}-`) && r.month.slice(5, 7) <= lastMonth
	);
	return months.length ? months.reduce((n, r) => n + r.ai_share_pct, 0) / months.length : null;
}

/**
 * The demand claim, checked on the role's listings and their share of the stable panel by year
 * (strict titles, all levels), and Indeed's AI share over the same months of each year.
 */
export function demandClaimView(
	claim: DemandClaim,
	listings: readonly ListingRow[],
	market: readonly AiShareRow[],
	years: readonly number[],
	place: string
): ClaimView {
	const partial = years.find(isPartial);
	// the months the salary data covers in its partial year, compared with the same months before
	const lastMonth = partial === undefined ? '12' : (partialUntil(partial) ?? '12').slice(5, 7);
	const months = `${monthName(1)} to ${monthName(Number(lastMonth))}`;
	const runs = partial === undefined ? '' : ` (${partial} covers ${partialMonths(partial)} only)`;
	const shown = years
		.map((y) => cellAt(listings, claim.role, y))
		.filter((r): r is ListingRow => (r?.panel_listings ?? 0) > 0)
		.map(shareYear);
	const rows = shown.map((y) => {
		const m = marketShare(market, y.year, lastMonth);
		return {
			key: String(y.year),
			head: formatYear(y.year),
			cells: [
				num(formatCount(y.listings)),
				num(formatCount(y.panel)),
				...(y.comparable
					? [num(formatPct(y.share)), num(shareRange(y))]
					: [{ text: 'too few listings', num: false, span: 2 }]),
				num(m === null ? '–' : formatPct(m, 1))
			]
		};
	});
	const [ma, mb] = shown.slice(-2).map((y) => marketShare(market, y.year, lastMonth));
	const adjective = ROLE_ADJECTIVE[claim.role];
	return {
		id: 'claim-demand',
		title: `Checking a claim: “${claim.quote}”`,
		citation: claim.citation,
		setting: `Beside it, ${adjective} listings in ${place} by year and their share of the stable panel, strict titles, all levels${runs}, and Indeed’s AI share of all job postings there over ${months} of each year. The stable panel is the listings whose job title the salary index carries in every year ${PANEL_YEARS[0]}–${PANEL_YEARS.at(-1)}, plus the role’s own titles. The check keeps to these settings whatever the filters above show.`,
		head: [
			{ label: 'Year', num: false },
			{ label: `${ROLE_LABEL[claim.role]} listings`, num: true },
			{ label: 'Stable panel', num: true },
			{ label: 'Share of panel', num: true },
			{ label: '95% interval', num: true },
			{
				label: `Indeed AI share, ${monthsCovered(partial ?? (years.at(-1) as number))}`,
				num: true
			}
		],
		rows,
		sentence: demandSentence(claim.role, shown, [ma ?? null, mb ?? null], months),
		caveat: `The salary index’s listings are not all job postings, and Indeed’s AI share counts every posting that mentions AI, so it cannot tell ${adjective} jobs from others.`,
		method: 'demand'
	};
}

/**
 * The claims published about the page's region, checked. They keep to their own settings whatever
 * the filters show, so they are checked once, at build time, and handed to the page as data (the
 * browser never loads this module).
 */
export function claimViews(f: RegionPageData): ClaimView[] {
	return CLAIMS.filter((c) => c.region === f.region.id).map((claim) => {
		if (claim.kind === 'pay') {
			const cells = toPayCells(
				f.cells.filter(
					(c) => c.basis === 'local' && c.definition === 'strict' && c.level === 'all'
				),
				f.fx,
				claim.currency
			);
			return payClaimView(claim, cells, f.latestYear);
		}
		const listings = f.listings.filter((r) => r.definition === 'strict' && r.level === 'all');
		const market = f.aiShare.filter((r) => r.series === 'region');
		return demandClaimView(claim, listings, market, f.years, inName(f.region.name));
	});
}
