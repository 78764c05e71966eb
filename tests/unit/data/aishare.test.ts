import { describe, expect, it } from 'vitest';
import { AiShareAccumulator } from '$lib/data/aishare';
import type { Region } from '$lib/data/reference';

const region = (id: string, countries: string[] | null): Region => ({
	id,
	name: id,
	currency: 'USD',
	countries
});

function fixture() {
	const ai = new AiShareAccumulator();
	// US: Jan 2, 4 → 3; Feb 3, 5 → 4.  GB: Jan 4, 6 → 5; Feb 5.  DE: Feb 7 only.
	for (const [date, country, share] of [
		['2025-01-30', 'US', 2],
		['2025-01-30', 'GB', 4],
		['2025-01-31', 'US', 4],
		['2025-01-31', 'GB', 6],
		['2025-02-01', 'US', 3],
		['2025-02-01', 'GB', 5],
		['2025-02-01', 'DE', 7],
		['2025-02-02', 'US', 5]
	] as const)
		ai.add(date, country, share);
	return ai;
}

describe('AiShareAccumulator', () => {
	it('averages daily values into months per country', () => {
		expect(fixture().rows([region('us', ['US'])])).toEqual([
			{ region: 'us', month: '2025-01', ai_share_pct: 3, countries: 'US', days: 2 },
			{ region: 'us', month: '2025-02', ai_share_pct: 4, countries: 'US', days: 2 }
		]);
	});

	it('takes the unweighted mean of the covered countries, only in months all of them report', () => {
		// Global covers DE GB US; January lacks DE, so only February: (4 + 5 + 7) / 3 = 5.3333
		expect(fixture().rows([region('global', null)])).toEqual([
			{ region: 'global', month: '2025-02', ai_share_pct: 5.3333, countries: 'DE GB US', days: 1 }
		]);
	});

	it('skips regions Indeed does not cover and names the countries behind a partly covered one', () => {
		const rows = fixture().rows([region('in', ['IN']), region('eu', ['DE', 'FR'])]);
		expect(rows).toEqual([
			{ region: 'eu', month: '2025-02', ai_share_pct: 7, countries: 'DE', days: 1 }
		]);
	});
});
