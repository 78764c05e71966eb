import { describe, expect, it } from 'vitest';
import { wrapText } from '$lib/export/image';

describe('wrapText', () => {
	it('breaks at spaces so no line is longer than the limit, unless a word is', () => {
		expect(wrapText('ML engineers out-earn AI engineers in all 3 regions', 20)).toEqual([
			'ML engineers',
			'out-earn AI',
			'engineers in all 3',
			'regions'
		]);
		expect(wrapText('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
		expect(wrapText('', 10)).toEqual([]);
	});
});
