import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { SNAPSHOT_FILES } from '../../src/lib/data/files';
import { TREND_FROM } from '../../src/lib/domain';
import { defaults, defaultView, POOLED_ID, snapshot, source } from './data';
import { expect, test } from './fixtures';

// the UK page in euros: every listing, converted, in the UK's default period
const { period } = defaults('gb');
const CHARTS = [
	{ id: 'region-pay', name: `pay-by-region_gb_${period}_eur_all-levels` },
	{ id: 'pay-trend', name: 'pay-trend_gb_eur_all-levels' },
	{ id: 'pay-by-level', name: `pay-by-level_gb_${period}_eur` },
	{ id: 'role-demand', name: 'role-demand_gb_all-levels' },
	{ id: 'pay-gap', name: 'pay-gap_gb_all-levels' },
	{ id: 'market-demand', name: 'market-demand_gb' }
];

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
}

async function download(page: Page, chart: string, kind: 'CSV' | 'SVG' | 'PNG') {
	// a chart is drawn as its frame reaches the viewport, which moves the buttons below it: press
	// them once it is drawn
	const frame = page.locator(`#${chart}`);
	await frame.scrollIntoViewIfNeeded();
	if ((await frame.locator('.empty').count()) === 0)
		await expect(frame.locator('.chart svg[role="img"]')).toHaveCount(1);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`#${chart}`).getByRole('button', { name: kind }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The chart's data-table view as raw values: column keys and each cell's data-value. */
async function tableView(page: Page, chart: string) {
	// the table is built when its disclosure opens (opened by keyboard: a click aims at where the
	// summary was, and the charts drawn as it scrolls there can move it)
	await page.locator(`#${chart}`).getByText('Show the data table').press('Enter');
	return page.locator(`#${chart} details table`).evaluate((table) => ({
		keys: [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-key') ?? ''),
		rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? '')
		)
	}));
}

test.describe('per-chart downloads', () => {
	for (const chart of CHARTS)
		test(`${chart.id}: the CSV holds exactly the rows of the table view, with units and source`, async ({
			page
		}) => {
			// every listing, converted to euros
			await open(page, '/region/gb?basis=all&currency=EUR');
			const { name, bytes } = await download(page, chart.id, 'CSV');
			expect(name).toBe(`ml-vs-ai-${chart.name}.csv`);
			const csv = Papa.parse<string[]>(bytes.toString('utf8').trimEnd(), { newline: '\n' }).data;
			const [header, ...rows] = csv as [string[], ...string[][]];
			const view = await tableView(page, chart.id);
			expect(header).toEqual([...view.keys, 'source']);
			expect(rows.map((r) => r.slice(0, -1))).toEqual(view.rows);
			const licence = source(
				chart.id === 'market-demand' ? 'ai-share.csv' : 'salaries.csv'
			).licence;
			for (const r of rows) expect(r.at(-1)).toContain(licence);
			// converted figures credit the exchange rates too
			if (['region-pay', 'pay-trend', 'pay-by-level', 'pay-gap'].includes(chart.id))
				for (const r of rows) expect(r.at(-1)).toContain(source('fx.csv').licence);
			if (chart.id !== 'role-demand' && chart.id !== 'pay-gap' && chart.id !== 'market-demand')
				expect(header).toContain('median_eur');
		});

	test('the SVG is self-contained and holds the chart’s marks, title and source', async ({
		page
	}) => {
		await open(page, '/region/gb');
		for (const chart of ['region-pay', 'pay-trend']) {
			const { name, bytes } = await download(page, chart, 'SVG');
			expect(name).toMatch(/\.svg$/);
			const dots = await page.locator(`#${chart} svg[role="img"] circle.dot`).count();
			const title = await page.locator(`#${chart}-title`).textContent();
			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					dots: doc.querySelectorAll('circle.dot').length,
					text: doc.documentElement.textContent ?? '',
					inlined: doc.querySelector('circle.dot')?.getAttribute('style') ?? '',
					stylesheets: doc.querySelectorAll('style, link').length
				};
			}, bytes.toString('utf8'));
			expect(parsed.error).toBeNull();
			expect(parsed.dots).toBe(dots);
			expect(parsed.text.replace(/\s+/g, ' ')).toContain(title?.trim().slice(0, 30));
			expect(parsed.text).toContain(`Source: ${source('salaries.csv').name}`);
			// what the chart is of, what its marks mean, and the view it came from, as the view
			// model words them for these filters (from data/)
			const view = defaultView('gb').charts.find((c) => c.id === chart)!;
			const text = parsed.text.replace(/\s+/g, ' ');
			expect(text).toContain(view.context);
			expect(view.context).toMatch(/^United Kingdom · /);
			expect(text).toContain(view.subtitle.slice(0, 60));
			expect(text).toContain(`${new URL(page.url()).origin}/region/gb#${chart}`);
			expect(parsed.inlined).toMatch(/fill:\s*rgb/);
			expect(parsed.stylesheets).toBe(0);
		}
	});

	test('the PNG decodes at twice the size of the SVG, which is the chart plus its title and source', async ({
		page
	}) => {
		await open(page, '/region/gb');
		await page.locator('#pay-trend').scrollIntoViewIfNeeded(); // charts are drawn as their frame reaches the viewport
		const viewBox = await page.locator('#pay-trend svg[role="img"]').getAttribute('viewBox');
		const [, , chartWidth, chartHeight] = (viewBox ?? '').split(' ').map(Number) as number[];
		const svg = (await download(page, 'pay-trend', 'SVG')).bytes.toString('utf8');
		const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
		const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
		expect(width).toBeGreaterThan(chartWidth as number);
		expect(height).toBeGreaterThan(chartHeight as number);
		const { name, bytes } = await download(page, 'pay-trend', 'PNG');
		// the UK opens in pounds as advertised
		expect(name).toBe('ml-vs-ai-pay-trend_gb_gbp_as-advertised_all-levels.png');
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16 and 20
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * width, 2 * height]);
		const decoded = await page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, bytes.toString('base64'));
		expect(decoded).toEqual([2 * width, 2 * height]);
	});

	test('every chart links to the part of the methodology that explains it', async ({ page }) => {
		await open(page, '/');
		const hrefs = await page
			.getByRole('link', { name: 'How this is made' })
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(6);
		await page.goto('/methodology');
		for (const href of hrefs) {
			const id = href.split('#')[1] ?? '';
			await expect(page.locator(`section#${id}`), href).toHaveCount(1);
		}
	});
});

test.describe('the data page', () => {
	test('lists every snapshot with its columns and row count, and serves it byte-identical', async ({
		page,
		request
	}) => {
		await page.goto('/data');
		for (const file of SNAPSHOT_FILES) {
			const section = page.locator(`section#${file.replace('.', '-')}`);
			await expect(section.getByRole('link', { name: file })).toHaveAttribute('download', '');
			const body = await (await request.get(`/data/${file}`)).body();
			expect(body.equals(readFileSync(`data/${file}`)), file).toBe(true);
			if (!file.endsWith('.csv')) continue;
			const rows = snapshot(file);
			await expect(section.locator('dd[data-rows]')).toHaveAttribute(
				'data-rows',
				String(rows.length)
			);
			const header = readFileSync(`data/${file}`, 'utf8').split('\n')[0]?.split(',') ?? [];
			await expect(section.locator('tbody th code')).toHaveText(header);
		}
		// every source a page's figures come from: the salary index, the AI tracker, the postings
		// index, the wage tracker
		for (const file of ['salaries.csv', 'ai-share.csv', 'postings.csv', 'wage-growth.csv'])
			await expect(page.getByRole('region', { name: 'How to cite' })).toContainText(
				`${source(file).name}, snapshot of ${source(file).snapshot_date}`
			);
	});
});

test.describe('the methodology page', () => {
	test('shows the title mapping with the listing counts in data/, and why each broad title counts', async ({
		page
	}) => {
		await page.goto('/methodology');
		const titles = snapshot('titles.csv').filter((t) => t.year === 'all' && t.role !== '');
		const why = new Map(snapshot('roles.csv').map((r) => [r.job_title, r.why]));
		expect(titles.length).toBe(why.size);
		for (const t of titles) {
			const row = page
				.locator(`table.titles[data-role="${t.role}"] tbody tr`)
				.filter({ has: page.getByRole('rowheader', { name: t.job_title, exact: true }) });
			await expect(row.locator('td[data-listings]'), t.job_title).toHaveAttribute(
				'data-listings',
				t.listings ?? ''
			);
			if (t.definition === 'broad') {
				expect(why.get(t.job_title ?? ''), t.job_title).toBeTruthy();
				await expect(row.locator('td.why'), t.job_title).toHaveText(
					why.get(t.job_title ?? '') ?? ''
				);
			}
		}
		const raw = source('salaries.csv');
		const n = (v: number | undefined) => (v ?? NaN).toLocaleString('en');
		await expect(page.locator('#listings')).toContainText(`${n(raw.raw_range_pairs)} range pairs`);
		await expect(page.locator('#listings')).toContainText(`${n(raw.raw_listings)} listings`);
	});

	test('has a coverage matrix that matches salaries.csv, the pooled window included', async ({
		page
	}) => {
		await page.goto('/methodology');
		const cells = snapshot('salaries.csv').filter(
			(c) =>
				c.definition === 'strict' &&
				c.level === 'all' &&
				c.basis === 'all' &&
				(c.period === POOLED_ID || Number(c.period) >= TREND_FROM)
		);
		const shown = await page
			.locator('table.coverage td')
			.evaluateAll((tds) =>
				tds.map((td) => [
					td.dataset.region,
					td.dataset.role,
					td.dataset.period,
					td.textContent?.replace(/,/g, ''),
					td.className
				])
			);
		expect(shown).toHaveLength(cells.length);
		expect(shown.some(([, , period]) => period === POOLED_ID)).toBe(true);
		for (const [region, role, period, listings, className] of shown) {
			const c = cells.find((x) => x.region === region && x.role === role && x.period === period);
			expect(listings, `${region} ${role} ${period}`).toBe(c?.listings);
			expect(className, `${region} ${role} ${period}`).toContain(c?.confidence);
		}
	});
});
