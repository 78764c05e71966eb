/**
 * The parts far below the fold whose code the browser loads when they are needed
 * (src/lib/components/lazyParts.ts): their code is not in a page's first load, on a phone or a
 * laptop, and they still work: hydrated by a press inside them or by printing, and mounted at once
 * on a page the browser renders itself.
 */
import type { Page, Response } from '@playwright/test';
import { CLAIMS } from '../../src/lib/view/claims';
import { expect, noIntersections, test } from './fixtures';

/** The parts whose code loads when needed, as selectors (the claim checks only where there are any). */
const LAZY = ['section.claim', 'section.your-pay', 'section.data', 'section.cite'];

const field = (page: Page) => page.getByRole('textbox', { name: /Your yearly pay/ });
const yourPay = (page: Page) => page.getByRole('region', { name: 'Where would your pay sit?' });

/**
 * The class Svelte scopes a part's styles with (`svelte-…`), read from the page: it is written in
 * the markup of that component's code, and of no other's.
 */
const scopeOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => [...el.classList].find((c) => c.startsWith('svelte-')) ?? '');

/** Every JavaScript file the page receives from now on, with its text. */
function scriptsOf(page: Page) {
	const bodies: Promise<string>[] = [];
	const take = (response: Response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.text());
	};
	page.on('response', take);
	return {
		/** The files received so far; later ones go to the next call. */
		taken: async () => Promise.all(bodies.splice(0)),
		stop: () => page.off('response', take)
	};
}

/** Nothing is idle and nothing reaches the viewport: only a press, or printing, hydrates a part. */
async function onlyPressOrPrint(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await noIntersections(page);
}

/** Waits for the page's own hydration: the controls are disabled in the prerendered HTML. */
async function open(page: Page, path: string) {
	await page.goto(path);
	// by name, not role: on a phone the toolbar is folded and its selects hidden
	await expect(page.locator('select[name="level"]')).toBeEnabled();
}

for (const path of ['/', '/region/gb'])
	for (const viewport of [
		{ width: 412, height: 823 },
		{ width: 1280, height: 800 }
	])
		test(`the parts far below the fold load their code when needed, not with ${path} at ${viewport.width} px`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			const scripts = scriptsOf(page);
			await page.goto(path, { waitUntil: 'networkidle' });
			const firstLoad = await scripts.taken();
			// the page's own code is in the first load (so the search below finds what is there)
			const headline = await scopeOf(page, 'section.headline');
			expect(headline).not.toBe('');
			expect(firstLoad.some((code) => code.includes(headline))).toBe(true);
			const parts = [];
			for (const part of LAZY)
				if ((await page.locator(part).count()) > 0)
					parts.push({ part, scope: await scopeOf(page, part) });
			expect(parts.length).toBeGreaterThan(0);
			for (const { part, scope } of parts) {
				expect(scope, part).not.toBe('');
				expect(
					firstLoad.filter((code) => code.includes(scope)),
					`${part} in the first load`
				).toEqual([]);
			}
			// the reader scrolls down to them: their code comes, and they are hydrated
			for (const { part } of parts) await page.locator(part).first().scrollIntoViewIfNeeded();
			await expect(field(page)).toBeEnabled();
			await page.waitForLoadState('networkidle');
			const later = await scripts.taken();
			scripts.stop();
			for (const { part, scope } of parts)
				expect(
					later.some((code) => code.includes(scope)),
					`${part} loaded once needed`
				).toBe(true);
		});

test.describe('with nothing idle and nothing reaching the viewport', () => {
	test.beforeEach(async ({ page }) => onlyPressOrPrint(page));

	test('a press inside a part whose code is not loaded yet loads it and hydrates the part', async ({
		page
	}) => {
		await open(page, '/region/gb');
		await expect(field(page)).toBeDisabled();
		// the disclosure opens without a script; the press hydrates the part
		await yourPay(page).getByText('Show the percentiles').click();
		await expect(yourPay(page).locator('details table tbody tr').first()).toBeVisible();
		await expect(field(page)).toBeEnabled();
		await field(page).fill('95k');
		await expect(yourPay(page).locator('.result')).toContainText('£95k is above');
	});

	test('printing hydrates the parts at once, once the reader has used the page', async ({
		page
	}) => {
		await open(page, '/region/gb');
		// the reader's first key loads the parts' code, and hydrates nothing here
		await page.keyboard.press('Shift');
		await page.waitForLoadState('networkidle');
		await expect(field(page)).toBeDisabled();
		// hydrated inside the beforeprint event itself, before the browser lays out the printout
		const disabled = await page.evaluate(() => {
			window.dispatchEvent(new Event('beforeprint'));
			return document.querySelector<HTMLInputElement>('#your-pay-amount')?.disabled;
		});
		expect(disabled).toBe(false);
	});
});

test('a page the browser renders itself mounts every part at once, lazy ones included', async ({
	page
}) => {
	// from a page without them, so that only the navigation can have loaded their code
	await page.goto('/data', { waitUntil: 'networkidle' });
	const seen = page.evaluate(
		(selectors) =>
			new Promise<number[]>((resolve) => {
				// in the first frame that shows the dashboard, before it is painted
				const observer = new MutationObserver(() => {
					if (!document.querySelector('section.headline')) return;
					observer.disconnect();
					requestAnimationFrame(() =>
						resolve(selectors.map((s) => document.querySelectorAll(`.island > ${s}`).length))
					);
				});
				observer.observe(document.body, { childList: true, subtree: true });
			}),
		LAZY
	);
	await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
	await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
	await expect(page.locator('section.headline')).toBeVisible();
	// rendered in the browser: the window (and so the marker) is the same
	expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
	const counts = await seen;
	const claims = CLAIMS.filter((c) => c.region === 'global').length;
	expect(counts).toEqual(LAZY.map((s) => (s === 'section.claim' ? claims : 1)));
	await expect(field(page)).toBeEnabled();
});
