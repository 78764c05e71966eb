/**
 * Geometry of market-wide demand, in up to two panels over one time axis: on top, Indeed's Job
 * Postings Index (2023 = 100), all postings and those that mention AI; under it, Indeed's monthly
 * share of postings that mention AI, for the region's country or the mean of its countries, with
 * each country's own line. A region with one of the two series only (Spain has no AI share, Global
 * no postings series) has that panel alone. The span the salary data covers is shaded in each.
 */
import { ticks } from 'd3-array';
import { POSTINGS_BASE_YEAR } from '$lib/domain';
import type { AiShareRow } from '$lib/data/schema';
import { formatIndex, formatMonth, formatPct } from '$lib/view/format';
import type { ChartSpecs } from './specs';
import {
	labelWidth,
	spreadLabels,
	type Axes,
	type PlotArea,
	type TipPoint,
	type XTick
} from './plot';
import { linePath } from './path';
import { linear } from './scales';

/** A line's name at its end: `y` the label's baseline (spread from the others'), `lineY` the line's. */
export interface LineEnd {
	x: number;
	y: number;
	lineY: number;
	text: string;
}

export interface MarketLine {
	key: string;
	/** `main`: the bold line (AI postings; the region's AI share); `all`: all postings; `country`: a country's AI share. */
	kind: 'main' | 'all' | 'country';
	d: string;
	end: LineEnd | null;
}

export interface MarketPanel extends Axes {
	kind: 'volume' | 'share';
	/** What the panel shows, over its top left corner. */
	heading: { x: number; y: number; text: string };
	/** Drawn behind the main line, each named at its end. */
	lines: MarketLine[];
	/** The height of 100 (the 2023 level) in the volume panel, drawn as a reference line. */
	base: number | null;
	/** The span the salary data covers, shaded over the panel's height. */
	salarySpan: { x: number; width: number } | null;
}

export interface MarketLayout {
	width: number;
	height: number;
	/** Top to bottom: postings, then the AI share (either may be missing). */
	panels: MarketPanel[];
	/** Where the salary span says what it is: in the top panel, at the span's top left. */
	salaryLabel: { x: number; y: number } | null;
	points: TipPoint[];
}

/**
 * Margins, and each panel's parts: its heading's height above its plot, the plot's height (two
 * panels, or one alone), the space between panels.
 */
const MARKET = {
	top: 4,
	bottom: 28,
	left: 44,
	right: 64,
	heading: 22,
	gap: 18,
	volume: 150,
	share: 110,
	alone: 180
};

/** Months since year 0: a linear time axis without d3's time modules (they would double the bundle). */
const monthIndex = (month: string) =>
	Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The first of `texts` (longest first) that fits in `room` in bold, or else the last. */
const fitting = (texts: readonly string[], room: number) =>
	texts.find((t) => 1.1 * labelWidth(t) <= room) ?? (texts.at(-1) as string);

export type MarketInput = ChartSpecs['market'] & {
	/** The chart's width in CSS pixels (the viewBox width). */
	width: number;
};

export function marketLayout(input: MarketInput): MarketLayout {
	const { rows, countries = [], postings = [], postingsArea = null, width, salaryMonths } = input;
	const ai = postings.filter((p) => p.ai_postings_2023_100 !== null);
	const lastShare = rows.at(-1);
	const lastAll = postings.at(-1);
	const lastAi = ai.at(-1);
	// the end labels, bold where they name the main line (a tenth wider than labelWidth allows)
	const shareEnd = lastShare
		? `${countries.length ? 'mean ' : ''}${formatPct(lastShare.ai_share_pct, 1)}`
		: null;
	const allEnd = lastAll ? `all ${formatIndex(lastAll.all_postings_2023_100)}` : null;
	const aiEnd = lastAi ? `AI ${formatIndex(lastAi.ai_postings_2023_100 as number)}` : null;
	const right = Math.max(
		MARKET.right,
		...[shareEnd, aiEnd].map((t) => (t ? Math.ceil(8 + 1.1 * labelWidth(t)) : 0)),
		allEnd ? Math.ceil(8 + labelWidth(allEnd)) : 0
	);

	// one time axis over every month either series has
	const months = [
		...new Set([...rows.map((r) => r.month), ...postings.map((p) => p.month)])
	].sort();
	const first = months[0] ? monthIndex(months[0]) : 0;
	const last = months.length ? monthIndex(months.at(-1) as string) : 1;
	const scale = linear([first, last], [MARKET.left, width - right]);
	const x = (month: string) => scale(monthIndex(month));

	// the panels' plots, top to bottom
	const kinds: MarketPanel['kind'][] = [
		...(postings.length ? (['volume'] as const) : []),
		...(rows.length ? (['share'] as const) : [])
	];
	let top = MARKET.top;
	const plots = kinds.map((kind) => {
		const height = kinds.length === 1 ? MARKET.alone : MARKET[kind];
		const headingY = top + 12;
		const plot: PlotArea = {
			left: MARKET.left,
			right: width - right,
			top: top + MARKET.heading,
			bottom: top + MARKET.heading + height
		};
		top = plot.bottom + MARKET.gap;
		return { kind, plot, headingY };
	});
	const height = (plots.at(-1)?.plot.bottom ?? MARKET.top) + MARKET.bottom;

	// a tick at each January shown, thinned to about 3 (phone) or 6 years; under the lowest panel
	// (none where the months shown have no January: d3 would count down from the next year)
	const [from, to] = [Math.ceil(first / 12), Math.floor(last / 12)];
	const years = from <= to ? ticks(from, to, width < 480 ? 3 : 6).filter(Number.isInteger) : [];
	const xTicks: XTick[] = years.map((year) => ({ x: scale(year * 12), label: String(year) }));
	const clamp = (month: string) => Math.min(width - right, Math.max(MARKET.left, x(month)));
	const span = salaryMonths
		? { x: clamp(salaryMonths[0]), width: clamp(salaryMonths[1]) - clamp(salaryMonths[0]) }
		: null;

	const yOf: Partial<Record<MarketPanel['kind'], (v: number) => number>> = {};
	const panels = plots.map(({ kind, plot, headingY }, i): MarketPanel => {
		const values =
			kind === 'volume'
				? postings.flatMap((p) => [p.all_postings_2023_100, p.ai_postings_2023_100 ?? 0])
				: [...rows, ...countries].map((r) => r.ai_share_pct);
		const y = linear([0, Math.max(1, ...values)], [plot.bottom, plot.top], 4);
		yOf[kind] = y;
		const end = (month: string, value: number, text: string): LineEnd => ({
			x: x(month) + 6,
			y: y(value) + 4,
			lineY: y(value),
			text
		});
		const lines: MarketLine[] = [];
		if (kind === 'volume') {
			lines.push({
				key: 'all',
				kind: 'all',
				d: linePath(
					postings,
					(p) => x(p.month),
					(p) => y(p.all_postings_2023_100)
				),
				end: lastAll && allEnd ? end(lastAll.month, lastAll.all_postings_2023_100, allEnd) : null
			});
			if (lastAi && aiEnd)
				lines.push({
					key: 'ai',
					kind: 'main',
					d: linePath(
						postings,
						(p) => x(p.month),
						(p) => y(p.ai_postings_2023_100 ?? 0),
						(p) => p.ai_postings_2023_100 !== null
					),
					end: end(lastAi.month, lastAi.ai_postings_2023_100 as number, aiEnd)
				});
		} else {
			const byCountry = new Map<string, AiShareRow[]>();
			for (const r of countries)
				byCountry.set(r.countries, [...(byCountry.get(r.countries) ?? []), r]);
			const pathOf = (series: readonly AiShareRow[]) =>
				linePath(
					series,
					(r) => x(r.month),
					(r) => y(r.ai_share_pct)
				);
			for (const [country, series] of byCountry) {
				const lastRow = series.at(-1) as AiShareRow;
				lines.push({
					key: country,
					kind: 'country',
					d: pathOf(series),
					end: end(lastRow.month, lastRow.ai_share_pct, country)
				});
			}
			if (lastShare && shareEnd)
				lines.push({
					key: 'share',
					kind: 'main',
					d: pathOf(rows),
					end: end(lastShare.month, lastShare.ai_share_pct, shareEnd)
				});
		}
		// baselines from a cap height under the plot's top to just under its bottom
		spreadLabels(
			lines.flatMap((l) => (l.end ? [l.end] : [])),
			12,
			[plot.top + 8, plot.bottom + 4]
		);
		return {
			kind,
			plot,
			heading: {
				x: MARKET.left,
				y: headingY,
				text: fitting(
					kind === 'volume'
						? [
								`Job postings${postingsArea ? ` in the ${postingsArea}` : ''}, ${POSTINGS_BASE_YEAR} = 100`,
								`Postings${postingsArea ? `, ${postingsArea}` : ''}, ${POSTINGS_BASE_YEAR} = 100`,
								`${postingsArea ? `${postingsArea.charAt(0).toUpperCase()}${postingsArea.slice(1)}` : 'Postings'}, ${POSTINGS_BASE_YEAR} = 100`
							]
						: ['Share of job postings that mention AI', 'Share that mention AI'],
					width - MARKET.left
				)
			},
			lines,
			xTicks: i === plots.length - 1 ? xTicks : [],
			yTicks: y.ticks(4).map((t) => ({ y: y(t), label: kind === 'volume' ? String(t) : `${t}%` })),
			base: kind === 'volume' ? y(100) : null,
			salarySpan: span
		};
	});

	const share = new Map(rows.map((r) => [r.month, r]));
	const volume = new Map(postings.map((p) => [p.month, p]));
	const inMonth = (month: string) => countries.filter((r) => r.month === month);
	const yVolume = yOf.volume;
	const yShare = yOf.share;
	return {
		width,
		height,
		panels,
		// (a span the months shown do not reach has no width, and no label)
		salaryLabel:
			span && span.width > 0 && plots[0] ? { x: span.x + 4, y: plots[0].plot.top + 12 } : null,
		points: months.map((month) => {
			const p = volume.get(month);
			const s = share.get(month);
			const pointY =
				p && yVolume
					? yVolume(p.ai_postings_2023_100 ?? p.all_postings_2023_100)
					: s && yShare
						? yShare(s.ai_share_pct)
						: 0;
			return {
				key: month,
				x: x(month),
				y: pointY,
				title: formatMonth(month),
				lines: [
					...(p
						? [
								`All job postings: ${formatIndex(p.all_postings_2023_100)} (${POSTINGS_BASE_YEAR} = 100)`,
								...(p.ai_postings_2023_100 === null
									? []
									: [`Postings that mention AI: ${formatIndex(p.ai_postings_2023_100)}`])
							]
						: []),
					...(s
						? [
								`${formatPct(s.ai_share_pct, 2)} of job postings mention AI`,
								s.countries.includes(' ')
									? `Mean of ${s.countries.split(' ').join(', ')}`
									: `Country: ${s.countries}`,
								...(inMonth(month).length
									? [
											inMonth(month)
												.map((c) => `${c.countries} ${formatPct(c.ai_share_pct, 1)}`)
												.join(', ')
										]
									: []),
								`${s.days} daily values averaged`
							]
						: [])
				]
			};
		})
	};
}
