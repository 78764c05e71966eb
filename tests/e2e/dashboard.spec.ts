import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CLAIMS, type PayClaim } from '../../src/lib/view/claims';
import { formatMoneyShort, formatYear } from '../../src/lib/view/format';
import {
	CHARTS,
	aiShare,
	cell,
	count,
	defaults,
	claimsOf,
	defaultView,
	listings,
	LAST_IS_PARTIAL,
	LATEST,
	pathOf,
	POOLED_ID,
	regions,
	salaries,
	snapshot,
	source,
	TREND_YEARS
} from './data';
import { expect, noIntersections, test } from './fixtures';

const headline = (page: Page) => page.getByRole('region', { name: /Headline figures/ });
const select = (page: Page, name: string) => page.getByRole('combobox', { name });

/**
 * The parts of a region's page that are islands (hydrated on their own), as selectors: the region
 * picker, the filters, the headline, each claim check the region has, where your pay would sit,
 * every chart frame, the data section and the citation.
 */
const islandsOf = (region: string) => [
	'nav[aria-label="Regions"]',
	'form[aria-label="Filters"]',
	'section.headline',
	...CLAIMS.filter((c) => c.region === region).map((c) => `section#claim-${c.kind}`),
	'section.your-pay',
	...CHARTS.map((id) => `figure#${id}`),
	'section.data',
	'section.cite'
];

/** Each island is one of those parts, and each of those parts is an island. */
async function expectIslands(page: Page, region: string) {
	const parts = islandsOf(region);
	await expect(page.locator('.island')).toHaveCount(parts.length);
	for (const part of parts) await expect(page.locator(`.island > ${part}`), part).toHaveCount(1);
}

const claimRegion = (page: Page, kind: 'pay' | 'demand') => page.locator(`section#claim-${kind}`);

/** Waits for hydration: the controls are disabled in the prerendered HTML. */
async function open(page: Page, path: string) {
	await page.goto(path);
	// by name, not role: on a phone the toolbar is folded and its selects hidden
	await expect(page.locator('select[name="level"]')).toBeEnabled();
}

test.describe('controls', () => {
	test('currency re-draws the figures and goes into the URL', async ({ page }) => {
		await open(page, '/region/gb');
		// the UK page opens in pounds, as advertised
		await expect(select(page, 'Currency')).toHaveValue('GBP');
		await expect(select(page, 'Pay')).toHaveValue('local');
		await page.locator('#region-pay').scrollIntoViewIfNeeded();
		await expect(page.locator('#region-pay .grid text').nth(1)).toHaveText(/^£\d/);
		// another currency is a display choice: the same listings (as advertised in pounds), in euros
		const counted = cell('gb', 'ml_engineer');
		await expect(headline(page)).toContainText(`${count(counted.listings)} listings`);
		await select(page, 'Currency').selectOption('EUR');
		await expect(page).toHaveURL(/\/region\/gb\?currency=EUR$/);
		await expect(select(page, 'Pay')).toHaveValue('local');
		await expect(page.locator('#region-pay .grid text').nth(1)).toHaveText(/^€/);
		await expect(headline(page)).toContainText('€');
		await expect(headline(page)).toContainText(`${count(counted.listings)} listings`);
		await expect(headline(page)).toContainText('pounds as advertised, in euros');
	});

	test('level re-derives every chart and the headline', async ({ page }) => {
		await open(page, '/');
		const all = cell('global', 'ml_engineer');
		const senior = cell('global', 'ml_engineer', { level: 'SE' });
		await expect(headline(page)).toContainText(`${count(all.listings)} listings`);
		await select(page, 'Level').selectOption('SE');
		await expect(page).toHaveURL(/\?level=SE$/);
		await expect(headline(page)).toContainText(`${count(senior.listings)} listings`);
		await expect(headline(page)).toContainText('senior');
		await expect(page.locator('#pay-by-level [data-band="SE"]')).toHaveClass(/highlighted/);
		await expect(page.locator('#pay-trend-title')).not.toBeEmpty();
	});

	test('definition switches to broad titles', async ({ page }) => {
		await open(page, '/');
		const broad = cell('global', 'ml_engineer', { def: 'broad' });
		await select(page, 'Job titles').selectOption('broad');
		await expect(page).toHaveURL(/\?def=broad$/);
		await expect(headline(page)).toContainText(`${count(broad.listings)} listings`);
	});

	test('a link restores the view, and back/forward step through changes', async ({ page }) => {
		await open(page, '/region/gb?level=SE&currency=EUR&def=broad');
		await expect(select(page, 'Level')).toHaveValue('SE');
		await expect(select(page, 'Currency')).toHaveValue('EUR');
		await expect(select(page, 'Job titles')).toHaveValue('broad');
		await expect(headline(page)).toContainText('senior');

		await select(page, 'Level').selectOption('MI');
		await expect(page).toHaveURL(/level=MI/);
		await page.goBack();
		await expect(page).toHaveURL(/level=SE/);
		await expect(select(page, 'Level')).toHaveValue('SE');
		await page.goForward();
		await expect(select(page, 'Level')).toHaveValue('MI');
		// a change is a history entry, not a navigation: reloading it opens the same view
		await page.reload();
		await expect(select(page, 'Level')).toBeEnabled();
		await expect(select(page, 'Level')).toHaveValue('MI');
		await expect(headline(page)).toContainText('mid');
	});

	test('the period and the pay basis go into the URL, and back/forward step through them', async ({
		page
	}) => {
		const gb = defaults('gb');
		const other = gb.period === POOLED_ID ? LATEST : POOLED_ID;
		await open(page, '/region/gb');
		await expect(select(page, 'Period')).toHaveValue(gb.period);
		await select(page, 'Period').selectOption(other);
		await expect(page).toHaveURL(new RegExp(`/region/gb\\?period=${other}$`));
		const ml = cell('gb', 'ml_engineer', { period: other });
		await expect(headline(page).locator('.figure.ml_engineer .n')).toContainText(
			new RegExp(`\\b${count(ml.listings)}\\b`)
		);
		await select(page, 'Pay').selectOption('all');
		await expect(page).toHaveURL(new RegExp(`/region/gb\\?basis=all&period=${other}$`));
		const converted = cell('gb', 'ml_engineer', { period: other, basis: 'all' });
		await expect(headline(page).locator('.figure.ml_engineer .n')).toContainText(
			new RegExp(`\\b${count(converted.listings)}\\b`)
		);
		await page.goBack();
		await expect(select(page, 'Pay')).toHaveValue('local');
		await expect(select(page, 'Period')).toHaveValue(other);
		await page.goBack();
		await expect(select(page, 'Period')).toHaveValue(gb.period);
		await page.goForward();
		await page.goForward();
		await expect(select(page, 'Pay')).toHaveValue('all');
		await page.reload();
		await expect(select(page, 'Level')).toBeEnabled();
		await expect(select(page, 'Pay')).toHaveValue('all');
		await expect(select(page, 'Period')).toHaveValue(other);
	});

	test('copy link copies the view’s address, filters included, and says so', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, '/region/gb');
		await select(page, 'Level').selectOption('SE');
		await expect(page).toHaveURL(/\/region\/gb\?level=SE$/);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'link to this view is copied' })
		).toHaveCount(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});

	test('copy link says where the link is when the clipboard refuses', async ({ page }) => {
		await open(page, '/region/gb?period=2024');
		await page.evaluate(() => {
			navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
		});
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(
			page.getByRole('button', { name: /Not copied: use the address bar/ })
		).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'page’s address is the link' })
		).toHaveCount(1);
	});

	test('unknown values in the URL fall back to the defaults', async ({ page }) => {
		await open(page, '/region/gb?level=PHD&currency=XYZ&def=%3Cscript%3E&basis=x&period=1999');
		await expect(select(page, 'Level')).toHaveValue('all');
		await expect(select(page, 'Currency')).toHaveValue('GBP');
		await expect(select(page, 'Job titles')).toHaveValue('strict');
		await expect(select(page, 'Pay')).toHaveValue(defaults('gb').basis);
		await expect(select(page, 'Period')).toHaveValue(defaults('gb').period);
		await page.locator('#region-pay').scrollIntoViewIfNeeded();
		await expect(page.locator('#region-pay circle.dot').first()).toBeVisible();
	});

	test('changing region keeps the other controls', async ({ page }) => {
		await open(page, '/region/gb?level=SE&currency=EUR');
		await select(page, 'Region').selectOption('us');
		// euros are a display choice, which the US page keeps, on its own default basis
		await expect(page).toHaveURL(/\/region\/us\?level=SE&currency=EUR$/);
		await expect(page.locator('h1')).toContainText('United States');
		await expect(select(page, 'Level')).toHaveValue('SE');
		await expect(select(page, 'Pay')).toHaveValue(defaults('us').basis);
		// the UK's own currency is not carried to Canada: Canada opens in its own
		await open(page, '/region/gb');
		await select(page, 'Region').selectOption('ca');
		await expect(page).toHaveURL(/\/region\/ca$/);
		await expect(select(page, 'Currency')).toHaveValue('CAD');
	});
});

test.describe('the complete data, fetched once the reader acts', () => {
	const fetchesOf = (page: Page) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			const { pathname } = new URL(r.url());
			if (pathname.startsWith('/page-data/')) fetched.push(pathname);
		});
		return fetched;
	};

	test('a page load carries only the opening view; the rest comes with the first change', async ({
		page
	}) => {
		const fetched = fetchesOf(page);
		await page.goto('/', { waitUntil: 'networkidle' });
		await expect(select(page, 'Level')).toBeEnabled();
		expect(fetched).toEqual([]);
		const senior = cell('global', 'ml_engineer', { level: 'SE' });
		await select(page, 'Level').selectOption('SE');
		await expect(headline(page)).toContainText(`${count(senior.listings)} listings`);
		// a second change uses what came with the first
		await select(page, 'Level').selectOption('all');
		await expect(headline(page)).toContainText(
			`${count(cell('global', 'ml_engineer').listings)} listings`
		);
		expect(fetched).toEqual(['/page-data/global.json']);
	});

	test('a link with filters fetches it at once', async ({ page }) => {
		const fetched = fetchesOf(page);
		const broad = cell('gb', 'ml_engineer', { def: 'broad' });
		await page.goto('/region/gb?def=broad');
		await expect(headline(page)).toContainText(`${count(broad.listings)} listings`);
		expect(fetched).toEqual(['/page-data/gb.json']);
	});

	test('when it cannot be fetched, the page says so and keeps its opening view', async ({
		page,
		problems
	}) => {
		await page.route('**/page-data/**', (route) => route.abort('internetdisconnected'));
		await open(page, '/');
		const all = cell('global', 'ml_engineer');
		await select(page, 'Level').selectOption('SE');
		await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
		await expect(headline(page)).toContainText(`${count(all.listings)} listings`);
		await expect(headline(page)).not.toContainText('senior');
		// the refused request (and the browser's console line about it) is this test's doing
		const others = problems.filter((p) => !/page-data|ERR_INTERNET_DISCONNECTED/.test(p));
		expect(others).toEqual([]);
		problems.length = 0;
	});
});

test.describe('reading the charts', () => {
	test('a tooltip follows the mouse', async ({ page }) => {
		await open(page, '/');
		await page.locator('#region-pay').scrollIntoViewIfNeeded();
		const dot = page.locator(
			'#region-pay [data-band="global"] [data-role="ml_engineer"] circle.dot'
		);
		await dot.hover();
		const tip = page.locator('#region-pay .tooltip');
		await expect(tip).toContainText('Global, ML Engineer');
		await expect(tip).toContainText('95% interval');
		await expect(tip).toContainText(`${count(cell('global', 'ml_engineer').listings)} listings`);
	});

	test('the keyboard steps through the points and the tooltip is announced', async ({ page }) => {
		await open(page, '/');
		// a keyboard reader starts with Tab, which also starts drawing the charts off screen
		await page.keyboard.press('Tab');
		const plot = page.locator('#pay-trend .plot');
		await plot.focus();
		const tip = page.locator('#pay-trend .tooltip');
		await expect(tip).toContainText(`ML Engineer, ${TREND_YEARS[0]}`);
		await page.keyboard.press('ArrowRight');
		await expect(tip).toContainText(`ML Engineer, ${TREND_YEARS[1]}`);
		await page.keyboard.press('End');
		const last = page.locator('#pay-trend [role="status"]');
		await expect(last).toContainText(`AI Engineer, ${TREND_YEARS.at(-1)}`);
		// a partial year is named with the months its data covers
		if (LAST_IS_PARTIAL)
			await expect(last).toContainText(formatYear(TREND_YEARS.at(-1)!, 'tooltip'));
		await page.keyboard.press('Escape');
		await expect(tip).toHaveCount(0);
	});

	test('every chart has a data table, built when it is opened', async ({ page }) => {
		await open(page, '/region/us');
		await expect(page.locator('figure table')).toHaveCount(0);
		for (const id of CHARTS) {
			// by keyboard: a click aims at where the summary was, and the charts drawn as it scrolls
			// there can move it (such a click missed once, under load)
			await page.locator(`#${id}`).getByText('Show the data table').press('Enter');
			await expect(page.locator(`#${id} table tbody tr`).first(), id).toBeVisible();
		}
	});
});

test.describe('charts drawn when needed', () => {
	// on the tests' 1280 × 720 screen every chart on / starts below the fold (the headline and
	// where your pay would sit come first)
	const drawn = (page: Page, id: string) => page.locator(`#${id} .chart svg[role="img"]`);

	test('draw no chart below the fold on load; all in idle moments once the reader acts', async ({
		page
	}) => {
		await open(page, '/');
		// loading alone draws nothing below the fold
		await page.waitForTimeout(1000);
		for (const id of CHARTS) await expect(drawn(page, id), id).toHaveCount(0);
		// a key press anywhere (here: Tab) starts drawing them, top to bottom
		await page.keyboard.press('Tab');
		for (const id of CHARTS) await expect(drawn(page, id), id).toHaveCount(1);
	});

	test.describe('with the browser never idle', () => {
		test.beforeEach(async ({ page }) => {
			// no idle moments: only scrolling near a chart, or printing, draws it
			await page.addInitScript(() => {
				window.requestIdleCallback = () => 0;
			});
		});

		test('a chart is drawn as it reaches the viewport, at the width it is shown at', async ({
			page
		}) => {
			await page.setViewportSize({ width: 390, height: 700 });
			await open(page, '/region/gb');
			await expect(drawn(page, 'market-demand')).toHaveCount(0);
			// its title at the foot of the screen is not enough: the drawing area must reach the viewport
			await page.locator('#market-demand h2').evaluate((h) =>
				window.scrollBy({
					top: h.getBoundingClientRect().top - innerHeight + 60,
					behavior: 'instant'
				})
			);
			await page.waitForTimeout(500);
			await expect(drawn(page, 'market-demand')).toHaveCount(0);
			await page.locator('#market-demand .chart').scrollIntoViewIfNeeded();
			const svg = drawn(page, 'market-demand');
			await expect(svg).toHaveCount(1);
			const shown = await svg.evaluate((el) => el.getBoundingClientRect().width);
			const viewBox = await svg.getAttribute('viewBox');
			expect(Number(viewBox?.split(' ')[2])).toBe(Math.round(shown));
		});

		test('printing draws every chart first', async ({ page }) => {
			await open(page, '/');
			// the reader's first key fetches the chart code (no chart is drawn: nothing is idle)
			const code = page.waitForResponse((r) => /\/chunks\/.*\.js$/.test(r.url()));
			await page.keyboard.press('Shift');
			await code;
			await page.waitForLoadState('networkidle');
			await expect(drawn(page, 'pay-gap')).toHaveCount(0);
			// drawn inside the beforeprint event itself, before the browser lays out the printout
			const counts = await page.evaluate(() => {
				window.dispatchEvent(new Event('beforeprint'));
				return [...document.querySelectorAll('figure .chart')].map(
					(c) => c.querySelectorAll('svg[role="img"]').length
				);
			});
			expect(counts).toEqual(CHARTS.map(() => 1));
		});

		test('downloading the SVG of a chart not yet drawn draws it', async ({ page }) => {
			await noIntersections(page); // only the press draws it
			await open(page, '/');
			await expect(drawn(page, 'pay-gap')).toHaveCount(0);
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('#pay-gap').getByRole('button', { name: 'SVG' }).click()
			]);
			expect(file.suggestedFilename()).toMatch(/\.svg$/);
			await expect(drawn(page, 'pay-gap')).toHaveCount(1);
		});
	});
});

test('a link with filters shows their words in every chart frame, scrolled to or not', async ({
	page
}) => {
	const filtered = defaultView('gb', { level: 'SE' });
	await page.goto('/region/gb?level=SE');
	// no scrolling, no key: the frames far below are hydrated after the page all the same
	for (const chart of filtered.charts)
		await expect(page.locator(`#${chart.id}-title`), chart.id).toHaveText(chart.title);
});

test.describe('hydrated part by part', () => {
	test('each part keeps the markup the server sent, and works once hydrated', async ({ page }) => {
		// tag every element the HTML parser made inside an island before any script runs on it
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				for (const el of document.querySelectorAll('.island *')) el.setAttribute('data-parsed', '');
			})
		);
		await open(page, '/region/gb');
		await expectIslands(page, 'gb');
		// the parts below the fold are hydrated when needed: here, once the reader presses a key
		await page.keyboard.press('Tab');
		for (const id of CHARTS) {
			const frame = page.locator(`#${id}`);
			// a chart is drawn by its hydrated frame
			await expect(frame.locator('.chart svg[role="img"]'), id).toHaveCount(1);
			// hydrated, not thrown away and drawn again: the parser's own nodes are still there
			await expect(frame, id).toHaveAttribute('data-parsed', '');
			await expect(frame.locator('h2'), id).toHaveAttribute('data-parsed', '');
		}
		await expect(headline(page)).toHaveAttribute('data-parsed', '');
		await expect(select(page, 'Level')).toHaveAttribute('data-parsed', '');
		// the parts whose code loads when needed too (where your pay would sit enables its field)
		await expect(page.getByRole('textbox', { name: /Your yearly pay/ })).toBeEnabled();
		for (const part of ['section.claim', 'section.your-pay', 'section.data', 'section.cite'])
			for (const shown of await page.locator(part).all())
				await expect(shown, part).toHaveAttribute('data-parsed', '');
		// the islands follow the page's state
		await select(page, 'Level').selectOption('SE');
		await expect(headline(page)).toContainText('senior');
		await expect(page.locator('#region-pay .subtitle')).toContainText('senior');
	});

	test('a press inside a part not yet hydrated hydrates it and is handled, once', async ({
		page
	}) => {
		// no idle moments and no intersections, so nothing but the press itself can hydrate the part
		// (nor draw its chart, which would move the button between the press and the click)
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		await noIntersections(page);
		await open(page, '/region/gb');
		const frame = page.locator('#market-demand');
		await expect(frame.locator('.chart svg[role="img"]')).toHaveCount(0);
		const files: string[] = [];
		page.on('download', (d) => files.push(d.suggestedFilename()));
		await frame.getByRole('button', { name: 'CSV' }).click();
		await expect.poll(() => files.length).toBe(1);
		await page.waitForTimeout(500);
		expect(files).toEqual(['ml-vs-ai-market-demand_gb.csv']);
	});

	test('a data table opened before the page is hydrated is built once it is', async ({ page }) => {
		// hold the page's scripts until the reader has opened the table (which needs none)
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/region/us', { waitUntil: 'commit' });
		const frame = page.locator('#pay-trend');
		await frame.getByText('Show the data table').click();
		await expect(frame.locator('details.table')).toHaveAttribute('open', '');
		release();
		await expect(frame.locator('table tbody tr').first()).toBeVisible();
		await expect(frame.locator('details.table')).toHaveAttribute('open', '');
	});

	test('a page rendered in the browser mounts every part at once', async ({ page }) => {
		await open(page, '/');
		await select(page, 'Region').selectOption('gb');
		await expect(page).toHaveURL(/\/region\/gb$/);
		await expect(page.locator('h1')).toContainText('the United Kingdom');
		for (const id of CHARTS) await expect(page.locator(`#${id}`), id).toHaveCount(1);
		await expectIslands(page, 'gb');
		await expect(page.locator('#region-pay circle.dot').first()).toBeVisible();
		await expect(claimRegion(page, 'pay')).toContainText(claimed('gb', 'ml_engineer'));
		await select(page, 'Level').selectOption('SE');
		await expect(headline(page)).toContainText('senior');
	});
});

/** A claimed figure as the pay claim's check shows it. */
function claimed(region: string, role: 'ml_engineer' | 'ai_engineer') {
	const claim = CLAIMS.find((c): c is PayClaim => c.region === region && c.kind === 'pay');
	if (!claim) throw new Error(`no pay claim for ${region}`);
	return formatMoneyShort(claim.figures[role], claim.currency);
}

/**
 * Regions that show no pay for either role even pooled over 2023–2025, in either basis (strict
 * titles, all levels).
 */
const thin = regions.filter(
	(r) =>
		r.region !== 'global' &&
		salaries
			.filter(
				(c) =>
					c.region === r.region &&
					c.definition === 'strict' &&
					c.level === 'all' &&
					c.period === POOLED_ID
			)
			.every((c) => c.confidence === 'withheld')
);

test.describe('regions', () => {
	test('every region has its own page, with its own headline and a finding for every chart', async ({
		page
	}) => {
		for (const r of regions) {
			const view = defaultView(r.region ?? '');
			await page.goto(pathOf(r.region ?? ''));
			await expect(page.locator('h1')).toHaveText(view.heading);
			for (const chart of view.charts)
				await expect(page.locator(`#${chart.id}-title`), `${r.region} ${chart.id}`).toHaveText(
					chart.title
				);
			// the headline's listings in the region's default view, straight from salaries.csv (a
			// region with too few for either role has no cards: its notice says them, emptyStates.spec.ts)
			if (thin.includes(r)) continue;
			for (const role of ['ml_engineer', 'ai_engineer']) {
				const listings = count(cell(r.region ?? '', role).listings);
				const note = headline(page).locator(`.figure.${role} .n`);
				await expect(note, `${r.region} ${role}`).toContainText(new RegExp(`\\b${listings}\\b`));
				// a shown median has its 95% interval beside it
				if (cell(r.region ?? '', role).confidence !== 'withheld')
					await expect(headline(page).locator(`.figure.${role} .range`)).toContainText(
						'95% interval'
					);
			}
		}
	});

	test('a region with too little data says so instead of drawing noise; the others do not', async ({
		page
	}) => {
		for (const r of regions) {
			await page.goto(pathOf(r.region ?? ''));
			if (thin.includes(r)) {
				const note = page.getByRole('note');
				await expect(note).toContainText(`${r.name} has too few listings`);
				await expect(note).toContainText('even pooled');
				// and points to a region that has figures, which opens with both roles shown
				const nearest = note.getByRole('link');
				await expect(nearest).toHaveCount(1);
				const href = (await nearest.getAttribute('href')) ?? '';
				const near = href === '/' ? 'global' : (href.split('/').at(-1)?.split('?')[0] ?? '');
				for (const role of ['ml_engineer', 'ai_engineer'])
					expect(
						cell(near, role, { period: POOLED_ID, basis: 'all' }).confidence,
						`${r.region} → ${near}`
					).not.toBe('withheld');
				await expect(page.locator('#pay-gap .empty')).toContainText('Too few listings');
				await expect(page.locator('#pay-gap svg')).toHaveCount(0);
			} else await expect(page.getByRole('note'), r.region).toHaveCount(0);
		}
	});

	test('a region of several countries draws each country’s line beside their mean', async ({
		page
	}) => {
		for (const r of regions) {
			const lines = new Set(
				aiShare
					.filter((a) => a.region === r.region && a.series === 'country')
					.map((a) => a.countries)
			);
			await open(page, pathOf(r.region ?? ''));
			const market = page.locator('#market-demand');
			await market.scrollIntoViewIfNeeded();
			if (!aiShare.some((a) => a.region === r.region)) continue;
			const share = market.locator('svg[role="img"] .panel.share');
			await expect(share.locator('path.line'), r.region).toHaveCount(1);
			await expect(share.locator('path.country'), r.region).toHaveCount(lines.size);
			for (const country of lines)
				await expect(share.locator(`path.country[data-line="${country}"]`)).toHaveCount(1);
			// every country's name at its line's end, inside the chart (measured at one moment: the
			// page moves as charts above it are drawn)
			const outside = await market.locator('svg[role="img"]').evaluate((svg) => {
				const box = svg.getBoundingClientRect();
				return [...svg.querySelectorAll('text.country-label')]
					.filter((t) => {
						const b = t.getBoundingClientRect();
						return b.top < box.top || b.bottom > box.bottom || b.right > box.right;
					})
					.map((t) => t.textContent);
			});
			expect(outside, r.region).toEqual([]);
		}
	});

	test('a region Indeed does not cover says so, and covered ones credit Indeed under CC BY', async ({
		page
	}) => {
		const postings = snapshot('postings.csv');
		const covered = new Set([...aiShare, ...postings].map((r) => r.region));
		for (const r of regions) {
			await page.goto(pathOf(r.region ?? ''));
			const market = page.locator('#market-demand');
			if (!covered.has(r.region ?? '')) {
				await expect(market.locator('.empty'), r.region).toContainText('publishes neither');
				continue;
			}
			await expect(market.locator('.note'), r.region).toContainText('cannot tell ML-engineer');
			// each Indeed series shown credited under its licence
			const shown = [
				...(postings.some((p) => p.region === r.region) ? ['postings.csv'] : []),
				...(aiShare.some((a) => a.region === r.region) ? ['ai-share.csv'] : [])
			];
			await expect(market.locator('figcaption a[rel="license"]'), r.region).toHaveText(
				shown.map((file) => source(file).licence)
			);
		}
	});

	test('the UK page checks the widely shared pay claim in pounds as advertised', async ({
		page
	}) => {
		await open(page, '/region/gb');
		const claim = claimRegion(page, 'pay');
		await expect(claim).toContainText(claimed('gb', 'ml_engineer'));
		await expect(claim).toContainText(claimed('gb', 'ai_engineer'));
		// both roles in one period, pounds as advertised: the latest full year if both are shown
		const both = (period: string) =>
			['ml_engineer', 'ai_engineer'].every(
				(role) => cell('gb', role, { period, basis: 'local' }).confidence !== 'withheld'
			);
		const period = both(LATEST) ? LATEST : POOLED_ID;
		for (const role of ['ml_engineer', 'ai_engineer']) {
			const c = cell('gb', role, { period, basis: 'local' });
			const label = role === 'ml_engineer' ? 'ML Engineer' : 'AI Engineer';
			const row = claim
				.locator('tbody tr')
				.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
			await expect(row).toContainText(count(c.listings));
		}
		const view = claimsOf('gb').find((c) => c.id === 'claim-pay');
		await expect(claim.locator('p.sentence')).toHaveText(view?.sentence ?? '');
		// the source by outlet, title and date, and why its figures are not this data's measure
		await expect(claim.locator('p.source')).toContainText(
			'Skytik, “Machine Learning vs AI Engineer: What Are the Differences?”, 29 December 2025, quoting Levels.fyi.'
		);
		await expect(claim.locator('p.source cite')).toHaveText(
			'Machine Learning vs AI Engineer: What Are the Differences?'
		);
		await expect(claim.locator('p.caveat')).toContainText(view?.caveat ?? '');
	});

	test('the UK page checks the demand claim on listings and the stable panel', async ({ page }) => {
		await open(page, '/region/gb');
		const claim = claimRegion(page, 'demand');
		// a row per year with panel listings, with the AI-engineer listings of listings.csv
		const years = listings.filter(
			(r) =>
				r.region === 'gb' &&
				r.role === 'ai_engineer' &&
				r.definition === 'strict' &&
				r.level === 'all' &&
				TREND_YEARS.includes(Number(r.period)) &&
				Number(r.panel_listings) > 0
		);
		await expect(claim.locator('tbody tr')).toHaveCount(years.length);
		for (const y of years)
			await expect(
				claim
					.locator('tbody tr')
					.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${y.period}\\b`) }) })
			).toContainText(count(y.listings));
		await expect(claim.locator('p.sentence')).toContainText('stable panel');
	});
});

const PAGES = [...regions.map((r) => pathOf(r.region ?? '')), '/data', '/methodology'];

test.describe('accessibility and layout', () => {
	test('a link reached with the keyboard shows the focus ring, and only that', async ({ page }) => {
		await page.goto('/methodology');
		const link = page.getByRole('link', { name: 'Dashboard' });
		const before = await link.evaluate((a) => getComputedStyle(a).padding);
		// after a key press, focus moved by script is keyboard focus too (so :focus-visible applies)
		await page.keyboard.press('Tab');
		await link.focus();
		await expect(link).toBeFocused();
		const style = await link.evaluate((a) => {
			const s = getComputedStyle(a);
			return {
				outline: s.outlineStyle,
				width: s.outlineWidth,
				padding: s.padding,
				border: s.borderTopStyle
			};
		});
		expect(style).toEqual({ outline: 'solid', width: '3px', padding: before, border: 'none' });
	});

	for (const scheme of ['light', 'dark'] as const)
		for (const path of PAGES)
			test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				// dashboards: wait for hydration, so the enhanced controls are checked too
				if (!path.startsWith('/data') && !path.startsWith('/methodology'))
					await expect(select(page, 'Level')).toBeEnabled();
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map(
						(v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`
					)
				).toEqual([]);
			});

	test.describe('on a 360 px phone', () => {
		test.use({ viewport: { width: 360, height: 740 } });

		test('no page scrolls sideways and the charts are drawn at the phone’s width', async ({
			page
		}) => {
			for (const path of PAGES) {
				await page.goto(path);
				if (!path.startsWith('/data') && !path.startsWith('/methodology')) {
					// hydrated (the select is in the toolbar, folded on a phone)
					await expect(page.locator('select[name="level"]')).toBeEnabled();
					for (const id of CHARTS) {
						const frame = page.locator(`#${id}`);
						await frame.scrollIntoViewIfNeeded();
						if (await frame.locator('.empty').count()) continue;
						await expect(frame.locator('svg[role="img"]'), `${path} #${id}`).toHaveAttribute(
							'viewBox',
							/^0 0 3\d\d /
						);
					}
				}
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		});
	});
});
