/**
 * Geometry of role demand, in two panels: listings per year per role (bars), and those listings as
 * a share of all listings in the index for the same region, year and level (lines), so the index's
 * own growth is not mistaken for demand. Side by side on wide charts, stacked on narrow ones.
 */
import { band, linear, point } from './scales';
import { line } from 'd3-shape';
import { formatCount } from '$lib/data/format';
import type { ListingRow, Role } from '$lib/data/schema';
import { ROLE_LABEL, ROLE_ORDER, type TipPoint } from './labels';

export interface DemandPanel {
	title: string;
	/** Offset of the panel inside the chart. */
	dx: number;
	dy: number;
	plot: { left: number; right: number; top: number; bottom: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
}

export interface DemandLayout {
	width: number;
	height: number;
	counts: DemandPanel & {
		bars: {
			role: Role;
			year: number;
			x: number;
			y: number;
			w: number;
			h: number;
			label: string;
			partial: boolean;
		}[];
	};
	shares: DemandPanel & {
		lines: {
			role: Role;
			d: string;
			dots: { x: number; y: number; year: number }[];
			end: { x: number; y: number; text: string } | null;
		}[];
	};
	points: TipPoint[];
}

const PANEL = { height: 230, top: 28, bottom: 28, left: 44, right: 16, gap: 32, shareRight: 56 };

/** Two decimals below 1% (where they matter), one above; decided on the rounded value, so 0.999 reads 1.0%. */
export function formatShare(pct: number): string {
	const two = pct.toFixed(2);
	return `${Math.abs(Number(two)) < 1 ? two : pct.toFixed(1)}%`;
}

export function demandLayout(input: {
	/** Listing rows of one region, definition and level. */
	rows: readonly ListingRow[];
	years: readonly number[];
	partialYears: ReadonlySet<number>;
	width: number;
}): DemandLayout {
	const { rows, years, partialYears, width } = input;
	const sideBySide = width >= 640;
	const panelWidth = sideBySide ? (width - PANEL.gap) / 2 : width;
	const height = sideBySide ? PANEL.height : PANEL.height * 2 + PANEL.gap;
	const rowOf = (role: Role, year: number) => rows.find((r) => r.role === role && r.year === year);
	const label = (year: number) => (partialYears.has(year) ? `${year}*` : String(year));

	// Panel 1: listings
	const plotA = {
		left: PANEL.left,
		right: panelWidth - PANEL.right,
		top: PANEL.top,
		bottom: PANEL.height - PANEL.bottom
	};
	const xa = band(years, [plotA.left, plotA.right], 0.3, 0.15);
	const xr = band(ROLE_ORDER, [0, xa.bandwidth()], 0.08, 0.08);
	const maxCount = Math.max(
		1,
		...rows.filter((r) => years.includes(r.year as number)).map((r) => r.listings)
	);
	const ya = linear([0, maxCount], [plotA.bottom, plotA.top], 4);
	const bars = years.flatMap((year) =>
		ROLE_ORDER.map((role) => {
			const n = rowOf(role, year)?.listings ?? 0;
			const x = (xa(year) as number) + (xr(role) as number);
			return {
				role,
				year,
				x,
				y: ya(n),
				w: xr.bandwidth(),
				h: plotA.bottom - ya(n),
				label: formatCount(n),
				partial: partialYears.has(year)
			};
		})
	);

	// Panel 2: share of all listings
	const dx = sideBySide ? panelWidth + PANEL.gap : 0;
	const dy = sideBySide ? 0 : PANEL.height + PANEL.gap;
	const plotB = {
		left: PANEL.left,
		right: panelWidth - PANEL.shareRight,
		top: PANEL.top,
		bottom: PANEL.height - PANEL.bottom
	};
	const xb = point(years, [plotB.left, plotB.right], 0.3);
	const shareOf = (role: Role, year: number) => rowOf(role, year)?.share_of_all_pct ?? null;
	const maxShare = Math.max(
		0.1,
		...years.flatMap((y) => ROLE_ORDER.map((r) => shareOf(r, y) ?? 0))
	);
	const yb = linear([0, maxShare], [plotB.bottom, plotB.top], 4);
	const lines = ROLE_ORDER.map((role) => {
		const d =
			line<number>()
				.defined((year) => shareOf(role, year) !== null)
				.x((year) => xb(year) as number)
				.y((year) => yb(shareOf(role, year) as number))([...years]) ?? '';
		const drawn = years.filter((y) => shareOf(role, y) !== null);
		const last = drawn.at(-1);
		return {
			role,
			d,
			dots: drawn.map((year) => ({
				x: xb(year) as number,
				y: yb(shareOf(role, year) as number),
				year
			})),
			end:
				last === undefined
					? null
					: {
							x: (xb(last) as number) + 8,
							y: yb(shareOf(role, last) as number) + 4,
							text: formatShare(shareOf(role, last) as number)
						}
		};
	});
	const [endA, endB] = lines.map((l) => l.end);
	if (endA && endB && Math.abs(endA.y - endB.y) < 13) {
		const mid = (endA.y + endB.y) / 2;
		const [upper, lower] = endA.y <= endB.y ? [endA, endB] : [endB, endA];
		upper.y = mid - 6.5;
		lower.y = mid + 6.5;
	}

	const points: TipPoint[] = years.flatMap((year) =>
		ROLE_ORDER.map((role) => {
			const row = rowOf(role, year);
			const bar = bars.find((b) => b.role === role && b.year === year)!;
			const share = row?.share_of_all_pct ?? null;
			return {
				key: `${role}-${year}`,
				x: bar.x + bar.w / 2,
				y: bar.y,
				title: `${ROLE_LABEL[role]}, ${year}${partialYears.has(year) ? ' (partial year)' : ''}`,
				lines: [
					`${formatCount(row?.listings ?? 0)} listings`,
					share === null
						? 'No listings of any title here'
						: `${formatShare(share)} of all ${formatCount(row?.all_listings ?? 0)} listings in the index`
				],
				role
			};
		})
	);

	const xTicksOf = (pos: (y: number) => number) =>
		years.map((year) => ({ x: pos(year), label: label(year) }));
	return {
		width,
		height,
		counts: {
			title: 'Listings',
			dx: 0,
			dy: 0,
			plot: plotA,
			xTicks: xTicksOf((y) => (xa(y) as number) + xa.bandwidth() / 2),
			yTicks: ya.ticks(4).map((t) => ({ y: ya(t), label: formatCount(t) })),
			bars
		},
		shares: {
			title: 'Share of all listings in the index',
			dx,
			dy,
			plot: plotB,
			xTicks: xTicksOf((y) => xb(y) as number),
			yTicks: yb.ticks(4).map((t) => ({ y: yb(t), label: `${t}%` })),
			lines
		},
		points
	};
}
