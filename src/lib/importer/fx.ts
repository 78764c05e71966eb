/**
 * Yearly exchange rates, in US dollars per unit of a currency:
 *
 * - the market rate: the annual mean of the US Federal Reserve's monthly averages (H.10, which
 *   publishes units of the currency per US dollar: the rate is 1 / that mean), for every currency
 *   and year H.10 covers (`FedRates`);
 * - the salary index's own rate: the median of `salary_in_usd / salary` over a currency's rows in a
 *   year (`FxAccumulator`). The publisher converted every row with one round rate per currency and
 *   year (GBP 2024 = 1.25 exactly), so the median recovers it. It is used only where H.10 has no
 *   rate (PLN, PHP, CZK, HUF, ILS, TRY), and shown beside the market rate everywhere else.
 *
 * Both are rounded to 8 significant figures, and conversions use the rounded rates, so anyone can
 * redo a conversion from fx.csv alone.
 *
 * Index ratios are kept per currency and year as runs of equal values in typed arrays: every USD
 * row has the ratio 1 and many others repeat their neighbour's, so a run costs one entry and a
 * million rows no more than a few megabytes, without a hash-map entry per distinct ratio.
 */
import { roundSignificant } from '../data/round';
import type { FxRow } from '../data/schema';
import { weightedMedian } from './median';

/** The rate of a currency in a year from the salary index's own conversions, and its rows. */
export interface IndexRate {
	currency: string;
	year: number;
	usd_per_unit: number;
	rows: number;
}

/** Runs of equal ratios in arrival order: `ratios[i]` occurred `counts[i]` times in a row. */
class RatioRuns {
	ratios = new Float64Array(16);
	counts = new Uint32Array(16);
	length = 0;

	add(ratio: number): void {
		const last = this.length - 1;
		if (last >= 0 && this.ratios[last] === ratio) {
			this.counts[last]!++;
			return;
		}
		if (this.length === this.ratios.length) {
			const ratios = new Float64Array(this.length * 2);
			const counts = new Uint32Array(this.length * 2);
			ratios.set(this.ratios);
			counts.set(this.counts);
			this.ratios = ratios;
			this.counts = counts;
		}
		this.ratios[this.length] = ratio;
		this.counts[this.length++] = 1;
	}
}

export class FxAccumulator {
	/** currency → year → ratios */
	private readonly runs = new Map<string, Map<number, RatioRuns>>();

	/** Consecutive rows mostly share currency and year: remember the last pair's runs. */
	private lastCurrency = '';
	private lastYear = NaN;
	private last: RatioRuns | null = null;

	add(currency: string, year: number, salary: number, salaryUsd: number): void {
		let runs = this.last;
		if (runs === null || currency !== this.lastCurrency || year !== this.lastYear) {
			runs = this.runsOf(currency, year);
			this.last = runs;
			this.lastCurrency = currency;
			this.lastYear = year;
		}
		runs.add(salaryUsd / salary);
	}

	private runsOf(currency: string, year: number): RatioRuns {
		let byYear = this.runs.get(currency);
		if (!byYear) this.runs.set(currency, (byYear = new Map()));
		let runs = byYear.get(year);
		if (!runs) byYear.set(year, (runs = new RatioRuns()));
		return runs;
	}

	/** One rate per currency and year seen, sorted by currency then year. */
	rows(): IndexRate[] {
		const rows: IndexRate[] = [];
		for (const currency of [...this.runs.keys()].sort())
			for (const [year, runs] of [...(this.runs.get(currency) ?? [])].sort((a, b) => a[0] - b[0])) {
				const ratios = runs.ratios.subarray(0, runs.length);
				const counts = runs.counts.subarray(0, runs.length);
				let n = 0;
				for (const c of counts) n += c;
				rows.push({
					currency,
					year,
					usd_per_unit: roundSignificant(weightedMedian(ratios, counts) as number, 8),
					rows: n
				});
			}
		return rows;
	}
}

/**
 * The H.10 series names of `monthly.csv` and their ISO 4217 codes; null for the currencies the
 * euro replaced (their series stop in 2001).
 */
export const FED_SERIES: Readonly<Record<string, string | null>> = {
	Australia: 'AUD',
	Brazil: 'BRL',
	Canada: 'CAD',
	China: 'CNY',
	Denmark: 'DKK',
	Euro: 'EUR',
	'Hong Kong': 'HKD',
	India: 'INR',
	Japan: 'JPY',
	Malaysia: 'MYR',
	Mexico: 'MXN',
	'New Zealand': 'NZD',
	Norway: 'NOK',
	Singapore: 'SGD',
	'South Africa': 'ZAR',
	'South Korea': 'KRW',
	'Sri Lanka': 'LKR',
	Sweden: 'SEK',
	Switzerland: 'CHF',
	Taiwan: 'TWD',
	Thailand: 'THB',
	'United Kingdom': 'GBP',
	Venezuela: 'VES',
	Austria: null,
	Belgium: null,
	Finland: null,
	France: null,
	Germany: null,
	Greece: null,
	Ireland: null,
	Italy: null,
	Netherlands: null,
	Portugal: null,
	Spain: null
};

/** Market rates from the Federal Reserve's monthly averages: annual means, per currency and year. */
export class FedRates {
	/** currency → year → [sum of units per USD, months] */
	private readonly months = new Map<string, Map<number, [number, number]>>();

	/** One monthly value: `month` as YYYY-MM(-DD), `series` an H.10 name, `unitsPerUsd` as published. */
	add(month: string, series: string, unitsPerUsd: number): void {
		const currency = FED_SERIES[series];
		if (!currency) return;
		const year = Number(month.slice(0, 4));
		let byYear = this.months.get(currency);
		if (!byYear) this.months.set(currency, (byYear = new Map()));
		const sum = byYear.get(year);
		if (sum) {
			sum[0] += unitsPerUsd;
			sum[1]++;
		} else byYear.set(year, [unitsPerUsd, 1]);
	}

	/** US dollars per unit of `currency` in `year` (1 / the annual mean), or null if H.10 has none. */
	rate(currency: string, year: number): number | null {
		if (currency === 'USD') return 1;
		const sum = this.months.get(currency)?.get(year);
		return sum ? roundSignificant(sum[1] / sum[0], 8) : null;
	}

	/** The months behind a year's rate (12 for a full year). */
	monthsIn(currency: string, year: number): number {
		return this.months.get(currency)?.get(year)?.[1] ?? 0;
	}
}

/**
 * fx.csv: for each currency and year the salary index has rows in, and each display currency in
 * every year of the data, the market rate (or, where H.10 has none, the index's own), the index's
 * own rate beside it, and the rows behind that. USD is 1 and has no rows here. A currency-year
 * with neither rate (a display currency in a year before H.10 or the index has it) has no row:
 * pages then show that year at the nearest year's rate (`rateFor`).
 */
export function fxTable(
	fed: FedRates,
	index: readonly IndexRate[],
	display: { currencies: readonly string[]; years: readonly number[] }
): FxRow[] {
	const keys = new Map<string, { currency: string; year: number }>();
	const key = (currency: string, year: number) => `${currency} ${year}`;
	for (const r of index) keys.set(key(r.currency, r.year), r);
	for (const currency of display.currencies)
		for (const year of display.years) keys.set(key(currency, year), { currency, year });
	const rows: FxRow[] = [];
	for (const { currency, year } of keys.values()) {
		if (currency === 'USD') continue;
		const own = index.find((r) => r.currency === currency && r.year === year) ?? null;
		const market = fed.rate(currency, year);
		const usd = market ?? own?.usd_per_unit;
		if (usd === undefined) continue;
		rows.push({
			currency,
			year,
			usd_per_unit: usd,
			source: market === null ? 'salary_index' : 'federal_reserve_h10',
			index_usd_per_unit: own?.usd_per_unit ?? null,
			rows: own?.rows ?? 0
		});
	}
	return rows.sort((a, b) => a.currency.localeCompare(b.currency) || a.year - b.year);
}
