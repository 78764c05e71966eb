import { describe, expect, it } from 'vitest';
import { changeReport, reportMarkdown, unchanged } from '../../../scripts/changes';

const HEADER =
	'role,definition,basis,region,period,level,listings,distinct,n_eff,currency,p25,median,p75,ci_low,ci_high,confidence,median_distinct,median_index_usd,country_mix';
const salaries = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
// a shown UK cell: median £100,000 with a 95% interval of £90,000–£110,000
const uk = (median: number, confidence = 'ok') =>
	`ml_engineer,strict,local,gb,2024,all,40,40,40,GBP,80000,${confidence === 'withheld' ? '' : median},120000,90000,110000,${confidence},,,`;
const us = (median: number) =>
	`ai_engineer,strict,all,us,2024,all,500,500,500,USD,1,${median},2,190000,210000,ok,,,`;
const market = (...months: string[]) =>
	`region,month,ai_share_pct,countries,days,series\n${months.map((m) => `global,${m},5,US,30,region`).join('\n')}\n`;

describe('changeReport', () => {
	it('reports nothing when nothing changed', () => {
		const files = { 'salaries.csv': salaries(uk(100000)), 'ai-share.csv': market('2026-05') };
		const report = changeReport(files, files);
		expect(unchanged(report)).toBe(true);
		expect(reportMarkdown(report)).toBe(
			'No snapshot changed: the raw sources give the same files as before.\n'
		);
	});

	it('counts rows added and removed per file, and names new months of the market', () => {
		const report = changeReport(
			{ 'ai-share.csv': market('2026-04', '2026-05'), 'fx.csv': null },
			{ 'ai-share.csv': market('2026-05', '2026-06', '2026-07'), 'fx.csv': 'currency\nEUR\n' }
		);
		expect(report.files).toEqual([
			{ file: 'ai-share.csv', added: 2, removed: 1, columns: false, created: false },
			{ file: 'fx.csv', added: 1, removed: 0, columns: false, created: true }
		]);
		expect(report.newPeriods).toEqual([
			{ file: 'ai-share.csv', unit: 'months', periods: ['2026-06', '2026-07'] }
		]);
		expect(reportMarkdown(report)).toContain('**New months of ai-share.csv:** 2026-06, 2026-07');
	});

	it('names the new months of the postings index and the new years of the wage tracker', () => {
		const postings = (...months: string[]) =>
			`region,month,all_postings_2023_100,ai_postings_2023_100,series\n${months.map((m) => `gb,${m},90,120,GB`).join('\n')}\n`;
		const wages = (...years: number[]) =>
			`region,year,all_jobs_pay_growth_pct,series\n${years.map((y) => `gb,${y},5.1,GB`).join('\n')}\n`;
		const report = changeReport(
			{ 'postings.csv': postings('2026-06', '2026-07'), 'wage-growth.csv': wages(2024) },
			// a revised July is not new; August is
			{
				'postings.csv': postings('2026-06', '2026-07', '2026-08').replace(
					'2026-07,90',
					'2026-07,91'
				),
				'wage-growth.csv': wages(2024, 2025)
			}
		);
		expect(report.newPeriods).toEqual([
			{ file: 'postings.csv', unit: 'months', periods: ['2026-08'] },
			{ file: 'wage-growth.csv', unit: 'years', periods: ['2025'] }
		]);
		const md = reportMarkdown(report);
		expect(md).toContain('**New months of postings.csv:** 2026-08');
		expect(md).toContain('**New years of wage-growth.csv:** 2025');
		expect(md).not.toContain('ai-share.csv');
	});

	it('lists the medians that moved, largest first, flagging a move outside the old 95% interval', () => {
		const report = changeReport(
			{ 'salaries.csv': salaries(uk(100000), us(200000)) },
			// UK +15% (to £115k, above the old interval's £110k); US −1% (inside $190k–$210k)
			{ 'salaries.csv': salaries(uk(115000), us(198000)) }
		);
		expect(report.moved).toEqual([
			{
				cell: 'ml_engineer strict local gb 2024 all',
				currency: 'GBP',
				before: 100000,
				after: 115000,
				change: 15000,
				relative: 0.15,
				outside: true
			},
			{
				cell: 'ai_engineer strict all us 2024 all',
				currency: 'USD',
				before: 200000,
				after: 198000,
				change: -2000,
				relative: -0.01,
				outside: false
			}
		]);
		const md = reportMarkdown(report);
		expect(md).toContain('## Medians that moved: 2, 1 outside their old 95% interval (⚠)');
		expect(md).toContain(
			'| ml_engineer strict local gb 2024 all | 100,000 GBP | 115,000 | +15.0% | ⚠ outside the old 95% interval |'
		);
		expect(md).toContain(
			'| ai_engineer strict all us 2024 all | 200,000 USD | 198,000 | -1.0% |  |'
		);
	});

	it('reports files that had no previous version as new, with nothing to compare', () => {
		const report = changeReport(
			{},
			{ 'salaries.csv': salaries(uk(100000)), 'ai-share.csv': market('2026-05') }
		);
		expect(report.files.map((f) => [f.file, f.created, f.added])).toEqual([
			['ai-share.csv', true, 1],
			['salaries.csv', true, 1]
		]);
		expect([report.newPeriods, report.moved, report.nowShown, report.nowWithheld]).toEqual([
			[],
			[],
			[],
			[]
		]);
	});

	it('names cells that became shown or withheld', () => {
		const report = changeReport(
			{ 'salaries.csv': salaries(uk(0, 'withheld'), us(200000)) },
			{ 'salaries.csv': salaries(uk(100000)) }
		);
		expect(report.nowShown).toEqual(['ml_engineer strict local gb 2024 all']);
		expect(report.nowWithheld).toEqual(['ai_engineer strict all us 2024 all']);
		expect(report.moved).toEqual([]);
	});
});
