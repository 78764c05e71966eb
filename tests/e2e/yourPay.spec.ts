/**
 * "Where would your pay sit?" as a reader uses it: the percentiles come from data/distribution.csv,
 * the amount never leaves the page, bad input gets a message, and without JavaScript the table
 * shows instead.
 */
import type { Page } from '@playwright/test';
import { formatMoneyShort } from '../../src/lib/view/format';
import { percentileOf } from '../../src/lib/view/yourAmount';
import { percentiles } from './data';
import { expect, test } from './fixtures';

const field = (page: Page) => page.getByRole('textbox', { name: /Your yearly pay/ });
const part = (page: Page) => page.getByRole('region', { name: 'Where would your pay sit?' });

/** Opens the UK page where the part is: hydrated when needed, here as it comes into view. */
async function openAtPart(page: Page) {
	await page.goto('/region/gb');
	await field(page).scrollIntoViewIfNeeded();
	await expect(field(page)).toBeEnabled();
}

/** "about 42%" as the page words a share, from the percentiles in data/. */
function words(q: number[], amount: number): string {
	const at = percentileOf(q, amount);
	return at === 'below'
		? 'fewer than 5%'
		: at === 'above'
			? 'more than 95%'
			: `about ${Math.round(at)}%`;
}

test('places a typed amount among both roles’ advertised pay, from distribution.csv', async ({
	page
}) => {
	await openAtPart(page);
	const amount = 95000;
	const ml = percentiles('gb', 'ml_engineer');
	const ai = percentiles('gb', 'ai_engineer');
	await field(page).fill('£95,000');
	const result = part(page).locator('.result');
	await expect(result).toContainText(
		`${formatMoneyShort(amount, 'GBP')} is above ${words(ml, amount)} of ML-engineer listings and ${words(ai, amount)} of AI-engineer listings`
	);
	await expect(part(page)).toContainText('to within 5 points');
	// the strip draws both roles and the amount
	const svg = part(page).locator('svg[role="img"]');
	await expect(svg.locator('rect.inner')).toHaveCount(2);
	await expect(svg.locator('.amount text')).toHaveText(/Your pay £95k/);
	// the same percentiles, as a table
	await part(page).getByText('Show the percentiles').click();
	const rows = part(page).locator('details table tbody tr');
	await expect(rows).toHaveCount(19);
	await expect(rows.first()).toContainText(
		new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(ml[0]!)
	);
});

test('the amount stays on the page: not in the URL, history, storage, cookies or any request', async ({
	page,
	context
}) => {
	const sent: string[] = [];
	page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
	await openAtPart(page);
	const url = page.url();
	const entries = await page.evaluate(() => history.length);
	await field(page).fill('123456');
	await expect(part(page).locator('.result')).toContainText('£123k');
	// a filter change afterwards, which fetches data and writes the URL, does not carry it either
	await page.getByRole('combobox', { name: 'Level' }).selectOption('SE');
	await expect(page).toHaveURL(/level=SE/);
	await page.waitForLoadState('networkidle');
	// the amount in any form it is typed or shown in (a bare /123/ also matched the timestamps
	// SvelteKit keeps in history.state)
	const amount = /123456|123k|123,456/;
	expect(sent.filter((s) => amount.test(s))).toEqual([]);
	expect(page.url()).not.toMatch(amount);
	expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	expect(
		await page.evaluate(() =>
			JSON.stringify([history.state, { ...localStorage }, { ...sessionStorage }])
		)
	).not.toMatch(amount);
	expect(await context.cookies()).toEqual([]);
	expect(url).not.toMatch(amount);
	// the browser is asked not to remember it as form input either
	await expect(field(page)).toHaveAttribute('autocomplete', 'off');
});

test('bad input gets a message next to the field, never NaN', async ({ page }) => {
	await openAtPart(page);
	for (const [typed, message] of [
		['lots', '“lots” is not an amount'],
		['-5', 'cannot be negative'],
		['0', 'above zero'],
		['700', 'monthly or hourly'],
		['95k', '']
	] as const) {
		await field(page).fill(typed);
		const error = part(page).locator('#your-pay-error');
		if (message) {
			await expect(error).toContainText(message);
			await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
			await expect(part(page).locator('.result')).toBeEmpty();
		} else {
			await expect(error).toBeEmpty();
			await expect(part(page).locator('.result')).toContainText('£95k is above');
		}
		await expect(part(page)).not.toContainText('NaN');
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the percentile table instead of the calculator', async ({ page }) => {
		await page.goto('/region/gb');
		await expect(field(page)).toBeDisabled();
		// the open copy in <noscript>: a row per percentile
		const table = part(page).locator('noscript table');
		await expect(table.locator('tbody tr')).toHaveCount(19);
		await expect(table.locator('tbody tr').nth(9)).toContainText('50th');
	});
});
