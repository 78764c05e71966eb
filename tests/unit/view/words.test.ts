import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bandsSummary,
	bandsTitle,
	demandSummary,
	demandTitle,
	gapSummary,
	gapTitle,
	marketSummary,
	marketTitle,
	monotone,
	trendSummary,
	tooFewToDraw,
	trendTitle
} from '$lib/view/words';
import { gapBetween, type PayCell, type ShownCell } from '$lib/data/pay';
import type { Role } from '$lib/domain';
import { listingRow, payCell } from '../helpers';

const regions = [
	{ id: 'global', name: 'Global' },
	{ id: 'gb', name: 'United Kingdom' },
	{ id: 'de', name: 'Germany' }
];
const lookup = (cells: PayCell[]) => (band: string, role: Role) =>
	cells.find((c) => c.region === band && c.role === role);

describe('bandsTitle', () => {
	const cells = [
		payCell({ role: 'ml_engineer', region: 'global', listings: 100, median: 200000 }),
		payCell({ role: 'ai_engineer', region: 'global', listings: 50, median: 150000 }),
		payCell({ role: 'ml_engineer', region: 'gb', listings: 30, median: 100000 }),
		payCell({ role: 'ai_engineer', region: 'gb', listings: 30, median: 120000 }),
		payCell({ role: 'ml_engineer', region: 'de', listings: 5, median: null })
	];

	it('counts only the bands where the gap is clear, and names the others', () => {
		// CIs ±10% of each median: each SE is ln(1.1 / 0.9) / 3.919928 = 0.0511924, so the gap's
		// half-width is 1.959964 × 0.0723970 = 0.1418956 on the log scale. Global: ln 0.75 = −0.288,
		// clear (AI lower); the UK: ln 1.2 = +0.182, clear (AI higher)
		expect(bandsTitle(regions, lookup(cells), 'region')).toBe(
			'ML engineers out-earn AI engineers in 1 of the 2 regions with enough data for both; AI engineers earn more in the United Kingdom'
		);
		expect(bandsTitle(regions, lookup(cells.slice(0, 2)), 'region')).toBe(
			'ML engineers out-earn AI engineers in Global, the only region with enough data for both'
		);
		// (the bands named as levels: "at the … level")
		expect(bandsTitle(regions, lookup(cells.slice(2, 4)), 'level')).toBe(
			'AI engineers out-earn ML engineers at the United Kingdom level, the only level with enough data for both'
		);
	});

	it('does not count a gap whose interval includes 0, on either side of the threshold', () => {
		const pair = (region: string, ai: number) => [
			payCell({ role: 'ml_engineer', region, listings: 100, median: 100000 }),
			payCell({ role: 'ai_engineer', region, listings: 100, median: ai })
		];
		// ln 0.86 = −0.1508: beyond the half-width 0.1419, clear; ln 0.87 = −0.1393: the interval
		// reaches exp(0.0026) − 1 = +0.3%, unclear
		const clear = [...pair('global', 86000), ...pair('gb', 86000), ...pair('de', 87000)];
		expect(bandsTitle(regions, lookup(clear), 'region')).toBe(
			'ML engineers out-earn AI engineers in 2 of the 3 regions with enough data for both; the gap is unclear in Germany'
		);
		const all = [...pair('global', 86000), ...pair('gb', 80000), ...pair('de', 70000)];
		expect(bandsTitle(regions, lookup(all), 'region')).toBe(
			'ML engineers out-earn AI engineers in all 3 regions with enough data for both'
		);
		const none = [...pair('global', 87000), ...pair('gb', 95000), ...pair('de', 110000)];
		expect(bandsTitle(regions, lookup(none), 'region')).toBe(
			'The data cannot tell which role earns more in any of the 3 regions with enough data for both'
		);
		expect(bandsTitle(regions, lookup(pair('gb', 95000)), 'region')).toBe(
			'The data cannot tell which role earns more in the United Kingdom'
		);
		const five = [
			{ id: 'a', name: 'A' },
			{ id: 'b', name: 'B' },
			{ id: 'c', name: 'C' },
			{ id: 'd', name: 'D' },
			{ id: 'e', name: 'E' }
		];
		const many = [
			...pair('a', 70000),
			...pair('b', 70000),
			...pair('c', 95000),
			...pair('d', 100000),
			...pair('e', 105000)
		];
		expect(bandsTitle(five, lookup(many), 'level')).toBe(
			'ML engineers out-earn AI engineers at 2 of the 5 levels with enough data for both; the gap is unclear at 3 levels'
		);
	});

	it('says so when only one role, or neither, can be shown', () => {
		expect(bandsTitle(regions, lookup([cells[0]!]), 'level')).toBe(
			'Only ML engineers have enough listings to show by level'
		);
		expect(bandsTitle(regions, lookup([]), 'region')).toBe(
			'Too few listings to compare the two roles in any region'
		);
		expect(bandsTitle(regions, lookup([]), 'level')).toBe(
			'Too few listings to compare the two roles at any level'
		);
	});

	// ML at $100k in every band, AI at `ai`: CIs ±10%, so (as above) a gap is clear where
	// |ln(ai / 100k)| > 0.1419
	const both = (region: string, ai: number) => [
		payCell({ role: 'ml_engineer', region, listings: 100, median: 100000 }),
		payCell({ role: 'ai_engineer', region, listings: 100, median: ai })
	];
	const four = [...regions, { id: 'fr', name: 'France' }];

	it('lets AI engineers lead where more bands clearly favour them, naming the bands that do not', () => {
		// Global ln 1.2 = 0.182 and the UK ln 1.25 = 0.223: AI clearly higher; Germany ln 0.8 = −0.223:
		// AI clearly lower. 2 higher against 1 lower: AI engineers lead, in 2 of 3
		const cells = [...both('global', 120000), ...both('gb', 125000), ...both('de', 80000)];
		expect(bandsTitle(regions, lookup(cells), 'region')).toBe(
			'AI engineers out-earn ML engineers in 2 of the 3 regions with enough data for both; ML engineers earn more in Germany'
		);
	});

	it('says "the two" where both of two bands agree, and "all n" from three on', () => {
		// ln 0.8 = −0.223 and ln 0.75 = −0.288: both clearly lower; Germany has no cells, so n = 2
		const two = [...both('global', 80000), ...both('gb', 75000)];
		expect(bandsTitle(regions, lookup(two), 'region')).toBe(
			'ML engineers out-earn AI engineers in the two regions with enough data for both'
		);
		// ln 1.2, ln 1.25, ln 1.3 = 0.182, 0.223, 0.262: all three clearly higher, at levels
		const three = [...both('global', 120000), ...both('gb', 125000), ...both('de', 130000)];
		expect(bandsTitle(regions, lookup(three), 'level')).toBe(
			'AI engineers out-earn ML engineers at all 3 levels with enough data for both'
		);
	});

	it('names up to two other bands, and counts three or more', () => {
		// Global ln 0.8, the UK ln 0.75: clearly lower; Germany ln 0.95 = −0.051 and France
		// ln 1.05 = +0.049: unclear, two of them, so named
		const cells = [
			...both('global', 80000),
			...both('gb', 75000),
			...both('de', 95000),
			...both('fr', 105000)
		];
		expect(bandsTitle(four, lookup(cells), 'region')).toBe(
			'ML engineers out-earn AI engineers in 2 of the 4 regions with enough data for both; the gap is unclear in Germany and France'
		);
		// the same with France clearly lower too (ln 0.7 = −0.357): 3 of 4, and one unclear
		const more = [...cells.slice(0, 6), ...both('fr', 70000)];
		expect(bandsTitle(four, lookup(more), 'region')).toBe(
			'ML engineers out-earn AI engineers in 3 of the 4 regions with enough data for both; the gap is unclear in Germany'
		);
	});

	it('says both the bands where the other role earns more and those where the gap is unclear', () => {
		// Global ln 0.8: lower; the UK ln 1.2: higher; Germany ln 0.95: unclear. One each way: ML
		// engineers lead on the tie
		const cells = [...both('global', 80000), ...both('gb', 120000), ...both('de', 95000)];
		expect(bandsTitle(regions, lookup(cells), 'region')).toBe(
			'ML engineers out-earn AI engineers in 1 of the 3 regions with enough data for both; AI engineers earn more in the United Kingdom; the gap is unclear in Germany'
		);
	});
});

describe('bandsSummary', () => {
	it('describes bands with data and lists the thin ones in one sentence', () => {
		const cells = [
			payCell({ role: 'ml_engineer', region: 'global', listings: 100, median: 200000 }),
			payCell({ role: 'ai_engineer', region: 'global', listings: 12, median: 150000 }),
			payCell({ role: 'ml_engineer', region: 'gb', listings: 30, median: 100000 }),
			payCell({ role: 'ai_engineer', region: 'gb', listings: 6, median: null }),
			payCell({ role: 'ml_engineer', region: 'de', listings: 5, median: null })
		];
		// the gap's interval: each median's CI is ±10%, so SE = ln(1.1 / 0.9) / (2 × 1.959964) =
		// 0.0511924 each, and exp(ln 0.75 ± 1.959964 × √2 × 0.0511924 = 0.1418956) − 1 =
		// −34.9% to −13.6%; for a ratio of 0.9 (below), −21.9% to +3.7%
		expect(bandsSummary(regions, lookup(cells), 'region', 'GBP', 'Median pay in 2024, GBP.')).toBe(
			'Median pay in 2024, GBP. ' +
				'Global: ML Engineer £200k (95% interval £180k–£220k, 100 listings), AI Engineer £150k (95% interval £135k–£165k, 12 listings, low confidence); AI engineers’ median −25% against ML engineers’ (95% interval −35% to −14%). ' +
				'United Kingdom: ML Engineer £100k (95% interval £90k–£110k, 30 listings). ' +
				'Too few listings (under 10 independent ones) to show for AI engineers in the United Kingdom; for either role in Germany.'
		);
	});

	it('says how many listings are independent where some repeat, and names only the role that is thin', () => {
		const cells = [
			// 100 listings, 80 distinct, n_eff 60.4: "about 60 independent"; CI ±10%: $90k–$110k
			payCell({
				role: 'ml_engineer',
				region: 'gb',
				listings: 100,
				distinct: 80,
				nEff: 60.4,
				median: 100000
			}),
			// $81k–$99k; 40 listings, not low confidence (30 or more); gap 90 / 100 − 1 = −10%
			payCell({ role: 'ai_engineer', region: 'gb', listings: 40, median: 90000 }),
			payCell({ role: 'ml_engineer', region: 'de', listings: 5, median: null }),
			// $99k–$121k; 12 listings: low confidence (under 30); no gap, the ML cell is withheld
			payCell({ role: 'ai_engineer', region: 'de', listings: 12, median: 110000 })
		];
		expect(
			bandsSummary(regions.slice(1), lookup(cells), 'region', 'USD', 'Median pay in 2024, USD.')
		).toBe(
			'Median pay in 2024, USD. ' +
				'United Kingdom: ML Engineer $100k (95% interval $90k–$110k, 100 listings, about 60 independent), AI Engineer $90k (95% interval $81k–$99k, 40 listings); AI engineers’ median −10% against ML engineers’ (95% interval −22% to +4%). ' +
				'Germany: AI Engineer $110k (95% interval $99k–$121k, 12 listings, low confidence). ' +
				'Too few listings (under 10 independent ones) to show for ML engineers in Germany.'
		);
	});

	it('adds no "too few" sentence where every band has both roles, and one sentence where none has', () => {
		const cells = [
			payCell({ role: 'ml_engineer', region: 'global', listings: 100, median: 200000 }), // $180k–$220k
			payCell({ role: 'ai_engineer', region: 'global', listings: 50, median: 150000 }) // $135k–$165k; −25%
		];
		expect(
			bandsSummary(regions.slice(0, 1), lookup(cells), 'region', 'USD', 'Median pay in 2024, USD.')
		).toBe(
			'Median pay in 2024, USD. Global: ML Engineer $200k (95% interval $180k–$220k, 100 listings), AI Engineer $150k (95% interval $135k–$165k, 50 listings); AI engineers’ median −25% against ML engineers’ (95% interval −35% to −14%).'
		);
		// no band with data: the intro and the one sentence, single-spaced
		expect(bandsSummary(regions, lookup([]), 'region', 'USD', 'Median pay in 2024, USD.')).toBe(
			'Median pay in 2024, USD. Too few listings (under 10 independent ones) to show for either role in Global, the United Kingdom and Germany.'
		);
		// no bands at all: the intro alone, with no space after it
		expect(bandsSummary([], lookup([]), 'region', 'USD', 'Median pay in 2024, USD.')).toBe(
			'Median pay in 2024, USD.'
		);
	});
});

describe('bandsTitle of levels', () => {
	it('names levels as levels: "the gap is unclear at the Entry and Mid levels"', () => {
		const levels = [
			{ id: 'EN', name: 'Entry' },
			{ id: 'MI', name: 'Mid' },
			{ id: 'SE', name: 'Senior' }
		];
		// Entry and Mid: the same medians, unclear; Senior: ln 0.75 = −0.288, beyond ±0.1419: clear
		const median = { EN: [100000, 100000], MI: [100000, 100000], SE: [200000, 150000] } as const;
		const cellOf = (band: string, role: Role) =>
			payCell({
				role,
				level: band as 'EN',
				listings: 40,
				median: median[band as keyof typeof median][role === 'ml_engineer' ? 0 : 1]
			});
		expect(bandsTitle(levels, cellOf, 'level')).toBe(
			'ML engineers out-earn AI engineers at 1 of the 3 levels with enough data for both; the gap is unclear at the Entry and Mid levels'
		);
	});
});

describe('bandsSummary of levels', () => {
	it('names the thin levels as levels: "at the Senior level", "at the Entry and Mid levels"', () => {
		const levels = [
			{ id: 'EN', name: 'Entry' },
			{ id: 'MI', name: 'Mid' },
			{ id: 'SE', name: 'Senior' }
		];
		const cellOf = (band: string, role: Role) =>
			band === 'SE' && role === 'ml_engineer'
				? payCell({ role, level: 'SE', listings: 40, median: 100000 })
				: undefined;
		expect(bandsSummary(levels, cellOf, 'level', 'USD', 'Median pay by level.')).toBe(
			'Median pay by level. Senior: ML Engineer $100k (95% interval $90k–$110k, 40 listings). ' +
				'Too few listings (under 10 independent ones) to show for AI engineers at the Senior level; for either role at the Entry and Mid levels.'
		);
	});
});

describe('monotone', () => {
	it('allows ties in a path that only rises or only falls, and not a path that turns', () => {
		expect(monotone([100, 150, 150])).toBe(true); // up, then level
		expect(monotone([150, 150, 100])).toBe(true); // level, then down
		expect(monotone([150, 100, 100])).toBe(true); // down, then level
		expect(monotone([100, 150, 120])).toBe(false); // up, then down
		expect(monotone([150, 100, 120])).toBe(false); // down, then up
		expect(monotone([100])).toBe(true);
	});
});

describe('trendTitle', () => {
	// a change's 95% interval, where both medians' CIs are ±10%: exp(ln r ± 0.1418956) − 1, so
	// +30%: exp(0.262364 ∓ 0.141896) − 1 = +12.8% to +49.8%; +16%: +0.65% (read "+1%") to +33.7%;
	// ×3: +160.3% to +245.7%; −40%: −47.9% to −30.9%; +50%: +30.2% to +72.9%; −30%: −39.3% to
	// −19.3%; ×2/3: −42.2% to −23.2%. A thin first
	// year's case below: 190 / 158, exp(0.184429 ∓ 0.141896) − 1 = +4.3% to +38.6%
	// every cell's CI is ±10% of its median: each log-scale SE is ln(1.1 / 0.9) / 3.919928 =
	// 0.0511924, so a change between two years is clear when |ln(later / earlier)| exceeds
	// 1.959964 × √2 × 0.0511924 = 0.1418956
	const pay = (role: Role, period: number, median: number) =>
		payCell({ role, period, listings: 40, median });

	it('says rose or fell only where the change’s 95% interval is clear of 0', () => {
		// ML ln(130 / 100) = 0.262: clear; AI ln(97 / 100) = −0.030: not
		const cells = [
			pay('ml_engineer', 2023, 100000),
			pay('ml_engineer', 2024, 130000),
			pay('ai_engineer', 2023, 100000),
			pay('ai_engineer', 2024, 97000)
		];
		expect(trendTitle(cells, [2022, 2023, 2024], 'Global', 'USD')).toBe(
			'ML-engineer pay rose 30% (95% interval +13% to +50%) from 2023 to 2024; no clear change in AI-engineer pay from 2023 to 2024: −3%, within the uncertainty'
		);
		// a fall is a fall: ln(70 / 100) = −0.357
		expect(
			trendTitle(
				[pay('ml_engineer', 2023, 100000), pay('ml_engineer', 2024, 70000)],
				[2023, 2024],
				'UK',
				'USD'
			)
		).toBe('ML-engineer pay fell 30% (95% interval −39% to −19%) from 2023 to 2024');
	});

	it('draws the line at the interval: +15% is within the uncertainty, +16% is not', () => {
		// ln 1.15 = 0.1398 < 0.1419: the interval starts at exp(−0.0021) − 1 = −0.2%;
		// ln 1.16 = 0.1484: it starts at exp(0.0065) − 1 = +0.7%
		const of = (later: number) =>
			trendTitle(
				[pay('ml_engineer', 2023, 100000), pay('ml_engineer', 2024, later)],
				[2023, 2024],
				'UK',
				'USD'
			);
		expect(of(115000)).toBe(
			'No clear change in ML-engineer pay from 2023 to 2024: +15%, within the uncertainty'
		);
		expect(of(116000)).toBe(
			'ML-engineer pay rose 16% (95% interval +1% to +34%) from 2023 to 2024'
		);
	});

	it('takes in the partial year, and names it as partial', () => {
		const cells = [
			pay('ml_engineer', 2023, 100000),
			pay('ml_engineer', 2024, 104000),
			pay('ml_engineer', 2025, 300000)
		];
		expect(trendTitle(cells, [2023, 2024, 2025], 'Global', 'USD')).toBe(
			'ML-engineer pay rose 200% (95% interval +160% to +246%) from 2023 to 2025 (Jan–Aug)'
		);
	});

	it('names the turning point of a path that rises and falls, never only its two ends', () => {
		// up to $150k, then down to $110k: ln 1.1 = 0.095 overall, not clear
		const peak = [
			pay('ml_engineer', 2022, 100000),
			pay('ml_engineer', 2023, 150000),
			pay('ml_engineer', 2024, 110000)
		];
		// into the peak ln 1.5 = 0.405, clear; out of it ln(110 / 150) = −0.310, clear
		expect(trendTitle(peak, [2022, 2023, 2024], 'US', 'USD')).toBe(
			'ML-engineer pay peaked at $150k in 2023 (up from $100k in 2022), then fell to $110k in 2024'
		);
		// down, up a little, down again: no point beyond both ends, so no turning point; the ends are
		// said, and the points between; ln 0.6 = −0.51 overall, clear
		const dip = [
			pay('ai_engineer', 2022, 200000),
			pay('ai_engineer', 2023, 150000),
			pay('ai_engineer', 2024, 170000),
			pay('ai_engineer', 2025, 120000)
		];
		expect(trendTitle(dip, [2022, 2023, 2024, 2025], 'US', 'USD')).toBe(
			'AI-engineer pay fell 40% (95% interval −48% to −31%) from 2022 to 2025 (Jan–Aug), not steadily: $150k in 2023, $170k in 2024'
		);
	});

	it('says a clear latest step where the change from a thin first year is unclear', () => {
		// 2023: $150k with a wide CI ($100k–$220k, SE ln 2.2 / 3.919928 = 0.2011); 2025: $190k (±10%):
		// half-width 1.959964 × √(0.2011² + 0.0512²) = 0.4068 > ln(190 / 150) = 0.236: unclear;
		// 2024 → 2025: ln(190 / 158) = 0.184 > 0.1419: rose, from exp(0.0425) − 1 = +4.3%
		const cells = [
			payCell({
				role: 'ai_engineer',
				period: 2023,
				listings: 40,
				median: 150000,
				ciLow: 100000,
				ciHigh: 220000
			}),
			pay('ai_engineer', 2024, 158000),
			pay('ai_engineer', 2025, 190000)
		];
		expect(trendTitle(cells, [2023, 2024, 2025], 'Global', 'USD')).toBe(
			'AI-engineer pay rose 20% (95% interval +4% to +39%) from 2024 to 2025 (Jan–Aug), though not clearly from 2023'
		);
	});

	it('says when there are too few years or listings', () => {
		const one = [payCell({ role: 'ml_engineer', period: 2024, listings: 40, median: 1 })];
		expect(trendTitle(one, [2023, 2024], 'Germany', 'EUR')).toBe(
			'Too few years with enough listings to show a pay trend in Germany'
		);
		expect(trendTitle([], [2023, 2024], 'Spain', 'EUR')).toBe(
			'Too few listings to show a pay trend in Spain'
		);
	});

	const years = [2021, 2022, 2023, 2024];
	/** One role's cells, a median per year of `years` (±10% CIs). */
	const path = (role: Role, medians: number[]) =>
		medians.map((median, i) => pay(role, years[i] as number, median));

	it('names the highest point between the ends as the peak, wherever it falls among them', () => {
		// $160k is above both ends ($100k): the peak, before $130k. In: ln(160 / 100) = 0.470, clear
		// (up); out: ln(100 / 160) = −0.470, clear (fell)
		expect(
			trendTitle(path('ml_engineer', [100000, 160000, 130000, 100000]), years, 'US', 'USD')
		).toBe(
			'ML-engineer pay peaked at $160k in 2022 (up from $100k in 2021), then fell to $100k in 2024'
		);
		// the same with the two points between swapped: the peak is the later one
		expect(
			trendTitle(path('ai_engineer', [100000, 130000, 160000, 100000]), years, 'US', 'USD')
		).toBe(
			'AI-engineer pay peaked at $160k in 2023 (up from $100k in 2021), then fell to $100k in 2024'
		);
		// a peak held for two years is named at its first: ln 1.5 = 0.405 in, ln(100 / 150) out
		expect(
			trendTitle(path('ml_engineer', [100000, 150000, 150000, 100000]), years, 'US', 'USD')
		).toBe(
			'ML-engineer pay peaked at $150k in 2022 (up from $100k in 2021), then fell to $100k in 2024'
		);
	});

	it('names the lowest point between the ends where the path dips, and the rise after it', () => {
		// $120k is below both ends ($200k), and nothing between is above them. In: ln(120 / 200) =
		// −0.511, clear (down); out: ln(200 / 120) = 0.511, clear (rose)
		expect(
			trendTitle(path('ml_engineer', [200000, 120000, 150000, 200000]), years, 'US', 'USD')
		).toBe(
			'ML-engineer pay was lowest at $120k in 2022 (down from $200k in 2021), then rose to $200k in 2024'
		);
		expect(
			trendTitle(path('ai_engineer', [200000, 150000, 120000, 200000]), years, 'US', 'USD')
		).toBe(
			'AI-engineer pay was lowest at $120k in 2023 (down from $200k in 2021), then rose to $200k in 2024'
		);
		// a low held for two years is named at its first
		expect(
			trendTitle(path('ml_engineer', [200000, 120000, 120000, 200000]), years, 'US', 'USD')
		).toBe(
			'ML-engineer pay was lowest at $120k in 2022 (down from $200k in 2021), then rose to $200k in 2024'
		);
	});

	it('names a turn only where one of its legs is clear, and says the other is within the uncertainty', () => {
		// $110k above $100k and $105k: a peak, but neither leg is clear. In: ln 1.1 = 0.095; out:
		// ln(105 / 110) = −0.047; both under 0.1419, and the whole change ln 1.05 = 0.049 too: no
		// turn the data shows, so no clear change, with the point between
		expect(trendTitle(path('ml_engineer', [100000, 110000, 105000]), years, 'US', 'USD')).toBe(
			'No clear change in ML-engineer pay from 2021 to 2023: +5%, within the uncertainty, not steadily: $110k in 2022'
		);
		// in: ln 1.5 = 0.405, clear; out: ln(140 / 150) = −0.069, not
		expect(trendTitle(path('ai_engineer', [100000, 150000, 140000]), years, 'US', 'USD')).toBe(
			'AI-engineer pay peaked at $150k in 2022 (up from $100k in 2021), then $140k in 2023, within the uncertainty'
		);
		// a dip: in ln 0.95 = −0.051, not clear; out ln(130 / 95) = 0.314, clear
		expect(trendTitle(path('ml_engineer', [100000, 95000, 130000]), years, 'US', 'USD')).toBe(
			'ML-engineer pay was lowest at $95k in 2022 (from $100k in 2021, within the uncertainty), then rose to $130k in 2023'
		);
	});

	it('reads a path that rises or falls and then holds as a plain change between its ends', () => {
		// no point beyond its ends, and monotone with a tie: (150 / 100 − 1) = +50%, ln 1.5 clear
		expect(trendTitle(path('ml_engineer', [100000, 150000, 150000]), years, 'US', 'USD')).toBe(
			'ML-engineer pay rose 50% (95% interval +30% to +73%) from 2021 to 2023'
		);
		// held, then rose: the same
		expect(trendTitle(path('ml_engineer', [100000, 100000, 150000]), years, 'US', 'USD')).toBe(
			'ML-engineer pay rose 50% (95% interval +30% to +73%) from 2021 to 2023'
		);
		// (100 / 150 − 1) = −33.3%, ln(2 / 3) = −0.405 clear
		expect(trendTitle(path('ai_engineer', [150000, 100000, 100000]), years, 'US', 'USD')).toBe(
			'AI-engineer pay fell 33% (95% interval −42% to −23%) from 2021 to 2023'
		);
	});

	it('does not say a clear latest step of a path that wanders, and sizes the change end to end', () => {
		// 2022: $100k with a wide CI ($50k–$250k, SE ln 5 / 3.919928 = 0.4106); 2025: $180k (±10%):
		// half-width 1.959964 × √(0.4106² + 0.0512²) = 0.8110 > ln 1.8 = 0.588: unclear, +80%.
		// $150k, $120k between: neither beyond both ends, but not monotone. The latest step ln(180 /
		// 120) = 0.405 is clear, yet not said alone: the path between is
		const cells = [
			payCell({
				role: 'ai_engineer',
				period: 2022,
				listings: 40,
				median: 100000,
				ciLow: 50000,
				ciHigh: 250000
			}),
			pay('ai_engineer', 2023, 150000),
			pay('ai_engineer', 2024, 120000),
			pay('ai_engineer', 2025, 180000)
		];
		expect(trendTitle(cells, [2022, 2023, 2024, 2025], 'Global', 'USD')).toBe(
			'No clear change in AI-engineer pay from 2022 to 2025 (Jan–Aug): +80%, within the uncertainty, not steadily: $150k in 2023, $120k in 2024'
		);
		// a steady path with no clear change: sized from its first year to its last, (110 / 100 − 1) =
		// +10% (ln 1.1 = 0.095), not to the year after the first
		expect(trendTitle(path('ml_engineer', [100000, 105000, 110000]), years, 'US', 'USD')).toBe(
			'No clear change in ML-engineer pay from 2021 to 2023: +10%, within the uncertainty'
		);
	});
});

describe('demandTitle', () => {
	// shares of the stable panel
	const row = (role: Role, year: number, listings: number, panel: number) =>
		listingRow(role, 'gb', year, listings, panel);

	it('says rose or fell only where the two years’ Wilson intervals do not overlap', () => {
		// AI 10 / 2,000 = 0.50%, Wilson 0.27%–0.92%; 16 / 1,000 = 1.6%, 0.99%–2.58%: apart, rose.
		// ML 20 / 200 = 10%, 6.57%–14.94%; 30 / 1,000 = 3.0%, 2.11%–4.25%: apart, fell
		const rows = [
			row('ml_engineer', 2023, 20, 200),
			row('ml_engineer', 2025, 30, 1000),
			row('ai_engineer', 2023, 10, 2000),
			row('ai_engineer', 2025, 16, 1000)
		];
		expect(demandTitle(rows, [2023, 2024, 2025], 'UK')).toBe(
			'AI engineers’ share of the stable panel rose from 0.50% in 2023 to 1.6% in 2025 (Jan–Aug); ML engineers’ share of the stable panel fell from 10.0% in 2023 to 3.0% in 2025 (Jan–Aug)'
		);
	});

	it('draws the line where the intervals meet, by a hair', () => {
		// 10 / 500 = 2.0%: Wilson up to 3.642%. 26 / 500 = 5.2% from 3.573%: overlap, no clear change;
		// 27 / 500 = 5.4% from 3.737%: apart, rose
		const of = (later: number) =>
			demandTitle(
				[row('ai_engineer', 2023, 10, 500), row('ai_engineer', 2024, later, 500)],
				[2023, 2024],
				'UK'
			);
		expect(of(26)).toBe(
			'No clear change in AI engineers’ share of the stable panel from 2.0% in 2023 to 5.2% in 2024, within the uncertainty'
		);
		expect(of(27)).toBe(
			'AI engineers’ share of the stable panel rose from 2.0% in 2023 to 5.4% in 2024'
		);
	});

	it('counts only years with 10 listings or more', () => {
		const rows = [
			row('ai_engineer', 2022, 0, 50),
			// 2 listings: a share that one listing moves by a whole point
			row('ai_engineer', 2023, 2, 100),
			row('ai_engineer', 2024, 12, 600), // 2.0%
			row('ai_engineer', 2025, 20, 1000), // 2.0%
			row('ml_engineer', 2024, 3, 600)
		];
		expect(demandTitle(rows, [2022, 2023, 2024, 2025], 'UK')).toBe(
			'No clear change in AI engineers’ share of the stable panel from 2.0% in 2024 to 2.0% in 2025 (Jan–Aug), within the uncertainty'
		);
		expect(demandTitle(rows.slice(0, 2), [2022, 2023], 'UK')).toBe(
			'Too few listings to show a change in demand for either role in UK (under 10 in a year)'
		);
		expect(demandTitle([], [2024], 'Spain')).toBe(
			'Too few listings to show a change in demand for either role in Spain (under 10 in a year)'
		);
	});

	it('names the peak of a share that rose and fell', () => {
		// 8.1%, 13.6%, 9.3%: Wilson 81 / 1,000 6.56%–9.96%, 136 / 1,000 11.61%–15.86%, 93 / 1,000
		// 7.65%–11.26%: up into the peak and down out of it, both clear (though 2022 and 2025 overlap)
		const rows = [
			row('ml_engineer', 2022, 81, 1000),
			row('ml_engineer', 2023, 136, 1000),
			row('ml_engineer', 2025, 93, 1000)
		];
		expect(demandTitle(rows, [2022, 2023, 2024, 2025], 'UK')).toBe(
			'ML engineers’ share of the stable panel peaked at 13.6% in 2023 (up from 8.1% in 2022), then fell to 9.3% in 2025 (Jan–Aug)'
		);
	});

	it('leaves out a role with only one year of 10 listings or more, and a year without a panel', () => {
		const rows = [
			// AI: 12 listings in 2024 is its only year with 10 or more: no change to say
			row('ai_engineer', 2024, 12, 600),
			// ML: 2022 has 15 listings but no stable panel (no share), so the change starts in 2023.
			// 20 / 200 = 10%, Wilson from 6.57%; 30 / 1,000 = 3.0%, Wilson up to 4.25%: apart, fell
			row('ml_engineer', 2022, 15, 0),
			row('ml_engineer', 2023, 20, 200),
			row('ml_engineer', 2025, 30, 1000)
		];
		expect(demandTitle(rows, [2022, 2023, 2024, 2025], 'UK')).toBe(
			'ML engineers’ share of the stable panel fell from 10.0% in 2023 to 3.0% in 2025 (Jan–Aug)'
		);
		// the AI row alone: nothing to say for either role
		expect(demandTitle(rows.slice(0, 1), [2024], 'UK')).toBe(
			'Too few listings to show a change in demand for either role in UK (under 10 in a year)'
		);
	});
});

describe('gapTitle', () => {
	it('says "earned less" of the latest full year where the whole 95% interval is below 0', () => {
		const cells = [
			payCell({ role: 'ml_engineer', period: 2024, listings: 100, median: 200000 }), // CI 180k–220k
			payCell({ role: 'ai_engineer', period: 2024, listings: 100, median: 150000 }), // CI 135k–165k
			payCell({ role: 'ml_engineer', period: 2025, listings: 100, median: 100 }),
			payCell({ role: 'ai_engineer', period: 2025, listings: 100, median: 100 })
		];
		// 2024: −25%; SE = ln(220/180) / 3.919928 = 0.0511924 for each, half-width 1.959964 × 0.0723970
		// = 0.1418956 around ln 0.75 = −0.2876821: exp(−0.4295777) − 1 = −34.9%, exp(−0.1457865) − 1 =
		// −13.6%, below zero throughout
		expect(gapTitle(cells, [2024, 2025])).toBe(
			'AI engineers earned 25% less than ML engineers in 2024 (95% interval −35% to −14%)'
		);
	});

	it('says the data cannot tell, with the interval, where the interval includes 0', () => {
		// −5%; the same half-width 0.1418956 around ln 0.95 = −0.0512933: exp(−0.1931889) − 1 = −17.6%,
		// exp(0.0906023) − 1 = +9.5%
		const cells = [
			payCell({ role: 'ml_engineer', period: 2024, listings: 100, median: 100 }),
			payCell({ role: 'ai_engineer', period: 2024, listings: 100, median: 95 })
		];
		expect(gapTitle(cells, [2024])).toBe(
			'AI engineers’ median was 5% lower than ML engineers’ in 2024, but the gap could be anywhere from −18% to +9%'
		);
	});

	// ML at $100k, AI at `ai`, each ±10%: the gap's half-width is 0.1418956 on the log scale
	const gapCells = (period: number, ai: number | null) => [
		payCell({ role: 'ml_engineer', period, listings: 100, median: 100000 }),
		payCell({ role: 'ai_engineer', period, listings: ai === null ? 5 : 100, median: ai })
	];

	it('says medians that are the same as the same, never "0% higher"', () => {
		// AI 100k against ML 100k: ln 1 = 0 ± 0.1418956: −13.2% to +15.2%, unclear
		expect(gapTitle(gapCells(2024, 100000), [2024])).toBe(
			'AI engineers’ median was the same as ML engineers’ in 2024, but the gap could be anywhere from −13% to +15%'
		);
		// AI 100.3k: +0.3%, said to one decimal
		expect(gapTitle(gapCells(2024, 100300), [2024])).toMatch(
			/^AI engineers’ median was 0\.3% higher than ML engineers’ in 2024, /
		);
	});

	it('says "earned more" where the whole 95% interval is above 0, and "higher" where it is not', () => {
		// ln 1.25 = 0.2231436: exp(0.0812480) − 1 = +8.5%, exp(0.3650392) − 1 = +44.1%
		expect(gapTitle(gapCells(2024, 125000), [2024])).toBe(
			'AI engineers earned 25% more than ML engineers in 2024 (95% interval +8% to +44%)'
		);
		// ln 1.05 = 0.0487902: exp(−0.0931054) − 1 = −8.9%, exp(0.1906858) − 1 = +21.0%
		expect(gapTitle(gapCells(2024, 105000), [2024])).toBe(
			'AI engineers’ median was 5% higher than ML engineers’ in 2024, but the gap could be anywhere from −9% to +21%'
		);
	});

	it('takes the latest full year with both roles, skipping a year where one is withheld', () => {
		// 2023: ln 0.8 = −0.2231436, exp(−0.3650392) − 1 = −30.6%, exp(−0.0812480) − 1 = −7.8%.
		// 2024 has no AI median; 2025 (partial) has both but a full year comes first
		const cells = [...gapCells(2023, 80000), ...gapCells(2024, null), ...gapCells(2025, 125000)];
		expect(gapTitle(cells, [2023, 2024, 2025])).toBe(
			'AI engineers earned 20% less than ML engineers in 2023 (95% interval −31% to −8%)'
		);
		// of two full years, the later: 2024 at +25% (as above)
		expect(gapTitle([...gapCells(2023, 80000), ...gapCells(2024, 125000)], [2023, 2024])).toBe(
			'AI engineers earned 25% more than ML engineers in 2024 (95% interval +8% to +44%)'
		);
	});

	it('falls back on the partial year, named with its months, where no full year has both roles', () => {
		const cells = [...gapCells(2024, null), ...gapCells(2025, 125000)];
		// +25% as above; the months and the interval share one pair of brackets
		expect(gapTitle(cells, [2024, 2025])).toBe(
			'AI engineers earned 25% more than ML engineers in 2025 (Jan–Aug; 95% interval +8% to +44%)'
		);
		expect(gapTitle(gapCells(2024, null), [2024, 2025])).toBe(
			'Too few listings of both roles in any year to measure the gap'
		);
	});
});

describe('marketTitle', () => {
	const places = { share: 'the United Kingdom', postings: 'the United Kingdom' };
	const share = (month: string, pct: number) => ({
		region: 'gb',
		month,
		ai_share_pct: pct,
		countries: 'GB',
		days: 30,
		series: 'region' as const
	});
	/** Postings: [month, all, ai] */
	const postings = (...rows: [string, number, number | null][]) =>
		rows.map(([month, all, ai]) => ({
			month,
			all_postings_2023_100: all,
			ai_postings_2023_100: ai
		}));

	it('compares AI postings over the latest three months with the same months a year earlier', () => {
		// AI: Apr–Jun 2025 100, 110, 120 (mean 110) → 2026 190, 209, 228 (mean 209): +90%, every
		// month up; all postings over the same months: 100, 100, 100 → 90, 89, 88 (mean 89): −11%,
		// every month down. July 2026 (all postings only) is not compared: AI postings end in June.
		const rows = postings(
			['2025-04', 100, 100],
			['2025-05', 100, 110],
			['2025-06', 100, 120],
			['2025-07', 100, 120],
			['2026-04', 90, 190],
			['2026-05', 89, 209],
			['2026-06', 88, 228],
			['2026-07', 50, null]
		);
		expect(marketTitle([], rows, places)).toBe(
			'In the United Kingdom, from Apr–Jun 2025 to Apr–Jun 2026, job postings that mention AI rose 90%, while all postings fell 11%'
		);
	});

	it('says "and" where both moved the same way, and times from twice', () => {
		// AI: 50 → 120 every month (2.4 times, +140%); all: 100 → 101 every month (+1.0%)
		const rows = postings(['2025-01', 100, 50], ['2026-01', 101, 120]);
		expect(marketTitle([], rows, places)).toBe(
			'In the United Kingdom, from Jan 2025 to Jan 2026, job postings that mention AI rose 140% (2.4 times as many), and all postings rose 1.0%'
		);
	});

	it('leaves all postings out where they cannot be compared over the same months', () => {
		// all postings at 0 in Jan 2025 (no ratio from 0): AI postings alone, 100 → 150, +50%
		const rows = postings(['2025-01', 0, 100], ['2026-01', 90, 150]);
		expect(marketTitle([], rows, places)).toBe(
			'In the United Kingdom, from Jan 2025 to Jan 2026, job postings that mention AI rose 50%'
		);
	});

	it('keeps the latest months within their year, and says months that went both ways', () => {
		// the latest month is Feb 2026: Jan–Feb compared (not Dec 2025); AI 100, 100 → 110, 90
		// (mean 100 → 100: 0%, one up and one down); all postings 100, 100 → 95, 97: −4.0%
		const rows = postings(
			['2024-12', 100, 500],
			['2025-01', 100, 100],
			['2025-02', 100, 100],
			['2025-12', 100, 10],
			['2026-01', 95, 110],
			['2026-02', 97, 90]
		);
		expect(marketTitle([], rows, places)).toBe(
			'In the United Kingdom, from Jan–Feb 2025 to Jan–Feb 2026, job postings that mention AI showed no clear change (0.0% overall; some months up, some down), while all postings fell 4.0%'
		);
	});

	it('says what all postings did where there are no AI postings (Spain), in the series’ place', () => {
		// May–Jul: 100, 100, 100 → 94, 95, 96 (mean 95): −5.0%
		const rows = postings(
			['2025-05', 100, null],
			['2025-06', 100, null],
			['2025-07', 100, null],
			['2026-05', 94, null],
			['2026-06', 95, null],
			['2026-07', 96, null]
		);
		expect(marketTitle([], rows, { share: 'Spain', postings: 'Spain' })).toBe(
			'In Spain, from May–Jul 2025 to May–Jul 2026, all job postings fell 5.0%'
		);
		// the euro area's series, where the region uses it
		expect(marketTitle([], rows, { share: 'the EU', postings: 'the euro area' })).toMatch(
			/^In the euro area, /
		);
	});

	it('says the latest level where there is no year before to compare', () => {
		const rows = postings(['2026-04', 81, null], ['2026-05', 80, null], ['2026-06', 82.345, null]);
		expect(marketTitle([], rows, places)).toBe(
			'In the United Kingdom, job postings were at 82.3 in Jun 2026 (2023 = 100)'
		);
	});

	it('without postings, compares the AI share over the latest months with a year earlier', () => {
		// Apr–Jun: 4, 4.5, 5 (mean 4.5) → 8, 9, 10 (mean 9), every month up
		const up = [
			share('2025-04', 4),
			share('2025-05', 4.5),
			share('2025-06', 5),
			share('2026-04', 8),
			share('2026-05', 9),
			share('2026-06', 10)
		];
		expect(marketTitle(up, [], places)).toBe(
			'In Apr–Jun 2026, 9.0% of job postings in the United Kingdom mentioned AI, up from 4.5% in Apr–Jun 2025'
		);
		// every month down: 5, 5.2, 5.4 (mean 5.2) → 4, 4.1, 4.2 (mean 4.1)
		const down = [
			share('2025-04', 5),
			share('2025-05', 5.2),
			share('2025-06', 5.4),
			share('2026-04', 4),
			share('2026-05', 4.1),
			share('2026-06', 4.2)
		];
		expect(marketTitle(down, [], places)).toBe(
			'In Apr–Jun 2026, 4.1% of job postings in the United Kingdom mentioned AI, down from 5.2% in Apr–Jun 2025'
		);
		// a missing month a year earlier: no comparison of the same months, the latest month alone
		expect(marketTitle(down.slice(1), [], places)).toBe(
			'4.2% of job postings in the United Kingdom mentioned AI in Jun 2026'
		);
	});

	it('says a share that moved both ways, or reads the same, as such', () => {
		// 4, 5, 6 → 5.5, 5, 4.5: mean 5 → 5, one month up, one the same, one down
		const mixed = [
			share('2025-04', 4),
			share('2025-05', 5),
			share('2025-06', 6),
			share('2026-04', 5.5),
			share('2026-05', 5),
			share('2026-06', 4.5)
		];
		expect(marketTitle(mixed, [], places)).toBe(
			'In Apr–Jun 2026, 5.0% of job postings in the United Kingdom mentioned AI, against 5.0% in Apr–Jun 2025, with some months higher and some lower'
		);
		// the latest month is January: January alone is compared. Up by 0.04 points: it reads 4.0%
		// both times
		const of = (now: number) =>
			marketTitle([share('2025-01', 4), share('2026-01', now)], [], places);
		expect(of(4.04)).toBe(
			'In Jan 2026, 4.0% of job postings in the United Kingdom mentioned AI, about the same as 4.0% in Jan 2025'
		);
		// 4.06 reads 4.1%: up
		expect(of(4.06)).toMatch(/4\.1% of job postings .* up from 4\.0% in Jan 2025$/);
	});

	it('says only the latest month where there is no month a year earlier, and none without data', () => {
		const rows = [share('2026-05', 3.2), share('2026-06', 3.4)];
		expect(marketTitle(rows, [], places)).toBe(
			'3.4% of job postings in the United Kingdom mentioned AI in Jun 2026'
		);
		expect(marketTitle([], [], { share: 'India', postings: 'India' })).toBe(
			'Indeed publishes no postings index or AI share of postings for India'
		);
	});
});

describe('summaries', () => {
	it('reads the trend year by year, marking the partial year and years without listings', () => {
		const cells = [
			payCell({ role: 'ml_engineer', period: 2024, listings: 40, median: 100000 }),
			payCell({ role: 'ml_engineer', period: 2025, listings: 6, median: null }),
			payCell({ role: 'ai_engineer', period: 2024, listings: 12, median: 90000 })
		];
		expect(trendSummary(cells, [2024, 2025], 'USD')).toBe(
			'Median pay by year, each with its 95% interval. ' +
				'ML Engineer: 2024 $100k (95% interval $90k–$110k, 40 listings); 2025 (Jan–Aug) too few listings (6). ' +
				'AI Engineer: 2024 $90k (95% interval $81k–$99k, 12 listings, low confidence); 2025 (Jan–Aug) no listings.'
		);
	});

	it('reads demand as counts and shares of the stable panel, with no share of under 10 listings', () => {
		const rows = [
			listingRow('ml_engineer', 'gb', 2024, 25, 1000),
			listingRow('ai_engineer', 'gb', 2024, 5, 1000),
			listingRow('ai_engineer', 'gb', 2025, 10, 1000)
		];
		expect(demandSummary(rows, [2024, 2025])).toBe(
			'Listings per year, and their share of the stable panel. ' +
				'ML Engineer listings: 2024 25 (2.5% of 1,000 in the panel); 2025 (Jan–Aug) no listings. ' +
				'AI Engineer listings: 2024 5 (too few for a share, under 10); 2025 (Jan–Aug) 10 (1.0% of 1,000 in the panel).'
		);
	});

	it('reads the gap with its 95% interval, or says a year has too few listings', () => {
		const cells = [
			payCell({ role: 'ml_engineer', period: 2024, listings: 100, median: 200000 }), // CI 180k–220k
			payCell({ role: 'ai_engineer', period: 2024, listings: 20, median: 150000 }) // CI 135k–165k
		];
		// −25%; interval −34.9% to −13.6% (as in gapTitle's test)
		expect(gapSummary(cells, [2024, 2025])).toBe(
			'AI-engineer median pay against ML-engineer median pay, by year. ' +
				'2024 −25.0% (95% interval −34.9% to −13.6%; 100 ML and 20 AI listings); ' +
				'2025 (Jan–Aug) too few listings (0 ML and 0 AI listings).'
		);
	});

	it('reads the market series as yearly means and the latest month', () => {
		const row = (
			month: string,
			pct: number,
			countries = 'GB',
			series: 'region' | 'country' = 'region'
		) => ({ region: 'gb', month, ai_share_pct: pct, countries, days: 30, series }) as const;
		const rows = [row('2025-11', 4), row('2025-12', 5), row('2026-01', 6.125)];
		expect(marketSummary(rows, [], [], '')).toBe(
			'Share of all job postings that mention AI, mean of the monthly values per year: 2025 (Nov–Dec) 4.5%; 2026 (Jan) 6.1%. Latest month Jan 2026: 6.13%.'
		);
		// a region of several countries: each country's value in the latest month too
		const lines = [row('2026-01', 4, 'DE', 'country'), row('2026-01', 8.25, 'FR', 'country')];
		expect(marketSummary(rows, lines, [], '')).toMatch(
			/Latest month Jan 2026: 6\.13%\. By country that month: DE 4\.00%, FR 8\.25%\.$/
		);
		expect(marketSummary([], [], [], '')).toBe('No data.');
	});

	it('reads the postings index by year before the share, with the month each series ends', () => {
		const p = (month: string, all: number, ai: number | null) => ({
			month,
			all_postings_2023_100: all,
			ai_postings_2023_100: ai
		});
		// all postings: 2025 (Oct–Dec) (100 + 80 + 90) / 3 = 90.0, 2026 (Jan) 70.0; AI postings:
		// 2025 (Oct–Dec) (110 + 120 + 130) / 3 = 120.0, and none in 2026
		const postings = [
			p('2025-10', 100, 110),
			p('2025-11', 80, 120),
			p('2025-12', 90, 130),
			p('2026-01', 70, null)
		];
		const share = [
			{ region: 'gb', month: '2025-12', ai_share_pct: 5, countries: 'GB', days: 31 },
			{ region: 'gb', month: '2026-01', ai_share_pct: 6.125, countries: 'GB', days: 31 }
		].map((r) => ({ ...r, series: 'region' as const }));
		expect(marketSummary(share, [], postings, 'the euro area')).toBe(
			'Job postings on Indeed in the euro area (2023 = 100), mean of the monthly values per year: all postings 2025 (Oct–Dec) 90.0; 2026 (Jan) 70.0; postings that mention AI 2025 (Oct–Dec) 120.0. Latest: all postings 70.0 in Jan 2026, postings that mention AI 130.0 in Dec 2025. ' +
				'Share of all job postings that mention AI, mean of the monthly values per year: 2025 (Dec) 5.0%; 2026 (Jan) 6.1%. Latest month Jan 2026: 6.13%.'
		);
		// Spain: all postings only, no share
		expect(marketSummary([], [], postings.slice(3), 'Spain')).toBe(
			'Job postings on Indeed in Spain (2023 = 100), mean of the monthly values per year: all postings 2026 (Jan) 70.0. Latest: all postings 70.0 in Jan 2026.'
		);
	});

	it('names a year the series covers in full by itself, and a part of a year with its months', () => {
		const row = (month: string, pct: number) =>
			({
				region: 'gb',
				month,
				ai_share_pct: pct,
				countries: 'GB',
				days: 30,
				series: 'region'
			}) as const;
		// 2025: twelve months at 3%; 2026: January to June at 4%, 5% … 9%, mean 6.5%
		const rows = [
			...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) =>
				row(`2025-${String(m).padStart(2, '0')}`, 3)
			),
			...[1, 2, 3, 4, 5, 6].map((m) => row(`2026-0${m}`, m + 3))
		];
		expect(marketSummary(rows, [], [], '')).toMatch(
			/per year: 2025 3\.0%; 2026 \(Jan–Jun\) 6\.5%\. Latest month Jun 2026: 9\.00%\.$/
		);
	});

	it('lists only the latest month’s countries', () => {
		const row = (month: string, pct: number, countries: string, series: 'region' | 'country') =>
			({ region: 'eu', month, ai_share_pct: pct, countries, days: 30, series }) as const;
		const rows = [row('2025-12', 5, 'DE FR', 'region'), row('2026-01', 6, 'DE FR', 'region')];
		// December's country lines are not January's: left out
		const lines = [
			row('2025-12', 3, 'DE', 'country'),
			row('2026-01', 4, 'DE', 'country'),
			row('2026-01', 8, 'FR', 'country')
		];
		expect(marketSummary(rows, lines, [], '')).toBe(
			'Share of all job postings that mention AI, mean of the monthly values per year: 2025 (Dec) 5.0%; 2026 (Jan) 6.0%. Latest month Jan 2026: 6.00%. By country that month: DE 4.00%, FR 8.00%.'
		);
	});

	it('gives a count with no share for a year without a stable panel', () => {
		// 12 listings, a panel of 0: no share of it
		const rows = [listingRow('ai_engineer', 'gb', 2024, 12, 0)];
		expect(demandSummary(rows, [2024])).toBe(
			'Listings per year, and their share of the stable panel. ' +
				'ML Engineer listings: 2024 no listings. AI Engineer listings: 2024 12.'
		);
	});
});

describe('the titles’ rules, on random cells', () => {
	// fixed seeds: the same cases every run, so the mutation score does not move between runs
	const runs = { seed: 20261207, numRuns: 200 };
	/** A shown cell: median `k` thousand, its 95% CI from −`w`% to +`w`%. */
	const cell = (role: Role, period: number, k: number, w: number) =>
		payCell({
			role,
			period,
			listings: 40,
			median: k * 1000,
			ciLow: k * (1000 - 10 * w),
			ciHigh: k * (1000 + 10 * w)
		}) as ShownCell;
	const median = fc.integer({ min: 40, max: 400 });
	const width = fc.integer({ min: 2, max: 40 });

	it('a pay trend says "rose" only for a clear rise and "fell" only for a clear fall', () => {
		fc.assert(
			fc.property(median, width, median, width, (a, wa, b, wb) => {
				const [first, last] = [cell('ml_engineer', 2023, a, wa), cell('ml_engineer', 2024, b, wb)];
				const title = trendTitle([first, last], [2023, 2024], 'X', 'USD');
				const verdict = gapBetween(first, last).verdict;
				expect(title.startsWith('ML-engineer pay rose ')).toBe(verdict === 'ai_higher');
				expect(title.startsWith('ML-engineer pay fell ')).toBe(verdict === 'ai_lower');
				expect(title.startsWith('No clear change in ML-engineer pay ')).toBe(verdict === 'unclear');
			}),
			runs
		);
	});

	it('the gap title says "more" or "less" only where the latest full year’s gap is clear', () => {
		fc.assert(
			fc.property(median, width, median, width, median, (ml, wm, ai, wa, later) => {
				const [m, a] = [cell('ml_engineer', 2024, ml, wm), cell('ai_engineer', 2024, ai, wa)];
				// 2025 is partial: whatever its gap, the title is about 2024
				const cells = [m, a, cell('ml_engineer', 2025, ml, 5), cell('ai_engineer', 2025, later, 5)];
				const title = gapTitle(cells, [2024, 2025]);
				const verdict = gapBetween(m, a).verdict;
				expect(title).toContain(' in 2024');
				expect(/^AI engineers earned [\d.]+% more /.test(title)).toBe(verdict === 'ai_higher');
				expect(/^AI engineers earned [\d.]+% less /.test(title)).toBe(verdict === 'ai_lower');
				expect(
					/^AI engineers’ median was ([\d.]+% (lower|higher) than|the same as) /.test(title)
				).toBe(verdict === 'unclear');
				// never a size that reads "0%"
				expect(title).not.toMatch(/\b0%/);
				if (verdict === 'unclear' && ai !== ml)
					expect(title).toContain(ai < ml ? '% lower than' : '% higher than');
			}),
			runs
		);
	});

	it('a trend that turns names its first highest (or lowest) point between the ends, where a leg is clear', () => {
		const years = [2019, 2020, 2021, 2022, 2023];
		fc.assert(
			fc.property(fc.array(median, { minLength: 3, maxLength: 5 }), (ks) => {
				const cells = ks.map((k, i) => cell('ml_engineer', years[i] as number, k, 10));
				const title = trendTitle(cells, years, 'X', 'USD');
				const inner = ks.slice(1, -1);
				const [ends, top, bottom] = [
					[ks[0], ks.at(-1)] as number[],
					Math.max(...inner),
					Math.min(...inner)
				];
				// a leg into or out of the turn at index i is clear where gapBetween says so
				const clearLeg = (i: number) =>
					gapBetween(cells[0]!, cells[i]!).verdict !== 'unclear' ||
					gapBetween(cells[i]!, cells.at(-1)!).verdict !== 'unclear';
				// $k thousand reads "$123k"; the year of the first point between the ends at that median
				const at = (k: number) => `$${k}k in ${years[ks.indexOf(k, 1)]}`;
				if (top > Math.max(...ends) && clearLeg(ks.indexOf(top, 1)))
					expect(title).toContain(`peaked at ${at(top)} (`);
				else if (
					top <= Math.max(...ends) &&
					bottom < Math.min(...ends) &&
					clearLeg(ks.indexOf(bottom, 1))
				)
					expect(title).toContain(`was lowest at ${at(bottom)} (`);
				else expect(title).not.toMatch(/peaked|lowest/);
			}),
			runs
		);
	});
});

describe('tooFewToDraw', () => {
	it('says why a chart is empty, with the rule as the code applies it', () => {
		expect(tooFewToDraw('trend', 'Spain', 'strict titles, all levels')).toBe(
			'Too few listings in Spain (strict titles, all levels) to draw a trend: no year has 10 or more independent listings of either role.'
		);
		expect(tooFewToDraw('levels', 'Spain', '2023–25 pooled')).toBe(
			'Too few listings in Spain (2023–25 pooled) to show pay at any experience level: no level has 10 or more independent listings of either role.'
		);
		expect(tooFewToDraw('gap', 'the United Kingdom', 'senior')).toBe(
			'Too few listings in the United Kingdom (senior) to measure the gap: no year has 10 or more independent listings of both roles.'
		);
	});
});
