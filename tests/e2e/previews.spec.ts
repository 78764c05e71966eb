/**
 * Every page previews well when its link is shared: Open Graph and Twitter card tags, and a
 * 1200 × 630 PNG made at build time that decodes and states the page's finding.
 */
import { formatMoneyShort } from '../../src/lib/view/format';
import { cell, defaults, pathOf, regions, shownMedian } from './data';
import { expect, test } from './fixtures';

const PAGES = [
	...regions.map((r) => ({ id: r.region as string, path: pathOf(r.region as string) })),
	{ id: 'methodology', path: '/methodology' },
	{ id: 'data', path: '/data' }
];

/** The width and height in a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { id, path } of PAGES)
	test(`${path} has a card with a 1200 × 630 image of its finding`, async ({ page, request }) => {
		await page.goto(path);
		const meta = async (attr: 'property' | 'name', key: string) =>
			page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');
		const title = await meta('property', 'og:title');
		expect(title).toBe(await page.title());
		expect(await meta('property', 'og:description')).toBe(await meta('name', 'description'));
		expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
		expect(await meta('property', 'og:image:width')).toBe('1200');
		expect(await meta('property', 'og:image:height')).toBe('630');
		const image = (await meta('property', 'og:image')) ?? '';
		// absolute, at the build's origin, and the same image for Twitter
		expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${id}\\.png$`));
		expect(await meta('name', 'twitter:image')).toBe(image);
		expect(new URL((await meta('property', 'og:url')) ?? '').pathname).toBe(path);
		const alt = (await meta('property', 'og:image:alt')) ?? '';
		if (!['methodology', 'data'].includes(id)) {
			// the finding in numbers, from data/: each shown median of the opening view
			const { currency } = defaults(id);
			for (const role of ['ml_engineer', 'ai_engineer']) {
				const c = cell(id, role);
				if (c.confidence !== 'withheld')
					expect(alt).toContain(formatMoneyShort(shownMedian(id, role), currency));
			}
		}
		expect(alt.length).toBeGreaterThan(20);

		// the image: a PNG of that size, that the browser decodes
		const response = await request.get(new URL(image).pathname);
		expect(response.headers()['content-type']).toBe('image/png');
		expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
		const decoded = await page.evaluate(async (src) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, new URL(image).pathname);
		expect(decoded).toEqual([1200, 630]);
	});
