import { describe, expect, it } from 'vitest';
import { demandLayout } from '$lib/charts/demand';
import { gapLayout } from '$lib/charts/gap';
import { layoutOf } from '$lib/charts/layout';
import { marketLayout } from '$lib/charts/market';
import { trendLayout } from '$lib/charts/trend';
import { payCell } from '../helpers';

const cells = [
	payCell({ role: 'ml_engineer', period: 2024, listings: 40, median: 100000 }),
	payCell({ role: 'ai_engineer', period: 2024, listings: 40, median: 90000 })
];
const years = [2023, 2024];

describe('layoutOf', () => {
	it('lays each kind of spec out with its own geometry, at the width given', () => {
		expect(layoutOf({ kind: 'trend', cells, years, currency: 'GBP' }, 500)).toEqual({
			kind: 'trend',
			layout: trendLayout({ cells, years, currency: 'GBP', width: 500 })
		});
		expect(layoutOf({ kind: 'gap', cells, years }, 360)).toEqual({
			kind: 'gap',
			layout: gapLayout({ cells, years, width: 360 })
		});
		expect(layoutOf({ kind: 'demand', rows: [], years }, 700)).toEqual({
			kind: 'demand',
			layout: demandLayout({ rows: [], years, width: 700 })
		});
		expect(layoutOf({ kind: 'market', rows: [] }, 320).layout).toEqual(
			marketLayout({ rows: [], width: 320 })
		);
	});

	it('gives a dot-range chart its range kind for the drawing', () => {
		const spec = {
			kind: 'dot-range',
			bands: [{ id: 'gb', name: 'United Kingdom' }],
			cellOf: () => cells[0],
			range: 'iqr',
			currency: 'GBP'
		} as const;
		const { kind, layout } = layoutOf(spec, 680);
		expect(kind).toBe('dot-range');
		expect(layout).toMatchObject({ width: 680, range: 'iqr' });
	});
});
