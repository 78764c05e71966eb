/**
 * What a chart frame hands the chart it draws, and the pieces every chart's geometry shares: the
 * tooltip point, and direct labels kept apart where two lines end close together.
 */
import type { Role } from '$lib/domain';

/** What a chart frame hands the chart it draws. */
export interface PlotFrame {
	/** Ids of the chart's title and text summary, for its `role="img"` element. */
	labelledby: string;
	describedby: string;
	/** The width to draw at first (CSS pixels); the plot then follows its measured width. */
	width: number;
}

/** The width a chart is prerendered at; the browser redraws it at its measured width. */
export const PRERENDER_WIDTH = 680;

/** The plotting area inside a chart's margins, in viewBox units. */
export interface PlotArea {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A chart with axes: its plotting area, and its tick labels along x (below) and y (left). */
export interface Axes {
	plot: PlotArea;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
}

/** Where the axes' gridlines and labels go: y labels left of the plot, x labels under it. */
export function gridOf({ plot, xTicks, yTicks }: Axes) {
	return {
		rows: yTicks.map((t) => ({
			line: { x1: plot.left, x2: plot.right, y: t.y },
			label: { x: plot.left - 8, y: t.y + 4, text: t.label }
		})),
		columns: xTicks.map((t) => ({ x: t.x, y: plot.bottom + 18, text: t.label }))
	};
}

/**
 * The plotting area of a chart `width` by `height` with the margins `m` (a chart's layout
 * constants carry them).
 *
 * @example plotArea(680, 300, { left: 52, right: 112, top: 16, bottom: 30 })
 * // { left: 52, right: 568, top: 16, bottom: 270 }
 */
export function plotArea(width: number, height: number, m: PlotArea): PlotArea {
	return { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
}

/** A point a chart offers to the tooltip: where it is (viewBox units) and what to say about it. */
export interface TipPoint {
	key: string;
	x: number;
	y: number;
	title: string;
	lines: string[];
	role?: Role;
}

/**
 * Moves two labels apart, each by half of `minGap` from their middle, when their baselines are
 * closer than `minGap` (two lines that end close together); labels further apart, or a missing
 * one, are left as they are.
 *
 * @example
 * const a = { y: 100 }, b = { y: 104 };
 * separateLabels(a, b, 14); // a.y = 95, b.y = 109
 */
export function separateLabels(
	a: { y: number } | null | undefined,
	b: { y: number } | null | undefined,
	minGap: number
): void {
	if (!a || !b || Math.abs(a.y - b.y) >= minGap) return;
	const mid = (a.y + b.y) / 2;
	const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
	upper.y = mid - minGap / 2;
	lower.y = mid + minGap / 2;
}

/**
 * Spreads labels (end labels of several lines) so each is at least `minGap` from the next, keeping
 * their order by height and moving each as little as it can: down, top to bottom; then, within
 * `bounds` (the highest and lowest y a label may take), up from the bottom; and where there are
 * too many to fit, evenly over the bounds.
 *
 * @example
 * const ls = [{ y: 100 }, { y: 104 }, { y: 130 }];
 * spreadLabels(ls, 11); // y: 100, 111, 130
 * spreadLabels([{ y: 195 }, { y: 198 }], 12, [0, 200]); // y: 188, 200
 */
export function spreadLabels(
	labels: readonly { y: number }[],
	minGap: number,
	bounds?: [top: number, bottom: number]
): void {
	const sorted = [...labels].sort((a, b) => a.y - b.y);
	for (let i = 1; i < sorted.length; i++) {
		const above = sorted[i - 1] as { y: number };
		const label = sorted[i] as { y: number };
		if (label.y - above.y < minGap) label.y = above.y + minGap;
	}
	if (!bounds || sorted.length === 0) return;
	const [top, bottom] = bounds;
	let limit = bottom;
	for (let i = sorted.length - 1; i >= 0; i--) {
		const label = sorted[i] as { y: number };
		if (label.y > limit) label.y = limit;
		limit = label.y - minGap;
	}
	if ((sorted[0] as { y: number }).y < top) {
		const step = sorted.length > 1 ? (bottom - top) / (sorted.length - 1) : 0;
		sorted.forEach((label, i) => (label.y = top + i * step));
	}
}
