import { snapshot } from './data';
import { expect, test } from './fixtures';

/**
 * Pay in general beside the roles' pay changes (issue 23): the pay trend's note gives the growth of
 * advertised pay across all jobs (Indeed Wage Tracker) between the Decembers its sentence names,
 * compounded here from data/wage-growth.csv, credits the tracker and offers the file; a region
 * without a series says so.
 */
const wages = snapshot('wage-growth.csv');

for (const [path, region] of [
	['/region/gb', 'gb'],
	['/region/us', 'us'],
	['/region/eu27', 'eu27']
] as const)
	test(`the pay trend sets all-jobs pay growth from wage-growth.csv beside the roles’ pay (${region})`, async ({
		page
	}) => {
		await page.goto(path);
		const frame = page.locator('#pay-trend');
		const note = (await frame.locator('.note').textContent()) ?? '';
		expect(note).toMatch(/^For comparison, advertised pay across all jobs in /);
		expect(note).toContain('pay in general, not either role’s');
		const spans = [
			...note.matchAll(/(grew|fell) ([\d.]+)% from December (\d{4}) to December (\d{4})/g)
		];
		expect(spans.length).toBeGreaterThan(0);
		for (const [, dir, printed, from, to] of spans) {
			let factor = 1;
			for (let y = Number(from) + 1; y <= Number(to); y++) {
				const row = wages.find((w) => w.region === region && Number(w.year) === y);
				expect(row, `${region} ${y}`).toBeDefined();
				factor *= 1 + Number(row!.all_jobs_pay_growth_pct) / 100;
			}
			const pct = (factor - 1) * 100;
			expect(dir).toBe(pct > 0 ? 'grew' : 'fell');
			expect(Number(printed)).toBeCloseTo(Math.abs(pct), 1);
		}
		await expect(frame.locator('.source')).toContainText('Wage Tracker');
		await expect(frame.locator('.source')).toContainText('wage-growth.csv');
	});

test('a region without Indeed’s wage series says there is no benchmark', async ({ page }) => {
	expect(wages.some((w) => w.region === 'global')).toBe(false);
	await page.goto('/');
	await expect(page.locator('#pay-trend .note')).toHaveText(
		/^Indeed publishes no series of advertised pay across all jobs for all regions together/
	);
	await expect(page.locator('#pay-trend .source')).not.toContainText('Wage Tracker');
});
