/** A component the server renders and the browser never loads (see `serverOnly` in vite.config.ts). */
declare module '*.svelte?server-only' {
	import type { Component } from 'svelte';
	const component: Component<Record<string, unknown>>;
	export default component;
}

/** The same, but the browser gets the component's styles (see `serverOnly` in vite.config.ts). */
declare module '*.svelte?styles-only' {
	import type { Component } from 'svelte';
	const component: Component<Record<string, unknown>>;
	export default component;
}
