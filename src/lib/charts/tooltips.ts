/**
 * Tooltip text for a pay cell, and the nearest-point search behind hover. Shared by every chart
 * so that value, CI, listings and confidence always read the same way.
 */
import type { PayCell } from '$lib/data/convert';
import { formatCount, formatMoneyFull } from '$lib/data/format';
import type { TipPoint } from './labels';

const CONFIDENCE_TEXT = {
	ok: '30 or more listings',
	low: 'low confidence: 10–29 listings',
	withheld: 'too few listings to show pay (under 10)'
} as const;

/** Lines for a pay cell: median, 95% CI, p25–p75, then listings and confidence. */
export function payLines(cell: PayCell, currency: string): string[] {
	const money = (v: number) => formatMoneyFull(v, currency);
	const n = `${formatCount(cell.listings)} listing${cell.listings === 1 ? '' : 's'}`;
	if (cell.median === null || cell.ciLow === null || cell.ciHigh === null)
		return [`${n}: ${CONFIDENCE_TEXT.withheld}`];
	const lines = [
		`Median ${money(cell.median)}`,
		`95% CI ${money(cell.ciLow)} – ${money(cell.ciHigh)}`
	];
	if (cell.p25 !== null && cell.p75 !== null)
		lines.push(`Middle half ${money(cell.p25)} – ${money(cell.p75)}`);
	lines.push(`${n} · ${CONFIDENCE_TEXT[cell.confidence]}`);
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
