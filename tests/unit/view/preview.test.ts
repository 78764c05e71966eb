/**
 * Link previews on the hand-computed snapshots of `snapshotsFixture` (see its note for the UK's
 * figures): the finding in words and numbers, and the image's SVG.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isShown } from '$lib/data/pay';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { dashboardView } from '$lib/view/dashboard';
import { dashboardFacts } from '$lib/view/facts';
import { defaultControls } from '$lib/view/filters';
import { lightPalette, pagePreview, previewSvg, regionPreview, wrap } from '$lib/view/preview';
import { snapshotsFixture } from '../helpers';

/** The opening view's preview of region `id`, drawn with the fixture's cells in its period. */
const previewOf = (id: string) => {
	const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
	const controls = defaultControls(page.regions.find((r) => r.id === id)!);
	const figure = (role: string) => {
		const c = dashboardFacts(page, controls).inPeriod.find((x) => x.role === role);
		return isShown(c) ? { median: c.median, low: c.ciLow, high: c.ciHigh } : null;
	};
	return regionPreview(dashboardView(page, controls), {
		ml_engineer: figure('ml_engineer'),
		ai_engineer: figure('ai_engineer')
	});
};

describe('regionPreview', () => {
	it('states the opening view’s finding: both medians with their intervals, and the gap', () => {
		const p = previewOf('gb');
		expect(p.finding).toBe('United Kingdom: ML engineers £93.5k, AI engineers £73.5k');
		expect(p.context).toBe(
			'Median advertised pay · 2023–2025 (pooled) · pounds as advertised · strict titles · all levels'
		);
		// the fixture's pooled UK cells as advertised: ML 93.5k (75k–115k), 49 listings, n_eff
		// 38.11; AI 73.5k (55k–116k), 18 listings, n_eff 16.2 (low confidence)
		expect(p.marks.map((m) => [m.label, m.figure, m.text, m.note])).toEqual([
			[
				'ML engineers',
				{ median: 93500, low: 75000, high: 115000 },
				'£93.5k, 95% interval £75k–£115k',
				'49 listings (about 38 independent)'
			],
			[
				'AI engineers',
				{ median: 73500, low: 55000, high: 116000 },
				'£73.5k, 95% interval £55k–£116k',
				'18 listings (about 16 independent), low confidence'
			]
		]);
		// (73.5 − 93.5) / 93.5 = −21.4%, its 95% interval −48.9% to +20.8% (see the headline's test)
		expect(p.detail).toBe(
			'AI vs ML: unclear — −21.4% at the medians, but it could be anywhere from −49% to +21% (95% interval)'
		);
		expect(p.fresh).toMatch(/^Pay data to /);
		expect(p.title).toBe('ML Engineer vs AI Engineer in the United Kingdom: pay and demand');
		expect(p.alt).toBe(
			`${p.finding}. ${p.context}. ML engineers: ${p.marks[0]?.text}, ${p.marks[0]?.note}. AI engineers: ${p.marks[1]?.text}, ${p.marks[1]?.note}. ${p.detail}. ${p.fresh}.`
		);
	});

	it('says so where the region shows no pay, and draws nothing', () => {
		const p = previewOf('es');
		expect(p.finding).toBe('Spain: too few listings to show pay');
		expect(p.marks).toEqual([]);
		expect(p.alt.includes('..')).toBe(false);
	});
});

/** The site's light palette, from its stylesheet, as the build reads it. */
const palette = lightPalette(readFileSync('src/app.css', 'utf8'));

describe('lightPalette', () => {
	it('reads the colours from the first :root rule, not the dark one', () => {
		const css = `:root {\n\t--bg: #fff;\n\t--text: #111;\n\t--muted: #555;\n\t--rule: #ddd;\n\t--ml: #0072b2;\n\t--ml-text: #005a8c;\n\t--ai: #d55e00;\n}\n@media (prefers-color-scheme: dark) { :root { --bg: #000; --ml: #56b4e9; } }`;
		expect(lightPalette(css)).toEqual({
			bg: '#fff',
			text: '#111',
			muted: '#555',
			rule: '#ddd',
			ml_engineer: '#0072b2',
			ai_engineer: '#d55e00'
		});
	});

	it('takes the light one of a colour written for both schemes with light-dark()', () => {
		const css = `:root {\n\t--bg: light-dark(#fff, #000);\n\t--text: light-dark( #111 , #eee );\n\t--muted: #555;\n\t--rule: light-dark(#ddd,#333);\n\t--ml: light-dark(#0072b2, #56b4e9);\n\t--ai: light-dark(#d55e00, #f08a3c);\n}`;
		expect(lightPalette(css)).toEqual({
			bg: '#fff',
			text: '#111',
			muted: '#555',
			rule: '#ddd',
			ml_engineer: '#0072b2',
			ai_engineer: '#d55e00'
		});
	});

	it('names the colour it cannot find', () => {
		expect(() => lightPalette(':root { --bg: #fff; }')).toThrow(
			'src/app.css: no colour --text in its first :root rule'
		);
	});
});

describe('previewSvg', () => {
	it('draws 1200 × 630 in the site’s palette, with its text escaped', () => {
		const svg = previewSvg(pagePreview('T', 'Pay & demand <data>', 'Figures "open"'), palette);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('Pay &#38; demand &#60;data&#62;');
		expect(svg).toContain('Figures &#34;open&#34;');
		expect(svg).toContain('fill="#0072b2"');
		expect(svg).not.toContain('<circle'); // no medians without figures
	});

	it('keeps the whole finding, in a smaller size where two large lines cannot hold it', () => {
		const words = (svg: string) =>
			[...svg.matchAll(/<text [^>]*font-size="(\d+)"[^>]*font-weight="bold"[^>]*>([^<]*)</g)].map(
				(m) => [m[1], m[2]]
			);
		// 57 characters: two lines of at most 30 at 54 px
		const short = 'United Kingdom: ML engineers £93.5k, AI engineers £73.5k';
		expect(
			words(previewSvg(pagePreview('T', 'D', short), palette))
				.map((w) => w[1])
				.join(' ')
		).toBe(short);
		// 61 characters need three lines of 30: 44 px, in lines of at most 37, all of it
		const long = 'European Union (27): ML engineers €86.1k, AI engineers €52.8k';
		const drawn = words(previewSvg(pagePreview('T', 'D', long), palette));
		expect(drawn.map((w) => w[1]).join(' ')).toBe(long);
		expect(new Set(drawn.map((w) => w[0]))).toEqual(new Set(['44']));
	});

	it('draws each median as a dot on its 95% interval, on one scale from zero', () => {
		const svg = previewSvg(previewOf('gb'), palette);
		// the scale runs from x 302 (0) to 1128 (the highest interval end, £116k): 826 px
		const x = (v: number) => (302 + (826 * v) / 116000).toFixed(1);
		const ranges = [
			...svg.matchAll(
				/<line x1="([\d.]+)" x2="([\d.]+)" y1="[\d.]+" y2="[\d.]+" stroke="#(?:0072b2|d55e00)"/g
			)
		];
		expect(ranges.map((m) => [m[1], m[2]])).toEqual([
			[x(75000), x(115000)],
			[x(55000), x(116000)]
		]);
		const dots = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => m[1]);
		expect(dots).toEqual([x(93500), x(73500)]);
	});
});

describe('wrap', () => {
	it('breaks text into lines of at most the width, at spaces', () => {
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrap('unbreakable-word', 5)).toEqual(['unbreakable-word']);
	});
});
