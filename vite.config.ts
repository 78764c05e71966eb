import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): the magic comment at
 * the top of every browser chunk makes Chromium compile all of its functions on a background
 * thread while the file streams in, instead of lazily, one by one on the main thread, the first
 * time each runs (about 700 functions on a page load). Measured in Chromium's traces of a page
 * load: main-thread V8.CompileCode fell from 55–90 ms to 3–8 ms, and the root hydration's microtasks
 * from ~22 to ~12 ms. Written into the files once they are on disk: minification drops comments,
 * and Vite puts its own preamble first in chunks with dynamic imports. Other browsers ignore the
 * comment.
 */
function compileHints(): Plugin {
	return {
		name: 'compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		writeBundle(options, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk') continue;
				const at = path.join(options.dir ?? '', file.fileName);
				writeFileSync(at, HINT + readFileSync(at, 'utf8'));
			}
		}
	};
}

const SERVER_ONLY = '?server-only';
const STYLES_ONLY = '?styles-only';

/**
 * `import X from './X.svelte?server-only'`: the module as usual when rendering on the server, and
 * an empty component in the browser. The prerendered <noscript> copy of a chart needs the chart
 * code on the server only; the browser loads that code itself when it first draws a chart. A
 * static import, even one the browser's code never uses, would put the chart code in the page's
 * own bundle (a module imported both ways goes into the static importer's chunk).
 *
 * `import X from './X.svelte?styles-only'`: the same, but the browser's empty component brings X's
 * styles, so they are in the page's CSS (inlined into its HTML) like those of any part it imports:
 * for a part the server renders whose code the browser loads later, with `import('./X.svelte')`
 * (see `$lib/island/lazy`). Its markup is then styled from the first paint, and its code is not in
 * the page's first load.
 */
function serverOnly(): Plugin {
	const EMPTY = '\0server-only-empty';
	const STYLES = '\0styles-only:';
	const empty = 'export default function ServerOnly() {}';
	return {
		name: 'server-only',
		enforce: 'pre',
		async resolveId(id, importer, options) {
			const suffix = [SERVER_ONLY, STYLES_ONLY].find((s) => id.endsWith(s));
			if (!suffix) return null;
			const client = this.environment.name === 'client';
			if (client && suffix === SERVER_ONLY) return EMPTY;
			const real = await this.resolve(id.slice(0, -suffix.length), importer, {
				...options,
				skipSelf: true
			});
			if (!client || !real) return real;
			// ends in .js, not .svelte: the module is this plugin's, not one for Svelte to compile
			return `${STYLES}${real.id}.js`;
		},
		async load(id) {
			if (id === EMPTY) return empty;
			if (!id.startsWith(STYLES)) return null;
			const file = id.slice(STYLES.length, -'.js'.length);
			// vite-plugin-svelte serves a component's CSS module from its compiled output: compile it
			// first (the browser's own import of it, elsewhere, may come later)
			await this.load({ id: file });
			return `import ${JSON.stringify(`${file}?svelte&type=style&lang.css`)};\n${empty}`;
		}
	};
}

export default defineConfig({
	plugins: [serverOnly(), sveltekit(), compileHints()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// a test without an assertion passes whatever the code does
		expect: { requireAssertions: true }
	}
});
