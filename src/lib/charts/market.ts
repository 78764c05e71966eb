/**
 * Geometry of market-wide demand: Indeed's monthly share of all job postings that mention AI, for
 * the region's country (or the mean of the countries it covers), as one line over time.
 */
import { ticks } from 'd3-array';
import type { AiShareRow } from '$lib/data/schema';
import { formatMonth, formatPct } from '$lib/view/format';
import type { ChartSpecs } from './specs';
import { labelWidth, plotArea, spreadLabels, type Axes, type TipPoint } from './plot';
import { linePath } from './path';
import { linear } from './scales';

export interface MarketLayout extends Axes {
	width: number;
	height: number;
	path: string;
	/** Each country's own line, for a region of several countries (drawn thin, behind the mean). */
	/**
	 * Each country's line, and its name at the line's end: `y` the label's baseline (spread from
	 * the others'), `lineY` where the line ends (a leader joins them where they are apart).
	 */
	countryPaths: {
		country: string;
		d: string;
		end: { x: number; y: number; lineY: number } | null;
	}[];
	end: { x: number; y: number; text: string } | null;
	/** The span the salary data covers, shaded for context, with its label. */
	salarySpan: {
		x: number;
		y: number;
		width: number;
		height: number;
		label: { x: number; y: number };
	} | null;
	points: TipPoint[];
}

const MARKET = { height: 240, top: 16, bottom: 28, left: 44, right: 64 };

/** Months since year 0: a linear time axis without d3's time modules (they would double the bundle). */
const monthIndex = (month: string) =>
	Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export type MarketInput = ChartSpecs['market'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

export function marketLayout(input: MarketInput): MarketLayout {
	const { rows, countries = [], width, salaryMonths } = input;
	// room on the right for the end label: "7.8%", or "mean 7.8%" beside countries' lines (bold:
	// a tenth wider than labelWidth allows), 6px from the line
	const lastShare = rows.at(-1)?.ai_share_pct ?? 0;
	const endText = `${countries.length ? 'mean ' : ''}${formatPct(lastShare, 1)}`;
	const right = Math.max(MARKET.right, Math.ceil(8 + 1.1 * labelWidth(endText)));
	const plot = plotArea(width, MARKET.height, { ...MARKET, right });
	const first = rows[0] ? monthIndex(rows[0].month) : 0;
	const last = rows.length ? monthIndex((rows.at(-1) as AiShareRow).month) : 1;
	const scale = linear([first, last], [plot.left, plot.right]);
	const x = (month: string) => scale(monthIndex(month));
	const max = Math.max(
		1,
		...rows.map((r) => r.ai_share_pct),
		...countries.map((r) => r.ai_share_pct)
	);
	const y = linear([0, max], [plot.bottom, plot.top], 4);
	const pathOf = (series: readonly AiShareRow[]) =>
		linePath(
			series,
			(r) => x(r.month),
			(r) => y(r.ai_share_pct)
		);
	const path = pathOf(rows);
	const byCountry = new Map<string, AiShareRow[]>();
	for (const r of countries) byCountry.set(r.countries, [...(byCountry.get(r.countries) ?? []), r]);
	const inMonth = (month: string) => countries.filter((r) => r.month === month);
	// each country named at its line's end, spread so no two names overlap
	const countryPaths = [...byCountry].map(([country, series]) => {
		const last = series.at(-1);
		return {
			country,
			d: pathOf(series),
			end: last
				? { x: x(last.month) + 6, y: y(last.ai_share_pct) + 4, lineY: y(last.ai_share_pct) }
				: null
		};
	});

	const lastRow = rows.at(-1);
	const clamp = (month: string) => Math.min(plot.right, Math.max(plot.left, x(month)));
	const span = (x1: number, x2: number) => ({
		x: x1,
		y: plot.top,
		width: x2 - x1,
		height: plot.bottom - plot.top,
		label: { x: x1 + 4, y: plot.top + 12 }
	});
	// a tick at each January shown, thinned to about 3 (phone) or 6 years
	const years = ticks(Math.ceil(first / 12), Math.floor(last / 12), width < 480 ? 3 : 6).filter(
		Number.isInteger
	);
	const end = lastRow
		? {
				x: x(lastRow.month) + 6,
				y: y(lastRow.ai_share_pct) + 4,
				// beside its countries' lines, the bold line says what it is
				text: endText
			}
		: null;
	// baselines from a cap height under the plot's top to just under its bottom
	spreadLabels(
		[...(end ? [end] : []), ...countryPaths.flatMap((c) => (c.end ? [c.end] : []))],
		12,
		[plot.top + 8, plot.bottom + 4]
	);
	return {
		width,
		height: MARKET.height,
		plot,
		xTicks: rows.length ? years.map((year) => ({ x: scale(year * 12), label: String(year) })) : [],
		yTicks: y.ticks(4).map((t) => ({ y: y(t), label: `${t}%` })),
		path,
		countryPaths,
		end,
		salarySpan: salaryMonths ? span(clamp(salaryMonths[0]), clamp(salaryMonths[1])) : null,
		points: rows.map((r) => ({
			key: r.month,
			x: x(r.month),
			y: y(r.ai_share_pct),
			title: formatMonth(r.month),
			lines: [
				`${formatPct(r.ai_share_pct, 2)} of job postings mention AI`,
				r.countries.includes(' ')
					? `Mean of ${r.countries.split(' ').join(', ')}`
					: `Country: ${r.countries}`,
				...(inMonth(r.month).length
					? [
							inMonth(r.month)
								.map((c) => `${c.countries} ${formatPct(c.ai_share_pct, 1)}`)
								.join(', ')
						]
					: []),
				`${r.days} daily values averaged`
			]
		}))
	};
}
