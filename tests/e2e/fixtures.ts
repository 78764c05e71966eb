import { test as base, expect, type Page } from '@playwright/test';

/**
 * A `page` that fails the test on any console error, uncaught exception, failed request,
 * Content-Security-Policy violation or request to another origin, so a broken asset, a hydration
 * error or a third-party call can never pass quietly.
 */
export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page, javaScriptEnabled, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
			});
			if (javaScriptEnabled)
				await page.addInitScript(() =>
					document.addEventListener('securitypolicyviolation', (e) =>
						console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
					)
				);
			page.on('console', (m) => {
				if (m.type() === 'error' || m.type() === 'warning')
					problems.push(`console ${m.type()}: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('requestfailed', (r) => {
				const reason = r.failure()?.errorText;
				// with JavaScript off, Chromium refuses the module preloads by design
				if (!javaScriptEnabled && reason === 'csp') return;
				// a request still in flight when the test navigates on (e.g. the favicon) is cancelled,
				// not failed; a broken file shows up as an HTTP error status below instead
				if (reason === 'net::ERR_ABORTED') return;
				problems.push(`request failed: ${r.url()} ${reason}`);
			});
			page.on('response', (r) => {
				if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
			});
			await use(problems);
			expect(problems, 'console errors or failed requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** No IntersectionObserver ever reports: reaching the viewport hydrates and draws nothing. */
export async function noIntersections(page: Page) {
	await page.addInitScript(() => {
		window.IntersectionObserver = class {
			observe() {}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
		} as unknown as typeof IntersectionObserver;
	});
}
