/**
 * An island's component whose code the browser loads when the island is about to be hydrated
 * (see Island and defer.ts), not with the page: for parts below the fold whose server-rendered
 * markup works without their script (text, links, native disclosures, a field left disabled until
 * hydrated), so that nothing the reader does before the code arrives is lost.
 *
 * The server renders the component into the page as usual (`server`, imported with `?styles-only`:
 * in the browser an empty component that brings the part's styles with the page, so its markup is
 * styled from the first paint; see vite.config.ts). In the browser the code is also loaded at the
 * reader's first scroll, key, click or touch, so that a part needed in a hurry (a press inside it,
 * printing, which draws synchronously) finds it there.
 *
 * @example
 * import ClaimCheck from './ClaimCheck.svelte?styles-only';
 * const claimCheck = lazy(ClaimCheck, () => import('./ClaimCheck.svelte'));
 * // <Island of={claimCheck} hydrate="when-needed" {claim} />
 */
import type { Component } from 'svelte';
import { firstInteraction } from './defer';

export interface Lazy<Props extends object> {
	/** What the server renders (in the browser, an empty component that carries the styles). */
	readonly server: Component<Props>;
	/** The component once its code has loaded in the browser; null until then. */
	readonly loaded: Component<Props> | null;
	/** Loads the component's code, once (again after a failure, such as a dropped connection). */
	load(): Promise<Component<Props>>;
}

export function lazy<Props extends object>(
	server: Component<Record<string, unknown>>,
	importer: () => Promise<{ default: Component<Props> }>
): Lazy<Props> {
	let loaded: Component<Props> | null = null;
	let loading: Promise<Component<Props>> | null = null;
	const load = () =>
		(loading ??= importer().then(
			(module) => (loaded = module.default),
			(error: unknown) => {
				loading = null;
				throw error;
			}
		));
	firstInteraction(() => void load().catch(() => {}));
	return {
		server: server as Component<Props>,
		get loaded() {
			return loaded;
		},
		load
	};
}

/** Whether an island's `of` is a lazy component rather than a component. */
export const isLazy = <Props extends object>(
	of: Component<Props> | Lazy<Props>
): of is Lazy<Props> => typeof of === 'object' && 'load' in of;

/** A component whose code is already in the page, as a `Lazy` that is loaded from the start. */
export function eager<Props extends object>(component: Component<Props>): Lazy<Props> {
	return { server: component, loaded: component, load: () => Promise.resolve(component) };
}
