/**
 * Published claims the dashboard checks against its own data, and the check itself: does each
 * claimed figure fall inside this data's 95% confidence interval for the median?
 *
 * @example
 * checkClaim(CLAIMS[0], cellsInPounds, [2023, 2024, 2025])
 * // [{ role: 'ml_engineer', claimed: 105000, cell: <2024 cell>, verdict: 'inside' }, …]
 */
import { isPartial, ROLE_ADJECTIVE, ROLE_LABEL, ROLES, type Role } from '../domain';
import { cellAt, isShown, type PayCell } from '../data/pay';
import { formatCount, formatMoneyShort } from './format';

export interface Claim {
	region: string;
	source: string;
	quote: string;
	currency: string;
	figures: Record<Role, number>;
}

export const CLAIMS: readonly Claim[] = [
	{
		region: 'gb',
		source: 'Levels.fyi, as quoted in a widely shared article',
		quote: 'ML engineers £105k, AI engineers £75k, UK',
		currency: 'GBP',
		figures: { ml_engineer: 105000, ai_engineer: 75000 }
	}
];

export type Verdict = 'inside' | 'above' | 'below' | 'no data';

export interface ClaimCheck {
	role: Role;
	claimed: number;
	/** The cell the claim is checked against: the latest full year with enough listings, else the latest year. */
	cell: PayCell | null;
	verdict: Verdict;
}

/**
 * Checks each claimed figure against the latest full year that has enough listings for that role,
 * or, failing that, the latest (partial) year that does. Cells must be in the claim's currency.
 */
export function checkClaim(
	claim: Claim,
	cells: readonly PayCell[],
	years: readonly number[]
): ClaimCheck[] {
	const latestFirst = [...years].reverse();
	const order = [
		...latestFirst.filter((y) => !isPartial(y)),
		...latestFirst.filter((y) => isPartial(y))
	];
	return ROLES.map((role) => {
		const claimed = claim.figures[role];
		const cell = order.map((y) => cellAt(cells, role, y)).find(isShown) ?? null;
		if (!cell) return { role, claimed, cell, verdict: 'no data' };
		const verdict: Verdict =
			claimed < cell.ciLow ? 'below' : claimed > cell.ciHigh ? 'above' : 'inside';
		return { role, claimed, cell, verdict };
	});
}

/** One sentence on how far the claim and the data agree. */
export function claimSentence(checks: readonly ClaimCheck[]): string {
	const noun = (c: ClaimCheck) => ROLE_ADJECTIVE[c.role];
	const inside = checks.filter((c) => c.verdict === 'inside');
	const outside = checks.filter((c) => c.verdict === 'above' || c.verdict === 'below');
	const missing = checks.filter((c) => c.verdict === 'no data');
	if (inside.length === checks.length)
		return 'Both claimed figures fall inside this data’s 95% confidence intervals, so the data agrees with the claim — though with this few UK listings it cannot pin either median down closely.';
	const parts: string[] = [];
	if (inside.length)
		parts.push(
			`the ${inside.map(noun).join(' and ')} figure falls inside this data’s 95% confidence interval`
		);
	for (const c of outside) parts.push(`the ${noun(c)} figure is ${c.verdict} it`);
	for (const c of missing)
		parts.push(`there are too few ${noun(c)} listings to check the ${noun(c)} figure`);
	const s = parts.join('; ');
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

const VERDICT: Readonly<Record<Verdict, string>> = {
	inside: 'inside the CI',
	above: 'above the CI',
	below: 'below the CI',
	'no data': 'cannot check'
};

/** The claim check as the page shows it: a row per role, formatted, and the sentence. */
export interface ClaimView {
	title: string;
	source: string;
	rows: {
		role: Role;
		label: string;
		claimed: string;
		/** This data's figures, or null when the role has too few listings. */
		data: { median: string; year: string; ci: string; listings: string } | null;
		verdict: { kind: string; text: string };
	}[];
	sentence: string;
}

/** The claim check of `claim` against one region's cells in the claim's currency. */
export function claimView(
	claim: Claim,
	cells: readonly PayCell[],
	years: readonly number[]
): ClaimView {
	const checks = checkClaim(claim, cells, years);
	const money = (v: number) => formatMoneyShort(v, claim.currency);
	return {
		title: `Checking a claim: “${claim.quote}”`,
		source: `${claim.source}. Beside it, this data’s medians in ${claim.currency}.`,
		rows: checks.map(({ role, claimed, cell, verdict }) => ({
			role,
			label: ROLE_LABEL[role],
			claimed: money(claimed),
			data: isShown(cell)
				? {
						median: money(cell.median),
						year: `(${cell.year}${isPartial(cell.year as number) ? ', partial' : ''})`,
						ci: `${money(cell.ciLow)}–${money(cell.ciHigh)}`,
						listings: formatCount(cell.listings)
					}
				: null,
			verdict: { kind: verdict.replace(' ', '-'), text: VERDICT[verdict] }
		})),
		sentence: claimSentence(checks)
	};
}
