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

/**
 * The `<iframe>` snippet that embeds a chart in another page: its address, a title for screen
 * readers (the chart's), a height that holds most charts and a width that follows the column.
 *
 * @example
 * embedSnippet('https://site/embed/gb/pay-trend', 'Pay "rose" & fell')
 * // '<iframe src="https://site/embed/gb/pay-trend" title="Pay &quot;rose&quot; &amp; fell" …'
 */
export function embedSnippet(src: string, title: string): string {
	const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="600" style="border:0;max-width:760px" loading="lazy"></iframe>`;
}
