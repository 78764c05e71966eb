/**
 * The "where would your pay sit" chart: one strip per role over a shared pay axis, the middle 90%
 * of listings (5th–95th percentile) as a light band, the middle half (25th–75th) darker, the
 * median as a tick, and the reader's amount as a line across both strips. Percentile bands rather
 * than a density: distribution.csv holds percentiles, and bands read as "most listings pay between
 * here and here" without implying a shape between them.
 */
import { ROLE_LABEL, type Role } from '$lib/domain';
import { formatMoneyShort } from '$lib/view/format';
import type { YourPayRole } from '$lib/view/yourPay';
import { linear } from './scales';

/** Indices of the 5th, 25th, 50th, 75th and 95th percentiles in a role's `q`. */
const P5 = 0;
const P25 = 4;
const P50 = 9;
const P75 = 14;
const P95 = 18;

export interface PayStripRow {
	role: Role;
	label: string;
	/** The label's baseline. */
	y: number;
	/** The strip's top and height. */
	band: { y: number; height: number };
	/** null for a withheld role: the strip says so instead. */
	outer: { x1: number; x2: number } | null;
	inner: { x1: number; x2: number } | null;
	median: number | null;
	text: string;
}

export interface PayStripLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	rows: PayStripRow[];
	ticks: { x: number; label: string }[];
	/** The reader's amount, where it falls on the axis (clamped to the plot, with an arrow when off it). */
	amount: { x: number; label: string; anchor: 'start' | 'middle' | 'end'; off: boolean } | null;
}

const STRIP = 14;
const ROW = 56;

export function payStripLayout(
	roles: readonly YourPayRole[],
	currency: string,
	amount: number | null,
	width: number
): PayStripLayout {
	const plot = { left: 12, right: width - 12, top: 34, bottom: 34 + ROW * roles.length };
	const shown = roles.flatMap((r) => (r.q ? [r.q[P5] as number, r.q[P95] as number] : []));
	const lo = Math.min(...shown);
	const hi = Math.max(...shown);
	const x = linear(shown.length ? [lo, hi] : [0, 1], [plot.left, plot.right], 5);
	const [d0, d1] = x.domain();
	const count = width < 420 ? 3 : 5;
	const rows = roles.map((r, i): PayStripRow => {
		const y = plot.top + ROW * i + 18;
		const q = r.q;
		return {
			role: r.role,
			label: ROLE_LABEL[r.role],
			y,
			band: { y: y + 8, height: STRIP },
			outer: q ? { x1: x(q[P5] as number), x2: x(q[P95] as number) } : null,
			inner: q ? { x1: x(q[P25] as number), x2: x(q[P75] as number) } : null,
			median: q ? x(q[P50] as number) : null,
			text: q
				? `middle half ${formatMoneyShort(q[P25] as number, currency)}–${formatMoneyShort(q[P75] as number, currency)}`
				: 'too few listings'
		};
	});
	let placed: PayStripLayout['amount'] = null;
	if (amount !== null && shown.length) {
		const off = amount < d0 || amount > d1;
		const at = Math.min(plot.right, Math.max(plot.left, x(amount)));
		placed = {
			x: at,
			label: `${off ? (amount < d0 ? '← ' : '') : ''}Your pay ${formatMoneyShort(amount, currency)}${off && amount > d1 ? ' →' : ''}`,
			anchor: at < plot.left + 60 ? 'start' : at > plot.right - 60 ? 'end' : 'middle',
			off
		};
	}
	return {
		width,
		height: plot.bottom + 24,
		plot,
		rows,
		ticks: x.ticks(count).map((v) => ({ x: x(v), label: formatMoneyShort(v, currency) })),
		amount: placed
	};
}
