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

describe('downloadStem for v2 figures', () => {
	it('names the period and marks figures as advertised', () => {
		expect(
			downloadStem('pay-by-level', {
				region: 'gb',
				period: '2023-2025',
				basis: 'local',
				currency: 'GBP',
				def: 'strict'
			})
		).toBe('ml-vs-ai-pay-by-level_gb_2023-2025_gbp_as-advertised');
		expect(
			downloadStem('pay-trend', { region: 'us', basis: 'all', currency: 'USD', level: 'all' })
		).toBe('ml-vs-ai-pay-trend_us_usd_all-levels');
	});
});
