/**
 * Geometry of role demand, in two panels: listings per year per role (bars), and those listings as
 * a share of all listings in the index for the same region, year and level (lines), so the index's
 * own growth is not mistaken for demand. Side by side on wide charts, stacked on narrow ones.
 * A share of fewer than MIN_LISTINGS listings of the role in a year is not drawn (one listing moves
 * it by whole points): no line passes through its year, whose place says "too few" (methodology v3).
 */
import { isPartial, MIN_LISTINGS, ROLE_LABEL, ROLE_SHORT, ROLES, type Role } from '$lib/domain';
import { cellAt } from '$lib/data/pay';
import { formatCount, formatListings, formatPct, formatYear } from '$lib/view/format';
import type { ChartSpecs } from './specs';
import { plotArea, separateLabels, SUB_LINE, yearTicks, type Axes, type TipPoint } from './plot';
import { linePath } from './path';
import { band, linear, point } from './scales';

export interface DemandPanel extends Axes {
	title: string;
	/** Offset of the panel inside the chart. */
	dx: number;
	dy: number;
}

export interface DemandLayout {
	width: number;
	height: number;
	counts: DemandPanel & {
		/** The roles' colours, named: a key above the bars. */
		legend: { role: Role; x: number; y: number; text: string }[];
		bars: {
			role: Role;
			year: number;
			x: number;
			y: number;
			w: number;
			h: number;
			/** The count above the bar. */
			label: { x: number; y: number; text: string };
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
		/**
		 * Where a role has listings, but too few for its share to be drawn: one label over each run
		 * of years that say the same, at its middle (`year`: the run's first).
		 */
		tooFew: { x: number; y: number; year: number; text: string }[];
		/** Where no share can be drawn at all: one note in the panel instead of an empty scale. */
		empty: { x: number; y: number; text: string } | null;
	};
	points: TipPoint[];
}

const PANEL = { height: 230, top: 28, bottom: 28, left: 44, right: 16, gap: 32, shareRight: 56 };

export type DemandInput = ChartSpecs['demand'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

export function demandLayout(input: DemandInput): DemandLayout {
	const { rows, years, width } = input;
	const sideBySide = width >= 640;
	const panelWidth = sideBySide ? (width - PANEL.gap) / 2 : width;
	// a partial year's months take a second line under the axes: the panels grow to hold it
	const sub = years.some(isPartial) ? SUB_LINE : 0;
	const panelHeight = PANEL.height + sub;
	const height = sideBySide ? panelHeight : panelHeight * 2 + PANEL.gap;
	const rowOf = (role: Role, year: number) => cellAt(rows, role, year);

	// Panel 1: listings
	const bottom = PANEL.bottom + sub;
	const plotA = plotArea(panelWidth, panelHeight, { ...PANEL, bottom });
	const xa = band(years, [plotA.left, plotA.right], 0.3, 0.15);
	const xr = band(ROLES, [0, xa.bandwidth()], 0.08, 0.08);
	const maxCount = Math.max(
		1,
		...rows.filter((r) => years.includes(r.period as number)).map((r) => r.listings)
	);
	const ya = linear([0, maxCount], [plotA.bottom, plotA.top], 4);
	const bars = years.flatMap((year) =>
		ROLES.map((role) => {
			const n = rowOf(role, year)?.listings ?? 0;
			const x = (xa(year) as number) + (xr(role) as number);
			const w = xr.bandwidth();
			return {
				role,
				year,
				x,
				y: ya(n),
				w,
				h: plotA.bottom - ya(n),
				label: { x: x + w / 2, y: ya(n) - 4, text: formatCount(n) },
				partial: isPartial(year)
			};
		})
	);

	// Panel 2: share of the stable panel
	const dx = sideBySide ? panelWidth + PANEL.gap : 0;
	const dy = sideBySide ? 0 : panelHeight + PANEL.gap;
	const plotB = plotArea(panelWidth, panelHeight, { ...PANEL, bottom, right: PANEL.shareRight });
	const xb = point(years, [plotB.left, plotB.right], 0.3);
	// a year whose stable panel has listings but the role fewer than MIN_LISTINGS (none included):
	// a share of a handful moves by whole points with one listing, and 0 of a panel is no line
	const thin = (role: Role, year: number) => {
		const row = rowOf(role, year);
		return !!row && row.panel_listings > 0 && row.listings < MIN_LISTINGS;
	};
	const shareOf = (role: Role, year: number) =>
		thin(role, year) ? null : (rowOf(role, year)?.share_of_panel_pct ?? null);
	const maxShare = Math.max(0.1, ...years.flatMap((y) => ROLES.map((r) => shareOf(r, y) ?? 0)));
	const anyShare = years.some((y) => ROLES.some((r) => shareOf(r, y) !== null));
	const yb = linear([0, maxShare], [plotB.bottom, plotB.top], 4);
	const lines = ROLES.map((role) => {
		const d = linePath(
			years,
			(year) => xb(year) as number,
			(year) => yb(shareOf(role, year) as number),
			(year) => shareOf(role, year) !== null
		);
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
							text: formatPct(shareOf(role, last) as number)
						}
		};
	});
	separateLabels(lines[0]?.end, lines[1]?.end, 13);

	const points: TipPoint[] = years.flatMap((year) =>
		ROLES.map((role) => {
			const row = rowOf(role, year);
			const bar = bars.find((b) => b.role === role && b.year === year)!;
			const share = row?.share_of_panel_pct ?? null;
			const n = row?.listings ?? 0;
			return {
				key: `${role}-${year}`,
				x: bar.x + bar.w / 2,
				y: bar.y,
				title: `${ROLE_LABEL[role]}, ${formatYear(year, 'tooltip')}`,
				lines: [
					formatListings(row?.listings ?? 0),
					share === null
						? 'No listings of the panel here'
						: thin(role, year)
							? `Share not shown: ${formatListings(n)}, under ${MIN_LISTINGS}`
							: `${formatPct(share)} of ${formatCount(row?.panel_listings ?? 0)} listings in the stable panel`
				],
				role
			};
		})
	);

	const xTicksOf = (pos: (y: number) => number) => yearTicks(years, pos);
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
			legend: ROLES.map((role, i) => ({
				role,
				x: plotA.left + 70 + i * 100,
				y: 3,
				text: ROLE_LABEL[role]
			})),
			bars
		},
		shares: {
			title: 'Share of the stable panel',
			dx,
			dy,
			plot: plotB,
			xTicks: xTicksOf((y) => xb(y) as number),
			// no scale where there is nothing to read on it
			yTicks: anyShare ? yb.ticks(4).map((t) => ({ y: yb(t), label: `${t}%` })) : [],
			lines,
			empty: anyShare
				? null
				: {
						x: (plotB.left + plotB.right) / 2,
						y: (plotB.top + plotB.bottom) / 2,
						text: `Under ${MIN_LISTINGS} listings a year: no share shown`
					},
			// just above the axis, once over each run of years that say the same (which role is thin),
			// so a narrow chart's years do not each carry a label that runs into the next
			tooFew: runsOf(
				years.map((year) => {
					const which = ROLES.filter((role) => thin(role, year));
					const text =
						!anyShare || which.length === 0
							? null
							: which.length === 2
								? 'too few'
								: `${ROLE_SHORT[which[0] as Role]}: too few`;
					return { year, text };
				})
			).map(({ first, last, text }) => ({
				x: ((xb(first) as number) + (xb(last) as number)) / 2,
				y: plotB.bottom - 6,
				year: first,
				text
			}))
		},
		points
	};
}

/** Consecutive years with the same label (none where `text` is null), each run once. */
function runsOf(years: readonly { year: number; text: string | null }[]) {
	const runs: { first: number; last: number; text: string }[] = [];
	let previous: string | null = null;
	for (const { year, text } of years) {
		const run = runs.at(-1);
		if (text !== null && run && text === previous) run.last = year;
		else if (text !== null) runs.push({ first: year, last: year, text });
		previous = text;
	}
	return runs;
}
