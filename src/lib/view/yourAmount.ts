/**
 * What the reader types into "Where would your pay sit?", and where it sits (see yourPay.ts for
 * what the part shows before anything is typed). `readAmount` understands what is typed ("95000",
 * "£95,000", "95k", "95.5k") or says what is wrong with it; `placeAmount` words where an amount
 * sits. All pure: the amount lives only in the component's memory, never in the URL, history,
 * storage or a request. A module of its own because only the part uses it, and the browser loads
 * the part's code when the part is needed, not with the page.
 *
 * The placing interpolates between the 5th, 10th, …, 95th percentiles of distribution.csv, so it
 * is approximate to within 5 points (below the 5th or above the 95th it says only that).
 *
 * @example
 * const read = readAmount('£95k', view);      // { amount: 95000 }
 * placeAmount(view, 95000).sentence
 * // '£95k is above about 42% of ML-engineer listings and about 71% of AI-engineer listings in …'
 */
import { ROLE_ADJECTIVE, VENTILES, type Role } from '../domain';
import {
	formatIndependent,
	formatListings,
	formatMoneyFull,
	formatMoneyShort,
	listNames
} from './format';
import type { YourPayView } from './yourPay';

/** Said after any sentence that places an amount. */
const APPROXIMATE = 'to within 5 points';

export type AmountRead = { amount: number; error: null } | { amount: null; error: string | null };

const EXAMPLE = 'such as 95000 or 95k';
/** Below or above these (in US dollars a year) an amount is a slip: a month's pay, or a typo. */
const LEAST_USD = 1_000;
const MOST_USD = 10_000_000;

/**
 * What the reader typed, as a yearly amount in the display currency, or why it cannot be one
 * (`error` null for an empty field: nothing to say yet). Understands currency symbols and codes,
 * spaces, thousands separators ("95,000", "95.000", "95 000"), a k or m suffix, and "a year".
 */
export function readAmount(
	text: string,
	view: Pick<YourPayView, 'currency' | 'usdPerUnit'>
): AmountRead {
	const typed = text.trim();
	if (typed === '') return { amount: null, error: null };
	let s = typed
		.toLowerCase()
		.replace(/[\s\u00a0\u202f_']/g, '')
		.replace(/(\/|per|a)(year|yr|annum)$|p\.?a\.?$/, '')
		.replace(/^(us\$|ca\$|c\$|a\$|au\$|gbp|usd|eur|cad|aud|inr|[£$€₹])/, '')
		.replace(/(gbp|usd|eur|cad|aud|inr|[£$€₹])$/, '');
	if (/^[-−]/.test(s))
		return { amount: null, error: `Pay cannot be negative: type a yearly amount, ${EXAMPLE}.` };
	const suffix = /[km]$/.exec(s)?.[0];
	if (suffix) s = s.slice(0, -1);
	if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
	if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s))
		return {
			amount: null,
			error: `“${typed}” is not an amount: type a yearly amount, ${EXAMPLE}.`
		};
	const amount =
		Math.round(Number(s) * (suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : 1) * 100) / 100;
	if (amount === 0) return { amount: null, error: `Type an amount above zero, ${EXAMPLE}.` };
	const usd = amount * view.usdPerUnit;
	if (usd < LEAST_USD)
		return {
			amount: null,
			error: `${formatMoneyFull(amount, view.currency)} is less than US$1,000 a year: is it a monthly or hourly figure? Type a yearly amount, ${EXAMPLE}.`
		};
	if (usd > MOST_USD)
		return {
			amount: null,
			error: `${formatMoneyShort(amount, view.currency)} is more than US$10 million a year: check the amount (a yearly figure, ${EXAMPLE}).`
		};
	return { amount, error: null };
}

/**
 * Where `x` sits among percentiles `q` (5th … 95th, ascending): the share of listings it is above,
 * interpolated linearly between the two percentiles around it; on a run of equal percentiles, the
 * middle of the run. 'below' under the 5th, 'above' over the 95th.
 */
export function percentileOf(q: readonly number[], x: number): number | 'below' | 'above' {
	const last = q.length - 1;
	if (x < (q[0] as number)) return 'below';
	if (x > (q[last] as number)) return 'above';
	const first = q.indexOf(x);
	if (first >= 0) return ((VENTILES[first] as number) + (VENTILES[q.lastIndexOf(x)] as number)) / 2;
	let k = 0;
	while ((q[k + 1] as number) < x) k++;
	const [lo, hi] = [q[k] as number, q[k + 1] as number];
	return (VENTILES[k] as number) + (5 * (x - lo)) / (hi - lo);
}

export interface PlacedRole {
	role: Role;
	/** The share of listings the amount is above, whole percent; null for a withheld role. */
	pct: number | null;
	/** "above about 42%", "above fewer than 5%", "above more than 95%" */
	words: string | null;
}

export interface Placement {
	roles: PlacedRole[];
	sentence: string;
	/** How approximate it is, and on how many listings. */
	note: string;
}

/** Where `amount` (display currency, a year) sits among each role's advertised pay. */
export function placeAmount(view: YourPayView, amount: number): Placement {
	const roles = view.roles.map((r): PlacedRole => {
		if (r.q === null) return { role: r.role, pct: null, words: null };
		const at = percentileOf(r.q, amount);
		if (at === 'below') return { role: r.role, pct: 0, words: 'above fewer than 5%' };
		if (at === 'above') return { role: r.role, pct: 100, words: 'above more than 95%' };
		const pct = Math.round(at);
		return { role: r.role, pct, words: `above about ${pct}%` };
	});
	const shown = roles.filter((r) => r.words !== null);
	const money = formatMoneyShort(amount, view.currency);
	const parts = shown.map((r, i) =>
		i === 0
			? `${r.words} of ${ROLE_ADJECTIVE[r.role]} listings`
			: `${(r.words as string).replace(/^above /, '')} of ${ROLE_ADJECTIVE[r.role]} listings`
	);
	const sentence =
		shown.length === 0
			? `There are too few listings ${view.context.replace(/ \(.*\)$/, '')} in this view to place ${money}.`
			: `${money} is ${parts.join(' and ')} ${view.context}.${
					shown.length < roles.length
						? ` There are too few ${ROLE_ADJECTIVE[(roles.find((r) => r.words === null) as PlacedRole).role]} listings to place it among them.`
						: ''
				}`;
	const counts = view.roles
		.filter((r) => r.q !== null)
		.map(
			(r) =>
				`${formatListings(r.listings, ROLE_ADJECTIVE[r.role])}${r.distinct < r.listings ? ` (${formatIndependent(r.nEff)})` : ''}`
		);
	return {
		roles,
		sentence,
		note: `Approximate, ${APPROXIMATE}: placed between the 5th, 10th, …, 95th percentiles of ${listNames(counts)}. Advertised pay is what employers offer, not what people earn.`
	};
}
