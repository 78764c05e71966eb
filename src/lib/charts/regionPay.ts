/**
 * Geometry of the "median pay by region" dot plot: one band per region, one line per role, a dot at
 * the median and a whisker over its 95% CI. Pure: props in, coordinates and labels out, so the
 * component only writes SVG elements and the prerendered HTML already is the finished chart.
 */
import { scaleLinear } from 'd3-scale';
import type { Confidence, Role, SalaryRow } from '$lib/data/schema';
import { formatCount, formatMoneyShort } from '$lib/data/format';

export const ROLE_LABEL: Record<Role, string> = {
	ml_engineer: 'ML Engineer',
	ai_engineer: 'AI Engineer'
};

export interface RegionPayMark {
	role: Role;
	y: number;
	listings: number;
	confidence: Confidence;
	/** Null when withheld. */
	dot: { cx: number; x1: number; x2: number } | null;
	/** Median label, or "too few listings" for a withheld cell. */
	label: { x: number; text: string; n: string };
	/** The role's name beside the first band's whisker: direct labels instead of a legend. */
	roleLabel: { x: number; text: string } | null;
}

export interface RegionPayBand {
	id: string;
	name: string;
	y: number;
	/** Where the region's name goes: beside its two lines, or above them on narrow charts. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	highlighted: boolean;
	marks: RegionPayMark[];
}

export interface RegionPayLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	ticks: { x: number; label: string }[];
	bands: RegionPayBand[];
}

export const LAYOUT = {
	left: 140,
	/** Below this width region names go above their band instead of beside it. */
	compactBelow: 520,
	nameLine: 16,
	right: 104,
	top: 26,
	bottom: 8,
	line: 17,
	bandGap: 12,
	/** Rough width of one character at the chart's 12px label size, for fitting direct labels. */
	charWidth: 6.6
} as const;

const ROLES_IN_ORDER: readonly Role[] = ['ml_engineer', 'ai_engineer'];

/**
 * @param regions regions in display order
 * @param cells salary rows for one year, level and definition (any rows for other regions are ignored)
 * @param width the chart's width in CSS pixels (the viewBox width)
 */
export function regionPayLayout(
	regions: readonly { id: string; name: string }[],
	cells: readonly SalaryRow[],
	width: number,
	highlight: string | null = null
): RegionPayLayout {
	const cell = new Map(cells.map((c) => [`${c.region}|${c.role}`, c]));
	const compact = width < LAYOUT.compactBelow;
	const nameLine = compact ? LAYOUT.nameLine : 0;
	const left = compact ? 8 : LAYOUT.left;
	const bandHeight = nameLine + LAYOUT.line * ROLES_IN_ORDER.length + LAYOUT.bandGap;
	const height = LAYOUT.top + regions.length * bandHeight + LAYOUT.bottom;
	const plot = {
		left,
		right: Math.max(left + 60, width - LAYOUT.right),
		top: LAYOUT.top,
		bottom: height - LAYOUT.bottom
	};
	const max = Math.max(1, ...cells.map((c) => c.ci_high_usd ?? c.p75_usd ?? 0));
	const x = scaleLinear().domain([0, max]).nice(4).range([plot.left, plot.right]);
	const ticks = x.ticks(width < 480 ? 2 : 5).map((t) => ({ x: x(t), label: formatMoneyShort(t) }));

	const bands = regions.map((region, r): RegionPayBand => {
		const y = LAYOUT.top + r * bandHeight + LAYOUT.bandGap / 2;
		const marks = ROLES_IN_ORDER.map((role, i): RegionPayMark => {
			const c = cell.get(`${region.id}|${role}`);
			const listings = c?.listings ?? 0;
			const confidence = c?.confidence ?? 'withheld';
			const my = y + nameLine + LAYOUT.line * (i + 0.5);
			const n = `n=${formatCount(listings)}`;
			if (!c || c.median_usd === null || c.ci_low_usd === null || c.ci_high_usd === null) {
				return {
					role,
					y: my,
					listings,
					confidence,
					dot: null,
					label: { x: plot.left + 4, text: `${ROLE_LABEL[role]}: too few listings`, n },
					roleLabel: null
				};
			}
			const dot = { cx: x(c.median_usd), x1: x(c.ci_low_usd), x2: x(c.ci_high_usd) };
			const text = ROLE_LABEL[role];
			const fits = dot.x1 - 6 - text.length * LAYOUT.charWidth >= plot.left;
			return {
				role,
				y: my,
				listings,
				confidence,
				dot,
				label: { x: dot.x2 + 6, text: formatMoneyShort(c.median_usd), n },
				roleLabel: r === 0 && fits ? { x: dot.x1 - 6, text } : null
			};
		});
		return {
			id: region.id,
			name: region.name,
			y,
			labelX: compact ? plot.left : plot.left - 10,
			labelAnchor: compact ? 'start' : 'end',
			labelY: compact ? y + 10 : y + LAYOUT.line + 4,
			highlighted: region.id === highlight,
			marks
		};
	});
	return { width, height, plot, ticks, bands };
}
