/**
 * The methodology page's numbers, read from the same snapshots the charts are drawn from, so the
 * page and the charts cannot disagree: the title mapping with its listings, the pairing counts, a
 * worked example of the median's interval, the exchange rates, the years, Indeed's coverage and
 * the listings behind every cell. Made at build time; the page only lays it out.
 *
 * @example
 * methodologyView(snapshots).pairing.listings // '76,255'
 */
import {
	isPartial,
	LOW_CONFIDENCE_BELOW,
	MIN_LISTINGS,
	partialUntil,
	ROLE_LABEL,
	ROLES,
	TREND_FROM,
	currencyChoices,
	latestFullYear,
	yearsOf,
	type Confidence,
	type Role
} from '../domain';
import { citation, sourceOf } from '../data/provenance';
import type { Snapshots } from '../data/regionPage';
import { medianCiRanks } from '../data/stats';
import {
	currencySymbol,
	formatCount,
	formatCountWord,
	formatMoneyFull,
	formatMonth,
	formatOrdinal,
	formatPct,
	formatYear
} from './format';

/** The strict and broad titles of each role, with the listings of each in every year and region. */
function roles(s: Snapshots) {
	const all = s.titles.filter((t) => t.year === 'all');
	return ROLES.map((role) => {
		const titles = all.filter((t) => t.role === role);
		const total = (broad: boolean) =>
			titles.filter((t) => broad || t.definition === 'strict').reduce((n, t) => n + t.listings, 0);
		return {
			role,
			caption: `${ROLE_LABEL[role]}: ${formatCount(total(false))} listings strict, ${formatCount(total(true))} broad`,
			titles: titles.map((t) => ({
				title: t.job_title,
				countsIn: t.definition === 'strict' ? 'strict and broad' : 'broad only',
				listings: t.listings,
				shown: formatCount(t.listings)
			}))
		};
	});
}

/** The worked example of the median's interval: the UK's ML engineers in the latest full year. */
function example(s: Snapshots, year: number) {
	const c = s.salaries.find(
		(c) =>
			c.region === 'gb' &&
			c.role === 'ml_engineer' &&
			c.year === year &&
			c.definition === 'strict' &&
			c.level === 'all'
	);
	const ranks = c && medianCiRanks(c.listings);
	if (!c || !ranks || c.median_usd === null || c.ci_low_usd === null || c.ci_high_usd === null)
		return null;
	return {
		listings: formatCount(c.listings),
		year,
		median: formatMoneyFull(c.median_usd),
		from: formatOrdinal(ranks[0]),
		to: formatOrdinal(ranks[1]),
		ciLow: formatMoneyFull(c.ci_low_usd),
		ciHigh: formatMoneyFull(c.ci_high_usd)
	};
}

/** US dollars per unit of each currency a page offers, by year, with the rows behind each rate. */
function rates(s: Snapshots, years: readonly number[]) {
	const offered = new Set(s.regions.flatMap((r) => currencyChoices(r.currency)));
	const fx = s.fx.filter((r) => offered.has(r.currency) && r.currency !== 'USD');
	return [...new Set(fx.map((r) => r.currency))].map((currency) => ({
		currency,
		label: `${currency} (${currencySymbol(currency)})`,
		cells: years.map((year) => {
			const r = fx.find((f) => f.currency === currency && f.year === year);
			return {
				year,
				rate: r ? r.usd_per_unit.toFixed(4) : null,
				rows: r ? formatCount(r.rows) : ''
			};
		})
	}));
}

/** Listings per region, year and role (strict titles, all levels), with each cell's confidence. */
function coverage(s: Snapshots, years: readonly number[]) {
	const cells = s.salaries.filter((c) => c.definition === 'strict' && c.level === 'all');
	return {
		years: years.map((year) => ({ year, label: formatYear(year, 'axis') })),
		rows: s.regions.map((region) => ({
			id: region.id,
			name: region.name,
			cells: years.flatMap((year) =>
				ROLES.map((role: Role) => {
					const c = cells.find((c) => c.region === region.id && c.role === role && c.year === year);
					return {
						role,
						year,
						listings: formatCount(c?.listings ?? 0),
						confidence: (c?.confidence ?? 'withheld') as Confidence
					};
				})
			)
		}))
	};
}

export function methodologyView(s: Snapshots) {
	const salary = sourceOf(s.sources, 'salaries.csv');
	const ai = sourceOf(s.sources, 'ai-share.csv');
	const years = yearsOf(s.salaries);
	const latest = latestFullYear(years);
	if (latest === null) throw new Error('data/salaries.csv has no complete year to show');
	const partial = years.find(isPartial);
	const months = s.aiShare.map((r) => r.month).sort();
	const indeed = new Set(s.aiShare.flatMap((r) => r.countries.split(' ')));
	const cells = s.salaries;
	const count = (confidence: Confidence) => cells.filter((c) => c.confidence === confidence).length;
	const pairs = salary.raw_range_pairs ?? 0;
	const rows = salary.raw_rows ?? 0;
	return {
		salarySource: { name: salary.name, url: salary.url },
		roles: roles(s),
		pairing: {
			rows: formatCount(rows),
			pairs: formatCount(pairs),
			pairShare: formatPct((100 * 2 * pairs) / rows, 1),
			singles: formatCount(salary.raw_single_rows ?? 0),
			listings: formatCount(salary.raw_listings ?? 0)
		},
		thresholds: {
			withheldBelow: MIN_LISTINGS,
			lowTo: LOW_CONFIDENCE_BELOW - 1,
			lowBelow: LOW_CONFIDENCE_BELOW
		},
		cellCounts: {
			total: formatCount(cells.length),
			ok: formatCount(count('ok')),
			low: formatCount(count('low')),
			withheld: formatCount(count('withheld'))
		},
		example: example(s, latest),
		rates: { years, rows: rates(s, years) },
		years: {
			latest,
			trendFrom: TREND_FROM,
			partial: partial
				? {
						year: partial,
						star: formatYear(partial, 'axis'),
						until: formatMonth(partialUntil(partial) ?? `${partial}-12`, 'long')
					}
				: null
		},
		aiShare: {
			source: { name: ai.name, url: ai.url, licence: ai.licence, licence_url: ai.licence_url },
			countries: formatCountWord(indeed.size),
			first: months[0] ? formatMonth(months[0], 'long') : '',
			last: months.at(-1) ? formatMonth(months.at(-1) as string, 'long') : '',
			regions: s.regions.map((r) => {
				const codes = s.aiShare.find((a) => a.region === r.id)?.countries;
				return {
					name: r.name,
					countries: codes ? codes.split(' ').join(', ') : 'not covered by Indeed'
				};
			})
		},
		coverage: coverage(s, years),
		citation: citation(s.sources)
	};
}

export type MethodologyView = ReturnType<typeof methodologyView>;
