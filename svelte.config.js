import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

/**
 * BASE_PATH=/some/path builds a site that is served under that path (a GitHub Pages project site,
 * for one); BUILD_DIR puts it elsewhere than build/ (the sub-path browser test builds beside the
 * main build).
 */
const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';
const site = adapter({ strict: true, pages: out, assets: out });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// .br and .gz beside every file: sirv (npm start) sends them, as any static host compresses
		// (see scripts/precompress.js for why not adapter-static's own `precompress`)
		adapter: {
			name: 'adapter-static, precompressed',
			async adapt(builder) {
				await site.adapt(builder);
				builder.log.minor('Compressing assets and pages');
				await precompress(out);
			}
		},
		prerender: {
			// the site's address, for what must be absolute (link previews); `npm start` serves it here
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Links and assets are absolute (`${base}/…`), not relative to the page (SvelteKit's default):
		// build/404.html is sent for any unknown address, at any depth (/region/zz/extra), where a
		// relative `./region/gb` or `./favicon.svg` would point nowhere. A build serves under the
		// BASE_PATH it was built with (as it must already, for its link previews' addresses).
		paths: { base, relative: false },
		// CSS is small (~3 KB gzip): inlined, it costs no render-blocking request
		inlineStyleThreshold: Infinity,
		// Everything comes from the site itself. Inline scripts and styles that SvelteKit writes get
		// hashes; chart images for download are drawn from data: URLs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// style attributes only (they cannot run code): SvelteKit's route announcer and Svelte's
				// style: directive (tooltip position) set them; <style> elements still need a hash
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
