import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { POOLED, type Period } from '../../src/lib/domain';
import { controlsQuery, type Controls } from '../../src/lib/view/filters';
import { defaults, LATEST } from './data';
import { expect, test } from './fixtures';

const select = (page: Page, name: string) => page.getByRole('combobox', { name });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /^No / });
const period = (value: string): Period => (value === POOLED.id ? POOLED.id : Number(value));

/** The address of the view the page shows, as the toolbar's selects say it. */
async function shownAddress(page: Page, path: string, region: string) {
	const value = (name: string) => select(page, name).inputValue();
	const controls = {
		level: await value('Level'),
		def: await value('Job titles'),
		basis: await value('Pay'),
		period: period(await value('Period')),
		currency: await value('Currency')
	} as Controls;
	const opens = defaults(region);
	const query = controlsQuery(controls, {
		currency: opens.currency,
		basis: opens.basis as Controls['basis'],
		period: period(opens.period)
	});
	return new URL(path + query, page.url()).href;
}

test('an address with values the page does not offer says what it shows, and is replaced by the shown view’s', async ({
	page
}) => {
	await page.goto('/region/gb?level=ZZ&currency=XXX');
	// the UK page falls back to all levels, in its own currency (pounds)
	await expect(notice(page)).toHaveText(
		'No level ‘ZZ’ or currency ‘XXX’; showing all levels in pounds.'
	);
	await expect(select(page, 'Level')).toHaveValue('all');
	await expect(select(page, 'Currency')).toHaveValue('GBP');
	await expect(page).not.toHaveURL(/ZZ|XXX/);
	expect(page.url()).toBe(await shownAddress(page, '/region/gb', 'gb'));

	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map(
			(v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`
		)
	).toEqual([]);

	// the notice stays until the reader changes a filter
	await select(page, 'Level').selectOption('SE');
	await expect(page).toHaveURL(/\/region\/gb\?level=SE$/);
	await expect(notice(page)).toHaveCount(0);
});

test('a bad period is said on the Global page, and a parameter that is not a filter is not', async ({
	page
}) => {
	await page.goto('/?utm_source=newsletter&period=1999');
	const opens = defaults('global').period;
	const shown = opens === POOLED.id ? 'pooled over 2023–2025' : `for ${LATEST}`;
	await expect(notice(page)).toHaveText(`No period ‘1999’; showing figures ${shown}.`);
	await expect(select(page, 'Period')).toHaveValue(opens);
	await expect(page).not.toHaveURL(/1999/);
	expect(page.url()).toBe(await shownAddress(page, '/', 'global'));
});
