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
