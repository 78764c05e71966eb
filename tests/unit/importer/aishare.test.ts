import { describe, expect, it } from 'vitest';
import { AiShareAccumulator } from '$lib/importer/aishare';
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
	for (const [i, [date, country, share]] of [
		['2025-01-30', 'US', 2],
		['2025-01-30', 'GB', 4],
		['2025-01-31', 'US', 4],
		['2025-01-31', 'GB', 6],
		['2025-02-01', 'US', 3],
		['2025-02-01', 'GB', 5],
		['2025-02-01', 'DE', 7],
		['2025-02-02', 'US', 5]
	].entries() as Iterable<[number, [string, string, number]]>)
		ai.add('AI_posting.csv', i + 2, date, country, share);
	return ai;
}

describe('AiShareAccumulator', () => {
	it('refuses a country and day given twice, naming both lines', () => {
		const ai = new AiShareAccumulator();
		ai.add('AI_posting.csv', 2, '2025-01-30', 'GB', 4);
		// the same day for another country, and the next day for this one, are fine
		ai.add('AI_posting.csv', 3, '2025-01-30', 'US', 2);
		ai.add('AI_posting.csv', 4, '2025-01-31', 'GB', 6);
		expect(() => ai.add('AI_posting.csv', 5, '2025-01-30', 'GB', 4)).toThrow(
			'AI_posting.csv:5: date: GB 2025-01-30 appears again (first on line 2), expected one value per country and day'
		);
		// nothing of the repeated line was counted: January's GB mean is still (4 + 6) / 2
		expect(ai.rows([region('gb', ['GB'])])[0]).toMatchObject({ ai_share_pct: 5, days: 2 });
	});

	it('averages daily values into months per country', () => {
		expect(fixture().rows([region('us', ['US'])])).toEqual([
			{
				region: 'us',
				month: '2025-01',
				ai_share_pct: 3,
				countries: 'US',
				days: 2,
				series: 'region'
			},
			{
				region: 'us',
				month: '2025-02',
				ai_share_pct: 4,
				countries: 'US',
				days: 2,
				series: 'region'
			}
		]);
	});

	it('takes the unweighted mean of the covered countries, only in months all of them report', () => {
		// Global covers DE GB US; January lacks DE, so only February: (7 + 5 + 4) / 3 = 5.3333,
		// then each country's own February (US has January too, but its line keeps to the same months)
		expect(fixture().rows([region('global', null)])).toEqual([
			{
				region: 'global',
				month: '2025-02',
				ai_share_pct: 5.3333,
				countries: 'DE GB US',
				days: 1,
				series: 'region'
			},
			{
				region: 'global',
				month: '2025-02',
				ai_share_pct: 7,
				countries: 'DE',
				days: 1,
				series: 'country'
			},
			{
				region: 'global',
				month: '2025-02',
				ai_share_pct: 5,
				countries: 'GB',
				days: 1,
				series: 'country'
			},
			{
				region: 'global',
				month: '2025-02',
				ai_share_pct: 4,
				countries: 'US',
				days: 2,
				series: 'country'
			}
		]);
	});

	it('gives a region of several countries its mean line, then each country’s line', () => {
		// GB and US both report January and February:
		// mean Jan (5 + 3) / 2 = 4 (2 days each), Feb (5 + 4) / 2 = 4.5 (GB 1 day, US 2: the fewer)
		const row = (month: string, pct: number, countries: string, days: number, series: string) => ({
			region: 'gbus',
			month,
			ai_share_pct: pct,
			countries,
			days,
			series
		});
		expect(fixture().rows([region('gbus', ['US', 'GB'])])).toEqual([
			row('2025-01', 4, 'GB US', 2, 'region'),
			row('2025-02', 4.5, 'GB US', 1, 'region'),
			row('2025-01', 5, 'GB', 2, 'country'),
			row('2025-02', 5, 'GB', 1, 'country'),
			row('2025-01', 3, 'US', 2, 'country'),
			row('2025-02', 4, 'US', 2, 'country')
		]);
	});

	it('skips regions Indeed does not cover and names the countries behind a partly covered one', () => {
		// EU lists DE and FR but Indeed covers only DE: one country, so only the region's own line
		const rows = fixture().rows([region('in', ['IN']), region('eu', ['DE', 'FR'])]);
		expect(rows).toEqual([
			{
				region: 'eu',
				month: '2025-02',
				ai_share_pct: 7,
				countries: 'DE',
				days: 1,
				series: 'region'
			}
		]);
	});

	it('gives a region’s own line unrounded, as postings.csv multiplies it', () => {
		// GB and US both report January and February: (5 + 3) / 2 = 4 and (5 + 4) / 2 = 4.5, with the
		// fewer days of the two; Global's is February only, (7 + 5 + 4) / 3 = 5.333…, not 5.3333
		expect(fixture().regionLine(region('gbus', ['US', 'GB']))).toEqual([
			{ month: '2025-01', share: 4, days: 2 },
			{ month: '2025-02', share: 4.5, days: 1 }
		]);
		expect(fixture().regionLine(region('global', null))).toEqual([
			{ month: '2025-02', share: 16 / 3, days: 1 }
		]);
		expect(fixture().regionLine(region('in', ['IN']))).toEqual([]);
	});
});
