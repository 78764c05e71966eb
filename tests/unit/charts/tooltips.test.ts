import { describe, expect, it } from 'vitest';
import { nearestPoint, payLines, stepPoint, tooltipPlacement } from '$lib/charts/tooltips';
import { payCell } from '../helpers';

describe('payLines', () => {
	it('gives median, CI, middle half, listings and confidence in the chosen currency', () => {
		const cell = payCell({ role: 'ml_engineer', listings: 12, median: 100000 });
		expect(payLines(cell, 'GBP')).toEqual([
			'Median £100,000',
			'95% interval £90,000 – £110,000',
			'Middle half £80,000 – £120,000',
			'12 listings · low confidence: 10–29 independent listings'
		]);
	});

	it('says why a withheld cell has no figures', () => {
		expect(payLines(payCell({ role: 'ai_engineer', listings: 1, median: null }), 'USD')).toEqual([
			'1 listing: too few listings to show pay (under 10 independent)'
		]);
		// a year with no cell at all reads as none listed
		expect(payLines(undefined, 'USD')).toEqual([
			'0 listings: too few listings to show pay (under 10 independent)'
		]);
	});

	it('says how many independent listings there are where some repeat', () => {
		// 40 listings, 30 distinct, n_eff 26.67 (shown to 1 decimal): low, not ok
		const cell = payCell({
			role: 'ml_engineer',
			listings: 40,
			distinct: 30,
			nEff: 26.67,
			median: 100000
		});
		expect(payLines(cell, 'USD').at(-1)).toBe(
			'40 listings (about 27 independent) · low confidence: 10–29 independent listings'
		);
		// 12 listings but n_eff 8.5: withheld however many listings there are
		const thin = payCell({
			role: 'ai_engineer',
			listings: 12,
			distinct: 6,
			nEff: 8.5,
			median: 90000
		});
		expect(payLines(thin, 'USD')).toEqual([
			'12 listings (about 8.5 independent): too few listings to show pay (under 10 independent)'
		]);
	});

	it('names the countries behind a cell of several countries, shown or withheld', () => {
		const mixed = payCell({
			role: 'ml_engineer',
			listings: 40,
			median: 100000,
			countryMix: 'DE:30 FR:10'
		});
		expect(payLines(mixed, 'EUR')).toEqual([
			'Median €100,000',
			'95% interval €90,000 – €110,000',
			'Middle half €80,000 – €120,000',
			'40 listings · 30 or more independent listings',
			'Countries: DE 30, FR 10'
		]);
		const few = payCell({
			role: 'ai_engineer',
			listings: 10,
			nEff: 8,
			distinct: 7,
			median: null,
			countryMix: 'DE:8 FR:2'
		});
		expect(payLines(few, 'EUR')).toEqual([
			'10 listings (about 8 independent): too few listings to show pay (under 10 independent)',
			'Countries: DE 8, FR 2'
		]);
	});
});

describe('nearestPoint', () => {
	const pts = [
		{ key: 'a', x: 0, y: 0, title: '', lines: [] },
		{ key: 'b', x: 100, y: 0, title: '', lines: [] }
	];
	it('finds the closest point within the radius', () => {
		expect(nearestPoint(pts, 60, 5)).toBe(1);
		expect(nearestPoint(pts, 30, 0)).toBe(0);
		expect(nearestPoint(pts, 50, 200)).toBeNull();
	});
});

describe('stepPoint', () => {
	it('steps with arrows, jumps with Home/End, closes with Escape, and ignores other keys', () => {
		expect(stepPoint('ArrowRight', null, 3)).toBe(0);
		expect(stepPoint('ArrowRight', 2, 3)).toBe(2);
		expect(stepPoint('ArrowLeft', 1, 3)).toBe(0);
		expect(stepPoint('End', 0, 3)).toBe(2);
		expect(stepPoint('Home', 2, 3)).toBe(0);
		expect(stepPoint('Escape', 1, 3)).toBeNull();
		expect(stepPoint('Tab', 1, 3)).toBeUndefined();
		expect(stepPoint('ArrowRight', null, 0)).toBeUndefined();
	});
});

describe('tooltipPlacement', () => {
	const at = (x: number, y: number) => ({ key: 'k', x, y, title: '', lines: [] });

	it('puts the tooltip at its point, in % of the plot', () => {
		expect(tooltipPlacement(at(340, 75), 680, 300)).toEqual({
			align: 'center',
			left: '50%',
			top: '25%'
		});
	});

	it('anchors it inside the chart near either edge', () => {
		expect(tooltipPlacement(at(100, 0), 680, 300).align).toBe('left');
		expect(tooltipPlacement(at(170, 0), 680, 300).align).toBe('center');
		expect(tooltipPlacement(at(500, 0), 680, 300).align).toBe('right');
	});
});
