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
	LOW_CONFIDENCE_BELOW,
	PANEL_YEARS,
	partialUntil,
	POOLED,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	type Period,
	type Role
} from '../domain';
import { cellAt, isShown, toPayCells, type PayCell, type ShownCell } from '../data/pay';
import type { AiShareRow, ListingRow } from '../data/schema';
import { wilsonChange, wilsonInterval } from '../data/stats';
import { monotone } from './findings';
import type { DashboardFacts } from './facts';
import {
	currencyName,
	formatCount,
	formatIndependent,
	formatListings,
	formatMoneyShort,
	formatPct,
	formatPeriod,
	inName,
	listNames,
	monthName,
	monthsCovered,
	partialMonths
} from './format';

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

// ---- words ----------------------------------------------------------------------------------

/** A year as a claim check names it: a partial year with its months ("2025, Jan–Aug"). */
export function yearLabel(year: number): string {
	const months = partialMonths(year);
	return months === null ? String(year) : `${year}, ${months}`;
}

/** A period as a claim check names it: "2024", "2025, Jan–Aug", "2023–2025 pooled (2025: Jan–Aug only)". */
export function periodLabel(period: Period): string {
	if (period !== POOLED.id) return yearLabel(period);
	const partial = POOLED.years.filter(isPartial).map((y) => `${y}: ${partialMonths(y)} only`);
	return `${formatPeriod(period)} pooled${partial.length ? ` (${partial.join('; ')})` : ''}`;
}

// ---- pay ------------------------------------------------------------------------------------

export type ClaimVerdict = 'inside' | 'above' | 'below' | 'no data';

export interface ClaimCheck {
	role: Role;
	claimed: number;
	/** The cell the claim is checked against, in the claim's period; null when withheld. */
	cell: ShownCell | null;
	/** The role's listings in the period (also where its pay is withheld). */
	listings: number;
	verdict: ClaimVerdict;
}

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

/** A claimed figure's verdict in the sentence's words. */
const CLAUSE: Readonly<Record<ClaimVerdict, (adjective: string) => string>> = {
	inside: (a) => `the ${a} figure is consistent with this data`,
	above: (a) => `the ${a} figure is above what the data supports`,
	below: (a) => `the ${a} figure is below what the data supports`,
	'no data': (a) => `the ${a} figure cannot be checked, as there are too few ${a} listings`
};

/** "49 listings (about 38 independent)", "18 listings (about 16 independent), low confidence" */
function listingsWords(cell: ShownCell): string {
	const independent = cell.distinct < cell.listings ? ` (${formatIndependent(cell.nEff)})` : '';
	const low = cell.nEff < LOW_CONFIDENCE_BELOW ? ', low confidence' : '';
	return `${formatListings(cell.listings)}${independent}${low}`;
}

/** How far the interval runs each side of the median: "25% below to 58% above the median". */
function sides(cell: ShownCell): string {
	const below = Math.round(((cell.median - cell.ciLow) / cell.median) * 100);
	const above = Math.round(((cell.ciHigh - cell.median) / cell.median) * 100);
	return `${below}% below to ${above}% above the median`;
}

/**
 * How the claim and the data agree, in the period checked: a verdict per figure, then each
 * figure beside the median, its interval (in money and both sides in %) and its listings.
 */
export function claimSentence(
	checks: readonly ClaimCheck[],
	currency: string,
	period: Period
): string {
	const money = (v: number) => formatMoneyShort(v, currency);
	const when = period === POOLED.id ? `Over ${periodLabel(period)}` : `In ${periodLabel(period)}`;
	const verdicts = checks.every((c) => c.verdict === 'inside')
		? 'both claimed figures are consistent with this data'
		: checks.map((c) => CLAUSE[c.verdict](ROLE_ADJECTIVE[c.role])).join('; ');
	const details = checks.map(({ role, claimed, cell, listings }) =>
		cell
			? `${ROLE_LABEL[role]}: claimed ${money(claimed)}; this data’s median is ${money(cell.median)}, and the range the data supports (95% interval) is ${money(cell.ciLow)}–${money(cell.ciHigh)}, from ${sides(cell)}; ${listingsWords(cell)}.`
			: `${ROLE_LABEL[role]}: claimed ${money(claimed)}; too few listings to check (${formatListings(listings)}).`
	);
	const meaning = checks.some((c) => c.verdict === 'inside')
		? ' Consistent means only that the data cannot rule the figure out.'
		: '';
	return `${when}, ${verdicts}. ${details.join(' ')}${meaning}`;
}

const VERDICT: Readonly<Record<ClaimVerdict, string>> = {
	inside: 'consistent with the data',
	above: 'above what the data supports',
	below: 'below what the data supports',
	'no data': 'cannot check'
};

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
				{ text: VERDICT[verdict], num: false, kind: verdict.replace(' ', '-') }
			]
		})),
		sentence: claimSentence(checks, claim.currency, period),
		caveat: claim.caveat,
		method: 'statistics'
	};
}

// ---- demand ---------------------------------------------------------------------------------

/** One year of the role's listings against the stable panel, with the share's 95% interval. */
interface ShareYear {
	year: number;
	listings: number;
	panel: number;
	/** In %. */
	share: number;
	/** The share's Wilson 95% interval, in %. */
	low: number;
	high: number;
	/** Enough role listings (10) to compare with another year. */
	comparable: boolean;
}

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

/** "3.2% in 2025, Jan–Aug (17 of 535 stable-panel listings)" */
const shareAt = (y: ShareYear) =>
	`${formatPct(y.share)} in ${yearLabel(y.year)} (${formatCount(y.listings)} of ${formatListings(y.panel)})`;

/** "1.5%–4.4%" (`digits` decimals, or as `formatPct` chooses) */
const rangeOf = (y: ShareYear, digits?: number) =>
	`${formatPct(y.low, digits)}–${formatPct(y.high, digits)}`;

/**
 * Two years' intervals, "95% intervals 0.86%–2.6% and 1.8%–4.5%", with as many decimals (up to
 * three) as it takes for the ends of intervals that do not overlap to read apart.
 */
function twoRanges(a: ShareYear, b: ShareYear): string {
	const apart = (d?: number) =>
		formatPct(a.high, d) !== formatPct(b.low, d) && formatPct(b.high, d) !== formatPct(a.low, d);
	const overlap = a.low <= b.high && b.low <= a.high;
	const digits = overlap || apart() ? undefined : apart(2) ? 2 : 3;
	return `95% intervals ${rangeOf(a, digits)} and ${rangeOf(b, digits)}`;
}

/** "2022 (0 listings), 2023 (1 listing) and 2024 (6 listings)" */
const yearsWithCounts = (ys: readonly ShareYear[]) =>
	listNames(ys.map((y) => `${yearLabel(y.year)} (${formatListings(y.listings)})`));

/** "2.8 times" */
const times = (from: number, to: number) => `${(to / from).toFixed(1)} times`;

/** A change in Indeed's AI share under this many percentage points is "about the same". */
export const MARKET_SAME_BELOW = 0.1;

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
			head: yearLabel(y.year),
			cells: [
				num(formatCount(y.listings)),
				num(formatCount(y.panel)),
				...(y.comparable
					? [num(formatPct(y.share)), num(rangeOf(y))]
					: [{ text: 'too few listings', num: false, span: 2 }]),
				num(m === null ? '–' : formatPct(m, 1))
			]
		};
	});
	const pair = shown.slice(-2);
	const [ma, mb] = pair.map((y) => marketShare(market, y.year, lastMonth));
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
		sentence: demandSentence(claim.role, shown, pair, ma ?? null, mb ?? null, months),
		caveat: `The salary index’s listings are not all job postings, and Indeed’s AI share counts every posting that mentions AI, so it cannot tell ${adjective} jobs from others.`,
		method: 'demand'
	};
}

/** What the two years' shares say: rose or fell (their intervals do not overlap), or neither. */
export type ShareChange = 'rose' | 'fell' | 'within' | 'too few';

export function shareChange(a: ShareYear, b: ShareYear): ShareChange {
	if (!a.comparable || !b.comparable) return 'too few';
	const change = wilsonChange(a, b);
	return change === 'up' ? 'rose' : change === 'down' ? 'fell' : 'within';
}

/**
 * The demand claim's verdict: the last two years' shares compared by their Wilson intervals (a
 * rise or fall only where they do not overlap; neither year under 10 role listings), the years
 * too thin to compare, the path when it turns, and Indeed's AI share over the same months.
 */
function demandSentence(
	role: Role,
	shown: readonly ShareYear[],
	pair: readonly ShareYear[],
	ma: number | null,
	mb: number | null,
	months: string
): string {
	const adjective = ROLE_ADJECTIVE[role];
	const [a, b] = pair;
	const thin = shown.filter((y) => !y.comparable);
	const enough = shown.filter((y) => y.comparable);
	let verdict: string;
	let detail: string;
	if (!a || !b || shareChange(a, b) === 'too few') {
		verdict = `This data has too few ${adjective} listings to test the claim`;
		const parts = [
			thin.length
				? `too few to compare in ${yearsWithCounts(thin)}, under ${MIN_LISTINGS} a year`
				: `there ${shown.length === 1 ? 'is only one year' : 'are no years'} with listings to compare`,
			...enough.map(
				(y) =>
					`in ${yearLabel(y.year)}, ${adjective} listings were ${formatPct(y.share)} of the stable panel (${formatCount(y.listings)} of ${formatListings(y.panel)}; 95% interval ${rangeOf(y)})`
			)
		];
		detail = parts.join('; ');
	} else {
		const change = shareChange(a, b);
		const share = `the ${adjective} share of the stable panel`;
		const intervals = twoRanges(a, b);
		if (change === 'within') {
			verdict = 'This data shows no clear change';
			detail = `${share} went from ${shareAt(a)} to ${shareAt(b)}, a change within the uncertainty (${intervals}, which overlap)`;
		} else if (change === 'fell') {
			verdict = 'This data shows a fall, not a rise';
			detail = `${share} fell from ${shareAt(a)} to ${shareAt(b)}, beyond the uncertainty (${intervals}, which do not overlap)`;
		} else {
			const market = ma !== null && mb !== null ? mb / ma : null;
			verdict =
				b.share / a.share >= 2 && (market === null || market >= 1.25)
					? 'This data is consistent with a steep rise'
					: 'This data shows a rise, but “skyrocketing” overstates it';
			detail = `${share} rose from ${shareAt(a)} to ${shareAt(b)}, ${times(a.share, b.share)} the share, beyond the uncertainty (${intervals}, which do not overlap)`;
		}
		if (thin.length) detail += `; too few listings to compare in ${yearsWithCounts(thin)}`;
	}
	// the path over every year with enough listings, when it turns
	const last = enough.at(-1);
	const path =
		last && enough.length >= 3 && !monotone(enough.map((y) => y.share))
			? ` The share did not move one way over the years with enough listings: ${enough
					.slice(0, -1)
					.map((y) => `${formatPct(y.share)} in ${yearLabel(y.year)}`)
					.join(', ')}, then ${formatPct(last.share)} in ${yearLabel(last.year)}.`
			: '';
	const market =
		a && b && ma !== null && mb !== null
			? Math.abs(mb - ma) < MARKET_SAME_BELOW
				? ` Across all postings, Indeed’s AI share was about the same over ${months} of ${a.year} and ${b.year} (${formatPct(ma, 1)} and ${formatPct(mb, 1)}).`
				: ` Across all postings, Indeed’s AI share ${mb > ma ? 'rose' : 'fell'} from ${formatPct(ma, 1)} to ${formatPct(mb, 1)} over ${months} of ${a.year} and ${b.year}${mb > ma ? `, ${times(ma, mb)} the share` : ''}.`
			: '';
	return `${verdict}: ${detail}.${path}${market}`;
}

/** The claims published about the page's region, checked. */
export function claimViews(f: DashboardFacts): ClaimView[] {
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
