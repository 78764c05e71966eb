/**
 * The pay gap over time: AI-engineer median relative to ML-engineer median, in %, per year. Its
 * interval combines the two medians' 95% CIs at their most unfavourable ends, (AI low / ML high − 1)
 * to (AI high / ML low − 1): conservative, wider than a 95% interval for the ratio itself.
 */
import { linear, point } from './scales';
import type { PayCell } from '$lib/data/convert';
import { formatCount, formatSignedPct } from '$lib/data/format';
import type { TipPoint } from './labels';

export interface Gap {
	/** (AI median / ML median − 1) × 100 */
	pct: number;
	low: number;
	high: number;
}

/** The gap between two cells, or null unless both have a median and a CI. */
export function gapOf(ml: PayCell | undefined, ai: PayCell | undefined): Gap | null {
	if (!ml || !ai) return null;
	const { median: m, ciLow: ml1, ciHigh: ml2 } = ml;
	const { median: a, ciLow: al1, ciHigh: al2 } = ai;
	if (m === null || ml1 === null || ml2 === null || a === null || al1 === null || al2 === null)
		return null;
	return { pct: (a / m - 1) * 100, low: (al1 / ml2 - 1) * 100, high: (al2 / ml1 - 1) * 100 };
}

export interface GapLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	zeroY: number;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	marks: {
		year: number;
		x: number;
		gap: Gap | null;
		y: number | null;
		y1: number | null;
		y2: number | null;
		partial: boolean;
		label: string;
		/** The year's listings, ML / AI: one line, or two where one would run into the next year's. */
		n: { text: string; y: number }[];
	}[];
	points: TipPoint[];
}

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

export function gapLayout(input: {
	/** Cells of one region, definition and level (any currency: the gap is a ratio). */
	cells: readonly PayCell[];
	years: readonly number[];
	partialYears: ReadonlySet<number>;
	width: number;
}): GapLayout {
	const { cells, years, partialYears, width } = input;
	const plot = {
		left: GAP.left,
		right: width - GAP.right,
		top: GAP.top,
		bottom: GAP.height - GAP.bottom
	};
	const cell = (role: string, year: number) =>
		cells.find((c) => c.role === role && c.year === year);
	const gaps = years.map((year) => ({
		year,
		ml: cell('ml_engineer', year),
		ai: cell('ai_engineer', year),
		gap: gapOf(cell('ml_engineer', year), cell('ai_engineer', year))
	}));
	const extent = gaps.flatMap((g) => (g.gap ? [g.gap.low, g.gap.high] : []));
	const y = linear([Math.min(-10, ...extent), Math.max(10, ...extent)], [plot.bottom, plot.top], 5);
	const x = point(years, [plot.left, plot.right], 0.5);
	const n = (c: PayCell | undefined) => formatCount(c?.listings ?? 0);
	const counts = (g: { ml?: PayCell; ai?: PayCell }) => [`n ${n(g.ml)}`, `/ ${n(g.ai)}`];
	// one line per year unless a label would be wider than the space between two years
	const slot = (plot.right - plot.left) / Math.max(1, years.length);
	const oneLine = gaps.every((g) => counts(g).join(' ').length * GAP.charWidth <= slot - 8);
	const lines = (texts: string[]) =>
		texts.map((text, i) => ({ text, y: plot.bottom + GAP.nBelow + i * GAP.nLine }));
	const marks = gaps.map(({ year, ml, ai, gap }) => ({
		year,
		x: x(year) as number,
		gap,
		y: gap ? y(gap.pct) : null,
		y1: gap ? y(gap.low) : null,
		y2: gap ? y(gap.high) : null,
		partial: partialYears.has(year),
		label: gap ? formatSignedPct(gap.pct) : 'too few',
		n: lines(oneLine ? [counts({ ml, ai }).join(' ')] : counts({ ml, ai }))
	}));
	return {
		width,
		height: GAP.height + (oneLine ? 0 : GAP.nLine),
		plot,
		zeroY: y(0),
		xTicks: years.map((year) => ({
			x: x(year) as number,
			label: partialYears.has(year) ? `${year}*` : String(year)
		})),
		yTicks: y.ticks(5).map((t) => ({ y: y(t), label: formatSignedPct(t) })),
		marks,
		points: marks.map((m, i) => {
			const g = gaps[i]!;
			return {
				key: String(m.year),
				x: m.x,
				y: m.y ?? y(0),
				title: `${m.year}${m.partial ? ' (partial year)' : ''}`,
				lines: m.gap
					? [
							`AI engineers ${formatSignedPct(m.gap.pct, 1)} against ML engineers`,
							`Range from the two CIs: ${formatSignedPct(m.gap.low, 1)} to ${formatSignedPct(m.gap.high, 1)}`,
							`Listings: ML ${n(g.ml)}, AI ${n(g.ai)}`
						]
					: [`Too few listings to compare (ML ${n(g.ml)}, AI ${n(g.ai)})`]
			};
		})
	};
}
