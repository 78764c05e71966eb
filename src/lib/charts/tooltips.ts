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

/**
 * Where a point's tooltip goes, in % of the plot: at the point, anchored left of it near the left
 * edge, right of it near the right edge and centred otherwise, so it stays inside the chart.
 */
export function tooltipPlacement(point: TipPoint, width: number, height: number) {
	const align = point.x < width * 0.25 ? 'left' : point.x > width * 0.7 ? 'right' : 'center';
	return { align, left: `${(point.x / width) * 100}%`, top: `${(point.y / height) * 100}%` };
}
