/**
 * Numbers, months and lists for humans: `$198k`, `£96.5k`, `+12%`, `0.64%`, `2,293`, `Aug 2025`.
 * Figures use d3-format (SI notation with a lower-case k, as the FT and OWID write it; thousands
 * separators); rupees are written the Indian way, in lakh and crore (`₹8.5 lakh`, `₹1,72,00,000`).
 * Every figure on the site is written by one of these.
 *
 * Nothing here builds an `Intl` object on the way to a chart: the first one a page creates makes
 * Chromium load its ICU data, 25–50 ms of main-thread work on a laptop (four times that on a
 * phone), which alone would blow the page's blocking-time budget. Currency symbols and month names
 * are tables instead, and a unit test holds them to what `Intl` writes for English.
 */
import { format } from 'd3-format';
import { LOW_CONFIDENCE_BELOW, MIN_LISTINGS, partialUntil, POOLED, type Period } from '../domain';

const compact = format('.3~s');
const oneDecimal = format(',.1~f');
const grouped = format(',.0f');
const integer = format(',');

/** The usual English symbols (as `Intl` writes them for `en`) of the currencies regions use. */
export const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {
	USD: '$',
	EUR: '€',
	GBP: '£',
	CAD: 'CA$',
	AUD: 'A$',
	INR: '₹'
};

/** What the currencies regions use are called in a sentence: "pounds as advertised". */
const CURRENCY_NAME: Readonly<Record<string, string>> = {
	USD: 'US dollars',
	EUR: 'euros',
	GBP: 'pounds',
	CAD: 'Canadian dollars',
	AUD: 'Australian dollars',
	INR: 'rupees'
};

/** A currency's name in a sentence (its code where there is none in the table). */
export function currencyName(currency: string): string {
	return CURRENCY_NAME[currency] ?? currency;
}

/** The currency's usual English symbol: `$`, `£`, `€`, `CA$`, `A$`, `₹`; any other, its code. */
export function currencySymbol(currency: string): string {
	return CURRENCY_SYMBOL[currency] ?? `${currency} `;
}

const LAKH = 1e5;
const CRORE = 1e7;

/**
 * Digits grouped the Indian way: the last three, then pairs (`17200000` → `1,72,00,000`). By hand:
 * an `Intl` object would cost the browser its ICU data (see above).
 */
function indianGrouping(digits: string): string {
	return digits.replace(/\d(?=(\d\d)*\d{3}$)/g, '$&,');
}

/** `n` to three significant figures, as a plain number (`17.24` → 17.2, `99.96` → 100). */
const threeFigures = (n: number) => Number(n.toPrecision(3));

/**
 * Rupees as the Indian financial press writes them: under a lakh the whole amount (`95,000`), then
 * in lakh (`8.5 lakh`) and from a hundred lakh in crore (`1.72 crore`, `1,230 crore`), each to three
 * significant figures, as the other currencies' short form is.
 */
function rupeesShort(amount: number): string {
	if (Math.round(amount) < LAKH) return indianGrouping(amount.toFixed(0));
	const lakh = threeFigures(amount / LAKH);
	if (lakh < 100) return `${lakh} lakh`;
	const [whole, decimals] = String(threeFigures(amount / CRORE)).split('.');
	return `${indianGrouping(whole as string)}${decimals ? `.${decimals}` : ''} crore`;
}

/**
 * `$197.5k` style: three significant figures, SI suffix (k, M), G shown as B; rupees in lakh and
 * crore instead (`₹95,000`, `₹8.5 lakh`, `₹1.72 crore`: see `rupeesShort`).
 */
export function formatMoneyShort(value: number, currency = 'USD'): string {
	const amount = Math.abs(value);
	const figure = currency === 'INR' ? rupeesShort(amount) : compact(amount).replace('G', 'B');
	return `${value < 0 && figure !== '0' ? '−' : ''}${currencySymbol(currency)}${figure}`;
}

/** `$197,500`: whole units, for tables and tooltips; rupees grouped the Indian way (`₹1,72,00,000`). */
export function formatMoneyFull(value: number, currency = 'USD'): string {
	const amount = Math.abs(value);
	const whole = currency === 'INR' ? indianGrouping(amount.toFixed(0)) : grouped(amount);
	return `${value < 0 && whole !== '0' ? '−' : ''}${currencySymbol(currency)}${whole}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `nine` in prose up to ten, `2,293` above. */
export function formatCountWord(value: number): string {
	return WORDS[value] ?? formatCount(value);
}

/** An effective number of listings: `24.1`, `29` (one decimal, none when it is whole). */
export function formatNEff(value: number): string {
	return oneDecimal(value);
}

/** A value of an index (2023 = 100) as labels, tables and sentences print it: "254.3". */
export function formatIndex(value: number): string {
	return value.toFixed(1);
}

/** `2,293` */
export function formatCount(value: number): string {
	return integer(value);
}

/** `1 listing`, `2,293 listings`, `1 ML-engineer listing` with an adjective. */
export function formatListings(value: number, adjective = ''): string {
	return `${integer(value)} ${adjective ? `${adjective} ` : ''}${value === 1 ? 'listing' : 'listings'}`;
}

/**
 * An effective number of listings in words a reader knows: `about 38 independent`. Where rounding
 * would reach a threshold from below (under 10 pay is withheld, under 30 it is low confidence), to
 * one decimal rounded down, so 9.96 never reads as "about 10" nor 29.97 as "about 30".
 */
export function formatIndependent(nEff: number): string {
	const near = [MIN_LISTINGS, LOW_CONFIDENCE_BELOW].some((t) => nEff < t && Math.round(nEff) >= t);
	const n =
		nEff < MIN_LISTINGS || near
			? oneDecimal(Math.floor(nEff * 10) / 10)
			: integer(Math.round(nEff));
	return `about ${n} independent`;
}

/** `+12%`, `−19.8%`: a signed percentage with `digits` decimals (true minus sign). */
export function formatSignedPct(value: number, digits = 0): string {
	const rounded = value.toFixed(digits);
	if (Number(rounded) === 0) return `${(0).toFixed(digits)}%`;
	return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}%`;
}

let ordinalRule: Intl.PluralRules | undefined;
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** `1st`, `2nd`, `23rd`, `11th` (its `Intl` rules are built on first use: no chart needs them). */
export function formatOrdinal(n: number): string {
	ordinalRule ??= new Intl.PluralRules('en', { type: 'ordinal' });
	return `${n}${SUFFIX[ordinalRule.select(n)] ?? 'th'}`;
}

/**
 * `0.64%`, `12.3%`, `-0.50%` … a share or a gap in %: with `digits`, that many decimals; without,
 * two below 1 (where they matter) and one above, decided on the rounded value so 0.999 reads 1.0%.
 */
export function formatPct(value: number, digits?: number): string {
	// a share that would read 0.00% is not none: say how small it is
	if (value > 0 && value < 0.05 && (digits === undefined || digits < 2)) return 'under 0.1%';
	if (digits !== undefined) return `${value.toFixed(digits)}%`;
	const two = value.toFixed(2);
	return `${Math.abs(Number(two)) < 1 ? two : value.toFixed(1)}%`;
}

// English month names, as `Intl.DateTimeFormat('en', { month })` writes them (a unit test holds
// them to it): a table, for the same reason as the currency symbols
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `8` → `August`. */
export function monthName(month: number): string {
	return MONTHS[month - 1] ?? '';
}

/** `2025-08` → `Aug 2025`, or with `long`, `August 2025`. */
export function formatMonth(month: string, width: 'short' | 'long' = 'short'): string {
	const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? '';
	return `${width === 'long' ? name : name.slice(0, 3)} ${month.slice(0, 4)}`;
}

/**
 * A year as the site writes it: a partial year is named with the months its data covers,
 * `2025 (Jan–Aug)` in prose and `2025 (Jan–Aug only)` in a tooltip's title (an axis puts the
 * months on a second line: `yearTicks` in charts/plot.ts); a full year is just its number.
 */
export function formatYear(year: number, style: 'prose' | 'tooltip' = 'prose'): string {
	const months = partialMonths(year);
	if (months === null) return String(year);
	return style === 'prose' ? `${year} (${months})` : `${year} (${months} only)`;
}

/** The months a partial year's data covers ("Jan–Aug"), or null for a full year. */
export function partialMonths(year: number): string | null {
	const until = partialUntil(year);
	if (until === null) return null;
	return monthSpan(1, Number(until.slice(5, 7)));
}

/** Months `first` to `last` (1–12) as a label says them: "Jan–Aug", "Nov–Dec", "Jan". */
export function monthSpan(first: number, last: number): string {
	const short = (m: number) => MONTHS[m - 1]?.slice(0, 3) ?? '';
	return first === last ? short(first) : `${short(first)}–${short(last)}`;
}

/** The months a year's data covers: "Jan–Dec", or a partial year's ("Jan–Aug"), for a table. */
export function monthsCovered(year: number): string {
	return partialMonths(year) ?? 'Jan–Dec';
}

/**
 * A period as the site writes it: a year as `formatYear` does, the pooled window as `2023–2025`;
 * in a choice of periods (a select, where room is short), `2023–25 pooled`.
 */
export function formatPeriod(period: Period, style: 'prose' | 'tooltip' | 'choice' = 'prose') {
	if (period === POOLED.id) {
		const [first, last] = [POOLED.years[0], POOLED.years.at(-1) as number];
		return style === 'choice' ? `${first}–${last % 100} pooled` : `${first}–${last}`;
	}
	return formatYear(period, style === 'choice' ? 'prose' : style);
}

/** A cell's country mix as it reads: `DE:8 FR:2` → `DE 8, FR 2`. */
export function formatMix(mix: string): string {
	return mix
		.split(' ')
		.map((pair) => {
			const [country, n] = pair.split(':');
			return `${country} ${formatCount(Number(n))}`;
		})
		.join(', ');
}

/** Joins names as English prose: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[], and: 'and' | 'or' = 'and'): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** A region's name as it reads after "in": "the United Kingdom", "Spain". */
export function inName(name: string): string {
	return /^(United |European |Netherlands)/.test(name) ? `the ${name}` : name;
}
