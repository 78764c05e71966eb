import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { ROLES } from '$lib/domain';
import { snapshots } from '$lib/server/snapshots';
import { dashboardView } from '$lib/view/dashboard';
import {
	EMBED_HEIGHT_ROOM,
	embedControls,
	embedFilters,
	embedSnippet,
	snippetHeight
} from '$lib/view/embed';
import {
	controlsQuery,
	defaultControls,
	everyControls,
	type Controls,
	type FilterRegion
} from '$lib/view/filters';

describe('embedSnippet', () => {
	it('frames the address with the chart’s title, its quotes and ampersands escaped, at its height', () => {
		expect(
			embedSnippet('https://site.example/embed/gb/pay-trend?a=1&b=2', 'Pay "rose" & fell', {
				theme: 'light',
				height: 780
			})
		).toBe(
			'<iframe src="https://site.example/embed/gb/pay-trend?a=1&amp;b=2" title="Pay &quot;rose&quot; &amp; fell" width="100%" height="780" style="border:0;max-width:760px" loading="lazy"></iframe>'
		);
	});

	it('asks for the dark colours with #dark at the end of the address, and for light with nothing', () => {
		const src = 'https://site.example/embed/gb/pay-gap/level-SE';
		const address = (theme: 'light' | 'dark') =>
			/ src="([^"]*)"/.exec(embedSnippet(src, 'T', { theme, height: 700 }))?.[1];
		expect(address('dark')).toBe(`${src}#dark`);
		expect(address('light')).toBe(src);
	});

	it('gives the frame a whole number of pixels', () => {
		expect(embedSnippet('/e', 'T', { theme: 'light', height: 700.2 })).toContain('height="701"');
	});
});

describe('snippetHeight', () => {
	it('is the measured height with room for a line more of text, rounded up to 10 px', () => {
		expect(snippetHeight(700)).toBe(Math.ceil((700 + EMBED_HEIGHT_ROOM) / 10) * 10);
		expect(snippetHeight(731.2)).toBe(780);
		expect(snippetHeight(732)).toBe(780);
		expect(snippetHeight(732.1)).toBe(790);
	});

	it('always holds the measured page, with the room to spare', () => {
		for (const h of [0, 1, 359.5, 636, 1150, 2000.01])
			expect(snippetHeight(h) - h).toBeGreaterThanOrEqual(EMBED_HEIGHT_ROOM);
	});
});

// a country page that opens in its own currency as advertised, in the latest full year
const uk: FilterRegion = { currency: 'GBP', basis: 'local', period: 2024 };
const all = ['level', 'def', 'basis', 'period', 'currency'] as const;

describe('embedFilters and embedControls', () => {
	it('names nothing for the opening view', () => {
		expect(embedFilters(defaultControls(uk), uk, all)).toBe('');
		expect(embedControls('', uk, 2024, all)).toEqual(defaultControls(uk));
	});

	it('names the filters that differ from the defaults, in the order of links', () => {
		const senior: Controls = {
			level: 'SE',
			def: 'broad',
			basis: 'all',
			period: 2024,
			currency: 'EUR'
		};
		expect(embedFilters(senior, uk, all)).toBe('level-SE/def-broad/basis-all/currency-EUR');
		expect(embedControls('level-SE/def-broad/basis-all/currency-EUR', uk, 2024, all)).toEqual(
			senior
		);
		// a period with a dash in it
		const pooled = { ...defaultControls(uk), period: '2023-2025' as const };
		expect(embedFilters(pooled, uk, all)).toBe('period-2023-2025');
		expect(embedControls('period-2023-2025', uk, 2024, all)).toEqual(pooled);
	});

	it('leaves out the filters the chart does not depend on', () => {
		const state: Controls = {
			level: 'MI',
			def: 'strict',
			basis: 'all',
			period: '2023-2025',
			currency: 'USD'
		};
		expect(embedFilters(state, uk, ['level', 'def'])).toBe('level-MI');
		expect(embedFilters(state, uk, [])).toBe('');
		expect(embedControls('level-MI', uk, 2024, ['level', 'def'])).toEqual({
			...defaultControls(uk),
			level: 'MI'
		});
	});

	it('has no state for a path that is not the canonical one', () => {
		for (const path of [
			'basis-all/level-SE', // out of order
			'level-all', // the default, named
			'level-XX', // no such level
			'level', // no value
			'-SE',
			'period-2023-2025', // a filter the chart does not depend on
			'level-SE/'
		])
			expect(embedControls(path, uk, 2024, ['level', 'basis']), path).toBeNull();
	});
});

/** A chart view as data: the dot-range charts' cell lookups replaced by the cells they look up. */
const drawn = (chart: ReturnType<typeof dashboardView>['charts'][number]) =>
	JSON.stringify({
		...chart,
		spec:
			chart.spec.kind === 'dot-range'
				? {
						...chart.spec,
						cellOf: chart.spec.bands.map((b) =>
							ROLES.map((r) =>
								chart.spec.kind === 'dot-range' ? chart.spec.cellOf(b.id, r) : null
							)
						)
					}
				: chart.spec
	});

// the committed snapshots: whatever they hold, a chart must not change with a filter it ignores
const s = snapshots();

describe('every chart depends on its filters only', () => {
	it.each(s.regions.map((r) => r.id))(
		'%s: each chart in every filter state is the chart its embed shows',
		(id) => {
			const page = unpackRegionPage(buildRegionPage(s, id)!);
			const region = page.regions.find((r) => r.id === id)!;
			const views = new Map<string, ReturnType<typeof dashboardView>>();
			const viewOf = (controls: Controls) => {
				const key = controlsQuery(controls, region);
				let view = views.get(key);
				if (!view) views.set(key, (view = dashboardView(page, controls)));
				return view;
			};
			const states = everyControls(region, page.latestYear);
			// every option of every filter, each state once
			expect(states.length).toBe(new Set(states.map((c) => controlsQuery(c, region))).size);
			expect(new Set(states.map((c) => c.level)).size).toBe(5);
			expect(new Set(states.map((c) => c.period)).size).toBe(2);
			for (const controls of states)
				for (const chart of viewOf(controls).charts) {
					const path = embedFilters(controls, region, chart.dependsOn);
					const shown = embedControls(path, region, page.latestYear, chart.dependsOn);
					expect(shown, `${chart.id} ${path}`).not.toBeNull();
					const embedded = viewOf(shown!).charts.find((c) => c.id === chart.id)!;
					expect(drawn(embedded), `${chart.id} at ${controlsQuery(controls, region)}`).toBe(
						drawn(chart)
					);
				}
		}
	);
});
