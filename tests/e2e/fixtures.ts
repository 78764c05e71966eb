import { test as base, expect } from '@playwright/test';

/**
 * A `page` that fails the test on any console error, uncaught exception or failed request, so a
 * broken asset or a hydration error can never pass quietly.
 */
export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page, javaScriptEnabled }, use) => {
			const problems: string[] = [];
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
