/**
 * Pages with little data: a region with too few listings for either role leads with its notice,
 * and its headline shows no cards of dashes under it, only how fresh the data is; a region with a
 * figure for one role keeps the cards. Expectations come from data/ (see data.ts).
 */
import type { Page } from '@playwright/test';
import { POOLED, rateYear } from '../../src/lib/domain';
import { formatMoneyShort } from '../../src/lib/view/format';
import { cell, defaultView, fx, POOLED_ID, regions } from './data';
import { expect, test } from './fixtures';

/** Waits for hydration: the controls are disabled in the prerendered HTML. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeEnabled();
}

const nameOf = (region: string) => regions.find((r) => r.region === region)?.name ?? region;

test.describe('a region with too few listings for either role', () => {
	for (const region of ['in', 'fr'])
		test(`${region}: the notice, then no cards of dashes, only how fresh the data is`, async ({
			page
		}) => {
			// neither role has a figure in the page's opening view
			const view = defaultView(region);
			expect(view.headline.figures.filter((f) => f.shown)).toEqual([]);
			await open(page, `/region/${region}`);
			await expect(page.getByRole('note')).toContainText(
				`${nameOf(region)} has too few listings to show pay for either role`
			);
			const headline = page.locator('section.headline');
			await expect(headline.locator('.figure')).toHaveCount(0);
			await expect(headline).not.toContainText('–');
			// "Pay data to early August 2025 …", as the site words the data's last month
			expect(view.headline.fresh).toMatch(/^Pay data to /);
			await expect(headline).toHaveText(`${view.headline.fresh}.`);
		});

	test('India’s nearest figures are in rupees, in lakh or crore', async ({ page }) => {
		// Global's pooled ML median (in US dollars) in rupees at the pooled period's last year's rate
		const year = rateYear(POOLED.id);
		const inr = fx.find((r) => r.currency === 'INR' && Number(r.year) === year);
		if (!inr) throw new Error(`no INR rate for ${year} in fx.csv`);
		const global = cell('global', 'ml_engineer', { period: POOLED_ID, basis: 'all' });
		const median = Number(global.median) / Number(inr.usd_per_unit);
		const text = formatMoneyShort(median, 'INR');
		// a median of tens of lakh or more reads in lakh or crore, never "₹17.2M"
		expect(text).toMatch(/^₹[\d.,]+ (lakh|crore)$/);
		await open(page, '/region/in');
		await expect(page.getByRole('note')).toContainText(`ML Engineer ${text} (95% interval`);
	});
});

test('a region with a figure for one role keeps the cards, the other saying why it has none', async ({
	page
}) => {
	const view = defaultView('de');
	const [ml, ai] = view.headline.figures;
	expect([ml?.shown, ai?.shown]).toEqual([true, false]);
	await open(page, '/region/de');
	await expect(page.getByRole('note')).toHaveCount(0);
	const headline = page.getByRole('region', { name: /Headline figures/ });
	await expect(headline.locator('.figure')).toHaveCount(3);
	await expect(headline.locator('.figure.ml_engineer .value')).toHaveText(ml?.value ?? '');
	await expect(headline.locator('.figure.ai_engineer .n')).toContainText('too few listings');
});
