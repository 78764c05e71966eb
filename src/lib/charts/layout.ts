/**
 * A chart spec (what a chart draws, as data: see `$lib/view/charts`) laid out at a width, which
 * only the browser knows: `layoutOf` picks the geometry of the spec's kind; `Chart.svelte` writes
 * the SVG of the result.
 *
 * @example
 * layoutOf({ kind: 'gap', cells, years: [2023, 2024] }, 680)
 * // { kind: 'gap', layout: { width: 680, height: 250, marks: [...], ... } }
 */
import type { ChartSpec } from './specs';
import { demandLayout, type DemandLayout } from './demand';
import { dotRangeLayout, type DotRangeLayout } from './dotRange';
import { gapLayout, type GapLayout } from './gap';
import { marketLayout, type MarketLayout } from './market';
import { trendLayout, type TrendLayout } from './trend';

export type ChartLayout =
	| { kind: 'dot-range'; layout: DotRangeLayout }
	| { kind: 'trend'; layout: TrendLayout }
	| { kind: 'demand'; layout: DemandLayout }
	| { kind: 'gap'; layout: GapLayout }
	| { kind: 'market'; layout: MarketLayout };

export function layoutOf(spec: ChartSpec, width: number): ChartLayout {
	switch (spec.kind) {
		case 'dot-range':
			return { kind: spec.kind, layout: dotRangeLayout({ ...spec, width }) };
		case 'trend':
			return { kind: spec.kind, layout: trendLayout({ ...spec, width }) };
		case 'demand':
			return { kind: spec.kind, layout: demandLayout({ ...spec, width }) };
		case 'gap':
			return { kind: spec.kind, layout: gapLayout({ ...spec, width }) };
		case 'market':
			return { kind: spec.kind, layout: marketLayout({ ...spec, width }) };
	}
}
