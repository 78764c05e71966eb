/**
 * A region page's first-view loading state in the browser: which data the page has, which view it
 * can show with it, and when its parts below the fold are hydrated.
 *
 * The prerendered page inlines only the rows its opening view draws (`firstView`); the complete
 * data is fetched once the reader starts using the page (a scroll, key, click or touch: the filters
 * may be next), or at once when the view asked for is not the opening one (a link with filters).
 * Until it is there, `complete` is false and the page keeps to the opening view, which those rows
 * draw exactly (`shown`), and says it is loading (`waiting`). Call while a component initialises.
 */
import { onMount } from 'svelte';
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { unpackRegionPage, type RegionPageData } from '$lib/data/regionPageData';
import { firstInteraction } from '$lib/island/defer';
import { defaultControls, isOpeningView } from '$lib/view/filters';
import type { FilterState } from './filterState.svelte';

export function pageData(first: () => RegionPageData, filters: FilterState) {
	/** The complete data of the last region fetched. */
	let loaded = $state.raw<RegionPageData | null>(null);
	let failed = $state(false);
	/** The reader has used the page: from then on every region's complete data is fetched. */
	let active = $state(false);
	let pending: string | null = null;
	onMount(() => firstInteraction(() => (active = true)));

	const data = $derived(loaded?.region.id === first().region.id ? loaded : first());
	/** The filters ask for the opening view, which the first rows draw exactly. */
	const opening = $derived(isOpeningView(filters.controls, filters.region));

	function load(id: string) {
		if (pending === id) return;
		pending = id;
		failed = false;
		fetch(resolve('/page-data/[region].json', { region: id }))
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json();
			})
			.then((packed) => (loaded = unpackRegionPage(packed)))
			.catch(() => {
				if (first().region.id === id) failed = true;
			})
			.finally(() => {
				if (pending === id) pending = null;
			});
	}

	$effect(() => {
		if (!data.complete && (active || !opening)) load(first().region.id);
	});

	// until the complete data is there, the opening view (which the page's own rows draw exactly)
	const shown = $derived(
		data.complete || opening ? filters.controls : defaultControls(filters.region)
	);
	// The parts below the fold that show the view (the chart frames, where your pay would sit) are
	// hydrated when needed, but a link with filters opens on a view their prerendered markup does
	// not show: hydrate them right after the page, so that none shows the opening view's words to a
	// reader scrolling down.
	const belowFold = browser && location.search !== '' ? 'after-page' : 'when-needed';

	return {
		get data() {
			return data;
		},
		/** The filters of the view the page can show now: those asked for, or the opening view's. */
		get shown() {
			return shown;
		},
		/** The view asked for waits for the complete data (the page shows the opening view). */
		get waiting() {
			return !data.complete && !opening;
		},
		/** The fetch failed (offline, or the server answered with an error). */
		get failed() {
			return failed;
		},
		/** When the parts below the fold that show the view are hydrated (see `Island`). */
		belowFold
	} as const;
}
