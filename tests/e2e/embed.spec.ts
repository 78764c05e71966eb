/**
 * Embedding a chart: every chart offers an <iframe> snippet; the embedded page holds that chart
 * alone (title, chart, summary, source and licence, a link back), loads no JavaScript, and fits a
 * frame from 300 px up.
 */
import AxeBuilder from '@axe-core/playwright';
import { defaultView } from './data';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The address of the snippet's <iframe>, read as a browser parses the HTML. */
const iframeSrc = (page: Page, snippet: string) =>
	page.evaluate((html) => {
		const t = document.createElement('template');
		t.innerHTML = html;
		return (t.content.querySelector('iframe') as HTMLIFrameElement).src;
	}, snippet);

test('every chart offers an embed snippet whose page shows that chart alone', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/region/gb');
	const frame = page.locator('#pay-trend');
	await frame.scrollIntoViewIfNeeded();
	const title = await frame.locator('h2').textContent();
	await frame.getByRole('button', { name: 'Embed' }).click();
	const code = frame.getByRole('textbox', { name: /paste this code/ });
	const snippet = await code.inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/gb\/pay-trend" title="[^"]+"/);
	await frame.getByRole('button', { name: 'Copy the code' }).click();
	await expect(frame.getByRole('button', { name: 'Code copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

	// the embedded page: that chart, its source, a link back, and no JavaScript at all
	// (the dashboard's own late requests, such as the chart code a click fetches, are not the embed's)
	await page.waitForLoadState('networkidle');
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	const src = new URL(await iframeSrc(page, snippet));
	// standing alone, the embed's title names the region (as the view computes it from data/)
	const embedTitle = defaultView('gb').charts.find((c) => c.id === 'pay-trend')?.embedTitle ?? '';
	expect(embedTitle).toContain('United Kingdom');
	expect(embedTitle.endsWith(title ?? '')).toBe(true);
	expect(snippet).toContain(`title="${embedTitle.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
	await page.goto(src.pathname);
	await expect(page.locator('h1')).toHaveText(embedTitle);
	await expect(page.locator('svg[role="img"]').first()).toBeVisible();
	await expect(page.locator('.source')).toContainText('CC0 1.0');
	const back = page.getByRole('link', { name: /full dashboard/ });
	expect(new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
		'/region/gb'
	);
	await expect(back).toHaveAttribute('href', /#pay-trend$/);
	await expect(page.locator('header.site, select, figure')).toHaveCount(0);
	expect(scripts).toEqual([]);
});

test('a filtered view’s snippet embeds the chart with those filters, still without JavaScript', async ({
	page
}) => {
	// the gap chart's title for senior listings, every listing converted, as computed from data/
	const chart = defaultView('gb', { level: 'SE', basis: 'all', currency: 'GBP' }).charts.find(
		(c) => c.id === 'pay-gap'
	);
	const title = chart?.title;
	expect(title).toBeTruthy();
	// the gap does not depend on the period: choosing the pooled one leaves its embed as it is
	await page.goto('/region/gb?level=SE&basis=all&period=2023-2025');
	const frame = page.locator('#pay-gap');
	await frame.scrollIntoViewIfNeeded();
	await expect(frame.locator('h2')).toHaveText(title ?? '');
	await frame.getByRole('button', { name: 'Embed' }).click();
	const snippet = await frame.getByRole('textbox', { name: /paste this code/ }).inputValue();
	const src = new URL(await iframeSrc(page, snippet));
	expect(src.pathname).toBe('/embed/gb/pay-gap/level-SE/basis-all');
	expect(src.search).toBe('');
	await expect(frame).toContainText('keeps the filters chosen above');
	// the embedded page: the chart with those filters, prerendered, and no script
	// (the dashboard's own late requests, such as the chart code a click fetches, are not the embed's)
	await page.waitForLoadState('networkidle');
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto(src.pathname);
	await expect(page.locator('h1')).toHaveText(chart?.embedTitle ?? '');
	const back = page.getByRole('link', { name: /full dashboard/ });
	await expect(back).toHaveAttribute('href', /\/region\/gb\?level=SE&basis=all#pay-gap$/);
	expect(scripts).toEqual([]);
});

for (const width of [300, 760])
	test(`an embedded chart fits a ${width} px frame, without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width, height: 600 }
		});
		const page = await context.newPage();
		await page.goto('/embed/global/market-demand');
		const shown = page.locator('svg[role="img"]:visible');
		await expect(shown).toHaveCount(1);
		const box = await shown.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(width);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
		// the drawing made for about that width: the narrow one in a narrow frame
		expect(Number((await shown.getAttribute('viewBox'))?.split(' ')[2])).toBe(
			width < 520 ? 360 : 680
		);
		await context.close();
	});

for (const scheme of ['light', 'dark'] as const)
	test(`axe finds no violations on an embedded chart (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/embed/gb/region-pay');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
