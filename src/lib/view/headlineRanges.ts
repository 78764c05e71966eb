/**
 * The headline's drawing: each role's median as a dot on its 95% interval, on one scale from zero
 * (as the preview image draws them), so the first screen shows how far apart the two medians are
 * and how much their intervals overlap. Positions are percentages of the drawing's width, so the
 * prerendered HTML fits any width without JavaScript.
 */
import { ROLE_LABEL, type Role } from '../domain';
import { isShown, type PayCell } from '../data/pay';
import { linear } from '../charts/scales';

export interface RangeMark {
	role: Role;
	label: string;
	/** The interval's ends and the median, in % of the width. */
	low: number;
	median: number;
	high: number;
	/** A median of 10–29 independent listings: a hollow dot, as in the charts. */
	hollow: boolean;
}

export interface HeadlineRanges {
	marks: RangeMark[];
	/**
	 * The scale's labels, in % of the width; the ends' labels align inwards. Every other one
	 * between the ends is `minor`: a narrow screen leaves it out so the labels do not run together.
	 */
	ticks: { at: number; text: string; align: 'start' | 'middle' | 'end'; minor: boolean }[];
}

/** About this many labels on the scale (d3's tick count: round values, fewer where they crowd). */
const TICKS = 4;

/**
 * Each shown median on its interval, on a scale from zero to a round value past the highest
 * interval end; null where no role has a median.
 *
 * @example
 * headlineRanges([ml, ai], (v) => `£${v / 1000}k`)
 * // { marks: [{ role: 'ml_engineer', low: 37, median: 47, high: 58, … }, …],
 * //   ticks: [{ at: 0, text: '£0k', align: 'start' }, …, { at: 100, text: '£200k', align: 'end' }] }
 */
export function headlineRanges(
	cells: readonly (PayCell | undefined)[],
	format: (value: number) => string
): HeadlineRanges | null {
	const shown = cells.filter(isShown);
	if (shown.length === 0) return null;
	const x = linear([0, Math.max(...shown.map((c) => c.ciHigh))], [0, 100], TICKS);
	const at = (v: number) => Math.round(x(v) * 100) / 100;
	const end = x.domain()[1];
	return {
		marks: shown.map((c) => ({
			role: c.role,
			label: ROLE_LABEL[c.role],
			low: at(c.ciLow),
			median: at(c.median),
			high: at(c.ciHigh),
			hollow: c.confidence === 'low'
		})),
		ticks: x.ticks(TICKS).map((t, i) => ({
			at: at(t),
			text: format(t),
			align: t === 0 ? 'start' : t === end ? 'end' : 'middle',
			minor: i % 2 === 1 && t !== end
		}))
	};
}
