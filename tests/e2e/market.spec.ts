import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { aiShare, snapshot, source } from './data';
import { expect, test } from './fixtures';

/**
 * Demand in volume (issue 23): the market chart draws Indeed's postings index (all postings, and
 * those that mention AI, 2023 = 100) over its AI share, checked here against data/postings.csv:
 * the data table and the CSV download hold its months, the lines pass through them, the end
 * labels and the month each series ends are the file's, and the title's change is worked out
 * again from the file by the v3 rule (every month of the latest three against the same month a
 * year earlier). Spain has postings without an AI share, the EU27 the euro area's, Global none.
 */
const postings = snapshot('postings.csv');
const rowsOf = (region: string) => postings.filter((r) => r.region === region);

/** The market chart, scrolled to so that it is drawn. */
async function market(page: Page, path: string) {
	await page.goto(path);
	const frame = page.locator('#market-demand');
	await frame.locator('.chart').scrollIntoViewIfNeeded();
	await expect(frame.locator('svg[role="img"] .panel').first()).toBeVisible();
	return frame;
}

/** The points of a path's `M…L…` segments, as numbers. */
const pointsOf = (d: string) =>
	[...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);

/** The v3 change of a column over the latest three months of its last year, from the file. */
function latestChange(rows: Record<string, string>[], column: string) {
	const values = new Map(
		rows.filter((r) => r[column] !== '').map((r) => [r.month, Number(r[column])])
	);
	const last = [...values.keys()].sort().at(-1)!;
	const [year, month] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
	const months = Array.from({ length: Math.min(3, month) }, (_, i) =>
		String(month - Math.min(3, month) + 1 + i).padStart(2, '0')
	);
	const pairs = months.map(
		(m) => [values.get(`${year - 1}-${m}`) ?? NaN, values.get(`${year}-${m}`) ?? NaN] as const
	);
	const mean = (i: 0 | 1) => pairs.reduce((n, p) => n + p[i], 0) / pairs.length;
	return {
		months,
		year,
		pct: (mean(1) / mean(0) - 1) * 100,
		up: pairs.every(([a, b]) => b > a),
		down: pairs.every(([a, b]) => b < a)
	};
}

test('the UK’s market chart draws postings.csv’s months, ends and change', async ({ page }) => {
	const rows = rowsOf('gb');
	expect(rows.length).toBeGreaterThan(24);
	const frame = await market(page, '/region/gb');
	const volume = frame.locator('svg[role="img"] .panel.volume');
	await expect(volume.locator('.heading')).toHaveText('Job postings, 2023 = 100');
	// a point a month on each line, the AI line only where the file has a value
	const withAi = rows.filter((r) => r.ai_postings_2023_100 !== '');
	const all = pointsOf((await volume.locator('path[data-line="all"]').getAttribute('d')) ?? '');
	const ai = pointsOf((await volume.locator('path[data-line="ai"]').getAttribute('d')) ?? '');
	expect(all).toHaveLength(rows.length);
	expect(ai).toHaveLength(withAi.length);
	// heights in proportion to the values: the zero gridline is the lowest, the dashed line is 100
	const base = Number(await volume.locator('line.base').getAttribute('y1'));
	const bottom = await volume.evaluate((g) =>
		Math.max(...[...g.querySelectorAll('.grid line')].map((l) => Number(l.getAttribute('y1'))))
	);
	const scale = (bottom - base) / 100;
	expect(scale).toBeGreaterThan(0);
	rows.forEach((r, i) =>
		expect(bottom - all[i]![1]!, r.month).toBeCloseTo(Number(r.all_postings_2023_100) * scale, 0)
	);
	withAi.forEach((r, i) =>
		expect(bottom - ai[i]![1]!, r.month).toBeCloseTo(Number(r.ai_postings_2023_100) * scale, 0)
	);
	// each line named at its end with the file's last value, and the months each series ends
	const lastAll = rows.at(-1) as (typeof rows)[number];
	const lastAi = withAi.at(-1) as (typeof rows)[number];
	await expect(volume.locator('text.all-label')).toHaveText(
		`all ${Number(lastAll.all_postings_2023_100).toFixed(1)}`
	);
	await expect(volume.locator('text.end')).toHaveText(
		`AI ${Number(lastAi.ai_postings_2023_100).toFixed(1)}`
	);
	const month = (m: string | undefined) =>
		new Date(`${m}-15`).toLocaleString('en', { month: 'short', year: 'numeric' });
	const subtitle = (await frame.locator('.subtitle').textContent()) ?? '';
	expect(subtitle).toContain(`all (to ${month(lastAll.month)})`);
	expect(subtitle).toContain(`those that mention AI (to ${month(lastAi.month)})`);
	// and near the headline, how fresh each series is
	await expect(page.getByRole('region', { name: /Headline figures/ })).toContainText(
		`its postings to ${month(lastAll.month)}`
	);
	// the title's change, by the v3 rule, worked out again from the file
	const title = (await frame.locator('h2').textContent()) ?? '';
	const aiChange = latestChange(rows, 'ai_postings_2023_100');
	const allChange = latestChange(rows, 'all_postings_2023_100');
	const said = title.match(
		/job postings that mention AI (rose|fell|showed no clear change) \(?([+−]?[\d.]+)%/
	);
	expect(said, title).not.toBeNull();
	const verb = aiChange.up ? 'rose' : aiChange.down ? 'fell' : 'showed no clear change';
	expect(said![1]).toBe(verb);
	expect(Number(said![2]!.replace(/[+−]/, ''))).toBeCloseTo(Math.abs(aiChange.pct), 0);
	expect(title).toContain(`${aiChange.year - 1} to `);
	// all postings over the same months: its direction, by the same rule
	const sameMonths = latestChange(
		rows.filter((r) => String(r.month) <= String(lastAi.month)),
		'all_postings_2023_100'
	);
	expect(sameMonths.months).toEqual(aiChange.months);
	const allVerb = sameMonths.up ? 'rose' : sameMonths.down ? 'fell' : 'showed no clear change';
	expect(title).toContain(`all postings ${allVerb}`);
	expect(allChange.year).toBeGreaterThanOrEqual(aiChange.year);
	// the share panel below it, as before
	await expect(frame.locator('svg[role="img"] .panel.share path.line')).toHaveCount(1);
	// both sources credited, both files offered
	await expect(frame.locator('figcaption')).toContainText(source('postings.csv').name);
	await expect(frame.locator('figcaption')).toContainText(source('ai-share.csv').name);
	await expect(frame.locator('figcaption a[download]')).toHaveText([
		'postings.csv',
		'ai-share.csv'
	]);
});

test('the market chart’s data table and CSV hold postings.csv’s values, month by month', async ({
	page
}) => {
	const frame = await market(page, '/region/gb');
	await frame.getByText('Show the data table').press('Enter');
	const table = await frame.locator('details table').evaluate((t) => ({
		keys: [...t.querySelectorAll('thead th')].map((th) => th.getAttribute('data-key') ?? ''),
		rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value') ?? '')
		)
	}));
	const [downloaded] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'CSV' }).click()
	]);
	const text = (await (await downloaded.createReadStream()).toArray()).join('');
	const [header, ...csv] = Papa.parse<string[]>(text.trimEnd(), { newline: '\n' }).data as [
		string[],
		...string[][]
	];
	expect(header).toEqual([...table.keys, 'source']);
	expect(csv.map((r) => r.slice(0, -1))).toEqual(table.rows);
	// every month of the file, with its values, in the download
	const at = (key: string) => header.indexOf(key);
	for (const r of rowsOf('gb')) {
		const line = csv.find((c) => c[0] === r.month);
		expect(line, r.month).toBeDefined();
		expect(Number(line![at('all_postings_2023_100')])).toBe(Number(r.all_postings_2023_100));
		expect(line![at('ai_postings_2023_100')]).toBe(r.ai_postings_2023_100);
	}
	// and every month of the AI share
	for (const r of aiShare.filter((a) => a.region === 'gb' && a.series === 'region'))
		expect(Number(csv.find((c) => c[0] === r.month)?.[at('ai_share_pct')]), r.month).toBe(
			Number(r.ai_share_pct)
		);
	for (const line of csv) expect(line.at(-1)).toContain(source('postings.csv').licence);
});

test('Spain’s market chart draws all postings and says there is no AI share', async ({ page }) => {
	const rows = rowsOf('es');
	expect(rows.every((r) => r.ai_postings_2023_100 === '')).toBe(true);
	const frame = await market(page, '/region/es');
	await expect(frame.locator('.empty')).toHaveCount(0);
	await expect(frame.locator('svg[role="img"] .panel')).toHaveCount(1);
	const volume = frame.locator('svg[role="img"] .panel.volume');
	const d = (await volume.locator('path[data-line="all"]').getAttribute('d')) ?? '';
	expect(pointsOf(d)).toHaveLength(rows.length);
	await expect(volume.locator('path[data-line="ai"]')).toHaveCount(0);
	await expect(frame.locator('.note')).toContainText(
		'Indeed publishes no AI share of postings for Spain'
	);
	const change = latestChange(rows, 'all_postings_2023_100');
	const verb = change.up ? 'rose' : change.down ? 'fell' : 'showed no clear change';
	await expect(frame.locator('h2')).toContainText(`In Spain, from `);
	await expect(frame.locator('h2')).toContainText(`all job postings ${verb}`);
	await expect(frame.locator('figcaption a[download]')).toHaveText(['postings.csv']);
	await expect(frame.locator('figcaption')).not.toContainText(source('ai-share.csv').name);
});

test('the EU27’s postings are the euro area’s, and Global says it has none', async ({ page }) => {
	expect(new Set(rowsOf('eu27').map((r) => r.series))).toEqual(new Set(['EA']));
	const eu = await market(page, '/region/eu27');
	await expect(eu.locator('.panel.volume .heading')).toHaveText(
		'Job postings in the euro area, 2023 = 100'
	);
	await expect(eu.locator('h2')).toContainText('In the euro area, ');
	await expect(eu.locator('.note')).toContainText('The postings are the euro area’s');
	const global = await market(page, '/');
	await expect(global.locator('svg[role="img"] .panel.volume')).toHaveCount(0);
	await expect(global.locator('svg[role="img"] .panel.share path.country')).toHaveCount(
		new Set(
			aiShare.filter((a) => a.region === 'global' && a.series === 'country').map((a) => a.countries)
		).size
	);
	await expect(global.locator('.note')).toContainText(
		'Indeed publishes no postings index for all countries together'
	);
});
