/**
 * The link preview of every page, at build time: the card's text (title, description, image and
 * its alternative text, for the pages' Open Graph and Twitter tags) and the 1200 × 630 PNG image
 * (`src/routes/og/`), rasterised from `previewSvg` with resvg and the DejaVu Sans font from npm (no
 * system font needed), so a build on any machine makes the same images.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { isShown } from '../data/pay';
import { buildRegionPage } from '../data/regionPage';
import { unpackRegionPage } from '../data/regionPageData';
import { dashboardView } from '../view/dashboard';
import { dashboardFacts } from '../view/facts';
import { defaultControls } from '../view/filters';
import {
	pagePreview,
	lightPalette,
	previewSvg,
	regionPreview,
	PREVIEW_SIZE,
	type Preview,
	type PreviewMeta
} from '../view/preview';
import { snapshots } from './snapshots';
// the site's stylesheet, the one home of its colours: the images are drawn in its light palette
import appCss from '../../app.css?raw';

const PALETTE = lightPalette(appCss);

/** The pages that are not regions, with their card (and their title and description). */
const PAGES: Record<string, () => Preview> = {
	methodology: () =>
		pagePreview(
			'Methodology: how the figures are made · ML Engineer vs AI Engineer',
			'What changed in this version, which job titles count as each role, how pay ranges become listings, repeats, the statistics and their uncertainty, pay bases and exchange rates, periods, the stable panel, coverage and limits.',
			'How the ML vs AI engineer figures are made'
		),
	data: () =>
		pagePreview(
			'The data: every snapshot, its schema and its source · ML Engineer vs AI Engineer',
			'Download every data file behind the dashboard, with its columns, row count, source, licence and the command that regenerates it.',
			'Every figure’s data, open to download'
		)
};

/** The ids `previewOf` knows: every region, and the other pages. */
export function previewIds(): string[] {
	return [...snapshots().regions.map((r) => r.id), ...Object.keys(PAGES)];
}

/** The preview of page `id` (a region id, `methodology` or `data`), or null for an unknown one. */
export function previewOf(id: string): Preview | null {
	const other = PAGES[id];
	if (other) return other();
	const packed = buildRegionPage(snapshots(), id);
	if (!packed) return null;
	const page = unpackRegionPage(packed);
	const region = page.regions.find((r) => r.id === id);
	if (!region) return null;
	const controls = defaultControls(region);
	const { inPeriod } = dashboardFacts(page, controls);
	const figure = (role: string) => {
		const c = inPeriod.find((x) => x.role === role);
		return isShown(c) ? { median: c.median, low: c.ciLow, high: c.ciHigh } : null;
	};
	return regionPreview(dashboardView(page, controls), {
		ml_engineer: figure('ml_engineer'),
		ai_engineer: figure('ai_engineer')
	});
}

const require = createRequire(import.meta.url);
const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The preview image of a page as PNG. */
export function previewPng(preview: Preview): Uint8Array<ArrayBuffer> {
	const png = new Resvg(previewSvg(preview, PALETTE), {
		fitTo: { mode: 'width', value: PREVIEW_SIZE.width },
		font: {
			fontFiles: [path.join(FONTS, 'DejaVuSans.ttf'), path.join(FONTS, 'DejaVuSans-Bold.ttf')],
			loadSystemFonts: false,
			defaultFontFamily: 'DejaVu Sans'
		}
	});
	return new Uint8Array(png.render().asPng());
}

/**
 * What a page's head needs for its card: `href` is the page's own address and `image` the
 * image's, both absolute (cards need absolute addresses: the build's origin is `SITE_ORIGIN`).
 */
export function previewMeta(id: string, href: string, image: string): PreviewMeta {
	const preview = previewOf(id);
	if (!preview) throw new Error(`no preview for page "${id}"`);
	return {
		title: preview.title,
		description: preview.description,
		url: href,
		image,
		alt: preview.alt
	};
}
