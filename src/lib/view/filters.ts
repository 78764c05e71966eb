/**
 * The dashboard's filters and their URL form (`?level=SE&basis=all&period=2023-2025`). Parsing
 * never fails: an unknown or missing value falls back to the region's default, so any link opens a
 * working page. Defaults are left out of the URL, so the plain page address is the default view.
 *
 * A region opens at its own defaults (see opening.ts): a country in its own currency as
 * advertised, the pooled window where its latest year cannot show both roles. The currency is a
 * display choice and never changes the basis (which listings are counted): in the `local` basis
 * another currency shows the same listings, as advertised, converted for display at the market
 * rate.
 *
 * An unknown value is not dropped in silence, though: `readControls` also lists what it could not
 * read, and `fallbackNotice` (in filterNotice.ts) says in one sentence what the page shows instead.
 *
 * @example
 * parseControls(new URLSearchParams('level=SE&currency=xyz'), uk)
 * // { level: 'SE', currency: 'GBP', def: 'strict', basis: 'local', period: 2024 }
 */
import {
	BASES,
	currencyChoices,
	DEFINITION_LABEL,
	DEFINITIONS,
	LEVEL_CHOICES,
	LEVEL_LABEL,
	POOLED,
	type Basis,
	type Definition,
	type LevelChoice,
	type Period
} from '../domain';
import { openingControls } from '../data/opening';
import { currencySymbol, formatPeriod } from './format';

export interface Controls {
	level: LevelChoice;
	currency: string;
	def: Definition;
	basis: Basis;
	period: Period;
}

/** What a region's filters depend on: its currency, how it opens, and the periods it offers. */
export interface FilterRegion {
	currency: string;
	basis: Basis;
	period: Period;
}

/** The periods every page offers: the latest full year and the pooled window. */
export const periodChoices = (latestYear: number): Period[] => [latestYear, POOLED.id];

/** The view a region's page opens on (decided in opening.ts, for the build and the browser). */
export function defaultControls(region: FilterRegion): Controls {
	return openingControls(region);
}

const oneOf = <T extends string | number>(
	choices: readonly T[],
	value: string | null | undefined
) => choices.find((c) => String(c) === value) ?? null;

/**
 * A filter value in the address that the page does not offer (`level=ZZ`), as it was written, and
 * what the page shows instead.
 */
export type Rejected = {
	[K in keyof Controls]: { key: K; value: string; shown: Controls[K] };
}[keyof Controls];

/** The filters in the order the address and the notice name them. */
const KEYS = ['level', 'def', 'basis', 'period', 'currency'] as const;

/**
 * The filters an address asks for, and the values in it the page does not offer (an empty value is
 * as good as none; a parameter that is not a filter, such as `utm_source`, is not looked at).
 *
 * @example
 * readControls(new URLSearchParams('level=ZZ'), uk, 2024).rejected
 * // [{ key: 'level', value: 'ZZ', shown: 'all' }]
 */
export function readControls(
	params: URLSearchParams,
	region: FilterRegion,
	latestYear: number
): { controls: Controls; rejected: Rejected[] } {
	const fallback = defaultControls(region);
	const bad = new Map<keyof Controls, string>();
	const pick = <T extends string | number>(
		key: keyof Controls,
		choices: readonly T[],
		as: (value: string) => string = String
	) => {
		const value = params.get(key);
		if (!value) return null;
		const found = oneOf(choices, as(value));
		if (found === null) bad.set(key, value);
		return found;
	};
	// a currency may be written in lower case (`gbp`)
	const currency = pick('currency', currencyChoices(region.currency), (v) => v.toUpperCase());
	// the currency is a display choice: it never changes which listings are counted (the basis)
	const basis = pick('basis', BASES) ?? fallback.basis;
	const controls: Controls = {
		level: pick('level', LEVEL_CHOICES) ?? fallback.level,
		currency: currency ?? fallback.currency,
		def: pick('def', DEFINITIONS) ?? fallback.def,
		basis,
		period: pick('period', periodChoices(latestYear)) ?? fallback.period
	};
	const rejected = KEYS.flatMap((key) => {
		const value = bad.get(key);
		return value === undefined ? [] : [{ key, value, shown: controls[key] } as Rejected];
	});
	return { controls, rejected };
}

/** The filters an address asks for (see `readControls`). */
export function parseControls(
	params: URLSearchParams,
	region: FilterRegion,
	latestYear: number
): Controls {
	return readControls(params, region, latestYear).controls;
}

/** Whether `controls` are the region's opening view (the page's plain address). */
export const isOpeningView = (controls: Controls, region: FilterRegion): boolean =>
	controlsQuery(controls, region) === '';

/** `?level=SE&basis=all` — only what differs from the region's defaults; '' for the default view. */
export function controlsQuery(controls: Controls, region: FilterRegion): string {
	const fallback = defaultControls(region);
	const params = new URLSearchParams();
	for (const key of KEYS)
		if (controls[key] !== fallback[key]) params.set(key, String(controls[key]));
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Moving to another region keeps the level and definition, and the basis and period where the
 * reader chose them (not where they were only the old region's defaults); the currency is kept
 * only when it is one the new region offers and is not simply the old region's own (so a GB page
 * in GBP opens the US page in USD, but GB in EUR opens the US page in EUR).
 */
export function controlsForRegion(
	controls: Controls,
	from: FilterRegion,
	to: FilterRegion
): Controls {
	const toDefaults = defaultControls(to);
	const chosen = <K extends 'basis' | 'period'>(key: K) =>
		controls[key] !== from[key] ? controls[key] : toDefaults[key];
	const basis = chosen('basis');
	// the currency is a display choice: kept on either basis where the new region offers it
	const keepCurrency =
		controls.currency !== from.currency && currencyChoices(to.currency).includes(controls.currency);
	return {
		...controls,
		basis,
		period: chosen('period'),
		currency: keepCurrency ? controls.currency : to.currency
	};
}

/** One filter as the toolbar shows it: a labelled select with its options. */
export interface FilterField {
	name: keyof Controls;
	label: string;
	value: string;
	options: { value: string; label: string }[];
}

/** The toolbar's selects, in order: period, pay basis, level, currency, job titles. */
export function filterFields(
	controls: Controls,
	region: FilterRegion,
	latestYear: number
): FilterField[] {
	const local = region.currency;
	const field = (
		name: keyof Controls,
		label: string,
		options: { value: string | number; label: string }[]
	): FilterField => ({
		name,
		label,
		value: String(controls[name]),
		options: options.map((o) => ({ value: String(o.value), label: o.label }))
	});
	return [
		field(
			'period',
			'Period',
			periodChoices(latestYear).map((p) => ({ value: p, label: formatPeriod(p, 'choice') }))
		),
		field('basis', 'Pay', [
			{ value: 'local', label: 'As advertised' },
			{ value: 'all', label: 'All, converted' }
		]),
		field(
			'level',
			'Level',
			LEVEL_CHOICES.map((l) => ({ value: l, label: LEVEL_LABEL[l] }))
		),
		// as advertised, the figures are in the region's own currency; another one converts them
		field(
			'currency',
			'Currency',
			currencyChoices(local).map((c) => ({ value: c, label: `${c} (${currencySymbol(c)})` }))
		),
		field(
			'def',
			'Job titles',
			// "Job titles: Strict": the field's label says titles, and the toolbar is short of room
			DEFINITIONS.map((d) => ({ value: d, label: DEFINITION_LABEL[d].split(' ')[0] as string }))
		)
	];
}

/**
 * The view the toolbar's selects make, in a line for the toolbar folded on a phone: each choice
 * as its option reads, the currency and job titles only where they are not the region's defaults.
 *
 * @example
 * filterLine(filterFields(defaultControls(uk), uk, 2024), uk)
 * // '2023–25 pooled · as advertised · all levels'
 */
export function filterLine(fields: readonly FilterField[], region: FilterRegion): string {
	const defaults = defaultControls(region);
	return fields
		.filter((f) => !['currency', 'def'].includes(f.name) || f.value !== String(defaults[f.name]))
		.map((f) => {
			if (f.name === 'currency') return `in ${f.value}`;
			const label = f.options.find((o) => o.value === f.value)?.label ?? f.value;
			const lower = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
			return f.name === 'def' ? `${lower} titles` : lower;
		})
		.join(' · ');
}

/**
 * Every filter state a region's page can be in, each once: every combination of the toolbar's
 * options, as a link would ask for it (each currency on either basis).
 */
export function everyControls(region: FilterRegion, latestYear: number): Controls[] {
	const fields = filterFields(defaultControls(region), region, latestYear);
	let queries: URLSearchParams[] = [new URLSearchParams()];
	for (const field of fields)
		queries = queries.flatMap((q) =>
			field.options.map((o) => new URLSearchParams([...q, [field.name, o.value]]))
		);
	const states = new Map<string, Controls>();
	for (const q of queries) {
		const controls = parseControls(q, region, latestYear);
		states.set(controlsQuery(controls, region), controls);
	}
	return [...states.values()];
}

/** The controls with one filter set from a select's value (an unknown value changes nothing). */
export function withFilter(
	controls: Controls,
	name: keyof Controls,
	value: string,
	region: FilterRegion,
	latestYear: number
): Controls {
	const params = new URLSearchParams(controlsQuery(controls, region));
	params.set(name, value);
	return parseControls(params, region, latestYear);
}
