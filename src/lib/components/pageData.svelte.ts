/**
 * A region page's data in the browser. The prerendered page inlines only the rows its opening view
 * draws (`firstView`); the complete data is fetched once the reader starts using the page (a
 * scroll, key, click or touch: the filters may be next), or at once when the view asked for is not
 * the opening one (a link with filters). Until it is there, `complete` is false and the dashboard
 * keeps to the opening view, which those rows draw exactly. Call while a component initialises.
 */
import { onMount } from 'svelte';
import { resolve } from '$app/paths';
import { unpackRegionPage, type RegionPageData } from '$lib/data/regionPage';
import { firstInteraction } from '$lib/island/defer';

export function pageData(first: () => RegionPageData, wanted: () => boolean) {
	/** The complete data of the last region fetched. */
	let loaded = $state.raw<RegionPageData | null>(null);
	let failed = $state(false);
	/** The reader has used the page: from then on every region's complete data is fetched. */
	let active = $state(false);
	let pending: string | null = null;
	onMount(() => firstInteraction(() => (active = true)));

	const data = $derived(loaded?.region.id === first().region.id ? loaded : first());

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
		if (!data.complete && (active || wanted())) load(first().region.id);
	});

	return {
		get data() {
			return data;
		},
		/** Whether `data` holds every view's rows (false until the fetch is done). */
		get complete() {
			return data.complete;
		},
		/** The fetch failed (offline, or the server answered with an error). */
		get failed() {
			return failed;
		}
	};
}
