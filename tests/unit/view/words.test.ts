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
	trendSummary,
	trendTitle
} from '$lib/view/words';
import type { PayCell } from '$lib/data/pay';
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
			'ML engineers out-earn AI engineers in the only region with enough data'
		);
		expect(bandsTitle(regions, lookup(cells.slice(2, 4)), 'level')).toBe(
			'AI engineers out-earn ML engineers at the only level with enough data'
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
			'Too few listings to compare the two roles at any region'
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
		expect(bandsSummary(regions, lookup(cells), 'GBP', 'Median pay in 2024, GBP.')).toBe(
			'Median pay in 2024, GBP. ' +
				'Global: ML Engineer £200k (95% interval £180k–£220k, 100 listings), AI Engineer £150k (95% interval £135k–£165k, 12 listings, low confidence); AI engineers −25% against ML engineers. ' +
				'United Kingdom: ML Engineer £100k (95% interval £90k–£110k, 30 listings). ' +
				'Too few listings (under 10 independent ones) to show for AI engineers in United Kingdom; for either role in Germany.'
		);
	});
});

describe('trendTitle', () => {
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
			'ML-engineer pay rose 30% from 2023 to 2024; no clear change in AI-engineer pay from 2023 to 2024: −3%, within the uncertainty'
		);
		// a fall is a fall: ln(70 / 100) = −0.357
		expect(
			trendTitle(
				[pay('ml_engineer', 2023, 100000), pay('ml_engineer', 2024, 70000)],
				[2023, 2024],
				'UK',
				'USD'
			)
		).toBe('ML-engineer pay fell 30% from 2023 to 2024');
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
		expect(of(116000)).toBe('ML-engineer pay rose 16% from 2023 to 2024');
	});

	it('takes in the partial year, and names it as partial', () => {
		const cells = [
			pay('ml_engineer', 2023, 100000),
			pay('ml_engineer', 2024, 104000),
			pay('ml_engineer', 2025, 300000)
		];
		expect(trendTitle(cells, [2023, 2024, 2025], 'Global', 'USD')).toBe(
			'ML-engineer pay rose 200% from 2023 to 2025 (Jan–Aug)'
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
			'AI-engineer pay fell 40% from 2022 to 2025 (Jan–Aug), not steadily: $150k in 2023, $170k in 2024'
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
			'AI-engineer pay rose 20% from 2024 to 2025 (Jan–Aug), though not clearly from 2023'
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
});

describe('marketTitle', () => {
	it('compares the latest month with the same month a year earlier', () => {
		const rows = [
			{ region: 'gb', month: '2025-06', ai_share_pct: 4.45, countries: 'GB', days: 30 },
			{ region: 'gb', month: '2026-06', ai_share_pct: 9.4, countries: 'GB', days: 30 }
		].map((r) => ({ ...r, series: 'region' as const }));
		expect(marketTitle(rows, 'the United Kingdom')).toBe(
			'9.4% of job postings in the United Kingdom mentioned AI in Jun 2026, up from 4.5% a year earlier'
		);
		expect(marketTitle([], 'India')).toBe(
			'Indeed does not publish an AI share of postings for India'
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
		expect(marketSummary(rows)).toBe(
			'Share of all job postings that mention AI, mean of the monthly values per year: 2025 4.5%; 2026 6.1%. Latest month Jan 2026: 6.13%.'
		);
		// a region of several countries: each country's value in the latest month too
		const lines = [row('2026-01', 4, 'DE', 'country'), row('2026-01', 8.25, 'FR', 'country')];
		expect(marketSummary(rows, lines)).toMatch(
			/Latest month Jan 2026: 6\.13%\. By country that month: DE 4\.00%, FR 8\.25%\.$/
		);
		expect(marketSummary([])).toBe('No data.');
	});
});
