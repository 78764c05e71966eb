/**
 * What a chart frame hands the chart it draws, and the pieces every chart's geometry shares: the
 * tooltip point, and direct labels kept apart where two lines end close together.
 */
import type { Role } from '$lib/domain';
import { partialMonths } from '$lib/view/format';

/** What a chart frame hands the chart it draws. */
export interface PlotFrame {
	/** Ids of the chart's title and text summary, for its `role="img"` element. */
	labelledby: string;
	describedby: string;
	/** The width to draw at first (CSS pixels); the plot then follows its measured width. */
	width: number;
	/**
	 * Drawn at `width` CSS pixels, not scaled to the width of its container (an embed's copies,
	 * whose text must keep its size); a container narrower than that still shrinks it to fit.
	 */
	natural?: boolean;
	/**
	 * A copy shown without JavaScript (an embed's, the page's no-script one), where the arrow keys
	 * do nothing: not a keyboard stop, and no hint that offers them.
	 */
	still?: boolean;
}

/** The width a chart is drawn at before its width is measured; then it follows that width. */
export const PRERENDER_WIDTH = 680;

/**
 * The width of the one copy of a chart drawn for readers without JavaScript (a narrow and a wide
 * one would double a page's HTML). Its 12 px text is seen at 11 px in the 328 px a 360 px phone
 * gives it, and at 14 px where the no-script copy is shown at its largest, 27rem (charts.css).
 */
export const NARROW_WIDTH = 360;

/**
 * The widths an embedded chart is drawn at, narrowest first: the frame shows the widest that fits
 * it, at exactly that size (EmbedChart's container queries name the same widths), so the chart's
 * 12 px text is 12 px in any frame, where a drawing scaled to the frame would scale its text too.
 * Each is the width an embed's padding (2 × 1rem) leaves in a frame of a common width: 300 and
 * 360 px (phones), 480, 600, and 760 px (the widest the snippet makes it, see `embedSnippet`).
 */
export const EMBED_WIDTHS = [268, 328, 448, 568, 728] as const;

/** The plotting area inside a chart's margins, in viewBox units. */
export interface PlotArea {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A chart with axes: its plotting area, and its tick labels along x (below) and y (left). */
/** A label under the plot; a partial year's has its months on a second line ("Jan–Aug"). */
export interface XTick {
	x: number;
	label: string;
	sub?: string | null;
}

/** Ticks for `years` at `pos`: each year, a partial one with its months under it. */
export const yearTicks = (years: readonly number[], pos: (year: number) => number): XTick[] =>
	years.map((year) => ({ x: pos(year), label: String(year), sub: partialMonths(year) }));

/** The room a second tick line takes under the plot, where a tick has one. */
export const SUB_LINE = 13;

export interface Axes {
	plot: PlotArea;
	xTicks: XTick[];
	yTicks: { y: number; label: string }[];
}

/** Where the axes' gridlines and labels go: y labels left of the plot, x labels under it. */
export function gridOf({ plot, xTicks, yTicks }: Axes) {
	return {
		rows: yTicks.map((t) => ({
			line: { x1: plot.left, x2: plot.right, y: t.y },
			label: { x: plot.left - 8, y: t.y + 4, text: t.label }
		})),
		columns: xTicks.map((t) => ({
			x: t.x,
			y: plot.bottom + 18,
			text: t.label,
			sub: t.sub ?? null,
			subY: plot.bottom + 18 + SUB_LINE
		}))
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

/**
 * A generous estimate of a label's width at the charts' 12px text, in viewBox units: 8.4 per
 * capital, 7.6 per other character (DejaVu Sans, a wide fallback face, is the widest a page
 * meets), so that a margin sized by it never clips the label.
 *
 * @example labelWidth('C$300k') // 45.8
 */
export function labelWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += ch >= 'A' && ch <= 'Z' ? 8.4 : 7.6;
	return width;
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
 * their order by height and each as near its own y as it can be: labels that would overlap form a
 * cluster, centred on the mean of their own positions (so a crowd spreads both ways, not only
 * down), and clusters that then overlap merge, until none do. With `bounds` (the highest and lowest
 * y a label may take) a cluster is moved inside them, and where the labels cannot all fit they
 * share the bounds evenly.
 *
 * @example
 * const ls = [{ y: 100 }, { y: 104 }, { y: 130 }];
 * spreadLabels(ls, 12); // y: 96, 108, 130
 */
export function spreadLabels(
	labels: readonly { y: number }[],
	minGap: number,
	bounds?: [top: number, bottom: number]
): void {
	const sorted = [...labels].sort((a, b) => a.y - b.y);
	const n = sorted.length;
	if (n === 0) return;
	if (bounds && (n - 1) * minGap > bounds[1] - bounds[0]) {
		const step = n > 1 ? (bounds[1] - bounds[0]) / (n - 1) : 0;
		sorted.forEach((label, i) => (label.y = bounds[0] + i * step));
		return;
	}
	// a cluster: labels from `first`, `count` of them, the first at `top`
	const clusters: { first: number; count: number; sum: number; top: number }[] = [];
	const place = (c: { count: number; sum: number; top: number }) => {
		// the top that centres the cluster on its labels' own positions: mean of yᵢ − i·gap
		c.top = c.sum / c.count;
		if (bounds) c.top = Math.min(Math.max(c.top, bounds[0]), bounds[1] - (c.count - 1) * minGap);
	};
	sorted.forEach((label, i) => {
		const c = { first: i, count: 1, sum: label.y, top: label.y };
		place(c);
		clusters.push(c);
		for (;;) {
			const last = clusters[clusters.length - 1] as (typeof clusters)[number];
			const before = clusters[clusters.length - 2];
			if (!before || before.top + before.count * minGap <= last.top) break;
			// merge: the later labels' offsets within the cluster grow by the earlier ones' count
			before.sum += last.sum - last.count * before.count * minGap;
			before.count += last.count;
			clusters.pop();
			place(before);
		}
	});
	for (const c of clusters)
		for (let k = 0; k < c.count; k++) (sorted[c.first + k] as { y: number }).y = c.top + k * minGap;
}
