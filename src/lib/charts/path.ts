/**
 * SVG paths of straight-segment lines and bands, as d3-shape's `line()` and `area()` draw them with
 * the default linear curve: each run of defined points is its own sub-path (`M` then `L`s), and a
 * band runs along its upper edge and back along its lower edge, then closes. Coordinates are
 * rounded to a tenth of a viewBox unit (a twentieth of a pixel or less on screen). The charts need
 * nothing else of d3-shape, whose curve classes a bundler cannot drop and which would cost every
 * page more JavaScript than these lines.
 *
 * @example
 * linePath([0, 1, 2], (i) => i * 10, (i) => 5) // 'M0,5L10,5L20,5'
 */

const round = (v: number) => Math.round(v * 10) / 10;
const at = (x: number, y: number) => `${round(x)},${round(y)}`;

/** A line through the items' points, broken where `defined` is false; '' when nothing is drawn. */
export function linePath<T>(
	items: readonly T[],
	x: (item: T) => number,
	y: (item: T) => number,
	defined: (item: T) => boolean = () => true
): string {
	return segments(items, defined)
		.map((run) => 'M' + run.map((d) => at(x(d), y(d))).join('L'))
		.join('');
}

/**
 * A band between `y0` (lower edge) and `y1` (upper edge) over the items' points, broken where
 * `defined` is false; '' when nothing is drawn.
 */
export function areaPath<T>(
	items: readonly T[],
	x: (item: T) => number,
	y0: (item: T) => number,
	y1: (item: T) => number,
	defined: (item: T) => boolean = () => true
): string {
	return segments(items, defined)
		.map((run) => {
			const upper = run.map((d) => at(x(d), y1(d)));
			const lower = run.map((d) => at(x(d), y0(d))).reverse();
			return `M${upper.join('L')}L${lower.join('L')}Z`;
		})
		.join('');
}

/** The runs of consecutive items for which `defined` holds. */
function segments<T>(items: readonly T[], defined: (item: T) => boolean): T[][] {
	const out: T[][] = [];
	let run: T[] | null = null;
	for (const item of items) {
		if (!defined(item)) run = null;
		else if (run) run.push(item);
		else out.push((run = [item]));
	}
	return out;
}
