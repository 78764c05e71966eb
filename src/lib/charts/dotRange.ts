/**
 * Geometry of a dot-and-range plot: one band per category (a region, a level), one line per role,
 * a dot at the median and a bar over a range (the median's 95% CI, or p25–p75). Pure: props in,
 * coordinates, labels and tooltip points out, so the component only writes SVG elements and the
 * prerendered HTML already is the finished chart.
 */
import { ROLE_LABEL, ROLES, type Confidence, type Role } from '$lib/domain';
import { isShown, type PayCell } from '$lib/data/pay';
import { formatCount, formatMoneyShort } from '$lib/view/format';
import type { ChartSpecs, RangeKind } from './specs';
import { labelWidth, type PlotArea, type TipPoint } from './plot';
import { linear } from './scales';
import { payLines } from './tooltips';

export interface DotRangeMark {
	role: Role;
	y: number;
	/** The baseline of the mark's labels, level with its dot. */
	textY: number;
	listings: number;
	confidence: Confidence;
	/** Null when withheld. */
	dot: { cx: number; x1: number; x2: number } | null;
	/** Median label, or "too few listings" for a withheld cell. */
	label: { x: number; text: string; n: string };
	/** The role's name beside the first band's range: direct labels instead of a legend. */
	roleLabel: { x: number; text: string } | null;
}

export interface DotRangeBand {
	id: string;
	name: string;
	y: number;
	/** Where the band's name goes: beside its two lines, or above them on narrow charts. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	/** The band's extent, for the highlight behind the selected one. */
	top: number;
	height: number;
	highlighted: boolean;
	marks: DotRangeMark[];
}

export interface DotRangeLayout {
	width: number;
	range: RangeKind;
	height: number;
	plot: PlotArea;
	/** Vertical gridlines, each labelled above the plot. */
	ticks: {
		x: number;
		y1: number;
		y2: number;
		label: { y: number; text: string; anchor: 'start' | 'middle' };
	}[];
	bands: DotRangeBand[];
	points: TipPoint[];
}

export const LAYOUT = {
	/** The least room for band names beside their bands; a longer name gets more. */
	left: 140,
	/** Below this width band names go above their band instead of beside it. */
	compactBelow: 520,
	nameLine: 16,
	right: 104,
	top: 26,
	bottom: 8,
	line: 17,
	bandGap: 12,
	/** Rough width of one character at the chart's 12px label size, for fitting direct labels. */
	charWidth: 6.6,
	/** The same for the bold band names (a wide bold sans such as DejaVu Sans). */
	nameCharWidth: 7.6
} as const;

export type DotRangeInput = ChartSpecs['dot-range'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

const rangeOf = (c: PayCell, kind: RangeKind): [number | null, number | null] =>
	kind === 'ci' ? [c.ciLow, c.ciHigh] : [c.p25, c.p75];

/** A tick's label above the plot: centred on its tick, or starting at it where it would not fit left of it. */
function tickLabel(x: number, text: string) {
	const anchor: 'start' | 'middle' = x < labelWidth(text) / 2 ? 'start' : 'middle';
	return { y: LAYOUT.top - 10, text, anchor };
}

export function dotRangeLayout(input: DotRangeInput): DotRangeLayout {
	const { bands: categories, cellOf, range, width, currency, highlight = null } = input;
	const compact = width < LAYOUT.compactBelow;
	const nameLine = compact ? LAYOUT.nameLine : 0;
	const longestName = Math.max(0, ...categories.map((b) => b.name.length));
	const left = compact ? 8 : Math.max(LAYOUT.left, 14 + longestName * LAYOUT.nameCharWidth);
	const bandHeight = nameLine + LAYOUT.line * ROLES.length + LAYOUT.bandGap;
	const height = LAYOUT.top + categories.length * bandHeight + LAYOUT.bottom;
	const plot = {
		left,
		right: Math.max(left + 60, width - LAYOUT.right),
		top: LAYOUT.top,
		bottom: height - LAYOUT.bottom
	};
	const cells = categories.flatMap((b) => ROLES.map((r) => cellOf(b.id, r)));
	const max = Math.max(1, ...cells.map((c) => (c ? (rangeOf(c, range)[1] ?? c.median ?? 0) : 0)));
	const x = linear([0, max], [plot.left, plot.right], 4);
	const ticks = x.ticks(width < 480 ? 2 : 5).map((t) => ({
		x: x(t),
		y1: plot.top - 4,
		y2: plot.bottom,
		label: tickLabel(x(t), formatMoneyShort(t, currency))
	}));
	const points: TipPoint[] = [];

	const bands = categories.map((category, b): DotRangeBand => {
		const y = LAYOUT.top + b * bandHeight + LAYOUT.bandGap / 2;
		const marks = ROLES.map((role, i): DotRangeMark => {
			const c = cellOf(category.id, role);
			const my = y + nameLine + LAYOUT.line * (i + 0.5);
			const [lo, hi] = c ? rangeOf(c, range) : [null, null];
			const dot =
				isShown(c) && lo !== null && hi !== null ? { cx: x(c.median), x1: x(lo), x2: x(hi) } : null;
			points.push({
				key: `${category.id}-${role}`,
				x: dot ? dot.cx : plot.left + 8,
				y: my,
				title: `${category.name}, ${ROLE_LABEL[role]}`,
				lines: c ? payLines(c, currency) : ['No listings'],
				role
			});
			const n = `(${formatCount(c?.listings ?? 0)})`;
			const mark = {
				role,
				y: my,
				textY: my + 4,
				listings: c?.listings ?? 0,
				confidence: c?.confidence ?? 'withheld'
			};
			if (!dot || !isShown(c))
				return {
					...mark,
					dot: null,
					label: { x: plot.left + 4, text: `${ROLE_LABEL[role]}: too few listings`, n },
					roleLabel: null
				};
			const text = ROLE_LABEL[role];
			const fits = dot.x1 - 6 - text.length * LAYOUT.charWidth >= plot.left;
			return {
				...mark,
				dot,
				label: { x: dot.x2 + 6, text: formatMoneyShort(c.median, currency), n },
				roleLabel: b === 0 && fits ? { x: dot.x1 - 6, text } : null
			};
		});
		return {
			id: category.id,
			name: category.name,
			y,
			labelX: compact ? plot.left : plot.left - 10,
			labelY: compact ? y + 10 : y + LAYOUT.line + 4,
			labelAnchor: compact ? 'start' : 'end',
			top: y - LAYOUT.bandGap / 2,
			height: bandHeight,
			highlighted: category.id === highlight,
			marks
		};
	});
	return { width, range, height, plot, ticks, bands, points };
}
