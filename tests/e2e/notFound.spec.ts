/**
 * The site's own page not found (build/404.html), as a static host sends it for an unknown address,
 * at any depth, with status 404: the site's header and footer, a link to every region in
 * data/regions.csv and to /data and /methodology, all of which work from where it is served, and no
 * JavaScript. The same under a sub-path (the build playwright.config.ts makes for subpath.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SUB_PATH, SUB_PORT } from '../../playwright.config';
import { pathOf, regions } from './data';
import { expect, test } from './fixtures';

const UNKNOWN = ['/no-such-page', '/region/zz/extra'];

const pathnameOf = (url: string) => (URL.canParse(url) ? new URL(url).pathname : '');

/**
 * Opens `path`, which must answer 404 with the page not found. The fixture counts any HTTP error,
 * and the console error Chromium logs for it, as a problem: the document's own are taken off its
 * list; any other (an asset or a favicon looked for at the wrong depth) still fails the test.
 */
async function openNotFound(page: Page, problems: string[], path: string) {
	const logged =
		'console error: Failed to load resource: the server responded with a status of 404';
	// (called after the fixture's own listener, which has just listed the message)
	page.on('console', (m) => {
		const at = problems.findIndex((p) => p.startsWith(logged));
		if (m.type() === 'error' && pathnameOf(m.location().url) === path && at >= 0)
			problems.splice(at, 1);
	});
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(404);
	expect(response?.headers()['content-type']).toMatch(/^text\/html/);
	const expected = `HTTP 404: ${response?.url()}`;
	expect(problems).toContain(expected);
	problems.splice(problems.indexOf(expected), 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
}

/** The pathname each link goes to, by its text. */
async function linkTargets(page: Page, scope: string) {
	return page
		.locator(`${scope} a[href]`)
		.evaluateAll((links) =>
			links.map((a) => [
				a.textContent?.trim() ?? '',
				new URL((a as HTMLAnchorElement).href).pathname
			])
		);
}

for (const path of UNKNOWN)
	test(`an unknown address (${path}) gets the site's page not found, with status 404`, async ({
		page,
		problems
	}) => {
		await openNotFound(page, problems, path);
		await expect(page).toHaveTitle('Page not found · ML Engineer vs AI Engineer');
		await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		// the site's own frame: its header and footer
		await expect(page.locator('header.site')).toContainText('ML Engineer');
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		// its icon is found from any depth too
		const icon = await page
			.locator('head link[rel="icon"]')
			.evaluate((l) => (l as HTMLLinkElement).href);
		expect(new URL(icon).pathname).toBe('/favicon.svg');
		expect((await page.request.get(icon)).status()).toBe(200);
		// plain HTML: no script at all, so nothing of the address asked for can be written into it
		await expect(page.locator('script')).toHaveCount(0);
		expect(await page.content()).not.toContain(path);

		// a link to every region in data/regions.csv, in its order, absolute from any depth
		const nav = page.getByRole('navigation', { name: 'Choose a region' });
		await expect(nav.getByRole('link')).toHaveText(regions.map((r) => r.name ?? ''));
		expect(await linkTargets(page, 'nav[aria-labelledby="regions-title"]')).toEqual(
			regions.map((r) => [r.name, pathOf(r.region ?? '')])
		);
		const main = await linkTargets(page, 'main');
		expect(main).toContainEqual(['the data', '/data']);
		expect(main).toContainEqual(['how the figures are made', '/methodology']);
		expect(await linkTargets(page, 'footer')).toEqual([
			['Dashboard', '/'],
			['The data', '/data'],
			['Methodology', '/methodology'],
			['what these words mean', '/methodology']
		]);
	});

test('a region link on the page not found opens that region', async ({ page, problems }) => {
	await openNotFound(page, problems, '/region/zz/extra');
	const region = regions.at(-1);
	expect(region?.region).not.toBe('global');
	await page
		.getByRole('navigation', { name: 'Choose a region' })
		.getByRole('link', { name: region?.name, exact: true })
		.click();
	await expect(page).toHaveURL(new RegExp(`${pathOf(region?.region ?? '')}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(region?.name ?? '');
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
});

for (const scheme of ['light', 'dark'] as const)
	test(`axe finds no violations on the page not found (${scheme})`, async ({ page, problems }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await openNotFound(page, problems, '/region/zz/extra');
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map(
				(v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`
			)
		).toEqual([]);
	});

test.describe('under a sub-path', () => {
	test.use({ baseURL: `http://127.0.0.1:${SUB_PORT}` });

	test('an unknown address under the path gets the page not found, its links under the path', async ({
		page,
		problems
	}) => {
		await openNotFound(page, problems, `${SUB_PATH}/region/zz/extra`);
		const nav = 'nav[aria-labelledby="regions-title"]';
		expect(await linkTargets(page, nav)).toEqual(
			regions.map((r) => [r.name, `${SUB_PATH}${pathOf(r.region ?? '')}`])
		);
		const icon = await page
			.locator('head link[rel="icon"]')
			.evaluate((l) => new URL((l as HTMLLinkElement).href).pathname);
		expect(icon).toBe(`${SUB_PATH}/favicon.svg`);
		for (const [, target] of await linkTargets(page, 'body'))
			expect(target).toMatch(new RegExp(`^${SUB_PATH}(/|$)`));
		const region = regions.find((r) => r.region !== 'global');
		await page.locator(nav).getByRole('link', { name: region?.name, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${SUB_PATH}${pathOf(region?.region ?? '')}$`));
		await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
	});
});
