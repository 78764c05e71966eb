import { describe, expect, it } from 'vitest';
import { buildRegionPage, firstView } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { snapshots } from '$lib/server/snapshots';
import { dashboardView } from '$lib/view/dashboard';
import { defaultControls } from '$lib/view/filters';
import { ROLES } from '$lib/domain';

/** A dashboard view with each chart's cell lookup replaced by the cells it looks up. */
function drawn(view: ReturnType<typeof dashboardView>) {
	return {
		...view,
		charts: view.charts.map(({ spec, ...chart }) => ({
			...chart,
			spec:
				spec.kind === 'dot-range'
					? { ...spec, cellOf: spec.bands.map((b) => ROLES.map((r) => spec.cellOf(b.id, r))) }
					: spec
		}))
	};
}

// the committed snapshots: whatever they hold, the first view must draw exactly what all rows draw
const s = snapshots();

describe('firstView', () => {
	it.each(s.regions.map((r) => r.id))(
		'opens %s exactly as the complete data does, on fewer rows',
		(id) => {
			const page = buildRegionPage(s, id)!;
			const first = firstView(page);
			const full = unpackRegionPage(page);
			const part = unpackRegionPage(first);
			const controls = defaultControls(full.regions.find((r) => r.id === id)!);
			expect(drawn(dashboardView(part, controls))).toEqual(drawn(dashboardView(full, controls)));
			expect(part.complete).toBe(false);
			expect(full.complete).toBe(true);
			// only rows of the complete data, and fewer of them
			for (const key of ['cells', 'regionCells', 'listings'] as const) {
				const all = full[key].map((r) => JSON.stringify(r));
				for (const r of part[key]) expect(all).toContain(JSON.stringify(r));
			}
			expect(part.cells.length + part.regionCells.length).toBeLessThan(
				(full.cells.length + full.regionCells.length) / 2
			);
		}
	);
});
