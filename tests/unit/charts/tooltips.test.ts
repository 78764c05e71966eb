import { describe, expect, it } from 'vitest';
import { nearestPoint, payLines, stepPoint, tooltipPlacement } from '$lib/charts/tooltips';
import { payCell } from '../helpers';

describe('payLines', () => {
	it('gives median, CI, middle half, listings and confidence in the chosen currency', () => {
		const cell = payCell({ role: 'ml_engineer', listings: 12, median: 100000 });
		expect(payLines(cell, 'GBP')).toEqual([
			'Median £100,000',
			'95% CI £90,000 – £110,000',
			'Middle half £80,000 – £120,000',
			'12 listings · low confidence: 10–29 listings'
		]);
	});

	it('says why a withheld cell has no figures', () => {
		expect(payLines(payCell({ role: 'ai_engineer', listings: 1, median: null }), 'USD')).toEqual([
			'1 listing: too few listings to show pay (under 10)'
		]);
		// a year with no cell at all reads as none listed
		expect(payLines(undefined, 'USD')).toEqual([
			'0 listings: too few listings to show pay (under 10)'
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
