/**
 * Published claims the dashboard checks against its own data, and the check itself: does each
 * claimed figure fall inside this data's 95% confidence interval for the median?
 */
import type { PayCell } from './convert';
import type { Role } from './schema';

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
	years: readonly number[],
	partialYears: ReadonlySet<number>
): ClaimCheck[] {
	const order = [...years.filter((y) => !partialYears.has(y)).reverse(), ...years.filter((y) => partialYears.has(y)).reverse()];
	return (Object.keys(claim.figures) as Role[]).map((role) => {
		const claimed = claim.figures[role];
		const cell =
			order
				.map((y) => cells.find((c) => c.role === role && c.year === y))
				.find((c) => c !== undefined && c.median !== null) ?? null;
		if (!cell || cell.ciLow === null || cell.ciHigh === null) return { role, claimed, cell, verdict: 'no data' };
		const verdict: Verdict = claimed < cell.ciLow ? 'below' : claimed > cell.ciHigh ? 'above' : 'inside';
		return { role, claimed, cell, verdict };
	});
}

/** One sentence on how far the claim and the data agree. */
export function claimSentence(checks: readonly ClaimCheck[]): string {
	const noun: Record<Role, string> = { ml_engineer: 'ML-engineer', ai_engineer: 'AI-engineer' };
	const inside = checks.filter((c) => c.verdict === 'inside');
	const outside = checks.filter((c) => c.verdict === 'above' || c.verdict === 'below');
	const missing = checks.filter((c) => c.verdict === 'no data');
	if (inside.length === checks.length)
		return 'Both claimed figures fall inside this data’s 95% confidence intervals, so the data agrees with the claim — though with this few UK listings it cannot pin either median down closely.';
	const parts: string[] = [];
	if (inside.length) parts.push(`the ${inside.map((c) => noun[c.role]).join(' and ')} figure falls inside this data’s 95% confidence interval`);
	for (const c of outside)
		parts.push(`the ${noun[c.role]} figure is ${c.verdict === 'above' ? 'above' : 'below'} it`);
	for (const c of missing) parts.push(`there are too few ${noun[c.role]} listings to check the ${noun[c.role]} figure`);
	const s = parts.join('; ');
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}
