/**
 * What a link to a page shows when it is shared (Open Graph and Twitter cards): its title, a
 * description, and a 1200 × 630 image made at build time that states the page's finding in words
 * and numbers, in the site's palette. `previewSvg` draws the image as SVG (rasterised to PNG by the
 * build, see `src/routes/og/`); everything here is pure.
 *
 * @example
 * regionPreview(dashboardView(gbPage, defaults), figures).finding
 * // 'United Kingdom: ML engineers £93.5k, AI engineers £73.5k'
 */
import { ROLE_PLURAL, type Role } from '../domain';
import type { DashboardView } from './dashboard';
import { previewWords } from './words';

/** A median drawn on the image: a dot on its 95% interval, on one scale from zero. */
export interface PreviewFigure {
	median: number;
	low: number;
	high: number;
}

export interface Preview {
	/** The card's title (the page's own). */
	title: string;
	description: string;
	/** The image: a kicker, the finding, what the figures are, … */
	kicker: string;
	finding: string;
	context: string;
	/** … each role's median on its interval, with its words and listings, … */
	marks: {
		role: Role;
		label: string;
		figure: PreviewFigure | null;
		text: string;
		note: string;
	}[];
	/** … and the gap with its verdict (or, without figures, what the page says instead); */
	detail: string;
	/** How fresh the data is, at the foot ('' where the page has no figures of its own). */
	fresh: string;
	/** The image's text alternative. */
	alt: string;
}

/** What a page's head says for its card: addresses absolute (cards need them so). */
export interface PreviewMeta {
	title: string;
	description: string;
	/** The page's own address, and its image's. */
	url: string;
	image: string;
	alt: string;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** `text` ending with a full stop (once). */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const KICKER = 'ML Engineer vs AI Engineer · open data';

/** The preview of a region's dashboard, from its opening view (`figures`: each role's median). */
export function regionPreview(
	view: DashboardView,
	figures: Record<Role, PreviewFigure | null>
): Preview {
	const { headline, notice } = view;
	const words = previewWords(headline, notice?.nearest?.text ?? null);
	const marks = words.marks.map((m) => ({
		...m,
		label: ROLE_PLURAL[m.role],
		figure: headline.figures.find((f) => f.role === m.role)?.shown ? figures[m.role] : null
	}));
	const drawn = marks.some((m) => m.figure);
	const said = drawn
		? [words.context, ...marks.map((m) => `${m.label}: ${m.text}${m.note ? `, ${m.note}` : ''}`)]
		: [];
	return {
		title: view.head.title,
		description: view.head.description,
		kicker: KICKER,
		fresh: headline.fresh,
		finding: words.finding,
		context: drawn ? words.context : '',
		marks: drawn ? marks : [],
		detail: words.detail,
		alt: [words.finding, ...said, words.detail, headline.fresh].map(sentence).join(' ')
	};
}

/** The preview of a page without figures of its own (the methodology, the data). */
export function pagePreview(title: string, description: string, finding: string): Preview {
	return {
		title,
		description,
		kicker: KICKER,
		fresh: '',
		finding,
		context: '',
		marks: [],
		detail: description,
		alt: `${finding}. ${sentence(description)}`
	};
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Words of `text` in lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The colours a preview image uses: the site's light palette, read from its one home, src/app.css. */
export interface Palette {
	bg: string;
	text: string;
	muted: string;
	rule: string;
	ml_engineer: string;
	ai_engineer: string;
}

/**
 * The light palette from the site's stylesheet (its first `:root` rule's custom properties, each a
 * colour or `light-dark(light, dark)`), so the images and the pages cannot drift apart. Throws,
 * naming it, where a colour is missing.
 *
 * @example lightPalette(':root { --bg: light-dark(#fdfcfa, #15181c); … }').bg // '#fdfcfa'
 */
export function lightPalette(css: string): Palette {
	const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const colour = (name: string) => {
		// the colour, or the first one (the light) of light-dark()
		const value = new RegExp(
			`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})\\s*[,;]`
		).exec(root)?.[1];
		if (!value) throw new Error(`src/app.css: no colour --${name} in its first :root rule`);
		return value;
	};
	return {
		bg: colour('bg'),
		text: colour('text'),
		muted: colour('muted'),
		rule: colour('rule'),
		ml_engineer: colour('ml'),
		ai_engineer: colour('ai')
	};
}

/** The preview image as SVG, 1200 × 630, in the site's palette; text in DejaVu Sans. */
export function previewSvg(p: Preview, palette: Palette): string {
	const { width, height } = PREVIEW_SIZE;
	const left = 72;
	const lines: string[] = [];
	const text = (x: number, y: number, size: number, fill: string, body: string, bold = false) =>
		lines.push(
			`<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${escape(body)}</text>`
		);
	// wrap widths in characters: DejaVu Sans runs about 0.5 em a character (24 px: 12 px, 22 px: 11), bold 0.62 em; the
	// text has 1056 px
	let y = 76;
	text(left, y, 24, palette.muted, p.kicker);
	// the finding, then what the figures are
	y += 70;
	// the finding whole: in two lines of the large size, or else in the next size down
	const large = wrap(p.finding, 30);
	const [size, step, finding] = large.length <= 2 ? [54, 64, large] : [44, 52, wrap(p.finding, 37)];
	for (const line of finding) {
		text(left, y, size, palette.text, line, true);
		y += step;
	}
	// what the figures are, 42 px under the last line of the finding
	y += 42 - step;
	for (const line of wrap(p.context, 88).slice(0, 2)) {
		text(left, y, 24, palette.muted, line);
		y += 32;
	}
	// each median as a dot on its 95% interval, on one scale from zero; its words under it
	const x0 = left + 230;
	const full = width - left - x0;
	const max = Math.max(0, ...p.marks.map((m) => m.figure?.high ?? 0));
	const x = (v: number) => (x0 + (full * v) / max).toFixed(1);
	for (const m of p.marks) {
		y += 28;
		const colour = palette[m.role];
		text(left, y + 10, 28, colour, m.label, true);
		if (m.figure && max > 0)
			lines.push(
				// the scale, from zero at its left end
				`<line x1="${x0}" x2="${width - left}" y1="${y}" y2="${y}" stroke="${palette.rule}" stroke-width="2"/>`,
				`<line x1="${x(m.figure.low)}" x2="${x(m.figure.high)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="6" stroke-linecap="round"/>`,
				`<circle cx="${x(m.figure.median)}" cy="${y}" r="11" fill="${colour}" stroke="${palette.bg}" stroke-width="3"/>`
			);
		y += 18;
		for (const line of wrap([m.text, m.note].filter(Boolean).join(' · '), 92).slice(0, 2)) {
			y += 28;
			text(left, y, 22, palette.text, line);
		}
		y += 6;
	}
	// the gap and its verdict, or what a page without figures says
	y += p.marks.length ? 38 : 0;
	for (const line of wrap(p.detail, 78).slice(0, p.marks.length ? 2 : 7)) {
		text(left, y, 26, p.marks.length ? palette.text : palette.muted, line);
		y += 34;
	}
	if (p.fresh) text(left, height - 26, 22, palette.muted, p.fresh);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
		`<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
		`<rect width="${width}" height="12" fill="${palette.ml_engineer}"/>`,
		`<rect x="${width / 2}" width="${width / 2}" height="12" fill="${palette.ai_engineer}"/>`,
		...lines,
		'</svg>'
	].join('\n');
}
