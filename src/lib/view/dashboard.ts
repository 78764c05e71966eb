/**
 * What a region's dashboard shows, for one filter state: the page's title and description, its
 * heading, a notice where the region has too little data (with the nearest region that has
 * figures), the headline figures, the claim checks and the six charts. A pure function of the page
 * data and the filters: `Dashboard.svelte` only lays it out, and the browser calls it again on
 * every filter change.
 *
 * Every comparison is like with like: the headline, the gap and the findings compare both roles in
 * one region, period, level, definition and pay basis.
 *
 * @example
 * dashboardView(page, defaultControls(page.region)).headline.figures[0].value // '£93.5k'
 */
import {
	MIN_LISTINGS,
	dataEndsIn,
	POOLED,
	ROLE_ADJECTIVE,
	ROLE_LABEL,
	ROLES,
	type Role,
	type Verdict
} from '../domain';
import { gapIn, isShown, toPayCells, type Gap, type PayCell } from '../data/pay';
import type { RegionPageData } from '../data/regionPage';
import { chartViews, type ChartView } from './charts';
import { claimViews, type ClaimView } from './claims';
import type { Controls } from './filters';
import { dashboardFacts, type DashboardFacts } from './facts';
import { yourPayView, type YourPayView } from './yourPay';
import {
	currencyName,
	formatCount,
	formatMoneyShort,
	formatMonth,
	formatIndependent,
	formatListings,
	formatPct,
	formatPeriod,
	formatSignedPct,
	inName,
	listNames
} from './format';

export interface HeadlineView {
	/** e.g. "United Kingdom, 2023–2025 (pooled), pounds as advertised, strict titles, all levels" */
	context: string;
	figures: {
		role: Role;
		label: string;
		value: string;
		/** The median's 95% interval, "£85k–£105k" (null where there is no median). */
		range: string | null;
		shown: boolean;
		note: string;
	}[];
	/**
	 * The gap with its 95% interval and what that says, in words: "earn less" only where the whole
	 * interval is below 0 (methodology v3).
	 */
	gap: { label: string; value: string; verdict: Verdict | null; words: string };
	/** Where the figures are pooled: the listings each year adds. */
	yearMix: string | null;
	/**
	 * Where the listings of a region of several countries are, when one country leads them:
	 * "91% of these listings are in the United States" (methodology v3).
	 */
	where: string | null;
	/** How fresh the data is: "Pay data to early August 2025 · Indeed’s AI share to Jun 2026". */
	fresh: string;
}

/** When the pay data ends, and the region's market series (methodology v3: freshness is stated). */
function freshness(f: DashboardFacts): string {
	const last = f.years.at(-1);
	const ends = last === undefined ? null : dataEndsIn(last);
	const pay = last === undefined ? null : `Pay data to ${ends ?? 'December'} ${last}`;
	const months = f.aiShare.filter((r) => r.series === 'region').map((r) => r.month);
	const market = months.length
		? `Indeed’s AI share to ${formatMonth(months.reduce((a, b) => (b > a ? b : a)))}`
		: null;
	return [pay, market].filter(Boolean).join(' · ');
}

/** `cells`' listings by country, from their country mixes (`DE:8 FR:2`). */
function countryCounts(cells: readonly (PayCell | undefined)[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const c of cells)
		for (const part of c?.countryMix?.split(' ') ?? []) {
			const [code, n] = part.split(':');
			if (code && n) counts.set(code, (counts.get(code) ?? 0) + Number(n));
		}
	return counts;
}

/** The country with the most of `cells`' listings, and its share of them. */
export function largestCountry(
	cells: readonly (PayCell | undefined)[]
): { code: string; share: number } | null {
	const counts = countryCounts(cells);
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	if (total === 0) return null;
	const [code, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
	return { code, share: n / total };
}

/**
 * "the United States" for US: the name of the region that is that one country, else its code (no
 * Intl.DisplayNames: this runs in the browser too, where an Intl object costs a load of ICU data;
 * see format.ts).
 */
function countryName(f: Pick<DashboardFacts, 'regions'>, code: string): string {
	const one = f.regions.find((r) => r.countries?.length === 1 && r.countries[0] === code);
	return one ? inName(one.name) : code;
}

/** "91% of these listings are in the United States", for a region of several countries. */
function whereWords(f: DashboardFacts, cells: readonly (PayCell | undefined)[]): string | null {
	if (f.region.countries !== null && f.region.countries.length < 2) return null;
	const top = largestCountry(cells);
	if (!top) return null;
	return `${formatPct(top.share * 100, 0)} of these listings are in ${countryName(f, top.code)}`;
}

/**
 * "34 listings · low confidence", "49 listings (about 38 independent)", "71 listings, 49 of them
 * advertised in pounds" (`advertised`: how many were advertised in the region's own currency).
 */
function listingsNote(cell: PayCell, advertised?: number, currency = ''): string {
	const effective = cell.distinct < cell.listings ? ` (${formatIndependent(cell.nEff)})` : '';
	const own =
		advertised === undefined
			? ''
			: `, ${formatCount(advertised)} of them advertised in ${currencyName(currency)}`;
	const low = cell.confidence === 'low' ? ' · low confidence' : '';
	return `${formatListings(cell.listings)}${effective}${own}${low}`;
}

/** What the gap's 95% interval says, in the headline's words. */
function gapWords(gap: Gap): string {
	const range = `${formatSignedPct(gap.low, 0)} to ${formatSignedPct(gap.high, 0)}`;
	if (gap.verdict === 'unclear')
		return `${formatSignedPct(gap.pct, 1)} at the medians, but it could be anywhere from ${range} (95% interval)`;
	const which = gap.verdict === 'ai_lower' ? 'less' : 'more';
	return `AI engineers earn ${which} (95% interval ${range})`;
}

/** "2023: 15, 2024: 24, 2025: 10 ML-engineer listings; …" for a pooled period. */
function yearMixOf(f: DashboardFacts): string | null {
	if (f.controls.period !== POOLED.id) return null;
	const countsOf = (role: Role) =>
		POOLED.years.map((y) => f.here.find((c) => c.role === role && c.period === y)?.listings ?? 0);
	const perRole = ROLES.map((role) => {
		const counts = countsOf(role).map(
			(n, i) => `${formatPeriod(POOLED.years[i] as number)}: ${formatCount(n)}`
		);
		return `${ROLE_ADJECTIVE[role]} listings ${counts.join(' · ')}`;
	});
	const warning = yearMixWarning(countsOf('ml_engineer'), countsOf('ai_engineer'), POOLED.years);
	return `Pooled over ${formatPeriod(POOLED.id)}: ${perRole.join('; ')}.${warning ? ` ${warning}` : ''}`;
}

/** Above this total variation distance between the roles' year mixes, a pooled headline says so. */
export const YEAR_MIX_TVD = 0.25;

/**
 * Where the two roles' pooled listings come from different years (methodology v3: a total
 * variation distance, ½ Σ |share_ml(y) − share_ai(y)|, above 0.25), the words that say so:
 * "78% of AI-engineer listings are from 2025 (Jan–Aug), against 35% of ML-engineer listings", for
 * the year whose shares differ most. Null where the mixes are alike, or a role has none.
 */
export function yearMixWarning(
	ml: readonly number[],
	ai: readonly number[],
	years: readonly number[]
): string | null {
	const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
	const [nm, na] = [total(ml), total(ai)];
	if (nm === 0 || na === 0) return null;
	const tvd =
		0.5 * years.reduce((sum, _, i) => sum + Math.abs((ml[i] ?? 0) / nm - (ai[i] ?? 0) / na), 0);
	if (tvd <= YEAR_MIX_TVD) return null;
	// the year whose shares differ most says it
	const diff = (i: number) => Math.abs((ml[i] ?? 0) / nm - (ai[i] ?? 0) / na);
	const i = years.reduce((best, _, k) => (diff(k) > diff(best) ? k : best), 0);
	const pct = (x: number, n: number) => formatPct((100 * x) / n, 0);
	return `The two roles’ listings come from different years: ${pct(ai[i] ?? 0, na)} of AI-engineer listings are from ${formatPeriod(years[i] as number)}, against ${pct(ml[i] ?? 0, nm)} of ML-engineer listings.`;
}

/** The five-second strip: both medians in the period with their listings, and the gap. */
export function headlineView(f: DashboardFacts): HeadlineView {
	const { ml, ai, gap } = gapIn(f.inPeriod, f.controls.period);
	const money = (v: number) => formatMoneyShort(v, f.controls.currency);
	// a country's page on the converted basis says how many of the listings were advertised in its
	// own currency (the figures as advertised count only those)
	const { def, level, period } = f.controls;
	const ownCurrency = f.region.currency;
	const advertised = (role: Role) =>
		f.controls.basis === 'all' && ownCurrency !== 'USD' && f.region.countries?.length === 1
			? f.cells.find(
					(c) =>
						c.role === role &&
						c.basis === 'local' &&
						c.definition === def &&
						c.level === level &&
						c.period === period
				)?.listings
			: undefined;
	const figure = (role: Role, cell: PayCell | undefined) => ({
		role,
		label: `${ROLE_LABEL[role]} median`,
		shown: isShown(cell),
		...(isShown(cell)
			? {
					value: money(cell.median),
					range: `${money(cell.ciLow)}–${money(cell.ciHigh)}`,
					note: listingsNote(cell, advertised(role), ownCurrency)
				}
			: {
					value: '–',
					range: null,
					note: `too few listings (${formatCount(cell?.listings ?? 0)}; pay needs ${MIN_LISTINGS} independent)`
				})
	});
	return {
		context: `${f.isGlobal ? 'Global' : f.region.name}, ${f.periodWords}, ${f.basisWords}, ${f.filterWords}`,
		figures: [figure('ml_engineer', ml), figure('ai_engineer', ai)],
		gap: {
			label: 'AI vs ML engineers',
			// an unclear gap leads with what it is, its numbers beside it (methodology v3)
			value: !gap ? '–' : gap.verdict === 'unclear' ? 'Unclear' : formatSignedPct(gap.pct, 1),
			verdict: gap?.verdict ?? null,
			words: gap
				? gapWords(gap)
				: `too few ${listNames(
						ROLES.filter((r) => !isShown(r === 'ml_engineer' ? ml : ai)).map(
							(r) => ROLE_ADJECTIVE[r]
						)
					)} listings to compare`
		},
		yearMix: yearMixOf(f),
		where: whereWords(f, [ml, ai]),
		fresh: freshness(f)
	};
}

/** The nearest region that shows both roles, pooled: the smallest one holding this region's countries. */
function nearestWithFigures(f: DashboardFacts) {
	const mine = f.region.countries;
	if (mine === null) return null;
	const pooled = toPayCells(
		f.regionCells.filter(
			(r) => r.period === POOLED.id && r.definition === 'strict' && r.level === 'all'
		),
		f.fx,
		f.controls.currency
	);
	const candidates = f.regions
		.filter((r) => r.id !== f.region.id)
		.filter((r) => r.countries === null || mine.every((c) => r.countries?.includes(c)))
		.filter((r) =>
			ROLES.every((role) => isShown(pooled.find((c) => c.region === r.id && c.role === role)))
		)
		.sort((a, b) => (a.countries?.length ?? Infinity) - (b.countries?.length ?? Infinity));
	const near = candidates[0];
	if (!near) return null;
	const cells = ROLES.map(
		(role) => pooled.find((c) => c.region === near.id && c.role === role) as PayCell
	);
	return { id: near.id, name: near.name, countries: near.countries, cells };
}

/**
 * What the fallback region shows, and what it is (methodology v3): a region of several countries
 * that holds this one (EU27 for a European country) with its largest countries; where only Global
 * holds it, that no region resembles this one's listings, and how much of Global one country is.
 */
function nearestWords(f: DashboardFacts, near: NonNullable<ReturnType<typeof nearestWithFigures>>) {
	const figures = `${listNames(
		near.cells.map(
			(c) =>
				`${ROLE_LABEL[c.role]} ${formatMoneyShort(c.median as number, f.controls.currency)} (${formatListings(c.listings)})`
		)
	)}, ${formatPeriod(POOLED.id)}, every listing converted to ${f.controls.currency}`;
	const top = largestCountry(near.cells);
	if (near.countries === null)
		return `No region’s listings resemble ${f.region.name}’s. Across every country (Global): ${figures}${top ? `; but ${formatPct(top.share * 100, 0)} of those listings are in ${countryName(f, top.code)}` : ''}.`;
	const mix = countryCounts(near.cells);
	const byCountry = [...mix]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 4)
		.map(([code, n]) => `${code} ${formatCount(n)}`);
	const more = mix.size > 4 ? `, ${formatCount(mix.size - 4)} more countries` : '';
	return `The nearest region with figures is ${inName(near.name)}: ${figures}. Its listings by country: ${byCountry.join(', ')}${more}.`;
}

export interface NoticeView {
	text: string;
	/** The nearest region with figures: a link and what it shows. */
	nearest: { id: string; name: string; text: string } | null;
}

/**
 * Said first on a region page that cannot show pay for either role even pooled over 2023–2025, in
 * either basis (strict titles, all levels): how many listings it has, why none is drawn, and the
 * nearest region with figures.
 */
function noticeOf(f: DashboardFacts): NoticeView | null {
	if (f.isGlobal) return null;
	const pooled = f.cells.filter(
		(c) => c.period === POOLED.id && c.definition === 'strict' && c.level === 'all'
	);
	if (pooled.some((c) => c.confidence !== 'withheld')) return null;
	const of = (role: Role, basis: string) =>
		pooled.find((c) => c.role === role && c.basis === basis);
	const counts = ROLES.map((r) => {
		const c = of(r, 'all');
		const repeats = c && c.distinct < c.listings ? ` (${formatIndependent(c.n_eff)})` : '';
		return `${formatCount(c?.listings ?? 0)} ${ROLE_ADJECTIVE[r]}${repeats}`;
	}).join(' and ');
	// a country's page shows the listings advertised in its own currency: say how many those are
	const local = pooled.some((c) => c.basis === 'local')
		? ` Of these, ${listNames(ROLES.map((r) => formatCount(of(r, 'local')?.listings ?? 0)))} were advertised in ${currencyName(f.region.currency)}.`
		: '';
	const near = nearestWithFigures(f);
	return {
		text: `${f.region.name} has too few listings to show pay for either role, even pooled over ${formatPeriod(POOLED.id)}: ${counts} listings in all, strict titles, all levels.${local} Pay is shown where a role has at least ${MIN_LISTINGS} independent listings (repeats of one listing count as less than that).`,
		nearest: near && {
			id: near.id,
			name: near.name,
			text: nearestWords(f, near)
		}
	};
}

export interface DashboardView {
	/** The document's title and description. */
	head: { title: string; description: string };
	heading: string;
	notice: NoticeView | null;
	headline: HeadlineView;
	claims: ClaimView[];
	/** Where would the reader's own pay sit (before an amount is typed). */
	yourPay: YourPayView;
	charts: ChartView[];
}

export function dashboardView(page: RegionPageData, controls: Controls): DashboardView {
	const f = dashboardFacts(page, controls);
	const name = inName(f.region.name);
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
		claims: claimViews(f),
		yourPay: yourPayView(f),
		charts: chartViews(f)
	};
}
