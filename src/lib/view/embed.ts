/**
 * Embedding a chart in another page: the address of the embedded chart for a filter state, and the
 * `<iframe>` snippet to paste.
 *
 * An embedded chart is a static page, prerendered for every filter state it can show, so it needs
 * no JavaScript: its filters are in its path, one segment each (`/embed/gb/pay-gap/level-SE/basis-all`),
 * and only those the chart depends on and that differ from the region's defaults, in the order of
 * `controlsQuery`; so one chart view has one address.
 */
import {
	controlsQuery,
	defaultControls,
	parseControls,
	type Controls,
	type FilterRegion
} from './filters';

/**
 * The filters part of an embedded chart's path ('' for the region's opening view).
 *
 * @example
 * embedFilters({ level: 'SE', def: 'strict', basis: 'all', period: 2024, currency: 'USD' }, uk, ['level', 'basis', 'currency'])
 * // 'level-SE/basis-all/currency-USD' (the period is not among the chart's filters)
 */
export function embedFilters(
	controls: Controls,
	region: FilterRegion,
	dependsOn: readonly (keyof Controls)[]
): string {
	const kept: Controls = { ...defaultControls(region) };
	for (const key of dependsOn) Object.assign(kept, { [key]: controls[key] });
	return [...new URLSearchParams(controlsQuery(kept, region))]
		.map(([key, value]) => `${key}-${value}`)
		.join('/');
}

/**
 * The filter state an embedded chart's path names, or null when the path is not the one
 * `embedFilters` gives for that state (a misspelt, reordered or redundant path has no page).
 */
export function embedControls(
	filters: string,
	region: FilterRegion,
	latestYear: number,
	dependsOn: readonly (keyof Controls)[]
): Controls | null {
	const params = new URLSearchParams();
	for (const segment of filters === '' ? [] : filters.split('/')) {
		const dash = segment.indexOf('-');
		if (dash < 1) return null;
		params.set(segment.slice(0, dash), segment.slice(dash + 1));
	}
	const controls = parseControls(params, region, latestYear);
	return embedFilters(controls, region, dependsOn) === filters ? controls : null;
}

/** The colours an embedded chart is shown in: the host page's choice (the embed follows no system setting). */
export type EmbedTheme = 'light' | 'dark';

/**
 * The width at which an embed's height is measured for its snippet (see `snippetHeight`): a phone's
 * (360 px, the most common), where the chart is about its tallest; a wider frame leaves room below.
 */
export const EMBED_MEASURE_WIDTH = 360;

/**
 * Room added to the measured height: the height is measured with the fonts of the browser that
 * copies the snippet, and another reader's wider fonts can wrap the title or a line of text once
 * more (a line of the title and one of the small text).
 */
export const EMBED_HEIGHT_ROOM = 48;

/** A snippet's height where the embed could not be measured: about a chart's, at 360 px. */
export const EMBED_FALLBACK_HEIGHT = 900;

/**
 * The height of an embed's frame for a page `measured` px tall at `EMBED_MEASURE_WIDTH`: that and
 * `EMBED_HEIGHT_ROOM`, rounded up to the next 10 px.
 *
 * @example snippetHeight(731.2) // 780
 */
export function snippetHeight(measured: number): number {
	return Math.ceil((measured + EMBED_HEIGHT_ROOM) / 10) * 10;
}

/**
 * The `<iframe>` snippet that embeds a chart in another page: its address, ending in `#dark` for the
 * dark colours (an embed is light otherwise, see EmbedChart), a title for screen readers (the
 * chart's), its height (see `snippetHeight`) and a width that follows the column up to 760 px.
 *
 * @example
 * embedSnippet('https://site/embed/gb/pay-trend', 'Pay "rose" & fell', { theme: 'dark', height: 780 })
 * // '<iframe src="https://site/embed/gb/pay-trend#dark" title="Pay &quot;rose&quot; &amp; fell" width="100%" height="780" …'
 */
export function embedSnippet(
	src: string,
	title: string,
	{ theme, height }: { theme: EmbedTheme; height: number }
): string {
	const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const address = theme === 'dark' ? `${src}#dark` : src;
	return `<iframe src="${attr(address)}" title="${attr(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;max-width:760px" loading="lazy"></iframe>`;
}
