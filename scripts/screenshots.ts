/**
 * `npm run screenshots [-- <base-url>]`: PNGs of the built site in light and dark mode, on a laptop
 * and a phone, into `screenshots/` (for reviewing a change; not committed). Expects the site to be
 * served, e.g. by `npm start`. Uses Debian's Chromium.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const pages = (process.env.PAGES ?? '/').split(',');
const views = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 360, height: 740 }
];

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium'
});
for (const path of pages)
	for (const view of views)
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({
				viewport: { width: view.width, height: view.height },
				colorScheme: scheme,
				deviceScaleFactor: view.name === 'phone' ? Number(process.env.PHONE_SCALE ?? 2) : 1,
				bypassCSP: true // for the style below
			});
			await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
			// chart frames off screen skip rendering (content-visibility: auto) until scrolled to; a
			// full-page capture wants all of them at once
			await page.addStyleTag({ content: '.frame { content-visibility: visible !important; }' });
			// charts are drawn once the reader acts: a key press starts them
			await page.keyboard.press('Shift');
			await page.waitForTimeout(1500);
			const slug = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
			const file = `screenshots/${slug}-${view.name}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			await page.close();
		}
await browser.close();
