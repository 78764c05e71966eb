import type { Page } from '@playwright/test';
import { CHARTS } from './data';
import { expect, test } from './fixtures';

/**
 * Tooltips on a phone stay inside the viewport (issue 22): on each chart, whichever point the
 * keyboard steps to, and the topmost, leftmost and rightmost points tapped, with the chart's frame
 * (its title) or its plot at the top of the screen, where a tooltip above the point has no room.
 */

const PHONES = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
];
const PAGES = ['/', '/region/gb'];

/**
 * A point of a chart: its tooltip's title (or titles, where points share a place, such as the two
 * roles' withheld years on the trend chart: a tap there opens either), and its centre in page (not
 * viewport) pixels.
 */
interface Point {
	title: string;
	titles?: string[];
	x: number;
	y: number;
}

/** Scrolls the page so that `selector`'s top is at the top of the viewport, as far as it goes. */
async function scrollToTop(page: Page, selector: string) {
	await page
		.locator(selector)
		.evaluate((el) =>
			window.scrollBy({ top: el.getBoundingClientRect().top, behavior: 'instant' })
		);
}

/** The open tooltip's title, where it is, the point it is at and the viewport, all in px. */
function tooltipOf(page: Page, id: string) {
	return page.locator(`#${id} .plot`).evaluate((plot) => {
		const tip = plot.querySelector('.tooltip:not(.unplaced)');
		const ring = plot.querySelector('.focus-ring');
		if (!tip || !ring) return null;
		const box = tip.getBoundingClientRect();
		const at = ring.getBoundingClientRect();
		return {
			title: tip.querySelector('strong')?.textContent ?? '',
			side: tip.classList.contains('below') ? 'below' : 'above',
			box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
			x: at.left + at.width / 2 + window.scrollX,
			y: at.top + at.height / 2 + window.scrollY
		};
	});
}

type Tooltip = NonNullable<Awaited<ReturnType<typeof tooltipOf>>>;

/** The tooltip lies wholly inside the viewport. */
function expectInside(tip: Tooltip, viewport: { width: number; height: number }, what: string) {
	expect(tip.box.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
	expect(tip.box.top, `${what}: top edge`).toBeGreaterThanOrEqual(0);
	expect(tip.box.right, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
	expect(tip.box.bottom, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
}

/**
 * Steps through a chart's points by keyboard (Home, then ArrowRight to End), checking that each
 * tooltip is inside the viewport, and returns the points.
 */
async function walk(page: Page, id: string, viewport: { width: number; height: number }) {
	const plot = page.locator(`#${id} .plot`);
	await plot.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
	await page.keyboard.press('End');
	const last = await tooltipOf(page, id);
	expect(last, `${id}: a tooltip on focus`).not.toBeNull();
	await page.keyboard.press('Home');
	const points: Point[] = [];
	for (let i = 0; i < 200; i++) {
		const tip = await tooltipOf(page, id);
		if (!tip) throw new Error(`${id}: no tooltip at point ${i}`);
		expectInside(tip, viewport, `${id}, key: ${tip.title}`);
		points.push({ title: tip.title, x: tip.x, y: tip.y });
		if (tip.title === last!.title && tip.x === last!.x && tip.y === last!.y) break;
		await page.keyboard.press('ArrowRight');
	}
	await plot.evaluate((el: HTMLElement) => el.blur());
	await expect(page.locator(`#${id} .tooltip`)).toHaveCount(0);
	return points;
}

/**
 * Taps `point` with the page scrolled to `scrollY` (or, where that leaves the point off screen,
 * with the point 40 px above the viewport's bottom), and checks that its tooltip opens inside the
 * viewport, clear of the point. Returns the side it opened on.
 */
async function tap(
	page: Page,
	id: string,
	point: Point,
	scrollY: number,
	viewport: { width: number; height: number },
	shot?: string
) {
	let y = await page.evaluate((top) => {
		window.scrollTo({ top, behavior: 'instant' });
		return window.scrollY;
	}, scrollY);
	if (point.y - y < 1 || point.y - y > viewport.height - 40)
		y = await page.evaluate(
			(top) => {
				window.scrollTo({ top, behavior: 'instant' });
				return window.scrollY;
			},
			point.y - viewport.height + 40
		);
	await page.touchscreen.tap(point.x, point.y - y);
	await expect(page.locator(`#${id} .tooltip:not(.unplaced)`)).toHaveCount(1);
	const tip = await tooltipOf(page, id);
	expect(point.titles ?? [point.title], `${id}: the tapped point's tooltip`).toContain(tip?.title);
	expectInside(tip!, viewport, `${id}, tap: ${point.title}`);
	// wholly above or wholly below the point (the page has room for it on one side)
	const at = point.y - y;
	expect(tip!.box.bottom <= at || tip!.box.top >= at, `${id}: clear of ${point.title}`).toBe(true);
	if (shot) await page.screenshot({ path: shot });
	// a tap outside the chart closes it
	await page.touchscreen.tap(2, 2);
	await expect(page.locator(`#${id} .tooltip`)).toHaveCount(0);
	return tip!.side;
}

for (const viewport of PHONES) {
	test.describe(`on a ${viewport.width} px phone`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true, colorScheme: 'dark' });

		for (const path of PAGES) {
			test(`tooltips stay on screen on ${path}`, async ({ page }) => {
				await page.goto(path);
				// hydrated: the controls are disabled in the prerendered HTML (and folded on a phone)
				await expect(page.locator('select[name="level"]')).toBeEnabled();
				let drawn = 0;
				const sides = new Set<string>();
				for (const id of CHARTS) {
					const frame = `#${id}`;
					await scrollToTop(page, frame);
					// drawn as it comes into view, unless there is too little data to draw
					await expect(page.locator(`${frame} .plot svg, ${frame} .empty`).first()).toBeVisible();
					if ((await page.locator(`${frame} .plot`).count()) === 0) continue;
					drawn++;
					// again, in case drawing it moved it
					await scrollToTop(page, frame);
					const frameTop = await page.evaluate(() => window.scrollY);
					const points = await walk(page, id, viewport);
					expect(points.length, `${id}: points`).toBeGreaterThan(0);
					const plotTop = await page
						.locator(`${frame} .plot`)
						.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

					const by = (better: (a: Point, b: Point) => boolean) =>
						points.reduce((best, p) => (better(p, best) ? p : best));
					const marks = {
						topmost: by((a, b) => a.y < b.y),
						leftmost: by((a, b) => a.x < b.x),
						rightmost: by((a, b) => a.x > b.x)
					};
					for (const [which, mark] of Object.entries(marks)) {
						const here = (p: Point) => Math.abs(p.x - mark.x) < 0.5 && Math.abs(p.y - mark.y) < 0.5;
						const point = { ...mark, titles: points.filter(here).map((p) => p.title) };
						const shot =
							which === 'topmost' && id === 'region-pay'
								? `/tmp/tooltip-${viewport.width}${path.replaceAll('/', '_')}`
								: undefined;
						// the frame's title at the top of the screen, then the plot itself, as a reader
						// scrolling past the title has it
						sides.add(await tap(page, id, point, frameTop, viewport, shot && `${shot}-frame.png`));
						sides.add(await tap(page, id, point, plotTop, viewport, shot && `${shot}-plot.png`));
					}
				}
				expect(drawn, 'charts drawn').toBeGreaterThan(0);
				// some point had no room above it: its tooltip went below
				expect([...sides].sort()).toEqual(['above', 'below']);
			});
		}
	});
}

/**
 * On a laptop a chart's frame is narrower than the viewport, and it paints nothing outside itself
 * (content-visibility): the tooltip of a chart's first and last points stays inside the frame,
 * where a tooltip kept only inside the viewport ran past its right edge and was cut off.
 */
test.describe('on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the first and last points’ tooltips stay inside their chart’s frame', async ({ page }) => {
		await page.goto('/region/gb');
		await expect(page.locator('select[name="level"]')).toBeEnabled();
		let checked = 0;
		for (const id of CHARTS) {
			const frame = page.locator(`#${id}`);
			await scrollToTop(page, `#${id}`);
			// drawn as it comes into view, unless there is too little data to draw
			await expect(page.locator(`#${id} .plot svg, #${id} .empty`).first()).toBeVisible();
			const plot = frame.locator('.plot');
			if ((await plot.count()) === 0) continue;
			for (const key of ['Home', 'End']) {
				await plot.focus();
				await page.keyboard.press(key);
				const tip = frame.locator('div.tooltip[aria-hidden="true"]:not(.unplaced)');
				await expect(tip).toBeVisible();
				// how far the tooltip runs past the frame on either side (px), measured at one moment:
				// the page may still move as charts above it are drawn
				const overflow = () =>
					frame.evaluate((el) => {
						const t = el.querySelector('div.tooltip[aria-hidden="true"]:not(.unplaced)');
						if (!t) return null;
						const [a, b] = [el.getBoundingClientRect(), t.getBoundingClientRect()];
						return Math.max(0, a.left - b.left, b.right - a.right);
					});
				await expect.poll(overflow, { message: `${id} ${key}` }).toBeLessThanOrEqual(0.5);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(4);
	});
});
