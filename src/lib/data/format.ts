/**
 * Numbers for humans: `$198k`, `£96.5k`, `+12%`, `2,293`. Compact figures use d3-format's SI
 * notation (lower-case k, as the FT and OWID write it); currency symbols come from `Intl`.
 */
import { format } from 'd3-format';

const compact = format('.3~s');
const symbols = new Map<string, string>();

/** The currency's usual English symbol: `$`, `£`, `€`, `CA$`, `A$`, `₹`. */
export function currencySymbol(currency: string): string {
	let symbol = symbols.get(currency);
	if (symbol === undefined) {
		const parts = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0);
		symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
		symbols.set(currency, symbol);
	}
	return symbol;
}

/** `$197.5k` style: three significant figures, SI suffix (k, M), G shown as B. */
export function formatMoneyShort(value: number, currency = 'USD'): string {
	const sign = value < 0 ? '−' : '';
	return `${sign}${currencySymbol(currency)}${compact(Math.abs(value)).replace('G', 'B')}`;
}

/** `$197,500`: whole units, for tables and tooltips. */
export function formatMoneyFull(value: number, currency = 'USD'): string {
	return new Intl.NumberFormat('en', {
		style: 'currency',
		currency,
		maximumFractionDigits: 0
	}).format(value);
}

const integer = new Intl.NumberFormat('en');

/** `2,293` */
export function formatCount(value: number): string {
	return integer.format(value);
}

/** `+12%`, `−19.8%`: a signed percentage with `digits` decimals (true minus sign). */
export function formatSignedPct(value: number, digits = 0): string {
	const rounded = value.toFixed(digits);
	if (Number(rounded) === 0) return `${(0).toFixed(digits)}%`;
	return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}%`;
}

const ordinalRule = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** `1st`, `2nd`, `23rd`, `11th` */
export function formatOrdinal(n: number): string {
	return `${n}${SUFFIX[ordinalRule.select(n)] ?? 'th'}`;
}

/** Relative gap of `b` over `a` in percent: (b − a) / a × 100. */
export function gapPct(a: number, b: number): number {
	return ((b - a) / a) * 100;
}
