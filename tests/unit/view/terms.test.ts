import { describe, expect, it } from 'vitest';
import { linkTerms, TERMS } from '$lib/view/terms';

const linked = (text: string) =>
	linkTerms(text)
		.filter((r) => r.anchor)
		.map((r) => [r.text, r.anchor]);

describe('linkTerms', () => {
	it('keeps each span of months or years whole, a month span with its year', () => {
		const text =
			'In Spain, from May–Jul 2025 to May–Jul 2026 (2023–25 pooled; 2025 (Jan–Aug); 2023–2025)';
		const runs = linkTerms(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual([
			'May–Jul 2025',
			'May–Jul 2026',
			'2023–25',
			'Jan–Aug',
			'2023–2025'
		]);
		// a term beside a span is still its own run
		expect(runs.find((r) => r.anchor)).toEqual({ text: 'pooled', anchor: 'pooled' });
	});

	it('leaves ranges of other figures to break as text does', () => {
		for (const text of ['95% interval 2.0%–5.0%', '£74.3k–£115k', '−49% to +21%', 'Q1–Q2'])
			expect(linkTerms(text).some((r) => r.whole)).toBe(false);
	});

	it('cuts a sentence into runs that read back as the sentence, each term its own run', () => {
		const text = '18 listings (about 16 independent), low confidence';
		const runs = linkTerms(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs).toEqual([
			{ text: '18 listings (about 16 ' },
			{ text: 'independent', anchor: 'independent' },
			{ text: '), ' },
			{ text: 'low confidence', anchor: 'too-few' }
		]);
	});

	it('links each term once, at its first occurrence, whatever its case', () => {
		expect(
			linked(
				'Stable panel: AI engineers’ share of the stable panel rose; 95% interval, 95% interval'
			)
		).toEqual([
			['Stable panel', 'panel'],
			['95% interval', 'interval']
		]);
	});

	it('links whole words only', () => {
		expect(linked('independently unpooled')).toEqual([]);
		expect(linked('pooled.')).toEqual([['pooled', 'pooled']]);
	});

	it('links one definition once, though two terms share it', () => {
		// strict and broad titles are defined together
		expect(linked('strict titles, not broad titles')).toEqual([['strict titles', 'titles']]);
	});

	it('leaves a sentence without terms whole, and an empty one empty', () => {
		expect(linkTerms('ML engineers out-earn AI engineers')).toEqual([
			{ text: 'ML engineers out-earn AI engineers' }
		]);
		expect(linkTerms('')).toEqual([]);
	});

	it('has a definition for every term on the methodology page', async () => {
		const { readFile } = await import('node:fs/promises');
		const glossary = await readFile(
			'src/lib/components/methodology/GlossarySection.svelte',
			'utf8'
		);
		for (const [, anchor] of TERMS) expect(glossary).toContain(`id="${anchor}"`);
	});
});
