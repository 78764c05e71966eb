import { readFileSync } from 'node:fs';
import { SNAPSHOT_FILES } from '../../src/lib/data/files';
import { cell, count, defaults, regions, salaries, source } from './data';
import { expect, test } from './fixtures';

// What the region chart must show, straight from the snapshot the page was built from: every
// listing, in the Global page's default period
const { period } = defaults('global');
const cells = salaries.filter(
	(r) => r.period === period && r.level === 'all' && r.definition === 'strict' && r.basis === 'all'
);
const shown = cells.filter((c) => c.confidence !== 'withheld');
const withheld = cells.filter((c) => c.confidence === 'withheld');

test.describe('the Global page', () => {
	test('shows the region chart: a dot per shown cell, "too few listings" for the rest', async ({
		page
	}) => {
		await page.goto('/');
		await page.locator('#region-pay').scrollIntoViewIfNeeded();
		const chart = page.locator('#region-pay svg[role="img"]');
		await expect(chart).toHaveAttribute('aria-labelledby', 'region-pay-title');
		await expect(chart.locator('[data-band]')).toHaveCount(regions.length);
		await expect(chart.locator('circle.dot')).toHaveCount(shown.length);
		await expect(chart.locator('line.range')).toHaveCount(shown.length);
		await expect(chart.locator('text.withheld')).toHaveCount(withheld.length);
		for (const r of regions)
			await expect(chart.locator('text.name').getByText(r.name ?? '', { exact: true })).toHaveCount(
				1
			);

		const ml = cell('global', 'ml_engineer');
		const value = chart.locator('[data-band="global"] [data-role="ml_engineer"] text.value');
		await expect(value).toContainText(`$${Math.round(Number(ml.median) / 1000)}k`);
		await expect(value).toContainText(`(${count(ml.listings)})`);
	});

	test('states the finding in the title, the numbers in the headline and the source', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('#region-pay-title')).toHaveText(
			/^ML engineers out-earn AI engineers in/
		);
		const ml = cell('global', 'ml_engineer');
		const ai = cell('global', 'ai_engineer');
		const gap = ((Number(ai.median) - Number(ml.median)) / Number(ml.median)) * 100;
		const headline = page.getByRole('region', { name: /Headline figures/ });
		await expect(headline).toContainText(`${count(ml.listings)} listings`);
		await expect(headline).toContainText(`−${Math.abs(gap).toFixed(1)}%`);
		await expect(page.locator('#region-pay figcaption')).toContainText(source('salaries.csv').name);
		// every listing is converted: the exchange rates are credited beside the salary index
		await expect(page.locator('#region-pay figcaption a[rel="license"]')).toHaveText([
			source('salaries.csv').licence,
			source('fx.csv').licence
		]);
	});

	test('has a data table with a row per region and role', async ({ page }) => {
		await page.goto('/');
		// by keyboard: a click aims at where the summary was, and the charts drawn as it scrolls
		// there can move it (such a click missed once, under load)
		await page.locator('#region-pay').getByText('Show the data table').press('Enter');
		const rows = page.locator('#region-pay tbody tr');
		await expect(rows).toHaveCount(regions.length * 2);
		await expect(rows.filter({ hasText: 'withheld' })).toHaveCount(withheld.length);
	});

	test('links a download of salaries.csv byte-identical to data/', async ({ page }) => {
		await page.goto('/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('#region-pay figcaption').getByRole('link', { name: 'salaries.csv' }).click()
		]);
		expect(readFileSync(await download.path()).equals(readFileSync('data/salaries.csv'))).toBe(
			true
		);
	});

	test('serves every snapshot file byte-identical to data/', async ({ request }) => {
		for (const file of SNAPSHOT_FILES) {
			const response = await request.get(`/data/${file}`);
			expect(response.status(), file).toBe(200);
			expect((await response.body()).equals(readFileSync(`data/${file}`)), file).toBe(true);
		}
	});
});

test.describe('locked down', () => {
	test('every page carries a Content-Security-Policy that allows only the site itself', async ({
		page
	}) => {
		for (const path of ['/', '/region/gb', '/data', '/methodology']) {
			await page.goto(path);
			const csp = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
			expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
			expect(csp, path).toContain("object-src 'none'");
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered HTML already holds every chart and a list of region links', async ({
		page
	}) => {
		await page.goto('/');
		const chart = page.locator('#region-pay svg[role="img"]');
		await expect(chart.locator('circle.dot')).toHaveCount(shown.length);
		await expect(chart.locator('text.withheld')).toHaveCount(withheld.length);
		await expect(page.locator('#region-pay-summary')).toContainText(`Median pay in ${period}`);
		for (const id of ['pay-trend', 'pay-by-level', 'role-demand', 'pay-gap', 'market-demand'])
			await expect(page.locator(`#${id} svg[role="img"]`), id).toHaveCount(1);
		// the data tables are made in the browser: without JavaScript they point to the snapshots
		await page.locator('#region-pay').getByText('Show the data table').click();
		const pointer = page.locator('#region-pay details .no-script');
		await expect(pointer).toBeVisible();
		// (Playwright's text assertions skip <noscript>: read the text itself)
		expect(await pointer.evaluate((p) => p.textContent)).toMatch(/files under “Download”/);
		const files = page.locator('#region-pay .downloads a');
		await expect(files.first()).toHaveText('salaries.csv');
		const csv = await page.request.get((await files.first().getAttribute('href')) ?? '');
		expect(csv.ok()).toBe(true);
		const nav = page.getByRole('navigation', { name: 'Regions' });
		await expect(nav.getByRole('link')).toHaveCount(regions.length);
		await nav.getByRole('link', { name: 'United Kingdom' }).click();
		await expect(page).toHaveURL(/\/region\/gb$/);
		await expect(page.locator('h1')).toContainText('United Kingdom');
	});

	test('the prerendered charts have legible text on a phone and are not oversized on a laptop', async ({
		page
	}) => {
		// the size a chart's text is seen at: its font size times the drawing's scale
		const textSizes = () =>
			page.locator('.frame .plot > svg[role="img"]').evaluateAll((svgs) =>
				svgs.map((svg) => {
					const s = svg as SVGSVGElement;
					const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
					return scale * parseFloat(getComputedStyle(s).fontSize);
				})
			);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/region/gb');
		const phone = await textSizes();
		expect(phone).toHaveLength(6);
		for (const size of phone) expect(size).toBeGreaterThanOrEqual(10);
		await page.setViewportSize({ width: 1280, height: 800 });
		for (const size of await textSizes()) expect(size).toBeLessThanOrEqual(15);
	});
});
