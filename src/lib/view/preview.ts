/**
 * What a link to a page shows when it is shared (Open Graph and Twitter cards): its title, a
 * description, and a 1200 × 630 image made at build time that states the page's finding in words
 * and numbers, in the site's palette. `previewSvg` draws the image as SVG (rasterised to PNG by the
 * build, see `src/routes/og/`); everything here is pure.
 *
 * @example
 * regionPreview(dashboardView(gbPage, defaults)).finding
 * // 'United Kingdom: ML engineers £93.5k, AI engineers £73.5k'
 */
import { ROLE_PLURAL } from '../domain';
import type { DashboardView } from './dashboard';
import { previewWords } from './words';

export interface Preview {
	/** The card's title (the page's own). */
	title: string;
	description: string;
	/** The image: a kicker, the finding, what it measures, and the two figures drawn as bars. */
	kicker: string;
	finding: string;
	detail: string;
	bars: {
		role: 'ml_engineer' | 'ai_engineer';
		label: string;
		value: number | null;
		text: string;
	}[];
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

/** The preview of a region's dashboard, from its opening view. */
export function regionPreview(
	view: DashboardView,
	medians: Record<'ml_engineer' | 'ai_engineer', number | null>
): Preview {
	const { headline, notice } = view;
	const { finding, detail } = previewWords(headline, notice?.nearest?.text ?? null);
	return {
		title: view.head.title,
		description: view.head.description,
		kicker: 'ML Engineer vs AI Engineer · open data',
		finding,
		detail,
		bars: headline.figures.map((f) => ({
			role: f.role,
			label: ROLE_PLURAL[f.role],
			value: f.shown ? medians[f.role] : null,
			text: f.shown ? f.value : 'too few listings'
		})),
		alt: `${finding}. ${sentence(detail)}`
	};
}

/** The preview of a page without figures of its own (the methodology, the data). */
export function pagePreview(title: string, description: string, finding: string): Preview {
	return {
		title,
		description,
		kicker: 'ML Engineer vs AI Engineer · open data',
		finding,
		detail: description,
		bars: [],
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

/** The site's light palette (src/app.css). */
const PALETTE = {
	bg: '#fbfaf7',
	text: '#1f2328',
	muted: '#57606a',
	rule: '#d8d4cc',
	ml_engineer: '#0072b2',
	ai_engineer: '#d55e00'
};

/** The preview image as SVG, 1200 × 630, in the site's palette; text in DejaVu Sans. */
export function previewSvg(p: Preview): string {
	const { width, height } = PREVIEW_SIZE;
	const left = 72;
	// the bars only where there is a figure to draw; the words get their room otherwise
	const bars = p.bars.some((b) => b.value !== null) ? p.bars : [];
	const finding = wrap(p.finding, 34).slice(0, 3);
	const detail = wrap(p.detail, 70).slice(0, bars.length ? 2 : 5);
	const lines: string[] = [];
	let y = 112;
	lines.push(
		`<text x="${left}" y="${y}" font-size="30" fill="${PALETTE.muted}">${escape(p.kicker)}</text>`
	);
	y += 86;
	for (const line of finding) {
		lines.push(
			`<text x="${left}" y="${y}" font-size="58" font-weight="bold" fill="${PALETTE.text}">${escape(line)}</text>`
		);
		y += 70;
	}
	y += 8;
	for (const line of detail) {
		lines.push(
			`<text x="${left}" y="${y}" font-size="28" fill="${PALETTE.muted}">${escape(line)}</text>`
		);
		y += 38;
	}
	// the two medians as bars on one scale, from zero
	const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
	const barsTop = Math.max(y + 12, height - 60 - 56 * bars.length);
	bars.forEach((b, i) => {
		const by = barsTop + i * 56;
		const full = width - left * 2 - 330;
		const w = b.value !== null && max > 0 ? Math.max(4, (full * b.value) / max) : 0;
		lines.push(
			`<text x="${left}" y="${by + 30}" font-size="28" font-weight="bold" fill="${PALETTE[b.role]}">${escape(b.label)}</text>`,
			w > 0
				? `<rect x="${left + 230}" y="${by + 6}" width="${w.toFixed(1)}" height="32" fill="${PALETTE[b.role]}"/>`
				: '',
			`<text x="${left + 230 + w + 14}" y="${by + 31}" font-size="28" fill="${PALETTE.text}">${escape(b.text)}</text>`
		);
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
		`<rect width="${width}" height="${height}" fill="${PALETTE.bg}"/>`,
		`<rect width="${width}" height="12" fill="${PALETTE.ml_engineer}"/>`,
		`<rect x="${width / 2}" width="${width / 2}" height="12" fill="${PALETTE.ai_engineer}"/>`,
		...lines.filter(Boolean),
		`<line x1="${left}" x2="${width - left}" y1="${height - 40}" y2="${height - 40}" stroke="${PALETTE.rule}"/>`,
		'</svg>'
	].join('\n');
}
