/**
 * The dashboard's filter state in the browser: read from the page's URL once hydrated (prerendering
 * has no query), written back as a history entry of its own on every change, and carried along to
 * another region's page. An address with a value the page does not offer (`?level=ZZ`) is replaced
 * by the address of the view shown, and `notice` says what was shown instead until a filter changes.
 * Call `filterState` while a component initialises.
 */
import { onMount } from 'svelte';
import { afterNavigate, goto, pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import {
	controlsForRegion,
	controlsQuery,
	defaultControls,
	filterFields,
	parseControls,
	readControls,
	type Controls,
	type FilterRegion
} from '$lib/view/filters';

type Region = FilterRegion & { id: string };

export function filterState(
	current: () => { region: { id: string }; regions: Region[]; latestYear: number }
) {
	let hydrated = $state(false);
	onMount(() => (hydrated = true));
	/** A change on the page whose history entry is not made yet (see `set`). */
	let changed = $state.raw<Controls | null>(null);
	const regionOf = (id: string) => current().regions.find((r) => r.id === id) as Region;
	/** The page's own region, with how it opens. */
	const region = $derived(regionOf(current().region.id));
	const latestYear = $derived(current().latestYear);
	// the page's URL (validated), or after a change on the page the history entry's own state
	const controls = $derived(
		hydrated
			? (changed ?? page.state.controls ?? parseControls(page.url.searchParams, region, latestYear))
			: defaultControls(region)
	);
	/** The select fields the controls make: worked out once per change, for the toolbar and its line. */
	const fields = $derived(filterFields(controls, region, latestYear));

	const pathOf = (id: string) =>
		id === 'global' ? resolve('/') : resolve('/(site)/region/[region]', { region: id });

	/** What the page says of the values in its address it does not offer ('' for none). */
	let notice = $state('');
	// on opening a page (a filter change is no navigation): say what the page shows instead of the
	// values it does not offer, and put the address of that view in the address bar, so that a
	// copied link shows what the reader sees
	afterNavigate(() => {
		const { href, searchParams, hash } = page.url;
		const read = readControls(searchParams, region, latestYear);
		notice = '';
		if (read.rejected.length === 0) return;
		const url = pathOf(region.id) + controlsQuery(read.controls, region) + hash;
		// the words load only when needed (and by then the router has started, which it has not when
		// the page is first opened)
		import('$lib/view/filterNotice').then(
			({ fallbackNotice }) => {
				if (location.href !== href) return; // the reader has moved on
				notice = fallbackNotice(read.rejected);
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- pathOf resolves
				replaceState(url, { controls: read.controls });
			},
			// without the words (offline), the page stays as it opened
			() => undefined
		);
	});

	/** The address of a region's page with the current filters (those it offers). */
	function hrefOf(id: string): string {
		const to = regionOf(id);
		return pathOf(id) + controlsQuery(controlsForRegion(controls, region, to), to);
	}

	return {
		/** False until the page is hydrated: the controls cannot re-draw anything before. */
		get hydrated() {
			return hydrated;
		},
		get controls() {
			return controls;
		},
		/** Each filter's field: its label, its options and the value chosen (`filterFields`). */
		get fields() {
			return fields;
		},
		/** The sentence that says which values in the address the page does not offer, or ''. */
		get notice() {
			return notice;
		},
		/** The page's region (its currency and how it opens) and its latest full year. */
		get region() {
			return region;
		},
		get latestYear() {
			return latestYear;
		},
		hrefOf,
		goToRegion(id: string) {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- hrefOf resolves
			goto(hrefOf(id));
		},
		/**
		 * A filter change is a history entry of its own (back and forward step through changes) but
		 * not a navigation: the page's data stays, so SvelteKit's shallow routing spares a router pass
		 * and its bookkeeping on every change (repaint p50 24 → 18 ms on /region/gb). The entry is
		 * made once the change is on screen: writing the history (and SvelteKit reading the scroll
		 * position for it) is a millisecond or two the reader need not wait for.
		 */
		set(next: Controls) {
			changed = next;
			notice = '';
			const url = pathOf(region.id) + controlsQuery(next, region);
			requestAnimationFrame(() =>
				setTimeout(() => {
					// eslint-disable-next-line svelte/no-navigation-without-resolve -- pathOf resolves
					pushState(url, { controls: next });
					if (changed === next) changed = null;
				})
			);
		}
	};
}

export type FilterState = ReturnType<typeof filterState>;
