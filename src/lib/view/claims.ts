/**
 * Published claims the dashboard checks against its own data, like with like:
 *
 * - a pay claim: does each claimed figure fall inside this data's 95% confidence interval for the
 *   median? Both roles are checked in one period (the latest full year where it shows both, else
 *   the pooled window), in the claim's currency as advertised (the `local` basis: no conversion),
 *   strict titles and all levels, whatever the page's filters; and the sentence says how wide the
 *   intervals are.
 * - a demand claim: did the role's listings grow as a share of the stable panel, year on year
 *   (2025 is partial, so shares, not counts), and did Indeed's AI share of all postings grow over
 *   the same months of each year?
 *
 * @example
 * checkClaim(payClaim, ukCells, [2023, 2024, 2025], 2024)
 * // { period: '2023-2025', checks: [{ role: 'ml_engineer', claimed: 105000, verdict: 'inside', … }, …] }
 */
import {
	isPartial,
	partialUntil,
	POOLED,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLE_PLURAL,
	ROLES,
	type Period,
	type Role
} from '../domain';
import { cellAt, isShown, toPayCells, type PayCell } from '../data/pay';
import type { AiShareRow, ListingRow } from '../data/schema';
import type { DashboardFacts } from './dashboard';
import {
	currencyName,
	formatCount,
	formatMoneyShort,
	formatMonth,
	formatPct,
	formatPeriod,
	inName,
	monthName
} from './format';

export interface PayClaim {
	kind: 'pay';
	region: string;
	source: string;
	quote: string;
	currency: string;
	figures: Record<Role, number>;
}

export interface DemandClaim {
	kind: 'demand';
	region: string;
	source: string;
	quote: string;
	role: Role;
}

export type Claim = PayClaim | DemandClaim;

const ARTICLE = 'A widely shared article, quoting Levels.fyi';

export const CLAIMS: readonly Claim[] = [
	{
		kind: 'pay',
		region: 'gb',
		source: ARTICLE,
		quote: 'ML engineers £105k, AI engineers £75k, UK',
		currency: 'GBP',
		figures: { ml_engineer: 105000, ai_engineer: 75000 }
	},
	{
		kind: 'demand',
		region: 'gb',
		source: 'The same article',
		quote: 'demand for AI engineers is skyrocketing',
		role: 'ai_engineer'
	}
];

// ---- pay ------------------------------------------------------------------------------------

export type Verdict = 'inside' | 'above' | 'below' | 'no data';

export interface ClaimCheck {
	role: Role;
	claimed: number;
	/** The cell the claim is checked against, in the claim's period; null when withheld. */
	cell: PayCell | null;
	verdict: Verdict;
}

/**
 * Checks each claimed figure in one period for both roles: the latest full year where both roles
 * are shown, else the pooled window. `cells` are the region's cells in the claim's currency, one
 * definition, level and basis, by period.
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
		if (!isShown(cell)) return { role, claimed, cell: null, verdict: 'no data' };
		const verdict: Verdict =
			claimed < cell.ciLow ? 'below' : claimed > cell.ciHigh ? 'above' : 'inside';
		return { role, claimed, cell, verdict };
	});
	return { period, checks };
}

/** "±22%": half the interval's width against the median. */
const halfWidth = (c: PayCell) =>
	`±${formatPct((((c.ciHigh as number) - (c.ciLow as number)) / 2 / (c.median as number)) * 100, 0)}`;

/** How far the claim and the data agree, and how wide the intervals it is checked against are. */
export function claimSentence(checks: readonly ClaimCheck[], currency: string): string {
	const noun = (c: ClaimCheck) => ROLE_ADJECTIVE[c.role];
	const inside = checks.filter((c) => c.verdict === 'inside');
	const outside = checks.filter((c) => c.verdict === 'above' || c.verdict === 'below');
	const missing = checks.filter((c) => c.verdict === 'no data');
	const parts: string[] = [];
	if (inside.length === checks.length)
		parts.push('both claimed figures fall inside this data’s 95% confidence intervals');
	else if (inside.length)
		parts.push(
			`the ${inside.map(noun).join(' and ')} figure falls inside this data’s 95% confidence interval`
		);
	for (const c of outside) parts.push(`the ${noun(c)} figure is ${c.verdict} it`);
	for (const c of missing)
		parts.push(`there are too few ${noun(c)} listings to check the ${noun(c)} figure`);
	const shown = checks.filter((c) => isShown(c.cell));
	const widths = shown.length
		? ` The intervals are wide: ${shown
				.map(
					(c) =>
						`${ROLE_LABEL[c.role]} ${formatMoneyShort(c.cell?.ciLow as number, currency)}–${formatMoneyShort(c.cell?.ciHigh as number, currency)} (${halfWidth(c.cell as PayCell)} of the median)`
				)
				.join(', ')}, so the data cannot pin either median down closely.`
		: '';
	const s = parts.join('; ');
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}.${widths}`;
}

const VERDICT: Readonly<Record<Verdict, string>> = {
	inside: 'inside the CI',
	above: 'above the CI',
	below: 'below the CI',
	'no data': 'cannot check'
};

/** A claim check as the page lays it out: a table of what was claimed beside this data, and a verdict. */
export interface ClaimView {
	/** Unique on the page: the ids of its heading derive from it. */
	id: string;
	title: string;
	source: string;
	head: { label: string; num: boolean }[];
	rows: {
		key: string;
		/** The row's header cell (a role, a year). */
		head: string;
		cells: { text: string; num: boolean; span?: number; kind?: string }[];
	}[];
	sentence: string;
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
	const when = period === POOLED.id ? `${formatPeriod(period)}, pooled` : formatPeriod(period);
	return {
		id: 'claim-pay',
		title: `Checking a claim: “${claim.quote}”`,
		source: `${claim.source}. Beside it, this data’s medians in ${when}, ${currencyName(claim.currency)} as advertised (the listings paid in ${claim.currency}), strict titles, all levels, the same period for both roles. The check keeps to these settings whatever the filters above show.`,
		head: [
			{ label: 'Role', num: false },
			{ label: 'Claimed', num: true },
			{ label: 'This data', num: true },
			{ label: '95% CI', num: true },
			{ label: 'Listings', num: true },
			{ label: 'Verdict', num: false }
		],
		rows: checks.map(({ role, claimed, cell, verdict }) => ({
			key: role,
			head: ROLE_LABEL[role],
			cells: [
				num(money(claimed)),
				...(isShown(cell)
					? [
							num(money(cell.median)),
							num(`${money(cell.ciLow)}–${money(cell.ciHigh)}`),
							num(formatCount(cell.listings))
						]
					: [{ text: 'too few listings', num: true, span: 3 }]),
				{ text: VERDICT[verdict], num: false, kind: verdict.replace(' ', '-') }
			]
		})),
		sentence: claimSentence(checks, claim.currency)
	};
}

// ---- demand ---------------------------------------------------------------------------------

/** "2.8 times" */
const times = (from: number, to: number) => `${(to / from).toFixed(1)} times`;

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
	const until = partial === undefined ? null : partialUntil(partial);
	const runs = until ? `; ${partial} runs only to ${formatMonth(until, 'long')}` : '';
	const row = (y: number) => cellAt(listings, claim.role, y);
	const shown = years.filter((y) => (row(y)?.panel_listings ?? 0) > 0);
	const rows = shown.map((y) => {
		const r = row(y) as ListingRow;
		const m = marketShare(market, y, lastMonth);
		return {
			key: String(y),
			head: formatPeriod(y),
			cells: [
				num(formatCount(r.listings)),
				num(formatCount(r.panel_listings)),
				num(r.share_of_panel_pct === null ? '–' : formatPct(r.share_of_panel_pct)),
				num(m === null ? '–' : formatPct(m, 1))
			]
		};
	});
	const [a, b] = shown.slice(-2).map((y) => row(y) as ListingRow);
	const [ma, mb] = shown.slice(-2).map((y) => marketShare(market, y, lastMonth));
	return {
		id: 'claim-demand',
		title: `Checking a claim: “${claim.quote}”`,
		source: `${claim.source}. Beside it, ${ROLE_ADJECTIVE[claim.role]} listings in ${place} and their share of the stable panel by year (strict titles, all levels${runs}), and Indeed’s AI share of all postings there over ${months} of each year. The check keeps to these settings whatever the filters above show.`,
		head: [
			{ label: 'Year', num: false },
			{ label: `${ROLE_LABEL[claim.role]} listings`, num: true },
			{ label: 'Stable panel', num: true },
			{ label: 'Share of panel', num: true },
			{ label: `Indeed AI share, ${months}`, num: true }
		],
		rows,
		sentence: demandVerdict(claim.role, a, b, ma ?? null, mb ?? null, months)
	};
}

function demandVerdict(
	role: Role,
	a: ListingRow | undefined,
	b: ListingRow | undefined,
	ma: number | null,
	mb: number | null,
	months: string
): string {
	if (!a || !b || a.share_of_panel_pct === null || b.share_of_panel_pct === null || !a.listings)
		return `There are too few ${ROLE_ADJECTIVE[role]} listings here to check the claim.`;
	const listings = `${ROLE_PLURAL[role]} went from ${formatPct(a.share_of_panel_pct)} of the stable panel in ${formatPeriod(a.period)} to ${formatPct(b.share_of_panel_pct)} in ${formatPeriod(b.period)}, ${times(a.share_of_panel_pct, b.share_of_panel_pct)} the share`;
	const few =
		Math.min(a.listings, b.listings) < 30
			? `, but from only ${formatCount(a.listings)} listings to ${formatCount(b.listings)}`
			: '';
	const marketText =
		ma !== null && mb !== null
			? `; across all postings, Indeed’s AI share went from ${formatPct(ma, 1)} to ${formatPct(mb, 1)} over ${months}, ${times(ma, mb)} the share`
			: '';
	const grew = b.share_of_panel_pct / a.share_of_panel_pct;
	const market = ma !== null && mb !== null ? mb / ma : null;
	const verdict =
		grew >= 2 && (market === null || market >= 1.25)
			? 'The data supports a steep rise'
			: grew >= 1.25
				? 'The data shows a rise, but “skyrocketing” overstates it'
				: 'The data does not show a steep rise';
	const caveat = few ? '; with so few listings the size of the rise is uncertain' : '';
	return `${verdict}${caveat}: ${listings}${few}${marketText}.`;
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
