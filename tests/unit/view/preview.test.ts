/**
 * Link previews on the hand-computed snapshots of `snapshotsFixture` (see its note for the UK's
 * figures): the finding in words and numbers, and the image's SVG.
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage, unpackRegionPage } from '$lib/data/regionPage';
import { dashboardView } from '$lib/view/dashboard';
import { defaultControls } from '$lib/view/filters';
import { pagePreview, previewSvg, regionPreview, wrap } from '$lib/view/preview';
import { snapshotsFixture } from '../helpers';

const previewOf = (
	id: string,
	medians: Record<'ml_engineer' | 'ai_engineer', number | null> = {
		ml_engineer: null,
		ai_engineer: null
	}
) => {
	const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
	const view = dashboardView(page, defaultControls(page.regions.find((r) => r.id === id)!));
	return regionPreview(view, medians);
};

describe('regionPreview', () => {
	it('states the opening view’s finding: both medians, what they measure, and the gap', () => {
		const p = previewOf('gb', { ml_engineer: 93500, ai_engineer: 73500 });
		expect(p.finding).toBe('United Kingdom: ML engineers £93.5k, AI engineers £73.5k');
		// (73.5 − 93.5) / 93.5 = −21.4%, its 95% interval −48.9% to +20.8% (see the headline's test)
		expect(p.detail).toBe(
			'Median advertised pay, 2023–2025 (pooled), pounds as advertised, strict titles, all levels · AI vs ML: unclear, −21.4% at the medians, but it could be anywhere from −49% to +21% (95% interval)'
		);
		expect(p.title).toBe('ML Engineer vs AI Engineer in the United Kingdom: pay and demand');
		expect(p.bars.map((b) => [b.label, b.value, b.text])).toEqual([
			['ML engineers', 93500, '£93.5k'],
			['AI engineers', 73500, '£73.5k']
		]);
		expect(p.alt).toBe(`${p.finding}. ${p.detail}.`);
	});

	it('says so where the region shows no pay', () => {
		const p = previewOf('es');
		expect(p.finding).toBe('Spain: too few listings to show pay');
		expect(p.bars.every((b) => b.value === null && b.text === 'too few listings')).toBe(true);
		expect(p.alt.endsWith('..')).toBe(false);
	});
});

describe('previewSvg', () => {
	it('draws 1200 × 630 in the site’s palette, with its text escaped', () => {
		const svg = previewSvg(pagePreview('T', 'Pay & demand <data>', 'Figures "open"'));
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('Pay &#38; demand &#60;data&#62;');
		expect(svg).toContain('Figures &#34;open&#34;');
		expect(svg).toContain('fill="#0072b2"');
		expect(svg).not.toContain('<rect x="302"'); // no bars without figures
	});

	it('draws the medians as bars on one scale from zero', () => {
		const svg = previewSvg(previewOf('gb', { ml_engineer: 100, ai_engineer: 50 }));
		const widths = [...svg.matchAll(/<rect x="302" y="\d+" width="([\d.]+)"/g)].map((m) =>
			Number(m[1])
		);
		// the longer bar spans the room (1200 − 2 × 72 − 330 = 726), the other half of it
		expect(widths).toEqual([726, 363]);
	});
});

describe('wrap', () => {
	it('breaks text into lines of at most the width, at spaces', () => {
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrap('unbreakable-word', 5)).toEqual(['unbreakable-word']);
	});
});
