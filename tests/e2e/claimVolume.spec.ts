/**
 * The UK's demand claim check sets Indeed's postings beside the listings: its two volume columns
 * are the means of data/postings.csv over the months the check names, worked out here from the
 * CSV text, and its sentence says what they did from the earlier year compared to the later, by
 * the v3 rule (a rise only where every month compared rose). The check credits Indeed's Job
 * Postings Index (CC BY 4.0) where it shows its figures.
 */
import { snapshot, source } from './data';
import { expect, test } from './fixtures';

const postings = snapshot('postings.csv').filter((r) => r.region === 'gb');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The mean of a column over months `first`–`last` (1–12) of `year`, or null unless it has them all. */
function mean(column: string, year: number, first: number, last: number): number | null {
	const values: number[] = [];
	for (let m = first; m <= last; m++) {
		const row = postings.find((r) => r.month === `${year}-${String(m).padStart(2, '0')}`);
		if (!row?.[column]) return null;
		values.push(Number(row[column]));
	}
	return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Whether every month rose or fell from `earlier` to `later`, as the sentence words it. */
function moved(column: string, earlier: number, later: number, first: number, last: number) {
	const signs: number[] = [];
	for (let m = first; m <= last; m++) {
		const at = (y: number) =>
			Number(postings.find((r) => r.month === `${y}-${String(m).padStart(2, '0')}`)?.[column]);
		signs.push(Math.sign(at(later) - at(earlier)));
	}
	return signs.every((s) => s > 0)
		? 'rose'
		: signs.every((s) => s < 0)
			? 'fell'
			: 'showed no clear change';
}

test('the UK demand claim check shows Indeed’s postings over the months it names, as data/postings.csv has them', async ({
	page
}) => {
	await page.goto('/region/gb');
	const claim = page.locator('section#claim-demand');
	const heads = await claim.locator('thead th').allTextContents();
	// "Indeed AI postings, Jan–Aug (2023 = 100)": the months the check names
	const label = heads.find((h) => h.startsWith('Indeed AI postings'));
	const span = /, (\w{3})–(\w{3}) \(2023 = 100\)$/.exec(label ?? '');
	expect(span, heads.join(' | ')).not.toBeNull();
	const [first, last] = [MONTHS.indexOf(span?.[1] ?? '') + 1, MONTHS.indexOf(span?.[2] ?? '') + 1];
	expect(first).toBe(1);
	expect(last).toBeGreaterThan(first);
	expect(heads.slice(-2)).toEqual([
		`Indeed AI postings, ${span?.[1]}–${span?.[2]} (2023 = 100)`,
		`Indeed all postings, ${span?.[1]}–${span?.[2]} (2023 = 100)`
	]);

	const rows = claim.locator('tbody tr');
	const years = (await rows.locator('th').allTextContents()).map((t) => Number(t.slice(0, 4)));
	expect(years.length).toBeGreaterThan(1);
	const cell = (v: number | null) => (v === null ? '–' : v.toFixed(1));
	for (const [i, year] of years.entries()) {
		const row = rows.nth(i);
		await expect(row.locator('td').nth(-2), `${year}`).toHaveText(
			cell(mean('ai_postings_2023_100', year, first, last))
		);
		await expect(row.locator('td').last(), `${year}`).toHaveText(
			cell(mean('all_postings_2023_100', year, first, last))
		);
	}

	// the last two years, compared in the sentence: "rose 34%", "fell 20%"
	const [earlier, later] = years.slice(-2) as [number, number];
	const change = (column: string) => {
		const [a, b] = [mean(column, earlier, first, last), mean(column, later, first, last)];
		const pct = Math.abs((b as number) / (a as number) - 1) * 100;
		return `${moved(column, earlier, later, first, last)} ${pct.toFixed(pct < 10 ? 1 : 0)}%`;
	};
	const [ai, all] = [change('ai_postings_2023_100'), change('all_postings_2023_100')];
	const sentence = claim.locator('p.sentence');
	await expect(sentence).toContainText(
		`with the same months of ${earlier}, Indeed’s postings that mention AI ${ai}`
	);
	await expect(sentence).toContainText(`all postings ${all}`);
	if (ai.startsWith('rose') && all.startsWith('fell'))
		await expect(sentence).toContainText('demand for AI skills grew while the job market shrank');

	// credited where its figures are shown, with its licence, and its file offered
	const credit = claim.locator('p.credit');
	const indeed = source('postings.csv');
	await expect(credit.getByRole('link', { name: indeed.name })).toHaveAttribute(
		'href',
		indeed.url ?? ''
	);
	await expect(credit.locator('a[rel="license"]').last()).toHaveText(indeed.licence);
	await expect(credit.getByRole('link', { name: 'postings.csv' })).toHaveAttribute(
		'href',
		'/data/postings.csv'
	);
});
