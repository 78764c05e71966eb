/**
 * The three scales the charts use, with d3-scale's exact arithmetic (linear with nice domains and
 * ticks from d3-array; band; point) but without its interpolators and colour space code, which the
 * charts never touch and which would be most of their share of the page's JavaScript.
 */
import { nice as niceDomain, ticks as tickValues } from 'd3-array';

export interface Linear {
	(value: number): number;
	domain(): [number, number];
	ticks(count?: number): number[];
}

/** A linear map from `domain` to `range`; `nice` extends the domain to round tick values as d3 does. */
export function linear(domain: [number, number], range: [number, number], nice?: number): Linear {
	const [d0, d1] =
		nice === undefined ? domain : (niceDomain(domain[0], domain[1], nice) as [number, number]);
	const [r0, r1] = range;
	const span = d1 - d0;
	// d3's normalise-then-interpolate, to the last bit
	const scale = ((value: number) => {
		const t = span ? (value - d0) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	}) as Linear;
	scale.domain = () => [d0, d1];
	scale.ticks = (count = 10) => tickValues(d0, d1, count);
	return scale;
}

export interface Band<T> {
	(value: T): number | undefined;
	bandwidth(): number;
}

/**
 * Evenly spaced bands for `domain` over `range`, as d3's scaleBand with `paddingInner`,
 * `paddingOuter` and the default centring.
 */
export function band<T>(
	domain: readonly T[],
	range: [number, number],
	paddingInner = 0,
	paddingOuter = 0
): Band<T> {
	const n = domain.length;
	// as d3: the bands are laid from the lower end of the range, in reverse order where the range
	// runs backwards (a y axis from the bottom up), so the bandwidth is never negative
	const reverse = range[1] < range[0];
	const [r0, r1] = reverse ? [range[1], range[0]] : range;
	const step = (r1 - r0) / Math.max(1, n - paddingInner + paddingOuter * 2);
	const start = r0 + (r1 - r0 - step * (n - paddingInner)) * 0.5;
	const index = new Map(domain.map((d, i) => [d, reverse ? n - 1 - i : i]));
	const scale = ((value: T) => {
		const i = index.get(value);
		return i === undefined ? undefined : start + step * i;
	}) as Band<T>;
	scale.bandwidth = () => step * (1 - paddingInner);
	return scale;
}

/** Evenly spaced points for `domain` over `range`, as d3's scalePoint with `padding`. */
export function point<T>(domain: readonly T[], range: [number, number], padding = 0): Band<T> {
	return band(domain, range, 1, padding);
}
