// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Controls } from '$lib/view/filters';

declare global {
	namespace App {
		interface PageState {
			/** The filters after a change on the page (shallow routing: no navigation, see Dashboard). */
			controls?: Controls;
		}
	}
}

export {};
