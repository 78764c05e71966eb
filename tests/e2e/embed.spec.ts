/**
 * Embedding a chart: every chart offers an <iframe> snippet; the embedded page holds that chart
 * alone (title, chart, summary, source and licence, a link back), loads no JavaScript, fits a
 * frame from 300 px up with its words at one size in any frame, is as tall as the snippet's frame
 * on a phone, and is light unless the snippet asks for dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { EMBED_HEIGHT_ROOM, EMBED_MEASURE_WIDTH } from '../../src/lib/view/embed';
import { CHARTS, defaultView } from './data';
import type { Browser, Page } from '@playwright/test';
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
	const snippet = await snippetOf(page, 'pay-trend');
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
	await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
	await expect(page.locator('.source')).toContainText('CC0 1.0');
	const back = page.getByRole('link', { name: /full dashboard/ });
	expect(new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
		'/region/gb'
	);
	await expect(back).toHaveAttribute('href', /#pay-trend$/);
	await expect(page.locator('header.site, select, figure')).toHaveCount(0);
	expect(scripts).toEqual([]);
	// with no script the arrow keys do nothing: the chart is no keyboard stop and offers no keys
	await expect(page.locator('[tabindex]')).toHaveCount(0);
	await expect(page.locator('body')).not.toContainText('arrow keys');
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

/** The snippet of a chart of the page, once its panel is open and its height measured. */
async function snippetOf(page: Page, chart: string) {
	const frame = page.locator(`#${chart}`);
	await frame.scrollIntoViewIfNeeded();
	const code = frame.getByRole('textbox', { name: /paste this code/ });
	if (!(await code.isVisible())) await frame.getByRole('button', { name: 'Embed' }).click();
	await expect(code).toHaveAttribute('aria-busy', 'false');
	return code.inputValue();
}

/** A page in a browser without JavaScript (as an embed is seen), at `width` × `height`. */
async function noScriptPage(browser: Browser, width: number, height = 800) {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width, height }
	});
	return context.newPage();
}

/** The width the embed's content has: its main element's, less its padding. */
const room = (page: Page) =>
	page.locator('main').evaluate((m) => {
		const s = getComputedStyle(m);
		return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
	});

test('an embedded chart shows the widest of its drawings that fits the frame, at its own size', async ({
	browser
}) => {
	const page = await noScriptPage(browser, 300);
	await page.goto('/embed/global/market-demand');
	const widths = (
		await page
			.locator('svg[role="img"]')
			.evaluateAll((svgs) => svgs.map((s) => (s as SVGSVGElement).viewBox.baseVal.width))
	).sort((a, b) => a - b);
	expect(widths.length).toBeGreaterThan(1);
	const padding = 300 - (await room(page));
	// a phone, a laptop, and on each side of where each drawing starts to fit
	const frames = [300, 1280, ...widths.flatMap((w) => [w + padding - 1, w + padding])];
	for (const frame of frames) {
		await page.setViewportSize({ width: frame, height: 800 });
		const shown = page.locator('svg[role="img"]:visible');
		await expect(shown).toHaveCount(1);
		const space = await room(page);
		// the widest that fits; where none does, the narrowest, shrunk to fit
		const expected = widths.filter((w) => w <= space).at(-1) ?? (widths[0] as number);
		expect(
			await shown.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width),
			`${frame}`
		).toBe(expected);
		expect((await shown.boundingBox())?.width, `${frame}`).toBe(Math.min(expected, space));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(frame);
	}
	await page.context().close();
});

test('an embed’s words are the same size in a 300 px and a 1280 px frame', async ({ browser }) => {
	/** The size each word of the page is seen at (px): the chart's text, and the text around it. */
	const sizes = (page: Page) =>
		page.evaluate(() => {
			const shown = [...document.querySelectorAll('svg[role="img"]')].filter(
				(s) => s.getClientRects().length > 0
			);
			const chart = shown.flatMap((svg) =>
				[...svg.querySelectorAll('text')].map((t) => ({
					// the font size times the drawing's scale on screen
					seen: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? NaN),
					set: parseFloat(getComputedStyle(t).fontSize)
				}))
			);
			const around = [...document.querySelectorAll('main h1, main p:not(.visually-hidden)')].map(
				(e) => parseFloat(getComputedStyle(e).fontSize)
			);
			return { charts: shown.length, chart, around };
		});
	const page = await noScriptPage(browser, 300);
	for (const id of CHARTS) {
		await page.setViewportSize({ width: 300, height: 800 });
		await page.goto(`/embed/gb/${id}`);
		const narrow = await sizes(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		const wide = await sizes(page);
		const drawn = !defaultView('gb').charts.find((c) => c.id === id)?.empty;
		expect(narrow.charts, id).toBe(drawn ? 1 : 0);
		expect(wide.charts, id).toBe(narrow.charts);
		if (drawn) expect(narrow.chart.length, id).toBeGreaterThan(0);
		// each chart word at the size its style sets, unscaled, in both frames
		for (const t of [...narrow.chart, ...wide.chart])
			expect(Math.abs(t.seen - t.set), id).toBeLessThanOrEqual(0.5);
		const distinct = (xs: number[]) => [...new Set(xs.map((x) => Math.round(x * 2) / 2))].sort();
		expect(distinct(wide.chart.map((t) => t.seen)), id).toEqual(
			distinct(narrow.chart.map((t) => t.seen))
		);
		expect(wide.around, id).toEqual(narrow.around);
	}
	await page.context().close();
});

test('each chart’s snippet makes its frame as tall as the embed on a phone', async ({
	page,
	browser
}) => {
	await page.goto('/region/gb');
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
	// the embed, as a phone shows it in a frame of the measuring width; a short viewport, so that
	// the document's scrolling height is its content's
	const phone = await noScriptPage(browser, EMBED_MEASURE_WIDTH, 200);
	for (const id of CHARTS) {
		const snippet = await snippetOf(page, id);
		const height = Number(/ height="(\d+)"/.exec(snippet)?.[1]);
		await phone.goto(new URL(await iframeSrc(page, snippet)).pathname);
		const needed = await phone.evaluate(() => document.documentElement.scrollHeight);
		expect(height, id).toBeGreaterThanOrEqual(needed);
		// and not much taller: the room left for other fonts, rounded up
		expect(height - needed, id).toBeLessThan(EMBED_HEIGHT_ROOM + 10);
	}
	await phone.context().close();
});

test('the reader picks light or dark colours for the snippet, by mouse or keyboard', async ({
	page
}) => {
	await page.goto('/region/gb');
	const snippet = await snippetOf(page, 'pay-gap');
	const src = await iframeSrc(page, snippet);
	expect(new URL(src).hash).toBe('');
	const frame = page.locator('#pay-gap');
	const colours = frame.getByRole('group', { name: 'Colours' });
	const light = colours.getByRole('radio', { name: 'Light' });
	const dark = colours.getByRole('radio', { name: 'Dark' });
	await expect(light).toBeChecked();
	const code = frame.getByRole('textbox', { name: /paste this code/ });
	await light.focus();
	await page.keyboard.press('ArrowRight');
	await expect(dark).toBeChecked();
	await expect(dark).toBeFocused();
	expect(await iframeSrc(page, await code.inputValue())).toBe(`${src}#dark`);
	// the rest of the snippet stays as it was
	expect((await code.inputValue()).replace('#dark"', '"')).toBe(snippet);
	await light.click();
	expect(await code.inputValue()).toBe(snippet);
	await frame.getByRole('button', { name: 'Embed' }).click();
	await expect(code).toHaveCount(0);
});

test('an embed is light unless its address ends in #dark, whatever the reader’s system', async ({
	browser
}) => {
	/** The background and text colours of a page under a system colour scheme. */
	const colours = async (path: string, colorScheme: 'light' | 'dark') => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(path);
		const seen = await page.evaluate(() => {
			const s = getComputedStyle(document.body);
			return { bg: s.backgroundColor, text: s.color, scrolled: window.scrollY };
		});
		await context.close();
		return { ...seen, scripts };
	};
	// the site's own two palettes, as a page of it shows them under each system setting
	const siteLight = await colours('/methodology', 'light');
	const siteDark = await colours('/methodology', 'dark');
	expect(siteDark.bg).not.toBe(siteLight.bg);
	const palette = ({ bg, text }: { bg: string; text: string }) => ({ bg, text });
	for (const system of ['light', 'dark'] as const) {
		const plain = await colours('/embed/gb/pay-trend', system);
		expect(palette(plain), system).toEqual(palette(siteLight));
		const dark = await colours('/embed/gb/pay-trend#dark', system);
		expect(palette(dark), system).toEqual(palette(siteDark));
		// going to #dark does not scroll, and still no script
		expect(dark.scrolled).toBe(0);
		expect([...plain.scripts, ...dark.scripts]).toEqual([]);
	}
});

test('#dark scrolls neither the embed nor the page around its frame, and no link drops it', async ({
	page
}) => {
	// a page of the same origin (the case where a frame could scroll its parent) with the frame
	// far below the fold
	await page.goto('/methodology');
	const before = await page.evaluate(() => window.scrollY);
	const src = '/embed/gb/region-pay#dark';
	await page.evaluate((address) => {
		const spacer = document.createElement('div');
		spacer.style.height = '3000px';
		const frame = document.createElement('iframe');
		frame.src = address;
		frame.title = 'embed';
		frame.style.height = '300px';
		document.body.append(spacer, frame);
	}, src);
	const embed = page.frameLocator('iframe[title="embed"]');
	await expect(embed.locator('h1')).toBeVisible();
	const inside = await page.evaluate(() => {
		const frame = document.querySelector('iframe[title="embed"]') as HTMLIFrameElement;
		const win = frame.contentWindow as Window;
		return {
			scrolled: win.scrollY,
			hash: win.location.hash,
			bg: win.getComputedStyle(win.document.body).backgroundColor,
			links: [...win.document.querySelectorAll('a[href]')].map(
				(a) => (a as HTMLAnchorElement).href
			),
			here: win.location.href.split('#')[0]
		};
	});
	expect(await page.evaluate(() => window.scrollY)).toBe(before);
	expect(inside.scrolled).toBe(0);
	expect(inside.hash).toBe('#dark');
	expect(inside.links.length).toBeGreaterThan(0);
	// every link leads to another document: none re-targets the embed in place (losing #dark)
	for (const href of inside.links) expect(href.split('#')[0]).not.toBe(inside.here);
});

for (const [theme, hash, system] of [
	['light, on a dark system', '', 'dark'],
	['dark', '#dark', 'light']
] as const)
	test(`axe finds no violations on an embedded chart (${theme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: system });
		await page.goto(`/embed/gb/region-pay${hash}`);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

for (const scheme of ['light', 'dark'] as const)
	test(`axe finds no violations in the embed panel (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/region/gb');
		await snippetOf(page, 'pay-trend');
		const results = await new AxeBuilder({ page }).include('#pay-trend').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
