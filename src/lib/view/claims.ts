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
 *   Beside it, over the same months of each year, Indeed's AI share of all postings and its Job
 *   Postings Index (2023 = 100) of the postings that mention AI and of all postings, so a share
 *   that rose in a market that shrank reads as such; a change in postings is a rise or a fall only
 *   where every month compared moved that way (`volumeChange`).
 *
 * Each claim names its source precisely (outlet, title, date) and, where its figures are not the
 * same measure as this data's, says why in one sentence.
 *
 * @example
 * checkClaim(payClaim, ukCells, 2024)
 * // { period: '2023-2025', checks: [{ role: 'ml_engineer', claimed: 105000, verdict: 'inside', … }, …] }
 */
import {
	INDEED_AREA_SERIES,
	isPartial,
	MIN_LISTINGS,
	PANEL_YEARS,
	partialUntil,
	POOLED,
	POSTINGS_BASE_YEAR,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	type Period,
	type Role
} from '../domain';
import { cellAt, isShown, toPayCells, type PayCell } from '../data/pay';
import type { SnapshotFile } from '../data/files';
import type { Credit } from '../data/provenance';
import type { AiShareRow, ListingRow, PostingsPoint } from '../data/schema';
import { wilsonInterval } from '../data/stats';
import type { RegionPageData } from '../data/regionPageData';
import {
	currencyName,
	formatCount,
	formatIndex,
	formatMoneyShort,
	formatPct,
	formatYear,
	inName,
	listNames,
	monthName,
	monthsCovered,
	partialMonths
} from './format';
import { INDEED_CHANGES, type ChartSource } from './charts';
import { meanOver, volumeChange } from './volume';
import {
	CLAIM_VERDICT,
	claimSentence,
	demandSentence,
	periodLabel,
	shareRange,
	type ClaimCheck,
	type ClaimVerdict,
	type DemandVolume,
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
	/** Whose figures the check shows, each with its licence (CC BY asks for it where they are shown). */
	sources: ChartSource[];
	/** The snapshot files the check's figures come from, offered under it. */
	downloads: SnapshotFile[];
}

/** A check as its view function lays it out; `claimViews` adds its sources. */
export type ClaimLayout = Omit<ClaimView, 'sources' | 'downloads'>;

const num = (text: string) => ({ text, num: true });

/** The pay claim's check, laid out: a row per role, formatted, and the sentence. */
export function payClaimView(
	claim: PayClaim,
	cells: readonly PayCell[],
	latestYear: number
): ClaimLayout {
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

/**
 * Indeed's postings index for the demand claim: its months, and where it counts when that is not
 * the region itself (the EU27's is the euro area's: "euro area").
 */
export interface ClaimPostings {
	rows: readonly PostingsPoint[];
	area: string | null;
}

const NO_POSTINGS: ClaimPostings = { rows: [], area: null };

/**
 * The demand claim, checked on the role's listings and their share of the stable panel by year
 * (strict titles, all levels), and, over the same months of each year, Indeed's AI share and its
 * postings index of the postings that mention AI and of all postings.
 */
export function demandClaimView(
	claim: DemandClaim,
	listings: readonly ListingRow[],
	market: readonly AiShareRow[],
	years: readonly number[],
	place: string,
	postings: ClaimPostings = NO_POSTINGS
): ClaimLayout {
	const partial = years.find(isPartial);
	// the months the salary data covers in its partial year, compared with the same months before
	const lastMonth = partial === undefined ? '12' : (partialUntil(partial) ?? '12').slice(5, 7);
	const monthList = Array.from({ length: Number(lastMonth) }, (_, i) =>
		String(i + 1).padStart(2, '0')
	);
	const months = `${monthName(1)} to ${monthName(Number(lastMonth))}`;
	const covered = monthsCovered(partial ?? (years.at(-1) as number));
	const runs = partial === undefined ? '' : ` (${partial} covers ${partialMonths(partial)} only)`;
	const share = market.map((r) => ({ month: r.month, value: r.ai_share_pct }));
	const ai = postings.rows.map((r) => ({ month: r.month, value: r.ai_postings_2023_100 }));
	const all = postings.rows.map((r) => ({ month: r.month, value: r.all_postings_2023_100 }));
	const shown = years
		.map((y) => cellAt(listings, claim.role, y))
		.filter((r): r is ListingRow => (r?.panel_listings ?? 0) > 0)
		.map(shareYear);
	const figure = (v: number | null, text: (v: number) => string) => num(v === null ? '–' : text(v));
	const rows = shown.map((y) => ({
		key: String(y.year),
		head: formatYear(y.year),
		cells: [
			num(formatCount(y.listings)),
			num(formatCount(y.panel)),
			...(y.comparable
				? [num(formatPct(y.share)), num(shareRange(y))]
				: [{ text: 'too few listings', num: false, span: 2 }]),
			figure(meanOver(share, monthList, y.year), (m) => formatPct(m, 1)),
			figure(meanOver(ai, monthList, y.year), formatIndex),
			figure(meanOver(all, monthList, y.year), formatIndex)
		]
	}));
	const [a, b] = shown.slice(-2);
	const marketChange = a && b ? volumeChange(share, monthList, a.year, b.year) : null;
	const volume: DemandVolume = {
		ai: a && b ? volumeChange(ai, monthList, a.year, b.year) : null,
		all: a && b ? volumeChange(all, monthList, a.year, b.year) : null,
		aiByYear: shown.flatMap((y) => {
			const value = meanOver(ai, monthList, y.year);
			return value === null ? [] : [{ year: y.year, value }];
		})
	};
	const adjective = ROLE_ADJECTIVE[claim.role];
	const base = `${POSTINGS_BASE_YEAR} = 100`;
	const counts = postings.rows.length
		? `, and the number of Indeed’s postings that mention AI and of all its postings${postings.area ? ` (the ${postings.area}’s, the nearest series Indeed publishes)` : ''}`
		: '';
	const index = postings.rows.length
		? `Indeed’s numbers of postings are indexes: 100 is each series’ average month in ${POSTINGS_BASE_YEAR}, so 150 means one and a half times as many postings as in an average month of ${POSTINGS_BASE_YEAR}. `
		: `Indeed publishes no count of postings for ${place}. `;
	return {
		id: 'claim-demand',
		title: `Checking a claim: “${claim.quote}”`,
		citation: claim.citation,
		setting: `Beside it, ${adjective} listings in ${place} by year and their share of the stable panel, strict titles, all levels${runs}; and, over ${months} of each year, Indeed’s AI share of all job postings there${counts}. The stable panel is the listings whose job title the salary index carries in every year ${PANEL_YEARS[0]}–${PANEL_YEARS.at(-1)}, plus the role’s own titles. ${index}The check keeps to these settings whatever the filters above show.`,
		head: [
			{ label: 'Year', num: false },
			{ label: `${ROLE_LABEL[claim.role]} listings`, num: true },
			{ label: 'Stable panel', num: true },
			{ label: 'Share of panel', num: true },
			{ label: '95% interval', num: true },
			{ label: `Indeed AI share, ${covered}`, num: true },
			{ label: `Indeed AI postings, ${covered} (${base})`, num: true },
			{ label: `Indeed all postings, ${covered} (${base})`, num: true }
		],
		rows,
		sentence: demandSentence(claim.role, shown, marketChange, months, volume),
		caveat: `The salary index’s listings are not all job postings, and Indeed’s figures count every posting on Indeed, its AI figures every one that mentions AI in any job, so they cannot tell ${adjective} jobs from others. Indeed’s postings are said to have risen or fallen only where every month compared moved that way.`,
		method: 'demand'
	};
}

/** A source as a check's source line credits it (only what the line prints: the page carries it). */
const creditOf = (c: Credit, changes?: string): ChartSource => ({
	name: c.name,
	url: c.url,
	licence: c.licence,
	licence_url: c.licence_url,
	...(changes ? { changes } : {})
});

/**
 * The claims published about the page's region, checked, with whose figures each shows. They keep
 * to their own settings whatever the filters show, so they are checked once, at build time, and
 * handed to the page as data (the browser never loads this module).
 */
export function claimViews(f: RegionPageData): ClaimView[] {
	return CLAIMS.filter((c) => c.region === f.region.id).map((claim): ClaimView => {
		if (claim.kind === 'pay') {
			const cells = toPayCells(
				f.cells.filter(
					(c) => c.basis === 'local' && c.definition === 'strict' && c.level === 'all'
				),
				f.fx,
				claim.currency
			);
			return {
				...payClaimView(claim, cells, f.latestYear),
				sources: [creditOf(f.sources.salaries)],
				downloads: ['salaries.csv']
			};
		}
		const listings = f.listings.filter((r) => r.definition === 'strict' && r.level === 'all');
		const market = f.aiShare.filter((r) => r.series === 'region');
		const area = INDEED_AREA_SERIES[f.region.id]?.label ?? null;
		const view = demandClaimView(claim, listings, market, f.years, inName(f.region.name), {
			rows: f.postings,
			area
		});
		// Indeed's figures are CC BY 4.0: credited where they are shown, with what this project did
		const sources: ChartSource[] = [creditOf(f.sources.salaries)];
		const downloads: SnapshotFile[] = ['listings.csv'];
		if (market.length) {
			sources.push(creditOf(f.sources.aiShare, INDEED_CHANGES.aiShare));
			downloads.push('ai-share.csv');
		}
		if (f.postings.length) {
			sources.push(creditOf(f.sources.postings, INDEED_CHANGES.postings));
			downloads.push('postings.csv');
		}
		return { ...view, sources, downloads };
	});
}
