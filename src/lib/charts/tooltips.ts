/**
 * Tooltip text for a pay cell, and the nearest-point search behind hover. Shared by every chart
 * so that value, CI, listings and confidence always read the same way.
 */
import { CONFIDENCE_TEXT } from '$lib/domain';
import { isShown, type PayCell } from '$lib/data/pay';
import { formatCount, formatIndependent, formatMix, formatMoneyFull } from '$lib/view/format';
import type { TipPoint } from './plot';

/** Lines for a pay cell: median, 95% CI, p25–p75, then listings and confidence (no cell: none). */
export function payLines(cell: PayCell | undefined, currency: string): string[] {
	const money = (v: number) => formatMoneyFull(v, currency);
	const listings = cell?.listings ?? 0;
	const repeats = cell && cell.distinct < listings ? ` (${formatIndependent(cell.nEff)})` : '';
	const n = `${formatCount(listings)} listing${listings === 1 ? '' : 's'}${repeats}`;
	const mix = cell?.countryMix ? [`Countries: ${formatMix(cell.countryMix)}`] : [];
	if (!isShown(cell)) return [`${n}: ${CONFIDENCE_TEXT.withheld}`, ...mix];
	const lines = [
		`Median ${money(cell.median)}`,
		`95% interval ${money(cell.ciLow)} – ${money(cell.ciHigh)}`
	];
	if (cell.p25 !== null && cell.p75 !== null)
		lines.push(`Middle half ${money(cell.p25)} – ${money(cell.p75)}`);
	lines.push(`${n} · ${CONFIDENCE_TEXT[cell.confidence]}`, ...mix);
	return lines;
}

/** Index of the point nearest to (x, y) within `radius` (viewBox units), or null. */
export function nearestPoint(
	points: readonly TipPoint[],
	x: number,
	y: number,
	radius = 48
): number | null {
	let best: number | null = null;
	let bestD = radius * radius;
	points.forEach((p, i) => {
		const d = (p.x - x) ** 2 + (p.y - y) ** 2;
		if (d <= bestD) {
			bestD = d;
			best = i;
		}
	});
	return best;
}

/** Keyboard moves through a chart's points: arrows step, Home/End jump, Escape closes. */
export function stepPoint(
	key: string,
	current: number | null,
	count: number
): number | null | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return current === null ? 0 : Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return current === null ? 0 : Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		case 'Escape':
			return null;
		default:
			return undefined; // not ours: let the browser have it
	}
}

/** A position or a size in CSS pixels. */
export interface Spot {
	x: number;
	y: number;
}
export interface Size {
	width: number;
	height: number;
}

/** Where a tooltip goes: its top-left corner, and on which side of its point it sits. */
export interface TipPlace {
	left: number;
	top: number;
	side: 'above' | 'below';
}

/** Room between a point and its tooltip, and the least room kept at the viewport's edges (px). */
export const TIP_GAP = 12;
export const TIP_MARGIN = 8;

const clamp = (v: number, low: number, high: number) => Math.max(low, Math.min(v, high));

/**
 * Where a point's tooltip goes, in the pixels of the area it must stay in (`viewport`, its top-left
 * corner at 0, 0; `tooltipInPlot` passes the plot's width and the viewport's height): above the
 * point if it fits there (keeping `TIP_MARGIN` from the top), else below it; where it fits on
 * neither side, on the side with more room. It is centred on the point, moved in to keep the
 * margin from either side, and finally kept inside the area (covering its point, only where it
 * fits on neither side). A tip larger than the area keeps its top-left corner in view.
 *
 * @example
 * // a point 40 px from the top of a phone: no room above for 100 px, so below
 * placeTooltip({ x: 20, y: 40 }, { width: 200, height: 100 }, { width: 390, height: 844 });
 * // { left: 8, top: 52, side: 'below' }
 */
export function placeTooltip(point: Spot, tip: Size, viewport: Size): TipPlace {
	const roomAbove = point.y - TIP_GAP - TIP_MARGIN;
	const roomBelow = viewport.height - TIP_MARGIN - point.y - TIP_GAP;
	const side = tip.height <= roomAbove || roomAbove >= roomBelow ? 'above' : 'below';
	const top = side === 'above' ? point.y - TIP_GAP - tip.height : point.y + TIP_GAP;
	const inside = (v: number, size: number, room: number) =>
		clamp(v, TIP_MARGIN, room - TIP_MARGIN - size);
	return {
		left: inside(point.x - tip.width / 2, tip.width, viewport.width),
		top: inside(top, tip.height, viewport.height),
		side
	};
}

/** A box on screen, in viewport pixels (as `getBoundingClientRect` gives it). */
export interface Box {
	left: number;
	top: number;
	width: number;
}

/**
 * Where a point's tooltip goes, in px from its plot's top-left corner: across, inside the plot (a
 * chart's frame paints nothing outside itself, `content-visibility`, so a tooltip past a laptop
 * frame's edge would be cut off); down, inside the viewport (`viewportHeight`). `svg`: where the
 * drawing (`width` viewBox units wide) is on screen; `tip`: the tooltip's measured size.
 */
export function tooltipInPlot(
	point: Spot,
	tip: Size,
	at: { plot: Box; svg: Box; width: number; viewportHeight: number }
): TipPlace {
	// the point on screen: the drawing is scaled to its box's width
	const scale = at.svg.width / at.width;
	const x = at.svg.left + point.x * scale - at.plot.left;
	const place = placeTooltip({ x, y: at.svg.top + point.y * scale }, tip, {
		width: at.plot.width,
		height: at.viewportHeight
	});
	return { ...place, top: place.top - at.plot.top };
}
