/**
 * "Where would your pay sit?", on the hand-computed snapshots of `snapshotsFixture`. Its
 * distribution rows step evenly from each cell's quartiles (see `distributionRow`): the UK's ML
 * engineers pooled in pounds (p25 £70k, median £93.5k, p75 £120k) are £4,700 apart every 5 points
 * below the median and £5,300 above (p05 £51.2k … p95 £141.2k); AI engineers (£60k, £73.5k,
 * £110k) £2,700 below and £7,300 above (p05 £49.2k … p95 £139.2k).
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { dashboardFacts } from '$lib/view/facts';
import { defaultControls, type Controls } from '$lib/view/filters';
import { percentileOf, placeAmount, readAmount } from '$lib/view/yourAmount';
import { yourPayView } from '$lib/view/yourPay';
import { snapshotsFixture } from '../helpers';

const viewOf = (id: string, controls: Partial<Controls> = {}) => {
	const page = unpackRegionPage(buildRegionPage(snapshotsFixture(), id)!);
	const region = page.regions.find((r) => r.id === id)!;
	return yourPayView(dashboardFacts(page, { ...defaultControls(region), ...controls }));
};

describe('yourPayView', () => {
	const view = viewOf('gb');

	it('holds each role’s percentiles in the page’s currency, with its listings', () => {
		expect(view.currency).toBe('GBP');
		expect(view.context).toBe(
			'in the United Kingdom (2023–2025, pooled, pounds as advertised, strict titles, all levels)'
		);
		const [ml, ai] = view.roles;
		expect(ml).toMatchObject({ role: 'ml_engineer', listings: 49, distinct: 43, nEff: 38.11 });
		expect(ml!.q![0]).toBeCloseTo(51200, 6);
		expect(ml!.q![9]).toBe(93500);
		expect(ml!.q![18]).toBeCloseTo(141200, 6);
		expect(ai).toMatchObject({ role: 'ai_engineer', listings: 18 });
		expect(ai!.q![0]).toBeCloseTo(49200, 6);
		expect(ai!.q![18]).toBeCloseTo(139200, 6);
		expect(view.withheld).toBeNull();
	});

	it('converts every percentile at the period’s rate in another currency', () => {
		// the all basis in GBP: dollar percentiles through the pooled window's rate (its last year)
		const usd = viewOf('gb', { basis: 'all', currency: 'USD' });
		const gbp = viewOf('gb', { basis: 'all', currency: 'GBP' });
		const rate = usd.usdPerUnit / gbp.usdPerUnit; // 1 / (USD per £)
		gbp.roles[0]!.q!.forEach((v, k) => expect(v).toBeCloseTo(usd.roles[0]!.q![k]! * rate, 6));
	});

	it('says which role is withheld, and where to look instead', () => {
		// the UK's AI engineers in pounds in 2024: 3 listings
		const thin = viewOf('gb', { period: 2024 });
		expect(thin.roles[1]!.q).toBeNull();
		// pounds as advertised, strict titles, all levels, 2024: each choice that could widen it
		expect(thin.withheld).toBe(
			'Too few AI-engineer listings in the United Kingdom in 2024 (3) to place an amount among them: try the pooled period (2023–2025), all listings converted, broad titles or a broader region.'
		);
		// never a choice already made: pooled and converted, at one level
		const pooled = viewOf('gb', { period: '2023-2025', basis: 'all', level: 'EX', def: 'broad' });
		expect(pooled.withheld).toMatch(
			/ to place an amount among them: try all levels or a broader region\.$/
		);
		// and nothing to try on Global, pooled, converted, broad, all levels: no colon, no advice
		const all = viewOf('global', { period: '2023-2025', basis: 'all', level: 'all', def: 'broad' });
		expect(all.withheld === null || all.withheld.endsWith('among them.')).toBe(true);
	});

	it('says where a drawn role’s percentiles rest on few listings (low confidence)', () => {
		// the UK's AI engineers in pounds, pooled: 18 listings, 17 distinct, n_eff 16.2: low
		expect(view.low).toBe(
			'Low confidence: AI-engineer pay here rests on 18 listings (about 16 independent), so its percentiles are rough.'
		);
		// 2024 converted: ML 34 listings, n_eff 24.08 (low), AI 12 (low)
		expect(viewOf('gb', { period: 2024, basis: 'all' }).low).toMatch(
			/^Low confidence: ML-engineer pay here rests on 34 listings \(about 24 independent\) and AI-engineer pay here rests on 12 listings, so/
		);
	});

	it('tabulates the percentiles for reading without JavaScript', () => {
		expect(view.table.head).toEqual(['Percentile', 'ML Engineer', 'AI Engineer']);
		expect(view.table.rows).toHaveLength(19);
		expect(view.table.rows[0]).toEqual(['5th', '£51,200', '£49,200']);
		expect(view.table.rows[9]).toEqual(['50th', '£93,500', '£73,500']);
		expect(view.table.rows[18]).toEqual(['95th', '£141,200', '£139,200']);
	});
});

describe('readAmount', () => {
	const gbp = { currency: 'GBP', usdPerUnit: 1.25 };

	it('reads what people type for a yearly amount', () => {
		for (const [typed, amount] of [
			['95000', 95000],
			['£95,000', 95000],
			['95k', 95000],
			['95K', 95000],
			['£95.5k', 95500],
			['95 000', 95000],
			['95.000', 95000],
			['GBP 95,000', 95000],
			['95000 a year', 95000],
			['1.2m', 1200000],
			[' 95000.50 ', 95000.5]
		] as const)
			expect(readAmount(typed, gbp), typed).toEqual({ amount, error: null });
	});

	it('says nothing for an empty field', () => {
		expect(readAmount('   ', gbp)).toEqual({ amount: null, error: null });
	});

	it('explains what is wrong, never giving NaN', () => {
		const error = (typed: string) => readAmount(typed, gbp).error;
		expect(error('lots')).toBe(
			'“lots” is not an amount: type a yearly amount, such as 95000 or 95k.'
		);
		expect(error('-95000')).toBe(
			'Pay cannot be negative: type a yearly amount, such as 95000 or 95k.'
		);
		expect(error('0')).toBe('Type an amount above zero, such as 95000 or 95k.');
		expect(error('95,5')).toMatch(/is not an amount/);
		expect(error('1.2.3')).toMatch(/is not an amount/);
		// £700 is $875 a year: a monthly figure, most likely
		expect(error('700')).toBe(
			'£700 is less than US$1,000 a year: is it a monthly or hourly figure? Type a yearly amount, such as 95000 or 95k.'
		);
		// £9m is $11.25m
		expect(error('9m')).toBe(
			'£9M is more than US$10 million a year: check the amount (a yearly figure, such as 95000 or 95k).'
		);
		for (const typed of ['lots', '-1', '0', '700', '9m', 'NaN', 'Infinity', '1e5'])
			expect(readAmount(typed, gbp).amount, typed).toBeNull();
	});
});

describe('percentileOf', () => {
	const q = [10, 20, 30, 30, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170];

	it('interpolates between the percentiles around the amount', () => {
		// 45 is halfway between the 30th (40) and the 35th (50): 32.5
		expect(percentileOf(q, 45)).toBe(32.5);
		expect(percentileOf(q, 10)).toBe(5);
		expect(percentileOf(q, 170)).toBe(95);
	});

	it('takes the middle of a run of equal percentiles', () => {
		// 30 is the 15th, 20th and 25th
		expect(percentileOf(q, 30)).toBe(20);
	});

	it('says below the 5th or above the 95th', () => {
		expect(percentileOf(q, 9.99)).toBe('below');
		expect(percentileOf(q, 171)).toBe('above');
	});
});

describe('placeAmount', () => {
	const view = viewOf('gb');

	it('places an amount among both roles in words, with how approximate it is', () => {
		// ML: £95k between p50 £93.5k and p55 £98.8k: 50 + 5 × 1,500 / 5,300 = 51.4
		// AI: p60 £88.1k, p65 £95.4k: 60 + 5 × 6,900 / 7,300 = 64.7
		const placed = placeAmount(view, 95000);
		expect(placed.roles.map((r) => r.pct)).toEqual([51, 65]);
		expect(placed.sentence).toBe(
			'£95k is above about 51% of ML-engineer listings and about 65% of AI-engineer listings in the United Kingdom (2023–2025, pooled, pounds as advertised, strict titles, all levels).'
		);
		expect(placed.note).toBe(
			'Approximate, to within 5 points: placed between the 5th, 10th, …, 95th percentiles of 49 ML-engineer listings (about 38 independent) and 18 AI-engineer listings (about 16 independent). Advertised pay is what employers offer, not what people earn.'
		);
	});

	it('says only "fewer than 5%" or "more than 95%" beyond the ends', () => {
		expect(placeAmount(view, 40000).sentence).toMatch(
			/^£40k is above fewer than 5% of ML-engineer listings and fewer than 5% of AI-engineer/
		);
		expect(placeAmount(view, 150000).roles.map((r) => r.words)).toEqual([
			'above more than 95%',
			'above more than 95%'
		]);
	});

	it('places an amount among the role that is shown, and says the other has too few', () => {
		const placed = placeAmount(viewOf('gb', { period: 2024 }), 95000);
		expect(placed.roles[1]).toEqual({ role: 'ai_engineer', pct: null, words: null });
		expect(placed.sentence).toMatch(
			/^£95k is above about \d+% of ML-engineer listings in the United Kingdom \(2024, .*\)\. There are too few AI-engineer listings to place it among them\.$/
		);
	});
});
