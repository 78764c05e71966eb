/**
 * Numbers for humans: `$198k`, `£96.5k`, `+12%`, `2,293`. Figures use d3-format (SI notation with
 * a lower-case k, as the FT and OWID write it; thousands separators).
 *
 * Nothing here builds an `Intl` object on the way to a chart: the first one a page creates makes
 * Chromium load its ICU data, 25–50 ms of main-thread work on a laptop (four times that on a
 * phone), which alone would blow the page's blocking-time budget. The currency symbols are a
 * table instead, and a unit test holds it to what `Intl` writes for English.
 */
import { format } from 'd3-format';

const compact = format('.3~s');
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

/** The currency's usual English symbol: `$`, `£`, `€`, `CA$`, `A$`, `₹`; any other, its code. */
export function currencySymbol(currency: string): string {
	return CURRENCY_SYMBOL[currency] ?? `${currency} `;
}

/** `$197.5k` style: three significant figures, SI suffix (k, M), G shown as B. */
export function formatMoneyShort(value: number, currency = 'USD'): string {
	const sign = value < 0 ? '−' : '';
	return `${sign}${currencySymbol(currency)}${compact(Math.abs(value)).replace('G', 'B')}`;
}

/** `$197,500`: whole units, for tables and tooltips. */
export function formatMoneyFull(value: number, currency = 'USD'): string {
	const whole = grouped(Math.abs(value));
	return `${value < 0 && whole !== '0' ? '−' : ''}${currencySymbol(currency)}${whole}`;
}

/** `2,293` */
export function formatCount(value: number): string {
	return integer(value);
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

/** Relative gap of `b` over `a` in percent: (b − a) / a × 100. */
export function gapPct(a: number, b: number): number {
	return ((b - a) / a) * 100;
}
