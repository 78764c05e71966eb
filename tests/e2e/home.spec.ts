import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

type Row = Record<string, string>;
const read = (file: string) =>
	Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true })
		.data;

// What the chart must show, straight from the snapshot the page was built from.
const regions = read('regions.csv');
const cells = read('salaries.csv').filter(
	(r) => r.year === '2024' && r.level === 'all' && r.definition === 'strict'
);
const shown = cells.filter((c) => c.confidence !== 'withheld');
const withheld = cells.filter((c) => c.confidence === 'withheld');

test.describe('the Global page', () => {
	test('shows the region chart with a dot per shown cell and "too few listings" for the rest', async ({
		page,
		problems
	}) => {
		await page.goto('/');
		const chart = page.locator('#region-pay-title + .subtitle + .chart svg[role="img"]');
		await expect(chart).toHaveAttribute('aria-labelledby', 'region-pay-title');
		await expect(chart.locator('.band')).toHaveCount(regions.length);
		await expect(chart.locator('circle.dot')).toHaveCount(shown.length);
		await expect(chart.locator('line.whisker')).toHaveCount(shown.length);
		await expect(chart.locator('text.withheld')).toHaveCount(withheld.length);
		for (const r of regions)
			await expect(chart.locator('text.region', { hasText: r.name })).toHaveCount(1);

		const global = (role: string) => cells.find((c) => c.region === 'global' && c.role === role)!;
		const mlBand = chart.locator('[data-region="global"] [data-role="ml_engineer"]');
		const k = (v: string | undefined) => `$${Math.round(Number(v) / 1000)}k`;
		await expect(mlBand.locator('text.value')).toContainText(k(global('ml_engineer').median_usd));
		await expect(mlBand.locator('text.value')).toContainText(
			`n=${Number(global('ml_engineer').listings).toLocaleString('en')}`
		);
		expect(problems).toEqual([]);
	});

	test('states the finding in the title, the numbers in the headline and the source', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('#region-pay-title')).toHaveText(
			/^ML engineers out-earn AI engineers in/
		);
		const ml = cells.find((c) => c.region === 'global' && c.role === 'ml_engineer')!;
		const ai = cells.find((c) => c.region === 'global' && c.role === 'ai_engineer')!;
		const gap = ((Number(ai.median_usd) - Number(ml.median_usd)) / Number(ml.median_usd)) * 100;
		const headline = page.getByRole('region', { name: /Headline figures/ });
		await expect(headline).toContainText(`${Number(ml.listings).toLocaleString('en')} listings`);
		await expect(headline).toContainText(`−${Math.abs(gap).toFixed(1)}%`);
		await expect(page.locator('figcaption.source')).toContainText('aijobs.net');
		await expect(page.locator('figcaption.source a[rel="license"]')).toHaveText('CC0 1.0');
	});

	test('has a data table with a row per region and role', async ({ page }) => {
		await page.goto('/');
		await page.getByText('Show the data table').click();
		const rows = page.locator('.table tbody tr');
		await expect(rows).toHaveCount(regions.length * 2);
		await expect(rows.filter({ hasText: 'too few listings' })).toHaveCount(withheld.length);
	});

	test('links a download of salaries.csv byte-identical to data/', async ({ page }) => {
		await page.goto('/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'salaries.csv (every cell)' }).click()
		]);
		const path = await download.path();
		expect(readFileSync(path).equals(readFileSync('data/salaries.csv'))).toBe(true);
	});

	test('serves every snapshot file byte-identical to data/', async ({ request }) => {
		for (const file of [
			'salaries.csv',
			'listings.csv',
			'ai-share.csv',
			'fx.csv',
			'roles.csv',
			'regions.csv',
			'sources.json'
		]) {
			const response = await request.get(`/data/${file}`);
			expect(response.status(), file).toBe(200);
			expect((await response.body()).equals(readFileSync(`data/${file}`)), file).toBe(true);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered HTML already holds the finished chart', async ({ page }) => {
		await page.goto('/');
		const chart = page.locator('svg[role="img"]');
		await expect(chart.locator('circle.dot')).toHaveCount(shown.length);
		await expect(chart.locator('text.withheld')).toHaveCount(withheld.length);
		await expect(page.locator('#region-pay-summary')).toContainText(
			'Median advertised pay in 2024'
		);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('has no horizontal scroll and redraws the chart at its width', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('svg[role="img"]')).toHaveAttribute('viewBox', /^0 0 3\d\d /);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
