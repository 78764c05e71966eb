/**
 * The six charts of a region's page, as views: for each, the title that states the finding, the
 * subtitle, caveat, empty state and text summary, what it draws (its spec), the rows of its data
 * table and CSV download with their file name, and its sources. `ChartFrame` lays one out; the
 * page renders them from this list, top to bottom.
 *
 * @example
 * chartViews(dashboardFacts(page, { level: 'SE', currency: 'GBP', def: 'strict' })).map((c) => c.id)
 * // ['region-pay', 'pay-trend', 'pay-by-level', 'role-demand', 'pay-gap', 'market-demand']
 */
import {
	DEFINITION_LABEL,
	INDEED_AREA_SERIES,
	LEVEL_LABEL,
	LEVELS,
	LOW_CONFIDENCE_RANGE,
	PANEL_YEARS,
	POSTINGS_BASE_YEAR,
	ROLES,
	dataEndsIn,
	type Role
} from '../domain';
import type { SnapshotFile } from '../data/files';
import { gapIn, isShown } from '../data/pay';
import type { Credit } from '../data/provenance';
import type { DashboardFacts } from './facts';
import type { Controls } from './filters';
import { downloadStem, type NameParts } from './filename';
import type { ChartSpec } from '../charts/specs';
import * as find from './words';
import { currencyName, formatMonth, formatPeriod, formatYear, inName, listNames } from './format';
import * as tables from './tables';

// ---- a chart as its frame shows it ------------------------------------------------------------

/** A source as a chart's source line and downloads credit it. */
export type ChartSource = Pick<Credit, 'name' | 'url' | 'licence' | 'licence_url'> & {
	/** What the project did to the data, where the licence asks to say so. */
	changes?: string;
};

export interface ChartView {
	/** Unique on the page; ids of the title and summary derive from it. */
	id: string;
	title: string;
	/**
	 * The title an embedded copy carries, standing alone on another site: it names the region
	 * ("United Kingdom: …") unless the title already does.
	 */
	embedTitle: string;
	/**
	 * What the chart is of, in one line an exported image carries under its title: "United
	 * Kingdom · 2023–2025 pooled (2025: Jan–Aug only) · pounds as advertised · all levels · strict
	 * titles" (only the filters the chart depends on).
	 */
	context: string;
	/** What is plotted, where and when, in what unit, and how to read the marks: two lines at most. */
	subtitle: string;
	/** The rest of how the chart is made (conversions, partial years, definitions), shown on request. */
	details: string;
	/** A caveat the reader must see next to the chart. */
	note: string | null;
	/** Instead of the chart, when there is too little data to draw: says why. */
	empty: string | null;
	summary: string;
	spec: ChartSpec;
	/** The rows the chart shows: its data table and its CSV download. */
	table: tables.Table;
	/** The data table's caption, and the currency of its money columns. */
	caption: string;
	currency: string;
	/** The download's file name without its extension: `ml-vs-ai-pay-trend_gb_gbp_senior`. */
	fileStem: string;
	/** Where the methodology page explains this chart (an anchor on /methodology). */
	method: string;
	/**
	 * The filters the chart depends on: changing any other leaves it exactly as it is (a unit test
	 * checks every filter state of every region). An embed's address names only these.
	 */
	dependsOn: readonly (keyof Controls)[];
	sources: ChartSource[];
	/** What every download of the chart credits: each source with its licence and changes. */
	credit: string;
	/** The snapshot files behind the chart, offered under it. */
	downloads: SnapshotFile[];
}

/** What a chart view says and draws; `chart` adds the file name, sources and downloads. */
type Drawn = Omit<
	ChartView,
	| 'id'
	| 'embedTitle'
	| 'context'
	| 'fileStem'
	| 'sources'
	| 'credit'
	| 'downloads'
	| 'currency'
	| 'dependsOn'
> & {
	currency?: string;
};

interface Made {
	id: string;
	/** The download's name: what the chart is, and the filters it depends on. */
	file: string;
	name: Omit<NameParts, 'region'>;
	dependsOn: readonly (keyof Controls)[];
	sources: ChartSource[];
	downloads: SnapshotFile[];
}

/** `text` as a sentence: its first letter capitalised, ending with a full stop. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** What a hollow dot means, for a chart's method. */
const lowConfidence = `A hollow dot rests on ${LOW_CONFIDENCE_RANGE} independent listings (low confidence).`;

/** Every filter; the pay charts but the trend and the gap depend on all of them. */
const EVERY_FILTER = ['level', 'def', 'basis', 'period', 'currency'] as const;

function chart(f: DashboardFacts, made: Made, drawn: Drawn): ChartView {
	const { id, file, name, dependsOn, sources, downloads } = made;
	const region = f.isGlobal ? 'All regions' : f.region.name;
	// the chart's own filters, as its file name has them (the region chart always converts)
	const { period, level, def } = f.controls;
	const [first, last] = [f.years[0], f.years.at(-1)];
	const byYear = !('period' in name) && Object.keys(name).length > 0;
	const context = [
		region,
		'period' in name
			? find.periodLabel(period)
			: byYear && first !== undefined && last !== undefined
				? `${first} to ${formatYear(last)}`
				: '',
		'basis' in name ? f.basisWords : 'currency' in name ? 'every listing converted' : '',
		'level' in name ? LEVEL_LABEL[level].toLowerCase() : '',
		'def' in name ? DEFINITION_LABEL[def].toLowerCase() : ''
	].filter(Boolean);
	return {
		id,
		...drawn,
		context: context.join(' · '),
		embedTitle: drawn.title.includes(f.isGlobal ? 'all regions' : inName(f.region.name))
			? drawn.title
			: `${region}: ${drawn.title}`,
		dependsOn,
		currency: drawn.currency ?? 'USD',
		fileStem: downloadStem(file, { region: f.region.id, ...name }),
		sources,
		credit: sources
			.map((s) => `${s.name} (${s.licence}${s.changes ? `; ${s.changes}` : ''})`)
			.join('; '),
		downloads
	};
}

// ---- the six charts -------------------------------------------------------------------------

/** The charts of a region's page for the facts of one filter state, top to bottom. */
export function chartViews(f: DashboardFacts): ChartView[] {
	const { controls, place, filterWords, periodWords, years } = f;
	const { currency, level, def, basis, period } = controls;
	// figures as advertised in the region's own currency are never converted: only figures
	// converted (every listing, or shown in another currency) credit the exchange rates
	const converted = basis === 'all' || currency !== f.region.currency;
	const sources = [f.sources.salaries, ...(converted ? [f.sources.fx] : [])];
	const pay = {
		sources,
		downloads: (converted ? ['salaries.csv', 'fx.csv'] : ['salaries.csv']) as SnapshotFile[]
	};
	// pay in general beside the roles' pay changes, where Indeed has a series for the region (the
	// euro area's for the EU27)
	const area = INDEED_AREA_SERIES[f.region.id];
	const wageArea = {
		name: area ? `the ${area.label}` : f.isGlobal ? 'all regions together' : inName(f.region.name),
		series: f.wageGrowth.length > 0
	};
	const benchmark = find.payBenchmark(f.here, years, f.wageGrowth, wageArea);
	const levelBands = LEVELS.map((l) => ({ id: l, name: LEVEL_LABEL[l] }));
	const levelCellOf = (band: string, role: Role) =>
		f.byLevel.find((c) => c.level === band && c.role === role);
	const lastYear = years.at(-1);
	const ends = lastYear === undefined ? null : dataEndsIn(lastYear);
	const partial = ends ? `${lastYear} is partial: the data ends in ${ends}. ` : '';
	const mixed = f.region.countries === null || f.region.countries.length > 1;
	return [
		chart(
			f,
			{
				id: 'region-pay',
				file: 'pay-by-region',
				name: { period, currency, level, def },
				dependsOn: EVERY_FILTER,
				sources: [f.sources.salaries, f.sources.fx],
				downloads: ['salaries.csv', 'fx.csv']
			},
			{
				title: find.bandsTitle(
					countedRegions(f.regions, (id) =>
						ROLES.every((role) => isShown(f.regionCellOf(id, role)))
					),
					f.regionCellOf,
					'region'
				),
				subtitle: `Median advertised pay by region, ${periodWords}, ${filterWords}, ${f.moneyBriefByRegion}. Lines: 95% intervals, listings in brackets; hollow dots: low confidence.`,
				details: `${sentence(f.moneyByRegion)}${basis === 'local' ? ' Regions are compared in one currency.' : ''} ${lowConfidence}`,
				note:
					basis === 'local' && !f.isGlobal
						? `${f.region.name}’s figures here count every listing, converted, so they differ from its figures in ${currencyName(currency)} as advertised (only the listings paid in ${currency}).`
						: null,
				empty: null,
				summary: find.bandsSummary(
					f.regions,
					f.regionCellOf,
					'region',
					currency,
					`Median pay in ${periodWords}, ${currency}.`
				),
				spec: {
					kind: 'dot-range',
					bands: f.regions,
					cellOf: f.regionCellOf,
					range: 'ci',
					currency,
					highlight: f.isGlobal ? null : f.region.id
				},
				table: tables.bandsTable(f.regions, f.regionCellOf, 'Region', currency, true),
				caption: `Median pay by region and role, ${periodWords}`,
				currency,
				method: 'statistics'
			}
		),
		chart(
			f,
			{
				id: 'pay-trend',
				file: 'pay-trend',
				name: { basis, currency, level, def },
				// every year is drawn: the period only picks the headline's
				dependsOn: ['level', 'def', 'basis', 'currency'],
				...(benchmark && wageArea.series
					? {
							sources: [...pay.sources, f.sources.wages],
							downloads: [...pay.downloads, 'wage-growth.csv' as SnapshotFile]
						}
					: pay)
			},
			{
				title: find.trendTitle(f.here, years, place, f.controls.currency),
				note: benchmark,
				subtitle: `Median advertised pay by year in ${place}, ${filterWords}, ${f.moneyBrief}. Bands: 95% intervals.`,
				details: `${sentence(f.moneyByYear)} ${partial}Gaps mark years with too few listings.`,
				empty: f.here.some(isShown)
					? null
					: find.tooFewToDraw('trend', place, `${filterWords}, ${f.basisWords}`),
				summary: find.trendSummary(f.here, years, currency),
				spec: { kind: 'trend', cells: f.here, years, currency },
				table: tables.trendTable(f.here, years, currency, mixed),
				caption: 'Median pay by year and role',
				currency,
				method: 'years'
			}
		),
		chart(
			f,
			{
				id: 'pay-by-level',
				file: 'pay-by-level',
				name: { period, basis, currency, def },
				dependsOn: EVERY_FILTER,
				...pay
			},
			{
				title: find.bandsTitle(levelBands, levelCellOf, 'level'),
				subtitle: `Median advertised pay by experience level in ${place}, ${periodWords}, ${DEFINITION_LABEL[def].toLowerCase()}, ${f.moneyBrief}. Bars: the middle half of listings; hollow dots: low confidence.${level === 'all' ? '' : ` ${LEVEL_LABEL[level]} is highlighted.`}`,
				details: `${sentence(f.money)} Each bar spans the middle half of the level’s listings (25th to 75th percentile), its listings in brackets. ${lowConfidence}`,
				note: null,
				empty: f.byLevel.some((c) => c.level !== 'all' && isShown(c))
					? null
					: find.tooFewToDraw(
							'levels',
							place,
							`${formatPeriod(period, 'choice')}, ${f.basisWords}`
						),
				summary: find.bandsSummary(
					levelBands,
					levelCellOf,
					'level',
					currency,
					`Median pay by experience level in ${periodWords}, ${currency}.`
				),
				spec: {
					kind: 'dot-range',
					bands: levelBands,
					cellOf: levelCellOf,
					range: 'iqr',
					currency,
					highlight: level === 'all' ? null : level
				},
				table: tables.bandsTable(levelBands, levelCellOf, 'Level', currency, mixed),
				caption: `Median pay by experience level and role, ${periodWords}`,
				currency,
				method: 'levels'
			}
		),
		chart(
			f,
			{
				id: 'role-demand',
				file: 'role-demand',
				name: { level, def },
				dependsOn: ['level', 'def'],
				sources: [f.sources.salaries],
				downloads: ['listings.csv']
			},
			{
				title: find.demandTitle(f.listingRows, years, place),
				subtitle: `Listings per year in ${place}, ${filterWords}, every currency, and their share of the stable panel of job titles.`,
				details:
					`The stable panel is the listings whose title is in the index in every year from ${PANEL_YEARS[0]} to ${PANEL_YEARS.at(-1)}, plus the role’s own titles, so the index adding new titles is not read as falling demand. ${partial}`.trim(),
				note: null,
				empty: null,
				summary: find.demandSummary(f.listingRows, years),
				spec: { kind: 'demand', rows: f.listingRows, years },
				table: tables.demandTable(f.listingRows, years),
				caption: 'Listings and share of the stable panel by year and role',
				method: 'demand'
			}
		),
		chart(
			f,
			{
				id: 'pay-gap',
				file: 'pay-gap',
				name: { basis, level, def },
				dependsOn: ['level', 'def', 'basis', 'currency'],
				...pay
			},
			{
				title: find.gapTitle(f.here, years),
				subtitle: `AI-engineer against ML-engineer median pay, in %, by year, ${filterWords}, ${f.basisWords}. Bars: 95% intervals of the gap; hollow dots: low confidence.`,
				details:
					`Each bar is the gap’s 95% interval, from the two medians’ own (dashed for a partial year); a hollow dot rests on a median of ${LOW_CONFIDENCE_RANGE} independent listings (low confidence); under each year, the listings of each role. ${partial}`.trim(),
				note: null,
				empty: years.some((y) => gapIn(f.here, y).gap !== null)
					? null
					: find.tooFewToDraw('gap', place, `${filterWords}, ${f.basisWords}`),
				summary: find.gapSummary(f.here, years),
				spec: { kind: 'gap', cells: f.here, years },
				table: tables.gapTable(f.here, years),
				caption: 'Pay gap by year',
				method: 'gap'
			}
		),
		marketChart(f)
	];
}

/**
 * The regions the region chart's title counts, each market once: Global is every region together
 * (most of it the United States), so counted beside them it would count one market twice; it is
 * counted only where no other region shows both roles. Likewise a region of several countries
 * (the EU27) is not counted where one of its countries shows both roles itself: that country's
 * listings would be counted in both.
 *
 * @example
 * countedRegions([global, us, eu27, de], (id) => id !== 'global') // [us, de]
 */
export function countedRegions<R extends { id: string; countries: readonly string[] | null }>(
	regions: readonly R[],
	showsBoth: (id: string) => boolean
): readonly R[] {
	const countries = new Set(
		regions.filter((r) => r.countries?.length === 1 && showsBoth(r.id)).map((r) => r.countries?.[0])
	);
	const counted = regions.filter(
		(r) =>
			r.countries !== null &&
			(r.countries.length === 1 || !r.countries.some((c) => countries.has(c)))
	);
	return counted.some((r) => showsBoth(r.id)) ? counted : regions;
}

/** What this project computed from each Indeed series, as every credit of its figures says it. */
export const INDEED_CHANGES = {
	aiShare: 'monthly means of the daily values (and regional means) computed by this project',
	postings: `monthly means of the daily values, the ${POSTINGS_BASE_YEAR} = 100 base and postings that mention AI computed by this project`
} as const;

/**
 * Market-wide demand from Indeed: its postings index (all postings, and those that mention AI) over
 * its AI share of postings, where it publishes each for the region; the same under every filter.
 */
function marketChart(f: DashboardFacts): ChartView {
	const rows = f.aiShare.filter((r) => r.series === 'region');
	const lines = f.aiShare.filter((r) => r.series === 'country');
	const { postings } = f;
	const countries = rows[0]?.countries.split(' ') ?? [];
	const area = INDEED_AREA_SERIES[f.region.id]?.label ?? null;
	const here = inName(f.region.name);
	const places = {
		share: f.isGlobal
			? `the ${countries.length} countries Indeed tracks`
			: countries.length > 1
				? `the ${countries.length} countries of ${here} that Indeed tracks`
				: here,
		postings: area ? `the ${area}` : here
	};
	const lastAll = postings.at(-1)?.month;
	const lastAi = postings.filter((p) => p.ai_postings_2023_100 !== null).at(-1)?.month;
	const lastShare = rows.at(-1)?.month;
	const to = (month: string | undefined) => (month ? `to ${formatMonth(month)}` : '');
	const mean =
		countries.length > 1 ? `the mean of ${countries.length} countries, each in grey` : '';
	// what the panels show, and the month each series ends
	const subtitle =
		postings.length && rows.length
			? `Job postings on Indeed${area ? ` in the ${area}` : ''} by month, ${POSTINGS_BASE_YEAR} = 100: all (${to(lastAll)}) and those that mention AI (${to(lastAi)}); below, the share that mention AI${mean ? `, ${mean}` : ''}.`
			: postings.length
				? `All job postings on Indeed in ${places.postings} by month, ${POSTINGS_BASE_YEAR} = 100, ${to(lastAll)}.`
				: rows.length
					? `Share of all job postings on Indeed that mention AI, by month, ${to(lastShare)}${mean ? `: ${mean}` : ''}.`
					: 'Indeed’s postings index and its share of postings that mention AI, by month.';
	const aiTracker = { ...f.sources.aiShare, changes: INDEED_CHANGES.aiShare };
	const postingsIndex = { ...f.sources.postings, changes: INDEED_CHANGES.postings };
	const hasAi = lastAi !== undefined;
	const made = {
		id: 'market-demand',
		file: 'market-demand',
		name: {},
		dependsOn: [],
		// the AI tracker where its share is drawn or goes into AI postings, and where the chart says
		// that neither series covers the region (the file shows which countries it covers)
		sources: [
			...(postings.length ? [postingsIndex] : []),
			...(rows.length || hasAi || !postings.length ? [aiTracker] : [])
		],
		downloads: [
			...(postings.length ? (['postings.csv'] as const) : []),
			...(rows.length || !postings.length ? (['ai-share.csv'] as const) : [])
		]
	};
	const method = [
		postings.length
			? `The postings index is Indeed’s seasonally adjusted count of its job postings${area ? ` in the ${area}` : ''}: each month is the mean of its daily values, divided by the mean of ${POSTINGS_BASE_YEAR}’s months.${hasAi ? ' Postings that mention AI are that mean times the month’s AI share, on the same 2023 base.' : ''}`
			: '',
		rows.length || hasAi
			? `AI postings are those that mention keywords such as machine learning and artificial intelligence; the AI share of each month is the mean of Indeed’s daily values${countries.length > 1 ? `, and the region’s the unweighted mean of ${listNames(countries)}` : ''}.`
			: ''
	];
	const notes = [
		'This is demand across all jobs: it cannot tell ML-engineer from AI-engineer postings, and it is the same whatever level, currency or job titles are chosen.',
		area && postings.length
			? `The postings are the ${area}’s: Indeed publishes no postings index for ${here}.`
			: '',
		postings.length && !rows.length
			? `Indeed publishes no AI share of postings for ${here}, so postings that mention AI cannot be shown.`
			: '',
		f.isGlobal
			? 'Indeed publishes no postings index for all countries together: each country’s page shows its own.'
			: ''
	];
	return chart(f, made, {
		title: find.marketTitle(rows, postings, places),
		subtitle,
		details: method.filter(Boolean).join(' '),
		note: notes.filter(Boolean).join(' '),
		empty:
			rows.length || postings.length
				? null
				: `Indeed Hiring Lab publishes neither a postings index nor an AI share of postings for ${here}: its AI tracker covers ${listNames(f.indeedCountries.map(inName))}.`,
		summary: find.marketSummary(rows, lines, postings, places.postings),
		spec: {
			kind: 'market',
			rows,
			countries: lines,
			postings,
			postingsArea: area,
			salaryMonths: f.salaryMonths
		},
		table: tables.marketTable(rows, lines, postings),
		caption: postings.length
			? 'Job postings and their AI share by month'
			: 'AI share of job postings by month',
		method: postings.length ? 'indeed-series' : 'ai-share'
	});
}
