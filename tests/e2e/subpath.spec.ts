/**
 * The site built with BASE_PATH (playwright.config.ts builds it into build-subpath/ and serves it
 * under that path only, as a GitHub Pages project site is served): every link, asset, data fetch,
 * download, filter and region switch must stay under the path. The fixture fails a test on any
 * failed request or console error, so a single asset or fetch outside the path fails it.
 */
import type { Page } from '@playwright/test';
import { SUB_PATH } from '../../playwright.config';
import { EMBED_MEASURE_WIDTH } from '../../src/lib/view/embed';
import { defaultView } from './data';
import { expect, test } from './fixtures';

/** Every same-site request the page makes, and any answered with an error. */
function watch(page: Page) {
	const paths: string[] = [];
	const errors: string[] = [];
	page.on('response', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'http:') return;
		paths.push(url.pathname);
		if (r.status() >= 400) errors.push(`${r.status()} ${url.pathname}`);
	});
	return { paths, errors };
}

test('the home page, its assets and its links live under the base path', async ({ page }) => {
	const seen = watch(page);
	await page.goto(`${SUB_PATH}/`);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
	// every link on the page that stays on the site is under the path
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)));
	const local = hrefs.filter((u) => u.origin === new URL(page.url()).origin);
	expect(local.length).toBeGreaterThan(5);
	for (const u of local) expect(u.pathname, u.href).toMatch(new RegExp(`^${SUB_PATH}(/|$)`));
	expect(seen.errors).toEqual([]);
	for (const p of seen.paths) expect(p).toMatch(new RegExp(`^${SUB_PATH}/`));
});

test('filters, the region switch, back and forward work under the base path', async ({ page }) => {
	const seen = watch(page);
	await page.goto(`${SUB_PATH}/`);
	const level = page.getByRole('combobox', { name: 'Level' });
	await expect(level).toBeEnabled();
	await level.selectOption('SE');
	await expect(page).toHaveURL(new RegExp(`${SUB_PATH}/\\?level=SE$`));
	// the complete data is fetched from under the path, and the charts follow the filter
	const title = defaultView('global', { level: 'SE' }).charts.find(
		(c) => c.id === 'pay-gap'
	)?.title;
	await page.locator('#pay-gap').scrollIntoViewIfNeeded();
	await expect(page.locator('#pay-gap h2')).toHaveText(title ?? '');

	await page.getByRole('combobox', { name: 'Region' }).selectOption('gb');
	await expect(page).toHaveURL(new RegExp(`${SUB_PATH}/region/gb\\?level=SE$`));
	await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('SE');
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`${SUB_PATH}/\\?level=SE$`));
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('SE');
	expect(seen.errors).toEqual([]);
	for (const p of seen.paths) expect(p).toMatch(new RegExp(`^${SUB_PATH}/`));
});

test('snapshot and chart downloads, the methodology and an embed work under the base path', async ({
	page
}) => {
	await page.goto(`${SUB_PATH}/region/gb`);
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
	const frame = page.locator('#pay-trend');
	await frame.scrollIntoViewIfNeeded();
	await expect(frame.locator('.chart svg[role="img"]')).toHaveCount(1);

	// a snapshot file, linked under the chart
	const link = frame.locator('.source a[download]').first();
	const href = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
	expect(href).toMatch(new RegExp(`^${SUB_PATH}/data/[a-z-]+\\.csv$`));
	const csv = await page.request.get(href);
	expect(csv.status()).toBe(200);
	expect((await csv.text()).split('\n')[0]).toContain(',');

	// the chart's own CSV, made in the browser
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'CSV' }).click()
	]);
	expect(file.suggestedFilename()).toMatch(/-pay-trend_gb_[a-z0-9_-]+\.csv$/);

	// the embed snippet points under the path, and the embedded page links back under it
	await frame.getByRole('button', { name: 'Embed' }).click();
	const code = frame.getByRole('textbox', { name: /paste this code/ });
	// its height measured from the embed under the path: as tall as the embed at that width
	await expect(code).toHaveAttribute('aria-busy', 'false');
	const snippet = await code.inputValue();
	const src = new URL(snippet.match(/src="([^"]+)"/)?.[1] ?? '');
	expect(src.pathname).toBe(`${SUB_PATH}/embed/gb/pay-trend`);
	const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
	await page.setViewportSize({ width: EMBED_MEASURE_WIDTH, height: 200 });
	await page.goto(src.pathname);
	await expect(page.locator('h1')).toBeVisible();
	expect(Number(snippet.match(/ height="(\d+)"/)?.[1])).toBeGreaterThanOrEqual(
		await page.evaluate(() => document.documentElement.scrollHeight)
	);
	await page.setViewportSize(viewport);
	// (it opens in a new tab: read where it goes, then go there)
	const back = await page
		.getByRole('link', { name: /full dashboard/ })
		.evaluate((a) => (a as HTMLAnchorElement).href);
	expect(new URL(back).pathname).toBe(`${SUB_PATH}/region/gb`);
	await page.goto(back);
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();

	// by keyboard: the link is at the foot of the page, and the charts drawn as a click scrolls
	// there can move it from under the pointer (such a click missed once, under load)
	await page.getByRole('link', { name: 'Methodology' }).first().press('Enter');
	await expect(page).toHaveURL(new RegExp(`${SUB_PATH}/methodology$`));
	await expect(page.locator('h1')).toBeVisible();
});
