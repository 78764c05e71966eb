/**
 * Geometry of the pay trend: per role, the median by year as a line with its 95% CI as a band.
 * Withheld years are gaps (never zeros); the segment into a partial year is dashed and the year is
 * labelled as partial on the axis.
 */
import { linear, point } from './scales';
import { area, line } from 'd3-shape';
import type { PayCell } from '$lib/data/convert';
import { formatMoneyShort } from '$lib/data/format';
import type { Role } from '$lib/data/schema';
import { ROLE_LABEL, ROLE_ORDER, type TipPoint } from './labels';
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

export interface TrendLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	series: TrendSeries[];
	points: TipPoint[];
}

export const TREND = { height: 300, top: 16, bottom: 30, left: 52, right: 112, compactRight: 76 };

/** Short role names for end labels on narrow charts. */
const SHORT: Record<Role, string> = { ml_engineer: 'ML', ai_engineer: 'AI' };

type Point = { year: number; cell: PayCell };
const shown = (p: Point) =>
	p.cell.median !== null && p.cell.ciLow !== null && p.cell.ciHigh !== null;

export function trendLayout(input: {
	/** Cells of one region, definition and level, any years (others than `years` are ignored). */
	cells: readonly PayCell[];
	years: readonly number[];
	partialYears: ReadonlySet<number>;
	width: number;
	currency: string;
}): TrendLayout {
	const { cells, years, partialYears, width, currency } = input;
	const compact = width < 520;
	const right = compact ? TREND.compactRight : TREND.right;
	const plot = {
		left: TREND.left,
		right: width - right,
		top: TREND.top,
		bottom: TREND.height - TREND.bottom
	};
	const x = point(years, [plot.left, plot.right], 0.3);
	const byRole = ROLE_ORDER.map((role) => ({
		role,
		points: years.map((year) => ({
			year,
			cell: cells.find((c) => c.role === role && c.year === year) ?? emptyCell(role, year)
		}))
	}));
	const values = byRole.flatMap((s) =>
		s.points.filter(shown).flatMap((p) => [p.cell.ciLow as number, p.cell.ciHigh as number])
	);
	const lo = values.length ? Math.min(...values) : 0;
	const hi = values.length ? Math.max(...values) : 1;
	const pad = (hi - lo) * 0.08 || hi * 0.1 || 1;
	const y = linear([Math.max(0, lo - pad), hi + pad], [plot.bottom, plot.top], 5);

	const px = (p: Point) => x(p.year) as number;
	const isFull = (p: Point) => !partialYears.has(p.year);
	const bandPath = area<Point>()
		.x(px)
		.y0((p) => y(p.cell.ciLow as number))
		.y1((p) => y(p.cell.ciHigh as number));
	const linePath = line<Point>()
		.x(px)
		.y((p) => y(p.cell.median as number));

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
				y: shown(p) ? y(p.cell.median as number) : plot.bottom - 6,
				title: `${ROLE_LABEL[role]}, ${p.year}${partialYears.has(p.year) ? ' (partial year)' : ''}`,
				lines: payLines(p.cell, currency),
				role
			});
		return {
			role,
			band: bandPath.defined(shown)(full) ?? '',
			partialBand: bandPath.defined(shown)(tail) ?? '',
			line: linePath.defined(shown)(full) ?? '',
			partialLine: linePath.defined(shown)(tail) ?? '',
			dots: drawn.map((p) => ({
				x: px(p),
				y: y(p.cell.median as number),
				y1: y(p.cell.ciLow as number),
				y2: y(p.cell.ciHigh as number),
				year: p.year,
				low: p.cell.confidence === 'low',
				partial: !isFull(p)
			})),
			endLabel: last
				? {
						x: px(last) + 10,
						y: y(last.cell.median as number) + 4,
						text: `${compact ? SHORT[role] : ROLE_LABEL[role]} ${formatMoneyShort(last.cell.median as number, currency)}`
					}
				: null,
			withheldYears: pts.filter((p) => !shown(p)).map((p) => p.year)
		};
	});
	separateLabels(series);

	return {
		width,
		height: TREND.height,
		plot,
		xTicks: years.map((year) => ({
			x: x(year) as number,
			label: partialYears.has(year) ? `${year}*` : String(year)
		})),
		yTicks: y.ticks(5).map((t) => ({ y: y(t), label: formatMoneyShort(t, currency) })),
		series,
		points
	};
}

/** Keeps the two end labels at least one line apart when the lines finish close together. */
function separateLabels(series: TrendSeries[]): void {
	const [a, b] = series.map((s) => s.endLabel);
	if (!a || !b || Math.abs(a.y - b.y) >= 14) return;
	const mid = (a.y + b.y) / 2;
	const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
	upper.y = mid - 7;
	lower.y = mid + 7;
}

function emptyCell(role: Role, year: number): PayCell {
	return {
		role,
		definition: 'strict',
		region: '',
		year,
		level: 'all',
		listings: 0,
		p25: null,
		median: null,
		p75: null,
		ciLow: null,
		ciHigh: null,
		confidence: 'withheld'
	};
}
