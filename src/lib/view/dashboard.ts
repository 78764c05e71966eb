/**
 * What a region's dashboard shows, for one filter state: the page's title and description, its
 * heading, a notice where the region has too little data (with the nearest region that has
 * figures), the headline figures, the claim checks and the six charts. A pure function of the page
 * data and the filters: `Dashboard.svelte` only lays it out, and the browser calls it again on
 * every filter change.
 *
 * Every comparison is like with like: the headline, the gap and the titles compare both roles in
 * one region, period, level, definition and pay basis.
 *
 * @example
 * dashboardView(page, defaultControls(page.region)).headline.figures[0].value // '£93.5k'
 */
import { POOLED, ROLE_LABEL, ROLES, type Role, type Verdict } from '../domain';
import {
	gapIn,
	isShown,
	largestCountry,
	toPayCells,
	type PayCell,
	type ShownCell
} from '../data/pay';
import type { RegionPageData } from '../data/regionPageData';
import { chartViews, type ChartView } from './charts';
import type { Controls } from './filters';
import { dashboardFacts, type DashboardFacts } from './facts';
import { yourPayView, type YourPayView } from './yourPay';
import { headlineRanges, type HeadlineRanges } from './headlineRanges';
import { formatMoneyShort, inName } from './format';
import {
	freshWords,
	gapFigure,
	gapWords,
	listingsWords,
	nearestWords,
	noticeWords,
	tooFewForPay,
	whereWords,
	yearMixWords
} from './words';

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
	/** The two medians drawn, each a dot on its 95% interval (null where neither has one). */
	ranges: HeadlineRanges | null;
	/** Where the figures are pooled: the listings each year adds. */
	yearMix: string | null;
	/**
	 * Where the listings of a region of several countries are, when one country leads them:
	 * "91% of these listings are in the United States" (methodology v3).
	 */
	where: string | null;
	/** How fresh the data is: "Pay data to early August 2025 · Indeed’s AI share to Jun 2026". */
	fresh: string;
	/**
	 * True where neither role has a median in this view and the page's notice says why (the region
	 * has too few listings for either role even pooled): the headline then shows only how fresh the
	 * data is, not cards of dashes under the notice.
	 */
	empty: boolean;
}

/** When the pay data ends, and the region's market series (methodology v3: freshness is stated). */
function freshness(f: DashboardFacts): string {
	const latest = (months: readonly string[]) =>
		months.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
	return freshWords(
		f.years.at(-1),
		latest(f.aiShare.filter((r) => r.series === 'region').map((r) => r.month)),
		latest(f.postings.map((r) => r.month))
	);
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
function whereOf(f: DashboardFacts, cells: readonly (PayCell | undefined)[]): string | null {
	if (f.region.countries !== null && f.region.countries.length < 2) return null;
	const top = largestCountry(cells);
	return top && whereWords(top.share, countryName(f, top.code));
}

/** "2023: 15, 2024: 24, 2025: 10 ML-engineer listings; …" for a pooled period. */
function yearMixOf(f: DashboardFacts, compared: boolean): string | null {
	if (f.controls.period !== POOLED.id) return null;
	const countsOf = (role: Role) =>
		POOLED.years.map((y) => f.here.find((c) => c.role === role && c.period === y)?.listings ?? 0);
	return yearMixWords(
		{ ml_engineer: countsOf('ml_engineer'), ai_engineer: countsOf('ai_engineer') },
		POOLED.years,
		compared
	);
}

/** The region's pooled cells, strict titles, all levels (either basis). */
const pooledStrictAll = (f: DashboardFacts) =>
	f.cells.filter((c) => c.period === POOLED.id && c.definition === 'strict' && c.level === 'all');

/**
 * Whether a region (not Global) cannot show pay for either role even pooled, strict titles, all
 * levels, in either basis: its page leads with a notice, and its headline shows no cards.
 */
const tooFewEvenPooled = (f: DashboardFacts) =>
	!f.isGlobal && pooledStrictAll(f).every((c) => c.confidence === 'withheld');

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
				)
			: undefined;
	const own = (c: { listings: number } | undefined) =>
		c && { listings: c.listings, currency: ownCurrency };
	const figure = (role: Role, cell: PayCell | undefined) => ({
		role,
		label: `${ROLE_LABEL[role]} median`,
		shown: isShown(cell),
		...(isShown(cell)
			? {
					value: money(cell.median),
					range: `${money(cell.ciLow)}–${money(cell.ciHigh)}`,
					note: listingsWords(cell, own(advertised(role)))
				}
			: { value: '–', range: null, note: tooFewForPay(cell?.listings ?? 0) })
	});
	return {
		context: `${f.isGlobal ? 'Global' : f.region.name}, ${f.periodWords}, ${f.basisWords}, ${f.filterWords}`,
		figures: [figure('ml_engineer', ml), figure('ai_engineer', ai)],
		gap: {
			label: 'AI vs ML engineers',
			// an unclear gap leads with what it is, its numbers beside it (methodology v3)
			value: gapFigure(gap),
			verdict: gap?.verdict ?? null,
			words: gapWords(
				gap,
				ROLES.filter((r) => !isShown(r === 'ml_engineer' ? ml : ai))
			)
		},
		ranges: headlineRanges([ml, ai], money),
		yearMix: yearMixOf(f, gap !== null),
		where: whereOf(f, [ml, ai]),
		fresh: freshness(f),
		empty: tooFewEvenPooled(f) && !isShown(ml) && !isShown(ai)
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
		(role) => pooled.find((c) => c.region === near.id && c.role === role) as ShownCell
	);
	return { id: near.id, name: near.name, countries: near.countries, cells };
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
	if (!tooFewEvenPooled(f)) return null;
	const pooled = pooledStrictAll(f);
	const of = (role: Role, basis: string) =>
		pooled.find((c) => c.role === role && c.basis === basis);
	const counts = ROLES.map((role) => {
		const c = of(role, 'all');
		return { role, listings: c?.listings ?? 0, distinct: c?.distinct ?? 0, nEff: c?.n_eff ?? 0 };
	});
	// a country's page shows the listings advertised in its own currency: say how many those are
	const local = pooled.some((c) => c.basis === 'local')
		? ROLES.map((r) => of(r, 'local')?.listings ?? 0)
		: null;
	const near = nearestWithFigures(f);
	return {
		text: noticeWords(f.region.name, counts, local, f.region.currency),
		nearest: near && {
			id: near.id,
			name: near.name,
			text: nearestWords(f.region.name, near, f.controls.currency, (code) => countryName(f, code))
		}
	};
}

export interface DashboardView {
	/** The document's title and description. */
	head: { title: string; description: string };
	heading: string;
	notice: NoticeView | null;
	headline: HeadlineView;
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
		yourPay: yourPayView(f),
		charts: chartViews(f)
	};
}
