import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHARTS } from './data';
import { expect, test } from './fixtures';

/**
 * The answer on the first screen (issue 22): on a laptop both medians drawn on their intervals are
 * in view without scrolling; on a phone the medians, their intervals and the gap are, the toolbar
 * folds to one line that states the view, and the first chart starts within the second screen. A
 * chart's subtitle is at most two lines on a laptop; the rest of its method opens on request.
 */

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** An element's top and bottom in page pixels. */
const extent = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top + scrollY, bottom: r.bottom + scrollY };
		});

test('on a laptop, both medians drawn on their 95% intervals are in the first screen', async ({
	page
}) => {
	await page.setViewportSize(LAPTOP);
	await page.goto('/region/gb');
	const ranges = page.locator('.headline .ranges');
	// a dot on a bar for each role, and the scale's labels under them
	await expect(ranges.locator('.track')).toHaveCount(2);
	await expect(ranges.locator('.dot')).toHaveCount(2);
	expect((await extent(page, '.headline .ranges')).bottom).toBeLessThanOrEqual(LAPTOP.height);
	// every card's figure and interval, too
	for (const card of await page.locator('.headline .figure').all())
		expect((await card.boundingBox())!.y + (await card.boundingBox())!.height).toBeLessThanOrEqual(
			LAPTOP.height
		);
	// each dot sits on its bar, between the interval's ends
	for (const track of await ranges.locator('.track').all()) {
		const [bar, dot] = [
			(await track.locator('.bar').boundingBox())!,
			(await track.locator('.dot').boundingBox())!
		];
		const centre = dot.x + dot.width / 2;
		expect(centre).toBeGreaterThan(bar.x);
		expect(centre).toBeLessThan(bar.x + bar.width);
	}
	// the toolbar is open, with no folded line
	await expect(page.locator('.toolbar summary')).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Level' })).toBeVisible();
});

test('on a phone, the medians, their intervals and the gap are in the first screen, the first chart starts in the second', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/region/gb');
	for (const selector of [
		'.headline .figure.ml_engineer',
		'.headline .figure.ai_engineer',
		'.headline .figure.gap'
	])
		expect((await extent(page, selector)).bottom, selector).toBeLessThanOrEqual(PHONE.height);
	await expect(page.locator('.headline .range')).toHaveCount(3);
	const first = await extent(page, `#${CHARTS[0]} .chart, #${CHARTS[0]} .empty`);
	expect(first.top).toBeLessThan(2 * PHONE.height);
});

test('on a phone, the filters fold to one line that states the view, and open to the controls', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await page.goto('/region/gb?level=SE');
	const summary = page.locator('.toolbar summary');
	await expect(summary).toBeVisible();
	const level = page.getByRole('combobox', { name: 'Level' });
	await expect(level).toBeHidden();
	// one line
	const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
	expect((await summary.locator('.line').boundingBox())!.height).toBeLessThan(1.5 * lineHeight);
	await summary.click();
	await expect(level).toBeVisible();
	// the line says what the selects show: period, pay and level as their options read
	const chosen = await Promise.all(
		['Period', 'Pay', 'Level'].map((name) =>
			page
				.getByRole('combobox', { name })
				.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text.toLowerCase())
		)
	);
	expect(chosen[2]).toBe('senior');
	await expect(summary.locator('.line')).toHaveText(chosen.join(' · '));
	// a change there is said in the line
	await level.selectOption({ label: 'Mid' });
	await expect(summary.locator('.line')).toHaveText([chosen[0], chosen[1], 'mid'].join(' · '));
	await expect(page).toHaveURL(/level=MI/);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const axe = await new AxeBuilder({ page }).include('.toolbar').include('.headline').analyze();
		expect(axe.violations, scheme).toEqual([]);
	}
});

for (const path of ['/region/gb', '/', '/region/gb?level=SE&basis=all&currency=EUR&def=broad']) {
	test(`on a laptop, no chart subtitle runs past two lines, the rest is behind a disclosure (${path})`, async ({
		page
	}) => {
		await page.setViewportSize(LAPTOP);
		await page.goto(path);
		for (const id of CHARTS) {
			const subtitle = page.locator(`#${id} .subtitle`);
			const { height, line } = await subtitle.evaluate((el) => ({
				height: el.getBoundingClientRect().height,
				line: parseFloat(getComputedStyle(el).lineHeight)
			}));
			expect(height / line, id).toBeLessThanOrEqual(2.01);
			const about = page.locator(`#${id} details.about`);
			await expect(about.locator('p')).toBeHidden();
			await about.locator('summary').click();
			await expect(about.locator('p')).toBeVisible();
			expect((await about.locator('p').textContent())?.length, id).toBeGreaterThan(20);
		}
	});
}
