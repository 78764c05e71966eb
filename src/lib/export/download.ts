/**
 * A chart's downloads, made in the browser when the reader asks: its CSV (exactly the rows of its
 * data table, with a source column), and its SVG or PNG (the chart as shown, with its title, what
 * it is of, its notes, its source and the address of the view). Loaded on demand: only someone
 * who downloads pays for the export code.
 */
import type { ChartView } from '$lib/view/charts';

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * Saves `chart` as `kind`. `drawn` gives the chart's SVG element, drawing the chart first if it is
 * not drawn yet (a press can come before the chart reached the viewport).
 */
export async function downloadChart(
	chart: ChartView,
	kind: DownloadKind,
	drawn: () => Promise<SVGSVGElement | null | undefined>
): Promise<void> {
	const { exportSvg, saveFile, svgToPng } = await import('./image');
	const name = `${chart.fileStem}.${kind}`;
	if (kind === 'csv') {
		const { toDownloadCsv } = await import('$lib/data/csv');
		const csv = toDownloadCsv(chart.table.columns, chart.table.rows, chart.credit);
		return saveFile(csv, name, 'text/csv;charset=utf-8');
	}
	const svg = await drawn();
	if (!svg) return;
	const image = exportSvg(svg, {
		title: chart.title,
		context: chart.context,
		notes: [chart.subtitle, chart.details, ...(chart.note ? [chart.note] : [])],
		credit: `Source: ${chart.credit}`,
		// the view it came from, scrolled to the chart
		address: `${location.href.split('#')[0]}#${chart.id}`
	});
	if (kind === 'svg') return saveFile(image.svg, name, 'image/svg+xml');
	saveFile(await svgToPng(image, 2), name, 'image/png');
}
