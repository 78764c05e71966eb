/**
 * The pay gap over time: AI-engineer median relative to ML-engineer median, in %, per year, with
 * its 95% interval (from the two medians' CIs, see `gapBetween`) and the listings behind each year
 * underneath.
 */
import { isPartial, ROLE_SHORT } from '$lib/domain';
import { gapIn, type Gap, type PayCell } from '$lib/data/pay';
import { formatCount, formatSignedPct, formatYear } from '$lib/view/format';
import type { ChartSpecs } from './specs';
import { plotArea, SUB_LINE, yearTicks, type Axes, type TipPoint } from './plot';
import { linear, point } from './scales';

export interface GapMark {
	year: number;
	x: number;
	gap: Gap | null;
	/** The gap's dot and its range (null for a year with too few listings of either role). */
	y: number | null;
	y1: number | null;
	y2: number | null;
	/** A partial year: its interval is dashed. */
	partial: boolean;
	/** Either median rests on 10–29 independent listings (low confidence): a hollow dot. */
	low: boolean;
	/** `+12%` beside the dot, or `too few` above the zero line. */
	label: { x: number; y: number; text: string };
	/** The year's listings, ML / AI: one line, or two where one would run into the next year's. */
	n: { text: string; y: number }[];
}

export interface GapLayout extends Axes {
	width: number;
	height: number;
	zeroY: number;
	marks: GapMark[];
	points: TipPoint[];
}

export type GapInput = ChartSpecs['gap'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

const GAP = {
	height: 250,
	top: 16,
	bottom: 46,
	left: 52,
	right: 16,
	/** The listings under a year: their first line below the plot, and the next one's. */
	nBelow: 34,
	nLine: 14,
	/** Rough width of one character at the chart's 12px label size. */
	charWidth: 6.6
};

export function gapLayout(input: GapInput): GapLayout {
	const { cells, years, width } = input;
	// a partial year's months take a second line under the axis, above the listings: the chart
	// grows to hold it
	const sub = years.some(isPartial) ? SUB_LINE : 0;
	const plot = plotArea(width, GAP.height + sub, { ...GAP, bottom: GAP.bottom + sub });
	const gaps = years.map((year) => ({ year, ...gapIn(cells, year) }));
	const extent = gaps.flatMap((g) => (g.gap ? [g.gap.low, g.gap.high] : []));
	const y = linear([Math.min(-10, ...extent), Math.max(10, ...extent)], [plot.bottom, plot.top], 5);
	const x = point(years, [plot.left, plot.right], 0.5);
	const zeroY = y(0);
	const n = (c: PayCell | undefined) => formatCount(c?.listings ?? 0);
	// the listings behind each year, in words a reader knows: "ML 40 · AI 25"
	const counts = (g: { ml?: PayCell; ai?: PayCell }) => [`ML ${n(g.ml)}`, `AI ${n(g.ai)}`];
	// one line per year unless a label would be wider than the space between two years
	const slot = (plot.right - plot.left) / Math.max(1, years.length);
	const oneLine = gaps.every((g) => counts(g).join(' · ').length * GAP.charWidth <= slot - 8);
	const lines = (texts: string[]) =>
		texts.map((text, i) => ({ text, y: plot.bottom + GAP.nBelow + sub + i * GAP.nLine }));
	const marks = gaps.map(({ year, ml, ai, gap }): GapMark => {
		const mx = x(year) as number;
		const my = gap ? y(gap.pct) : null;
		return {
			year,
			x: mx,
			gap,
			y: my,
			y1: gap ? y(gap.low) : null,
			y2: gap ? y(gap.high) : null,
			partial: isPartial(year),
			low: ml?.confidence === 'low' || ai?.confidence === 'low',
			label:
				gap && my !== null
					? { x: mx + 9, y: my + 4, text: formatSignedPct(gap.pct) }
					: { x: mx, y: zeroY - 8, text: 'too few' },
			n: lines(oneLine ? [counts({ ml, ai }).join(' · ')] : counts({ ml, ai }))
		};
	});
	return {
		width,
		height: GAP.height + sub + (oneLine ? 0 : GAP.nLine),
		plot,
		zeroY,
		xTicks: yearTicks(years, (year) => x(year) as number),
		yTicks: y.ticks(5).map((t) => ({ y: y(t), label: formatSignedPct(t) })),
		marks,
		points: marks.map((m, i) => {
			const g = gaps[i]!;
			const listings = `${ROLE_SHORT.ml_engineer} ${n(g.ml)}, ${ROLE_SHORT.ai_engineer} ${n(g.ai)}`;
			return {
				key: String(m.year),
				x: m.x,
				y: m.y ?? zeroY,
				title: formatYear(m.year, 'tooltip'),
				lines: m.gap
					? [
							`AI engineers ${formatSignedPct(m.gap.pct, 1)} against ML engineers`,
							`95% interval: ${formatSignedPct(m.gap.low, 1)} to ${formatSignedPct(m.gap.high, 1)}`,
							// what the interval says, in the words the titles use
							m.gap.verdict === 'unclear'
								? 'Unclear: the interval includes no gap'
								: `AI engineers earn ${m.gap.verdict === 'ai_lower' ? 'less' : 'more'}`,
							`Listings: ${listings}`
						]
					: [`Too few listings to compare (${listings})`]
			};
		})
	};
}
