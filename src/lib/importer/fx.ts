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
import { DataError } from '../data/validate';
import type { FxRow } from '../data/schema';
import { weightedMedian } from './median';

/** The rate of a currency in a year from the salary index's own conversions, its rows and listings. */
export interface IndexRate {
	currency: string;
	year: number;
	usd_per_unit: number;
	rows: number;
	listings: number;
}

/** Runs of equal ratios in arrival order: `ratios[i]` occurred `counts[i]` times in a row. */
class RatioRuns {
	ratios = new Float64Array(16);
	counts = new Uint32Array(16);
	length = 0;
	/** the listings (a range pair or a single row) these rows make */
	listings = 0;

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

	/** One row of the salary index. */
	add(currency: string, year: number, salary: number, salaryUsd: number): void {
		this.runsFor(currency, year).add(salaryUsd / salary);
	}

	/** One listing of the salary index (its rows went through `add`). */
	listing(currency: string, year: number): void {
		this.runsFor(currency, year).listings++;
	}

	private runsFor(currency: string, year: number): RatioRuns {
		let runs = this.last;
		if (runs === null || currency !== this.lastCurrency || year !== this.lastYear) {
			runs = this.runsOf(currency, year);
			this.last = runs;
			this.lastCurrency = currency;
			this.lastYear = year;
		}
		return runs;
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
					rows: n,
					listings: runs.listings
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

/** The currencies H.10 publishes, each with its series name in `monthly.csv`. */
const SERIES_OF: ReadonlyMap<string, string> = new Map(
	Object.entries(FED_SERIES).flatMap(([series, code]) => (code ? [[code, series]] : []))
);

/**
 * A market rate more than this far from the salary index's own rate (as a share of the index's) is
 * taken for a typo, a unit error or a rate given the wrong way round: on today's data the two differ
 * by at most 6.7%; a flipped pound is 38% off.
 */
export const MAX_RATE_GAP = 0.2;
/** The index's own rate is a yardstick only where this many listings of the currency-year back it. */
export const MIN_INDEX_LISTINGS = 20;

/** One currency-year of H.10: the months as they arrive, and each month's value and line. */
interface FedYear {
	/** the sum of the units per USD in file order, as the annual mean is taken */
	sum: number;
	months: number;
	/** by month (1–12): the published value, and its line in the file (0 where absent) */
	values: Float64Array;
	lines: Int32Array;
}

/**
 * Market rates from the Federal Reserve's monthly averages: annual means, per currency and year.
 * A month given twice is an error as it is read (`add`); whether every rate the import needs is
 * complete and plausible is checked once all is read (`check`).
 */
export class FedRates {
	/** currency → year → its months */
	private readonly years = new Map<string, Map<number, FedYear>>();

	/** `file` names the file in errors. */
	constructor(readonly file: string) {}

	/**
	 * One monthly value: `month` as YYYY-MM(-DD), `series` an H.10 name, `unitsPerUsd` as published,
	 * on `line` of the file.
	 */
	add(month: string, series: string, unitsPerUsd: number, line: number): void {
		const currency = FED_SERIES[series];
		if (!currency) return;
		const year = Number(month.slice(0, 4));
		const m = Number(month.slice(5, 7));
		let byYear = this.years.get(currency);
		if (!byYear) this.years.set(currency, (byYear = new Map()));
		let months = byYear.get(year);
		if (!months)
			byYear.set(
				year,
				(months = { sum: 0, months: 0, values: new Float64Array(13), lines: new Int32Array(13) })
			);
		const first = months.lines[m] as number;
		if (first !== 0)
			throw new DataError(
				this.file,
				line,
				'Date',
				`${series} ${month.slice(0, 7)} appears again (first on line ${first}), expected one rate per currency and month`
			);
		months.values[m] = unitsPerUsd;
		months.lines[m] = line;
		months.sum += unitsPerUsd;
		months.months++;
	}

	/** US dollars per unit of `currency` in `year` (1 / the annual mean), or null if H.10 has none. */
	rate(currency: string, year: number): number | null {
		if (currency === 'USD') return 1;
		const months = this.years.get(currency)?.get(year);
		return months ? roundSignificant(months.months / months.sum, 8) : null;
	}

	/** The months behind a year's rate (12 for a full year). */
	monthsIn(currency: string, year: number): number {
		return this.years.get(currency)?.get(year)?.months ?? 0;
	}

	/**
	 * Checks every rate the import will use, before any is used. For each currency-year in `needed`
	 * that H.10 publishes: every month from January to `throughMonth(year)` is there (a year's rate
	 * is the mean of its months: a gap, or a file cut short, would silently make it the mean of
	 * fewer); and where the salary index has at least `MIN_INDEX_LISTINGS` listings of it, the
	 * market rate lies within `MAX_RATE_GAP` of the index's own rate. Throws a `DataError` naming
	 * the currency and month, or the line of the month furthest from the index's rate, and both rates.
	 */
	check(
		needed: Iterable<{ currency: string; year: number }>,
		index: readonly IndexRate[],
		throughMonth: (year: number) => number
	): void {
		for (const { currency, year } of needed) {
			const series = SERIES_OF.get(currency);
			if (series === undefined) continue;
			const months = this.years.get(currency)?.get(year);
			const last = throughMonth(year);
			for (let m = 1; m <= last; m++)
				if (!months || months.lines[m] === 0)
					throw new DataError(
						this.file,
						null,
						`${currency} ${year}-${String(m).padStart(2, '0')}`,
						`no rate in the "${series}" series, expected every month of ${year} through ${year}-${String(last).padStart(2, '0')} (a year's rate is the mean of its months)`
					);
			const own = index.find((r) => r.currency === currency && r.year === year);
			const market = this.rate(currency, year) as number;
			if (!months || !own || own.listings < MIN_INDEX_LISTINGS) continue;
			if (Math.abs(market / own.usd_per_unit - 1) <= MAX_RATE_GAP) continue;
			// the month to look at first: the one whose own rate is furthest from the index's
			let worst = 0;
			let furthest = -1;
			for (let m = 1; m <= 12; m++) {
				if (months.lines[m] === 0) continue;
				const off = Math.abs(Math.log(1 / (months.values[m] as number) / own.usd_per_unit));
				if (off > furthest) [worst, furthest] = [m, off];
			}
			const gap = Math.abs(market / own.usd_per_unit - 1) * 100;
			throw new DataError(
				this.file,
				months.lines[worst] as number,
				'Exchange rate',
				`${currency} ${year}-${String(worst).padStart(2, '0')} is ${short(months.values[worst] as number)} ${currency} per USD, so ${year}'s market rate is ${short(market)} USD per ${currency}, ${gap < 1000 ? gap.toFixed(0) : '>999'}% ${market < own.usd_per_unit ? 'below' : 'above'} the salary index's own ${short(own.usd_per_unit)} (${own.listings} listings), expected within ${MAX_RATE_GAP * 100}%: a typo, a unit error or a rate given as USD per ${currency}?`
			);
		}
	}
}

/** A rate to 4 significant figures, for a message. */
const short = (x: number) => String(Number(x.toPrecision(4)));

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
