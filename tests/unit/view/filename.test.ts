import { describe, expect, it } from 'vitest';
import { downloadStem } from '$lib/view/filename';

describe('downloadStem', () => {
	it('says what the file is, with the filters it depends on', () => {
		expect(downloadStem('pay trend', { region: 'gb', currency: 'GBP', level: 'SE' })).toBe(
			'ml-vs-ai-pay-trend_gb_gbp_senior'
		);
		expect(downloadStem('Role demand', { region: 'global', level: 'all', def: 'broad' })).toBe(
			'ml-vs-ai-role-demand_global_all-levels_broad-titles'
		);
		expect(downloadStem('market-demand', { region: 'in' })).toBe('ml-vs-ai-market-demand_in');
	});

	it('leaves the strict definition out: it is the default', () => {
		expect(downloadStem('pay-gap', { region: 'us', level: 'EX', def: 'strict' })).toBe(
			'ml-vs-ai-pay-gap_us_executive'
		);
	});
});
