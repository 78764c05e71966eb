import { describe, expect, it } from 'vitest';
import {
	nearestPoint,
	payLines,
	placeTooltip,
	stepPoint,
	tooltipInPlot
} from '$lib/charts/tooltips';
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

describe('placeTooltip', () => {
	// a 200 × 100 tooltip on a 390 × 844 phone; the gap to the point is 12 px, the margin 8 px
	const tip = { width: 200, height: 100 };
	const phone = { width: 390, height: 844 };
	const at = (x: number, y: number, viewport = phone, size = tip) =>
		placeTooltip({ x, y }, size, viewport);

	it('puts the tooltip above its point, centred on it', () => {
		// left 195 − 100 = 95; top 400 − 12 − 100 = 288
		expect(at(195, 400)).toEqual({ left: 95, top: 288, side: 'above' });
	});

	it('flips it below its point where there is no room above', () => {
		// above fits while y − 12 − 100 ≥ 8, i.e. from y = 120: top 120 − 112 = 8
		expect(at(195, 120)).toEqual({ left: 95, top: 8, side: 'above' });
		// at 119 it would reach 7 px from the top: below, at 119 + 12 = 131
		expect(at(195, 119)).toEqual({ left: 95, top: 131, side: 'below' });
		// a point at the very top of the viewport, or above it
		expect(at(195, 0)).toEqual({ left: 95, top: 12, side: 'below' });
	});

	it('takes the side with more room where it fits on neither, kept inside the viewport', () => {
		// 200 px tall: room above y − 20, below 180 − y; neither is 100 between y = 80 and 120
		const short = { width: 390, height: 200 };
		// y = 100: 80 px each way, so above, at 100 − 112 = −12, moved down to the margin: 8
		expect(at(195, 100, short)).toEqual({ left: 95, top: 8, side: 'above' });
		// y = 99: 79 above, 81 below: below, at 111, moved up to 200 − 8 − 100 = 92
		expect(at(195, 99, short)).toEqual({ left: 95, top: 92, side: 'below' });
		// y = 101: 81 above, 79 below: above, at −11, moved down to 8
		expect(at(195, 101, short)).toEqual({ left: 95, top: 8, side: 'above' });
	});

	it('keeps a margin from the left edge', () => {
		// centred from x = 108: left 8; nearer the edge it stays at 8
		expect(at(109, 400).left).toBe(9);
		expect(at(108, 400).left).toBe(8);
		expect(at(107, 400).left).toBe(8);
		expect(at(0, 400).left).toBe(8);
	});

	it('keeps a margin from the right edge', () => {
		// the furthest right it goes is 390 − 8 − 200 = 182, centred up to x = 282
		expect(at(281, 400).left).toBe(181);
		expect(at(282, 400).left).toBe(182);
		expect(at(283, 400).left).toBe(182);
		expect(at(390, 400).left).toBe(182);
	});

	it('keeps the top-left corner in view for a tooltip larger than the viewport', () => {
		// 380 wide on a 360 px phone: it cannot keep both margins, so it keeps the left one
		expect(at(350, 400, { width: 360, height: 740 }, { width: 380, height: 900 })).toEqual({
			left: 8,
			top: 8,
			side: 'above'
		});
	});
});

describe('tooltipInPlot', () => {
	// a drawing 680 units wide shown 340 px wide (scale 0.5) at (100, 50), in a plot at (96, 40),
	// 348 px wide, on a screen 800 px high; a tooltip 200 × 100
	const at = {
		plot: { left: 96, top: 40, width: 348 },
		svg: { left: 100, top: 50, width: 340 },
		width: 680,
		viewportHeight: 800
	};
	const tip = { width: 200, height: 100 };

	it('keeps a tooltip near the plot’s right edge inside the plot, in px from its corner', () => {
		// unit (640, 40) is on screen at (100 + 320, 50 + 20) = (420, 70), 324 px into the plot;
		// 50 px above it (70 − 12 − 8) is too little for 100: below, top 70 + 12 = 82, 42 under the
		// plot's top; centred it would start at 224, but 348 − 8 − 200 = 140 is the furthest right
		expect(tooltipInPlot({ x: 640, y: 40 }, tip, at)).toEqual({
			left: 140,
			top: 42,
			side: 'below'
		});
	});

	it('centres it on a point in the middle of the plot', () => {
		// unit (340, 400): (270, 250), 174 px in; room above 230: above, top 250 − 12 − 100 = 138;
		// left 174 − 100 = 74
		expect(tooltipInPlot({ x: 340, y: 400 }, tip, at)).toEqual({
			left: 74,
			top: 98,
			side: 'above'
		});
	});
});
