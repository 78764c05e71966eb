/**
 * "Where would your pay sit?": the reader types a yearly amount and sees, for each role, the share
 * of advertised pay it is above, in the page's region, period, level, definition and pay basis.
 *
 * `yourPayView` is what the part shows before anything is typed (each role's distribution in the
 * display currency, its listings, or why it is withheld, and the percentile table shown without
 * JavaScript); what is typed, and where it sits, is yourAmount.ts's (the browser loads that code
 * with the part, not with the page). Pure: the amount lives only in the component's memory, never
 * in the URL, history, storage or a request.
 *
 * @example
 * const view = yourPayView(facts);
 * // view.table: the percentiles, a row each; view.withheld: why a role has no figures here
 */
import {
	POOLED,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	VENTILES,
	rateYear,
	type Role
} from '../domain';
import { conversion, rateOf } from '../data/pay';
import type { DashboardFacts } from './facts';
import {
	formatCount,
	formatMoneyFull,
	formatIndependent,
	formatListings,
	formatPeriod,
	listNames
} from './format';

export interface YourPayRole {
	role: Role;
	/** The role's pay at the 5th … 95th percentiles, in the display currency; null when withheld. */
	q: number[] | null;
	listings: number;
	nEff: number;
	distinct: number;
}

export interface YourPayView {
	currency: string;
	/** US dollars per unit of the display currency (to tell a yearly amount from an absurd one). */
	usdPerUnit: number;
	/** "in the United Kingdom (2023–2025, pounds as advertised, strict titles, all levels)" */
	context: string;
	roles: YourPayRole[];
	/** Where a role is withheld: why, and where there are figures. */
	withheld: string | null;
	/** Where a drawn role's pay is low confidence (10–29 independent listings): that it is rough. */
	low: string | null;
	/** The percentiles as a table (shown without JavaScript): a row per percentile, a column per role. */
	table: { caption: string; head: string[]; rows: string[][] };
}

export function yourPayView(f: DashboardFacts): YourPayView {
	const { currency, period } = f.controls;
	const roles = ROLES.map((role): YourPayRole => {
		const cell = f.inPeriod.find((c) => c.role === role);
		const dist = f.distribution.find(
			(d) =>
				d.role === role &&
				d.definition === f.controls.def &&
				d.basis === f.controls.basis &&
				d.level === f.controls.level &&
				d.period === period
		);
		const factor = dist ? conversion(f.fx, dist.currency, currency, period) : 1;
		return {
			role,
			q: dist && cell?.confidence !== 'withheld' ? dist.q.map((v) => v * factor) : null,
			listings: cell?.listings ?? 0,
			nEff: cell?.nEff ?? 0,
			distinct: cell?.distinct ?? 0
		};
	});
	const where = f.isGlobal ? 'across all regions' : `in ${f.place}`;
	const when = period === POOLED.id ? `${formatPeriod(period)}, pooled` : formatPeriod(period);
	const context = `${where} (${when}, ${f.basisWords}, ${f.filterWords})`;
	const missing = roles.filter((r) => r.q === null);
	// what could give more listings: only the choices not made already
	const { basis, def, level } = f.controls;
	const broader = [
		period !== POOLED.id ? `the pooled period (${POOLED.years[0]}–${POOLED.years.at(-1)})` : '',
		basis === 'local' ? 'all listings converted' : '',
		def === 'strict' ? 'broad titles' : '',
		level !== 'all' ? 'all levels' : '',
		f.isGlobal ? '' : 'a broader region'
	].filter(Boolean);
	const withheld =
		missing.length === 0
			? null
			: `Too few ${listNames(missing.map((r) => ROLE_ADJECTIVE[r.role]))} listings ${where} in ${when} (${listNames(missing.map((r) => formatCount(r.listings)))}) to place an amount among them${broader.length ? `: try ${listNames(broader, 'or')}` : ''}.`;
	// percentiles of a low-confidence cell are rough: said where they are drawn
	const thin = roles.filter(
		(r) => r.q !== null && f.inPeriod.find((c) => c.role === r.role)?.confidence === 'low'
	);
	const low = thin.length
		? `Low confidence: ${listNames(thin.map((r) => `${ROLE_ADJECTIVE[r.role]} pay here rests on ${formatListings(r.listings)}${r.distinct < r.listings ? ` (${formatIndependent(r.nEff)})` : ''}`))}, so ${thin.length > 1 ? 'their' : 'its'} percentiles are rough.`
		: null;
	const money = (v: number | undefined) => (v === undefined ? '–' : formatMoneyFull(v, currency));
	return {
		currency,
		usdPerUnit: rateOf(f.fx, currency, rateYear(period)).usdPerUnit,
		context,
		roles,
		withheld,
		low,
		table: {
			caption: `Advertised pay at each percentile ${context}, ${currency}`,
			head: ['Percentile', ...roles.map((r) => ROLE_LABEL[r.role])],
			rows: VENTILES.map((p, k) => [`${p}th`, ...roles.map((r) => money(r.q?.[k]))])
		}
	};
}
