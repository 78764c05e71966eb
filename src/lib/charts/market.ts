/**
 * Geometry of market-wide demand: Indeed's monthly share of all job postings that mention AI, for
 * the region's country (or the mean of the countries it covers), as one line over time.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { AiShareRow } from '$lib/data/schema';
import type { TipPoint } from './labels';

export interface MarketLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	path: string;
	end: { x: number; y: number; text: string } | null;
	/** The span the salary data covers, shaded for context. */
	salarySpan: { x1: number; x2: number } | null;
	points: TipPoint[];
}

const MARKET = { height: 240, top: 16, bottom: 28, left: 44, right: 64 };

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
const monthName = new Intl.DateTimeFormat('en', {
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});

export function formatMonth(month: string): string {
	return monthName.format(monthDate(month));
}

export function marketLayout(input: {
	rows: readonly AiShareRow[];
	width: number;
	/** First and last month of the salary data, e.g. ['2020-01', '2025-08']. */
	salaryMonths?: [string, string];
}): MarketLayout {
	const { rows, width, salaryMonths } = input;
	const plot = {
		left: MARKET.left,
		right: width - MARKET.right,
		top: MARKET.top,
		bottom: MARKET.height - MARKET.bottom
	};
	const dates = rows.map((r) => monthDate(r.month));
	const first = dates[0] ?? new Date(0);
	const last = dates.at(-1) ?? new Date(0);
	const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
	const max = Math.max(1, ...rows.map((r) => r.ai_share_pct));
	const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top]);
	const path =
		line<AiShareRow>()
			.x((r) => x(monthDate(r.month)))
			.y((r) => y(r.ai_share_pct))([...rows]) ?? '';
	const lastRow = rows.at(-1);
	const clamp = (d: Date) => Math.min(plot.right, Math.max(plot.left, x(d)));
	return {
		width,
		height: MARKET.height,
		plot,
		xTicks: x
			.ticks(width < 480 ? 3 : 6)
			.map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) })),
		yTicks: y.ticks(4).map((t) => ({ y: y(t), label: `${t}%` })),
		path,
		end: lastRow
			? {
					x: x(monthDate(lastRow.month)) + 6,
					y: y(lastRow.ai_share_pct) + 4,
					text: `${lastRow.ai_share_pct.toFixed(1)}%`
				}
			: null,
		salarySpan: salaryMonths
			? { x1: clamp(monthDate(salaryMonths[0])), x2: clamp(monthDate(salaryMonths[1])) }
			: null,
		points: rows.map((r) => ({
			key: r.month,
			x: x(monthDate(r.month)),
			y: y(r.ai_share_pct),
			title: formatMonth(r.month),
			lines: [
				`${r.ai_share_pct.toFixed(2)}% of job postings mention AI`,
				r.countries.includes(' ')
					? `Mean of ${r.countries.split(' ').join(', ')}`
					: `Country: ${r.countries}`,
				`${r.days} daily values averaged`
			]
		}))
	};
}
