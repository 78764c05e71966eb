/**
 * The methodology page's numbers, read from the same snapshots the charts are drawn from, so the
 * page and the charts cannot disagree: what changed from the first method and by how much, the
 * title mapping with its listings and reasons, the pairing counts, repeats and the effective number
 * of listings, a worked example of the median's interval, the pay bases, the exchange rates (market
 * and the index's own side by side), the periods, the stable panel, Indeed's coverage (its AI
 * share, postings index and wage tracker) and the listings behind every cell. Made at build time; the page only lays it out.
 *
 * @example
 * methodologyView(snapshots).pairing.listings // '76,255'
 */
import {
	currencyChoices,
	INDEED_AREA_SERIES,
	isPartial,
	latestFullYear,
	LOW_CONFIDENCE_BELOW,
	MIN_LISTINGS,
	PANEL_YEARS,
	partialUntil,
	POOLED,
	POSTINGS_BASE_YEAR,
	MARKET_CHANGE_MONTHS,
	ROLE_LABEL,
	ROLES,
	TREND_FROM,
	yearsOf,
	type Confidence,
	type Period,
	type Role
} from '../domain';
import { citation, sourceOf } from '../data/provenance';
import type { Snapshots } from '../data/regionPage';
import type { SalaryRow } from '../data/schema';
import { medianCiRanks } from '../data/stats';
import {
	currencySymbol,
	formatCount,
	formatCountWord,
	formatMoneyFull,
	formatMoneyShort,
	formatMonth,
	formatNEff,
	formatOrdinal,
	formatPct,
	formatPeriod,
	formatSignedPct
} from './format';

/** A cell of salaries.csv, strict titles unless said otherwise. */
function cellOf(
	s: Snapshots,
	key: Pick<SalaryRow, 'role' | 'basis' | 'region' | 'period'> & Partial<SalaryRow>
): SalaryRow | undefined {
	const { definition = 'strict', level = 'all' } = key;
	return s.salaries.find(
		(c) =>
			c.role === key.role &&
			c.basis === key.basis &&
			c.region === key.region &&
			c.period === key.period &&
			c.definition === definition &&
			c.level === level
	);
}

/** Each role's titles with their listings and, for a broad title, why it counts. */
function roles(s: Snapshots) {
	const all = s.titles.filter((t) => t.year === 'all' && t.role !== null);
	const why = new Map(s.roles.map((r) => [r.job_title, r.why]));
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
				shown: formatCount(t.listings),
				why: why.get(t.job_title) ?? null
			}))
		};
	});
}

/**
 * The worked example of the median's interval: the UK's ML engineers as advertised in pounds,
 * pooled over 2023–2025.
 */
function example(s: Snapshots) {
	const c = cellOf(s, { role: 'ml_engineer', basis: 'local', region: 'gb', period: POOLED.id });
	if (!c || c.median === null || c.ci_low === null || c.ci_high === null) return null;
	const m = Math.max(1, Math.round(c.n_eff));
	const ranks = medianCiRanks(m);
	if (!ranks) return null;
	const level = (rank: number) => formatPct((100 * (rank - 1)) / (m - 1), 1);
	return {
		listings: formatCount(c.listings),
		distinct: formatCount(c.distinct),
		nEff: formatNEff(c.n_eff),
		m: formatCount(m),
		period: formatPeriod(POOLED.id),
		median: formatMoneyFull(c.median, c.currency),
		from: formatOrdinal(ranks[0]),
		to: formatOrdinal(ranks[1]),
		levels: [level(ranks[0]), level(ranks[1])],
		ciLow: formatMoneyFull(c.ci_low, c.currency),
		ciHigh: formatMoneyFull(c.ci_high, c.currency)
	};
}

/** What changed from the first method, and by how much, on the real numbers. */
function changes(s: Snapshots, latest: number) {
	const fx = (currency: string, year: number) =>
		s.fx.find((r) => r.currency === currency && r.year === year);
	// the UK headline: the index's dollars at its own round rate, against pounds as advertised
	const ukAll = cellOf(s, { role: 'ml_engineer', basis: 'all', region: 'gb', period: latest });
	const ukLocal = cellOf(s, { role: 'ml_engineer', basis: 'local', region: 'gb', period: latest });
	const gbp = fx('GBP', latest);
	const v1 =
		ukAll?.median_index_usd != null && gbp?.index_usd_per_unit != null
			? ukAll.median_index_usd / gbp.index_usd_per_unit
			: null;
	const ukPooled = ROLES.map((role) =>
		cellOf(s, { role, basis: 'local', region: 'gb', period: POOLED.id })
	);
	const global = cellOf(s, { role: 'ml_engineer', basis: 'all', region: 'global', period: latest });
	return {
		uk:
			ukAll && ukLocal && v1 !== null && gbp
				? {
						year: latest,
						before: formatMoneyShort(v1, 'GBP'),
						indexRate: `£1 = $${gbp.index_usd_per_unit}`,
						listings: formatCount(ukAll.listings),
						inDollars: formatCount(ukAll.listings - ukLocal.listings),
						inPounds: formatCount(ukLocal.listings),
						local: ukLocal.median === null ? null : formatMoneyShort(ukLocal.median, 'GBP'),
						pooled: ukPooled
							.map(
								(c, i) =>
									`${ROLE_LABEL[ROLES[i] as Role]} ${c?.median == null ? 'withheld' : formatMoneyShort(c.median, 'GBP')} (${formatCount(c?.listings ?? 0)} listings)`
							)
							.join(' and ')
					}
				: null,
		repeats:
			global && global.median !== null && global.median_distinct !== null
				? {
						year: latest,
						listings: formatCount(global.listings),
						distinct: formatCount(global.distinct),
						nEff: formatNEff(global.n_eff),
						median: formatMoneyShort(global.median),
						medianDistinct: formatMoneyShort(global.median_distinct)
					}
				: null
	};
}

/**
 * US dollars per unit of each currency the pages offer, by year: the market rate beside the
 * index's own and how far the index is off; then the currencies H.10 lacks, at the index's rate.
 */
function rates(s: Snapshots, years: readonly number[]) {
	const offered = new Set(s.regions.flatMap((r) => currencyChoices(r.currency)));
	const shown = s.fx.filter((r) => offered.has(r.currency));
	return {
		years,
		rows: [...new Set(shown.map((r) => r.currency))].map((currency) => ({
			currency,
			label: `${currency} (${currencySymbol(currency)})`,
			cells: years.map((year) => {
				const r = shown.find((f) => f.currency === currency && f.year === year);
				const off =
					r?.index_usd_per_unit != null && r.source === 'federal_reserve_h10'
						? formatSignedPct((r.index_usd_per_unit / r.usd_per_unit - 1) * 100, 1)
						: null;
				return {
					year,
					market: r ? r.usd_per_unit.toFixed(4) : null,
					index: r?.index_usd_per_unit != null ? r.index_usd_per_unit.toFixed(4) : null,
					off,
					rows: r ? formatCount(r.rows) : ''
				};
			})
		})),
		fromIndex: [...new Set(s.fx.filter((r) => r.source === 'salary_index').map((r) => r.currency))]
	};
}

/** Listings per region, period and role (strict titles, all levels, every listing), with each cell's confidence. */
function coverage(s: Snapshots, periods: readonly Period[]) {
	return {
		periods: periods.map((period) => ({
			period: String(period),
			label: formatPeriod(period)
		})),
		rows: s.regions.map((region) => ({
			id: region.id,
			name: region.name,
			cells: periods.flatMap((period) =>
				ROLES.map((role: Role) => {
					const c = cellOf(s, { role, basis: 'all', region: region.id, period });
					return {
						role,
						period: String(period),
						listings: formatCount(c?.listings ?? 0),
						nEff: formatNEff(c?.n_eff ?? 0),
						confidence: (c?.confidence ?? 'withheld') as Confidence
					};
				})
			)
		}))
	};
}

/** The stable panel's titles with their listings, and what it holds each year against all listings. */
function panel(s: Snapshots) {
	const titles = s.titles.filter((t) => t.year === 'all' && t.panel === 'yes');
	const byYear = PANEL_YEARS.map((year) => {
		const row = s.listings.find(
			(r) =>
				r.region === 'global' &&
				r.period === year &&
				r.level === 'all' &&
				r.definition === 'strict' &&
				r.role === 'ml_engineer'
		);
		const titlesThatYear = new Set(
			s.titles.filter((t) => t.year === year && t.listings > 0).map((t) => t.job_title)
		).size;
		return {
			year: formatPeriod(year),
			titles: formatCount(titlesThatYear),
			panel: formatCount(row?.panel_listings ?? 0),
			all: formatCount(row?.all_listings ?? 0),
			mlShareOfPanel: row?.share_of_panel_pct == null ? '–' : formatPct(row.share_of_panel_pct),
			mlShareOfAll:
				row && row.all_listings ? formatPct((100 * row.listings) / row.all_listings) : '–'
		};
	});
	return {
		count: formatCount(titles.length),
		titles: titles
			.sort((a, b) => b.listings - a.listings || a.job_title.localeCompare(b.job_title))
			.map((t) => `${t.job_title} (${formatCount(t.listings)})`),
		byYear
	};
}

/** A source as the methodology credits it, with the attribution CC BY asks for. */
function credited(s: Snapshots, file: 'postings.csv' | 'wage-growth.csv') {
	const { name, url, licence, licence_url, attribution } = sourceOf(s.sources, file);
	return { name, url, licence, licence_url, attribution };
}

/**
 * Indeed's postings index and wage tracker: their sources, the months and years they cover, and
 * which series each region uses (its country's, the euro area's for EU27, or none), with what it
 * lacks (an AI share, a wage series).
 */
function indeedSeries(s: Snapshots) {
	const months = s.postings.map((r) => r.month).sort();
	const years = s.wageGrowth.map((r) => r.year).sort((a, b) => a - b);
	const named = (region: string, series: string) => {
		const area = INDEED_AREA_SERIES[region];
		return area?.series === series ? `${area.label} (${series})` : series;
	};
	return {
		postings: credited(s, 'postings.csv'),
		wages: credited(s, 'wage-growth.csv'),
		base: POSTINGS_BASE_YEAR,
		/** How many of the latest months the market chart's title compares with a year earlier. */
		changeMonths: MARKET_CHANGE_MONTHS,
		first: months[0] ? formatMonth(months[0], 'long') : '',
		last: months.at(-1) ? formatMonth(months.at(-1) as string, 'long') : '',
		firstYear: years[0] ?? null,
		lastYear: years.at(-1) ?? null,
		regions: s.regions.map((r) => {
			const postings = s.postings.filter((p) => p.region === r.id);
			const wages = s.wageGrowth.find((w) => w.region === r.id);
			const series = postings[0]?.series ?? wages?.series;
			if (series === undefined) return { name: r.name, series: 'none' };
			const lacks = [
				postings.length === 0
					? 'no postings index'
					: postings.every((p) => p.ai_postings_2023_100 === null)
						? 'no AI share'
						: null,
				wages ? null : 'no wage series'
			].filter((x) => x !== null);
			return {
				name: r.name,
				series: `${named(r.id, series)}${lacks.length ? `; ${lacks.join(', ')}` : ''}`
			};
		})
	};
}

export function methodologyView(s: Snapshots) {
	const salary = sourceOf(s.sources, 'salaries.csv');
	const ai = sourceOf(s.sources, 'ai-share.csv');
	const fxSource = sourceOf(s.sources, 'fx.csv');
	const years = yearsOf(s.salaries.map((r) => r.period));
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
		fxSource: { name: fxSource.name, url: fxSource.url, licence: fxSource.licence },
		changes: changes(s, latest),
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
		example: example(s),
		// the years any page shows: trends start in TREND_FROM
		rates: rates(
			s,
			years.filter((y) => y >= TREND_FROM)
		),
		years: {
			latest,
			trendFrom: TREND_FROM,
			pooled: formatPeriod(POOLED.id),
			partial: partial
				? {
						year: partial,
						label: formatPeriod(partial),
						until: formatMonth(partialUntil(partial) ?? `${partial}-12`, 'long')
					}
				: null
		},
		panel: panel(s),
		aiShare: {
			source: { name: ai.name, url: ai.url, licence: ai.licence, licence_url: ai.licence_url },
			countries: formatCountWord(indeed.size),
			first: months[0] ? formatMonth(months[0], 'long') : '',
			last: months.at(-1) ? formatMonth(months.at(-1) as string, 'long') : '',
			regions: s.regions.map((r) => {
				const codes = s.aiShare.find((a) => a.region === r.id && a.series === 'region')?.countries;
				return {
					name: r.name,
					countries: codes ? codes.split(' ').join(', ') : 'not covered by Indeed'
				};
			})
		},
		indeed: indeedSeries(s),
		coverage: coverage(s, [...years.filter((y) => y >= TREND_FROM), POOLED.id]),
		citation: citation(s.sources)
	};
}

export type MethodologyView = ReturnType<typeof methodologyView>;
