/**
 * The headline's words (words.ts), on hand-made figures worked out in the comments beside them.
 */
import { describe, expect, it } from 'vitest';
import { gapBetween, type Gap, type PayCell, type ShownCell } from '$lib/data/pay';
import {
	freshWords,
	gapFigure,
	gapWords,
	listingsWords,
	nearestWords,
	noticeWords,
	previewWords,
	tooFewForPay,
	whereWords,
	yearMixWarning,
	yearMixWords,
	YEAR_MIX_TVD,
	type HeadlineWords
} from '$lib/view/words';
import { payCell } from '../helpers';

/** A pay cell that is shown (n_eff 10 or more, so payCell gives it a median and a CI). */
const shown = (over: Partial<PayCell> & Pick<PayCell, 'role' | 'listings'> & { median: number }) =>
	payCell(over) as ShownCell;

describe('listingsWords', () => {
	it('counts the listings, and the independent ones only where some repeat', () => {
		// 43 distinct of 49: repeats, so n_eff 38.11 is said, rounded: about 38
		expect(
			listingsWords(
				shown({ role: 'ml_engineer', listings: 49, distinct: 43, nEff: 38.11, median: 93500 })
			)
		).toBe('49 listings (about 38 independent)');
		// 71 distinct of 71 (n_eff 71): nothing repeats, nothing to add
		expect(listingsWords(shown({ role: 'ml_engineer', listings: 71, median: 128000 }))).toBe(
			'71 listings'
		);
	});

	it('says how many were advertised in the region’s own currency where it is given', () => {
		// 71 listings, 49 of them in GBP: pounds
		expect(
			listingsWords(shown({ role: 'ml_engineer', listings: 71, median: 128000 }), {
				listings: 49,
				currency: 'GBP'
			})
		).toBe('71 listings, 49 of them advertised in pounds');
	});

	it('flags low confidence below 30 independent listings, and not at 30', () => {
		// 18 listings, 17 distinct, n_eff 16.2 < 30: low; about 16 independent
		expect(
			listingsWords(
				shown({ role: 'ai_engineer', listings: 18, distinct: 17, nEff: 16.2, median: 73500 })
			)
		).toBe('18 listings (about 16 independent), low confidence');
		// n_eff 29.99 < 30: low, and said to one decimal rounded down (29.9), never "about 30"
		expect(
			listingsWords(
				shown({ role: 'ai_engineer', listings: 40, distinct: 35, nEff: 29.99, median: 96000 }),
				{ listings: 12, currency: 'EUR' }
			)
		).toBe('40 listings (about 29.9 independent), 12 of them advertised in euros, low confidence');
		// n_eff exactly 30: not low
		expect(
			listingsWords(
				shown({ role: 'ai_engineer', listings: 40, distinct: 35, nEff: 30, median: 96000 })
			)
		).toBe('40 listings (about 30 independent)');
	});
});

describe('tooFewForPay', () => {
	it('gives the listings and the 10 independent listings pay needs', () => {
		expect(tooFewForPay(3)).toBe('too few listings (3; pay needs 10 independent)');
		// no cell at all: 0 listings
		expect(tooFewForPay(0)).toBe('too few listings (0; pay needs 10 independent)');
	});
});

// literal gaps, in % (AI median / ML median − 1, and its 95% interval)
const unclear: Gap = { pct: -21.43, low: -45.2, high: 19.4, verdict: 'unclear' };
const lower: Gap = { pct: -25.04, low: -31.4, high: -18.6, verdict: 'ai_lower' };
const higher: Gap = { pct: 15.06, low: 4.6, high: 26.4, verdict: 'ai_higher' };

describe('gapFigure', () => {
	it('is a dash where there is no gap, and “Unclear” where the interval straddles 0', () => {
		expect(gapFigure(null)).toBe('–');
		expect(gapFigure(unclear)).toBe('Unclear');
	});

	it('is the gap at the medians, signed, to one decimal, where the verdict is clear', () => {
		// −25.04 → −25.0%; +15.06 → +15.1%
		expect(gapFigure(lower)).toBe('−25.0%');
		expect(gapFigure(higher)).toBe('+15.1%');
	});
});

describe('gapWords', () => {
	it('names the roles with too few listings where there is no gap', () => {
		expect(gapWords(null, ['ai_engineer'])).toBe('too few AI-engineer listings to compare');
		expect(gapWords(null, ['ml_engineer', 'ai_engineer'])).toBe(
			'too few ML-engineer and AI-engineer listings to compare'
		);
	});

	it('says an unclear gap as the medians’ gap and how wide its interval is', () => {
		// −21.43 → −21.4%; interval −45.2 → −45%, +19.4 → +19%
		expect(gapWords(unclear, [])).toBe(
			'−21.4% at the medians, but it could be anywhere from −45% to +19% (95% interval)'
		);
	});

	it('says “earn less” or “earn more” only where the whole interval is on one side of 0', () => {
		// −31.4 → −31%, −18.6 → −19%
		expect(gapWords(lower, [])).toBe('AI engineers earn less (95% interval −31% to −19%)');
		// +4.6 → +5%, +26.4 → +26%
		expect(gapWords(higher, [])).toBe('AI engineers earn more (95% interval +5% to +26%)');
	});

	it('gives an interval end that would read 0% to one decimal', () => {
		// +0.3 rounds to 0 whole per cent: to one decimal, "+0.3%"; +0.5 reads "+1%"
		const nearZero = { pct: 10, low: 0.3, high: 20.1, verdict: 'ai_higher' } as const;
		expect(gapWords(nearZero, [])).toBe('AI engineers earn more (95% interval +0.3% to +20%)');
		expect(gapWords({ ...nearZero, low: -0.5, verdict: 'unclear' }, [])).toBe(
			'+10.0% at the medians, but it could be anywhere from −1% to +20% (95% interval)'
		);
	});

	it('reads the verdict gapBetween gives, unclear and clear', () => {
		// ML 100k (CI 90k–110k), AI 80k (CI 64k–100k): SE_ml = ln(110/90) / 3.92 = 0.0512,
		// SE_ai = ln(100/64) / 3.92 = 0.1139; ± 1.96 √(0.0512² + 0.1139²) = ± 0.2447 around ln 0.8 =
		// −0.2231: e^−0.4678 − 1 = −37.4%, e^0.0215 − 1 = +2.2%: straddles 0, unclear
		const wide = gapBetween(
			{ median: 100e3, ciLow: 90e3, ciHigh: 110e3 },
			{ median: 80e3, ciLow: 64e3, ciHigh: 100e3 }
		);
		expect(gapFigure(wide)).toBe('Unclear');
		expect(gapWords(wide, [])).toBe(
			'−20.0% at the medians, but it could be anywhere from −37% to +2% (95% interval)'
		);
		// ML 100k (CI 95k–105k), AI 80k (CI 76k–84k): SE each ln(105/95) / 3.92 = 0.0255;
		// ± 1.96 × 0.0255 × √2 = ± 0.0708 around −0.2231: e^−0.2939 − 1 = −25.5%,
		// e^−0.1524 − 1 = −14.1%: all below 0, AI lower
		const narrow = gapBetween(
			{ median: 100e3, ciLow: 95e3, ciHigh: 105e3 },
			{ median: 80e3, ciLow: 76e3, ciHigh: 84e3 }
		);
		expect(gapFigure(narrow)).toBe('−20.0%');
		expect(gapWords(narrow, [])).toBe('AI engineers earn less (95% interval −25% to −14%)');
	});
});

describe('yearMixWarning', () => {
	const years = [2023, 2024, 2025];

	it('says so where the roles’ year mixes differ by more than 0.25 (total variation distance)', () => {
		// ML 10 / 60 / 30 %, AI 0 / 20 / 80 %: ½ (0.1 + 0.4 + 0.5) = 0.5; 2025 differs most (0.5)
		expect(yearMixWarning([10, 60, 30], [0, 20, 80], years)).toBe(
			'The two roles’ listings come from different years: 80% of AI-engineer listings are from 2025 (Jan–Aug), against 30% of ML-engineer listings.'
		);
		// both roles' largest year the same (2024), the mixes still apart: ML 29 / 57 / 14 %,
		// AI 8 / 46 / 46 %: ½ (0.21 + 0.11 + 0.32) = 0.32; 2025 differs most
		expect(yearMixWarning([4, 8, 2], [1, 6, 6], years)).toBe(
			'The two roles’ listings come from different years: 46% of AI-engineer listings are from 2025 (Jan–Aug), against 14% of ML-engineer listings.'
		);
	});

	it('says nothing at 0.25 or below, or where a role has no listings', () => {
		expect(YEAR_MIX_TVD).toBe(0.25);
		// ML 25 / 50 / 25 %, AI 0 / 50 / 50 %: ½ (0.25 + 0 + 0.25) = 0.25, not above
		expect(yearMixWarning([25, 50, 25], [0, 50, 50], years)).toBeNull();
		// ML 24 / 50 / 26 %, AI 0 / 50 / 50 %: ½ (0.24 + 0 + 0.24) = 0.24
		expect(yearMixWarning([24, 50, 26], [0, 50, 50], years)).toBeNull();
		// ML 26 / 50 / 24 %, AI 0 / 50 / 50 %: ½ (0.26 + 0 + 0.26) = 0.26, above
		expect(yearMixWarning([26, 50, 24], [0, 50, 50], years)).not.toBeNull();
		expect(yearMixWarning([10, 60, 30], [0, 0, 0], years)).toBeNull();
		expect(yearMixWarning([0, 0, 0], [0, 20, 80], years)).toBeNull();
	});

	it('names the first of two years that differ equally most', () => {
		// ML 50 / 50 / 0 %, AI 0 / 50 / 50 %: |0.5|, 0, |0.5|: ½ (0.5 + 0 + 0.5) = 0.5; 2023 and 2025
		// tie at 0.5, 2023 comes first; said from ML, which has more of its listings there
		expect(yearMixWarning([5, 5, 0], [0, 4, 4], years)).toBe(
			'The two roles’ listings come from different years: 50% of ML-engineer listings are from 2023, against 0% of AI-engineer listings.'
		);
	});

	it('names the year that differs most even when it is not the last', () => {
		// ML 80 / 20 / 0 %, AI 10 / 60 / 30 %: |0.7|, |0.4|, |0.3|: ½ (0.7 + 0.4 + 0.3) = 0.7;
		// 2023 differs most, where ML has more of its listings
		expect(yearMixWarning([8, 2, 0], [1, 6, 3], years)).toBe(
			'The two roles’ listings come from different years: 80% of ML-engineer listings are from 2023, against 10% of AI-engineer listings.'
		);
	});
});

describe('yearMixWords', () => {
	const years = [2023, 2024, 2025];

	it('gives each role’s listings year by year, the partial year named with its months', () => {
		// ML 15 / 24 / 10 of 49 = .306 / .490 / .204, AI 5 / 12 / 6 of 23 = .217 / .522 / .261:
		// ½ (.089 + .032 + .057) = 0.089, no warning
		expect(yearMixWords({ ml_engineer: [15, 24, 10], ai_engineer: [5, 12, 6] }, years, true)).toBe(
			'Pooled over 2023–2025: ML-engineer listings 2023: 15 · 2024: 24 · 2025 (Jan–Aug): 10; AI-engineer listings 2023: 5 · 2024: 12 · 2025 (Jan–Aug): 6.'
		);
	});

	it('adds the year-mix warning where the mixes differ and the medians are compared', () => {
		// ML 1 / 6 / 3 of 10 = 10 / 60 / 30 %, AI 0 / 2 / 8 of 10 = 0 / 20 / 80 %:
		// ½ (0.1 + 0.4 + 0.5) = 0.5 > 0.25; 2025 differs most
		const counts = { ml_engineer: [1, 6, 3], ai_engineer: [0, 2, 8] };
		const line =
			'Pooled over 2023–2025: ML-engineer listings 2023: 1 · 2024: 6 · 2025 (Jan–Aug): 3; AI-engineer listings 2023: 0 · 2024: 2 · 2025 (Jan–Aug): 8.';
		expect(yearMixWords(counts, years, true)).toBe(
			`${line} The two roles’ listings come from different years: 80% of AI-engineer listings are from 2025 (Jan–Aug), against 30% of ML-engineer listings.`
		);
		// no gap shown (a role too thin): no warning about a comparison the headline does not make
		expect(yearMixWords(counts, years, false)).toBe(line);
	});
});

describe('whereWords', () => {
	it('gives the largest country’s share of the listings, as a whole percentage', () => {
		// 0.914 × 100 = 91.4 → 91%
		expect(whereWords(0.914, 'the United States')).toBe(
			'91% of these listings are in the United States'
		);
		expect(whereWords(0.5, 'Germany', 'those')).toBe('50% of those listings are in Germany');
	});
});

describe('freshWords', () => {
	it('says when the pay data ends, a partial year by its month, and the market series’ last month', () => {
		// 2025 is partial: its data ends in early August
		expect(freshWords(2025, '2026-06', '2026-07')).toBe(
			'Pay data to early August 2025 · Indeed’s AI share to Jun 2026 · its postings to Jul 2026'
		);
		// 2024 is a full year: to December
		expect(freshWords(2024, '2025-11', null)).toBe(
			'Pay data to December 2024 · Indeed’s AI share to Nov 2025'
		);
	});

	it('leaves out what there is none of', () => {
		expect(freshWords(2024, null, null)).toBe('Pay data to December 2024');
		expect(freshWords(undefined, '2026-06', null)).toBe('Indeed’s AI share to Jun 2026');
		// postings without an AI share (Spain) name Indeed
		expect(freshWords(2024, null, '2026-07')).toBe(
			'Pay data to December 2024 · Indeed’s postings to Jul 2026'
		);
		expect(freshWords(undefined, null, null)).toBe('');
	});
});

describe('noticeWords', () => {
	const rest =
		'Pay is shown where a role has at least 10 independent listings (repeats of one listing count as less than that).';

	it('gives each role’s listings, independent ones where some repeat, and those in the country’s own currency', () => {
		// ML 8 listings, 6 distinct: repeats, n_eff 5.33 → about 5.3 (under 10, one decimal);
		// AI 5 of 5 distinct: none repeat
		expect(
			noticeWords(
				'India',
				[
					{ role: 'ml_engineer', listings: 8, distinct: 6, nEff: 5.33 },
					{ role: 'ai_engineer', listings: 5, distinct: 5, nEff: 5 }
				],
				[6, 4],
				'INR'
			)
		).toBe(
			`India has too few listings to show pay for either role, even pooled over 2023–2025: 8 ML-engineer (about 5.3 independent) and 5 AI-engineer listings in all, strict titles, all levels. Of these, 6 ML-engineer and 4 AI-engineer listings were advertised in rupees. ${rest}`
		);
	});

	it('says nothing of a currency for a region of several countries', () => {
		// ML 7 of 7 distinct; AI 9 listings, 7 distinct, n_eff 6.4
		expect(
			noticeWords(
				'Nordics',
				[
					{ role: 'ml_engineer', listings: 7, distinct: 7, nEff: 7 },
					{ role: 'ai_engineer', listings: 9, distinct: 7, nEff: 6.4 }
				],
				null,
				'EUR'
			)
		).toBe(
			`Nordics has too few listings to show pay for either role, even pooled over 2023–2025: 7 ML-engineer and 9 AI-engineer (about 6.4 independent) listings in all, strict titles, all levels. ${rest}`
		);
	});
});

describe('nearestWords', () => {
	// the cells' intervals are ±10% of their medians (payCell): $155k → $139.5k–$170.5k, read to
	// three figures as $140k–$171k; $118k → $106k–$130k; €61.5k → €55.4k–€67.7k; €55k →
	// €49.5k–€60.5k
	const countryName = (code: string) => ({ US: 'the United States', DE: 'Germany' })[code] ?? code;

	it('says where only Global holds the region, and how much of Global one country is', () => {
		// mixes US 80 + 22 = 102, GB 6 + 3 = 9, IN 4: 115 listings; US 102 / 115 = 0.887 → 89%
		const cells = [
			shown({ role: 'ml_engineer', listings: 90, median: 155000, countryMix: 'US:80 GB:6 IN:4' }),
			shown({ role: 'ai_engineer', listings: 25, median: 118000, countryMix: 'US:22 GB:3' })
		];
		expect(
			nearestWords('India', { name: 'Global', countries: null, cells }, 'USD', countryName)
		).toBe(
			'No region’s listings resemble India’s. Across every country (Global): ML Engineer $155k (95% interval $140k–$171k; 90 listings) and AI Engineer $118k (95% interval $106k–$130k; 25 listings), 2023–2025, every listing converted to US dollars; but 89% of those listings are in the United States.'
		);
	});

	it('names the region as a sentence does: the United Kingdom', () => {
		const cells = [
			shown({ role: 'ml_engineer', listings: 90, median: 155000 }),
			shown({ role: 'ai_engineer', listings: 25, median: 118000 })
		];
		expect(
			nearestWords('United Kingdom', { name: 'Global', countries: null, cells }, 'GBP', countryName)
		).toMatch(/^No region’s listings resemble the United Kingdom’s\. .* converted to pounds\.$/);
	});

	it('says no country’s share where Global’s cells have no country mix', () => {
		const cells = [
			shown({ role: 'ml_engineer', listings: 90, median: 155000 }),
			shown({ role: 'ai_engineer', listings: 25, median: 118000 })
		];
		expect(
			nearestWords('India', { name: 'Global', countries: null, cells }, 'USD', countryName)
		).toBe(
			'No region’s listings resemble India’s. Across every country (Global): ML Engineer $155k (95% interval $140k–$171k; 90 listings) and AI Engineer $118k (95% interval $106k–$130k; 25 listings), 2023–2025, every listing converted to US dollars.'
		);
	});

	describe('a region of several countries', () => {
		const eu = { name: 'European Union (27)', countries: ['AT', 'DE', 'ES', 'FR', 'IT', 'NL'] };
		const near = (aiMix: string, aiListings: number) => ({
			...eu,
			cells: [
				shown({ role: 'ml_engineer', listings: 35, median: 61500, countryMix: 'FR:12 DE:20 NL:3' }),
				shown({ role: 'ai_engineer', listings: aiListings, median: 55000, countryMix: aiMix })
			]
		});

		it('names it and lists its four largest countries, largest first', () => {
			// FR 12, DE 20 + 6 = 26, NL 3, IT 5: four countries, DE 26, FR 12, IT 5, NL 3
			expect(nearestWords('Spain', near('IT:5 DE:6', 11), 'EUR', countryName)).toBe(
				'The nearest region with figures is the European Union (27): ML Engineer €61.5k (95% interval €55.4k–€67.7k; 35 listings) and AI Engineer €55k (95% interval €49.5k–€60.5k; 11 listings), 2023–2025, every listing converted to euros. Its listings by country: DE 26, FR 12, IT 5, NL 3.'
			);
		});

		it('counts the countries beyond the four largest', () => {
			// five countries (ES 2 the smallest): the four largest, and one more country
			expect(nearestWords('Spain', near('IT:5 DE:6 ES:2', 13), 'EUR', countryName)).toContain(
				'Its listings by country: DE 26, FR 12, IT 5, NL 3, 1 more country.'
			);
			// six countries (ES 2, AT 1): 6 − 4 = 2 more
			expect(nearestWords('Spain', near('IT:5 DE:6 ES:2 AT:1', 14), 'EUR', countryName)).toBe(
				'The nearest region with figures is the European Union (27): ML Engineer €61.5k (95% interval €55.4k–€67.7k; 35 listings) and AI Engineer €55k (95% interval €49.5k–€60.5k; 14 listings), 2023–2025, every listing converted to euros. Its listings by country: DE 26, FR 12, IT 5, NL 3, 2 more countries.'
			);
		});
	});
});

describe('previewWords', () => {
	const context = 'United Kingdom, 2023–2025, pounds as advertised, strict titles, all levels';
	const said =
		'Median advertised pay · 2023–2025 · pounds as advertised · strict titles · all levels';
	const ml = {
		role: 'ml_engineer',
		value: '£93.5k',
		range: '£74k–£115k',
		note: '49 listings',
		shown: true
	} as const;
	const ai = {
		role: 'ai_engineer',
		value: '£73.5k',
		range: '£55k–£116k',
		note: '18 listings, low confidence',
		shown: true
	} as const;
	const marks = [
		{ role: 'ml_engineer', text: '£93.5k, 95% interval £74k–£115k', note: '49 listings' },
		{
			role: 'ai_engineer',
			text: '£73.5k, 95% interval £55k–£116k',
			note: '18 listings, low confidence'
		}
	];

	it('gives both medians with their intervals and listings, and an unclear gap as unclear', () => {
		const words =
			'−21.4% at the medians, but it could be anywhere from −45% to +19% (95% interval)';
		const headline: HeadlineWords = {
			context,
			figures: [ml, ai],
			gap: { value: 'Unclear', verdict: 'unclear', words },
			where: null
		};
		expect(previewWords(headline, null)).toEqual({
			finding: 'United Kingdom: ML engineers £93.5k, AI engineers £73.5k',
			context: said,
			marks,
			detail: `AI vs ML: unclear — ${words}`
		});
	});

	it('gives a clear gap by its figure, and where a region’s listings mostly are', () => {
		const words = 'AI engineers earn less (95% interval −31% to −19%)';
		const headline: HeadlineWords = {
			context: 'Global, 2024, all listings, strict titles, all levels',
			figures: [ml, ai],
			gap: { value: '−21.4%', verdict: 'ai_lower', words },
			where: '92% of these listings are in the United States'
		};
		expect(previewWords(headline, 'not used')).toMatchObject({
			finding: 'Global: ML engineers £93.5k, AI engineers £73.5k',
			context:
				'Median advertised pay · 2024 · all listings · strict titles · all levels; 92% of these listings are in the United States',
			detail: `AI vs ML: −21.4% — ${words}`
		});
	});

	it('with one figure shown, gives it, says the other role has too few, and no gap', () => {
		const gap = { value: '–', verdict: null, words: 'too few AI-engineer listings to compare' };
		const thin = (role: 'ml_engineer' | 'ai_engineer') =>
			({ role, value: '–', range: null, note: 'too few listings (3)', shown: false }) as const;
		const mlOnly: HeadlineWords = { context, figures: [ml, thin('ai_engineer')], gap, where: null };
		expect(previewWords(mlOnly, null)).toEqual({
			finding: 'United Kingdom: ML engineers £93.5k, AI engineers too few to show',
			context: said,
			// the withheld median: why, in its place
			marks: [marks[0], { role: 'ai_engineer', text: 'too few listings (3)', note: '' }],
			detail: 'Too few AI-engineer listings to compare'
		});
		// the shown one is the second
		const aiOnly: HeadlineWords = {
			context,
			figures: [thin('ml_engineer'), ai],
			gap: { ...gap, words: 'too few ML-engineer listings to compare' },
			where: null
		};
		expect(previewWords(aiOnly, 'not used')).toMatchObject({
			finding: 'United Kingdom: AI engineers £73.5k, ML engineers too few to show',
			detail: 'Too few ML-engineer listings to compare'
		});
	});

	it('with no figure shown, says so, and gives the fallback or else where to look', () => {
		const headline: HeadlineWords = {
			context: 'Spain, 2023–2025, every listing in US dollars, strict titles, all levels',
			figures: [
				{ role: 'ml_engineer', value: '–', range: null, note: 'too few', shown: false },
				{ role: 'ai_engineer', value: '–', range: null, note: 'too few', shown: false }
			],
			gap: {
				value: '–',
				verdict: null,
				words: 'too few ML-engineer and AI-engineer listings to compare'
			},
			where: null
		};
		const fallback = 'The nearest region with figures is the European Union (27).';
		expect(previewWords(headline, fallback)).toMatchObject({
			finding: 'Spain: too few listings to show pay',
			detail: fallback
		});
		expect(previewWords(headline, null).detail).toBe(
			'See the listings and the market data on the page'
		);
	});
});
