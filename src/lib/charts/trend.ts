/**
 * Geometry of the pay trend: per role, the median by year as a line with its 95% CI as a band.
 * Withheld years are gaps (never zeros); the segment into a partial year is dashed and the year is
 * starred on the axis.
 */
import { isPartial, ROLE_LABEL, ROLE_SHORT, ROLES, type Role } from '$lib/domain';
import { cellAt, isShown, type PayCell } from '$lib/data/pay';
import { formatMoneyShort, formatYear } from '$lib/view/format';
import type { ChartSpecs } from './specs';
import {
	labelWidth,
	plotArea,
	separateLabels,
	SUB_LINE,
	yearTicks,
	type Axes,
	type TipPoint
} from './plot';
import { areaPath, linePath } from './path';
import { linear, point } from './scales';
import { payLines } from './tooltips';

export interface TrendSeries {
	role: Role;
	/** CI band over the full years, one path (gaps where withheld). */
	band: string;
	/** CI band over the last full year and the partial year (drawn lighter). */
	partialBand: string;
	/** Median line through the full years. */
	line: string;
	/** Dashed median line from the last full year into the partial year. */
	partialLine: string;
	dots: {
		x: number;
		y: number;
		/** The 95% CI as a whisker, so a year with no shown neighbour still shows its uncertainty. */
		y1: number;
		y2: number;
		year: number;
		low: boolean;
		partial: boolean;
	}[];
	/** Direct label at the line's last point. */
	endLabel: { x: number; y: number; text: string } | null;
	/** Years with too few listings to draw. */
	withheldYears: number[];
}

export interface TrendLayout extends Axes {
	width: number;
	height: number;
	series: TrendSeries[];
	points: TipPoint[];
}

export type TrendInput = ChartSpecs['trend'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

export const TREND = { height: 300, top: 16, bottom: 30, left: 52, right: 112, compactRight: 76 };

type Point = { year: number; cell: PayCell | undefined };
const shown = (p: Point) => isShown(p.cell);
/** The median and CI of a point that is shown. */
const figures = (p: Point) => p.cell as PayCell & { median: number; ciLow: number; ciHigh: number };

export function trendLayout(input: TrendInput): TrendLayout {
	const { cells, years, width, currency } = input;
	const compact = width < 520;
	const right = compact ? TREND.compactRight : TREND.right;
	const byRole = ROLES.map((role) => ({
		role,
		points: years.map((year): Point => ({ year, cell: cellAt(cells, role, year) }))
	}));
	const values = byRole.flatMap((s) =>
		s.points.filter(shown).flatMap((p) => [figures(p).ciLow, figures(p).ciHigh])
	);
	const lo = values.length ? Math.min(...values) : 0;
	const hi = values.length ? Math.max(...values) : 1;
	const pad = (hi - lo) * 0.08 || hi * 0.1 || 1;
	const domain: [number, number] = [Math.max(0, lo - pad), hi + pad];
	// room on the left for the widest tick label ("C$300k"), its 8px gap and 2px to spare
	const tickLabels = linear(domain, [1, 0], 5)
		.ticks(5)
		.map((t) => formatMoneyShort(t, currency));
	const left = Math.max(TREND.left, Math.ceil(10 + Math.max(0, ...tickLabels.map(labelWidth))));
	// a partial year's months take a second line under the axis: the chart grows to hold it
	const sub = years.some(isPartial) ? SUB_LINE : 0;
	const height = TREND.height + sub;
	const plot = plotArea(width, height, { ...TREND, left, right, bottom: TREND.bottom + sub });
	const x = point(years, [plot.left, plot.right], 0.3);
	const y = linear(domain, [plot.bottom, plot.top], 5);

	const px = (p: Point) => x(p.year) as number;
	const isFull = (p: Point) => !isPartial(p.year);
	const band = (pts: Point[]) =>
		areaPath(
			pts,
			px,
			(p) => y(figures(p).ciLow),
			(p) => y(figures(p).ciHigh),
			shown
		);
	const median = (pts: Point[]) => linePath(pts, px, (p) => y(figures(p).median), shown);

	const points: TipPoint[] = [];
	const series = byRole.map(({ role, points: pts }): TrendSeries => {
		const full = pts.filter(isFull);
		const lastFull = full.at(-1);
		const partial = pts.filter((p) => !isFull(p));
		// the dashed stretch joins the last full year to the partial year(s), when both are shown
		const tail = lastFull && shown(lastFull) ? [lastFull, ...partial] : partial;
		const drawn = pts.filter(shown);
		const last = drawn.at(-1);
		for (const p of pts)
			points.push({
				key: `${role}-${p.year}`,
				x: px(p),
				y: shown(p) ? y(figures(p).median) : plot.bottom - 6,
				title: `${ROLE_LABEL[role]}, ${formatYear(p.year, 'tooltip')}`,
				lines: payLines(p.cell, currency),
				role
			});
		return {
			role,
			band: band(full),
			partialBand: band(tail),
			line: median(full),
			partialLine: median(tail),
			dots: drawn.map((p) => ({
				x: px(p),
				y: y(figures(p).median),
				y1: y(figures(p).ciLow),
				y2: y(figures(p).ciHigh),
				year: p.year,
				low: figures(p).confidence === 'low',
				partial: !isFull(p)
			})),
			endLabel: last
				? {
						x: px(last) + 10,
						y: y(figures(last).median) + 4,
						text: `${compact ? ROLE_SHORT[role] : ROLE_LABEL[role]} ${formatMoneyShort(figures(last).median, currency)}`
					}
				: null,
			withheldYears: pts.filter((p) => !shown(p)).map((p) => p.year)
		};
	});
	separateLabels(series[0]?.endLabel, series[1]?.endLabel, 14);

	return {
		width,
		height,
		plot,
		xTicks: yearTicks(years, (year) => x(year) as number),
		yTicks: y.ticks(5).map((t) => ({ y: y(t), label: formatMoneyShort(t, currency) })),
		series,
		points
	};
}
