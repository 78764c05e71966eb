/**
 * Chart images for download, made in the browser from the chart as shown: a self-contained SVG
 * (computed styles inlined, with the title, what the chart is of and its notes above, and the
 * source line and the view's address below) and a PNG at twice the chart's size drawn from that
 * SVG. Browser-only: these read the live DOM.
 */

/** The presentation properties charts use; copying just these keeps the file small. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'opacity',
	'font-family',
	'font-size',
	'font-style',
	'font-weight',
	'text-decoration'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A colour custom property as the colour it gives where `at` is: the property's text may be
 * `light-dark(…)`, which only a colour property resolves (to the scheme in use).
 */
function colourOf(at: Element, property: string): string {
	const probe = document.createElementNS(SVG_NS, 'g');
	probe.style.setProperty('color', `var(${property})`);
	at.append(probe);
	const colour = getComputedStyle(probe).color;
	probe.remove();
	return colour;
}

export interface SvgExport {
	svg: string;
	width: number;
	height: number;
}

/** What an exported image says around the chart. */
export interface ExportWords {
	title: string;
	/** What the chart is of: region, period, basis, level, titles counted. */
	context: string;
	/** What its marks mean, and any caveat (the chart's subtitle and note). */
	notes: string[];
	/** The source line, with licences. */
	credit: string;
	/** The address of the view the chart was exported from. */
	address: string;
}

/**
 * Serialises `source` (a chart's `<svg>`) into a standalone SVG document with its computed styles
 * inlined, on the page's background colour, with its context as the page gives it: the title, a
 * line saying what the chart is of, its notes, then the chart, its source and the address of the
 * view, so a copy passed on keeps what it needs to be read.
 */
export function exportSvg(source: SVGSVGElement, words: ExportWords): SvgExport {
	const [, , width, chartHeight] = (source.getAttribute('viewBox') ?? '0 0 600 400')
		.split(/\s+/)
		.map(Number) as [number, number, number, number];
	const clone = source.cloneNode(true) as SVGSVGElement;
	const originals = source.querySelectorAll('*');
	clone.querySelectorAll('*').forEach((el, i) => {
		const computed = getComputedStyle(originals[i] as Element);
		// through the CSSOM: the Content-Security-Policy refuses style attributes set as text
		const style = (el as SVGElement).style;
		for (const p of STYLE_PROPERTIES) style.setProperty(p, computed.getPropertyValue(p));
	});
	clone.querySelectorAll('.focus-ring').forEach((el) => el.remove());

	const page = getComputedStyle(document.body);
	const font = page.getPropertyValue('font-family');
	const muted = colourOf(source, '--muted');
	const colour = page.getPropertyValue('color');
	// blocks of text above and below the chart: lines wrapped to the width at about 0.55 em a
	// character, each with its size, weight, colour and line step
	type Block = { lines: string[]; size: number; weight: string; fill: string; step: number };
	const block = (text: string, size: number, weight: string, fill: string): Block => ({
		lines: wrapText(text, Math.max(20, Math.floor(width / (size * 0.55)))),
		size,
		weight,
		fill,
		step: Math.round(size * 1.35)
	});
	const above = [
		block(words.title, 16, '700', colour),
		block(words.context, 13, '400', colour),
		...words.notes.map((n) => block(n, 12, '400', muted))
	];
	const below = [block(words.credit, 11, '400', muted), block(words.address, 11, '400', muted)];
	const heightOf = (blocks: Block[]) => blocks.reduce((h, b) => h + b.lines.length * b.step + 6, 0);
	const top = heightOf(above) + 8;
	const bottom = heightOf(below) + 12;
	const pad = 16;
	const height = Math.ceil(top + chartHeight + bottom);
	const outWidth = width + 2 * pad;
	const outHeight = height + 2 * pad;

	const out = document.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('width', String(outWidth));
	out.setAttribute('height', String(outHeight));
	out.setAttribute('viewBox', `${-pad} ${-pad} ${outWidth} ${outHeight}`);
	out.setAttribute('font-family', font);
	const bg = document.createElementNS(SVG_NS, 'rect');
	bg.setAttribute('x', String(-pad));
	bg.setAttribute('y', String(-pad));
	bg.setAttribute('width', String(outWidth));
	bg.setAttribute('height', String(outHeight));
	bg.setAttribute('fill', page.getPropertyValue('background-color'));
	out.append(bg);
	/** Lays `blocks` out from `y` down; returns where the next one starts. */
	const lay = (blocks: Block[], y: number) => {
		for (const b of blocks) {
			const t = document.createElementNS(SVG_NS, 'text');
			t.setAttribute('font-size', String(b.size));
			t.setAttribute('font-weight', b.weight);
			t.setAttribute('fill', b.fill);
			b.lines.forEach((line, i) => {
				const span = document.createElementNS(SVG_NS, 'tspan');
				span.setAttribute('x', '0');
				span.setAttribute('y', String(y + b.size + i * b.step));
				span.textContent = line;
				t.append(span);
			});
			out.append(t);
			y += b.lines.length * b.step + 6;
		}
		return y;
	};
	lay(above, 0);
	const chart = document.createElementNS(SVG_NS, 'g');
	chart.setAttribute('transform', `translate(0 ${top})`);
	chart.append(...Array.from(clone.childNodes));
	out.append(chart);
	lay(below, top + chartHeight + 12);
	return {
		svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`,
		width: outWidth,
		height: outHeight
	};
}

/** Draws an exported SVG onto a canvas at `scale`× and returns the PNG. */
export async function svgToPng(image: SvgExport, scale = 2): Promise<Blob> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(image.width * scale);
	canvas.height = Math.round(image.height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas');
	context.scale(scale, scale);
	context.drawImage(img, 0, 0, image.width, image.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}

/** Hands a file to the browser's download. */
export function saveFile(data: Blob | string, name: string, type: string): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
