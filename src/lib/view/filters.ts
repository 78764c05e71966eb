/**
 * The dashboard's filters and their URL form (`?level=SE&currency=GBP&def=broad`). Parsing never
 * fails: an unknown or missing value falls back to the default, so any link opens a working page.
 * Defaults are left out of the URL, so the plain page address is the default view.
 *
 * @example
 * parseControls(new URLSearchParams('level=SE&currency=xyz'), 'GBP')
 * // { level: 'SE', currency: 'GBP', def: 'strict' }: the unknown currency falls back
 */
import {
	currencyChoices,
	DEFINITION_LABEL,
	DEFINITIONS,
	LEVEL_CHOICES,
	LEVEL_LABEL,
	type Definition,
	type LevelChoice
} from '../domain';
import { currencySymbol } from './format';

export interface Controls {
	level: LevelChoice;
	currency: string;
	def: Definition;
}

/** The default view of a region: all levels, its own currency, strict titles. */
export function defaultControls(localCurrency: string): Controls {
	return { level: 'all', currency: localCurrency, def: 'strict' };
}

const oneOf = <T extends string>(choices: readonly T[], value: string | null | undefined) =>
	(choices as readonly (string | null | undefined)[]).includes(value) ? (value as T) : null;

export function parseControls(params: URLSearchParams, localCurrency: string): Controls {
	const fallback = defaultControls(localCurrency);
	return {
		level: oneOf(LEVEL_CHOICES, params.get('level')) ?? fallback.level,
		currency:
			oneOf(currencyChoices(localCurrency), params.get('currency')?.toUpperCase()) ??
			fallback.currency,
		def: oneOf(DEFINITIONS, params.get('def')) ?? fallback.def
	};
}

/** `?level=SE&currency=GBP` — only what differs from the region's defaults; '' for the default view. */
export function controlsQuery(controls: Controls, localCurrency: string): string {
	const fallback = defaultControls(localCurrency);
	const params = new URLSearchParams();
	for (const key of ['level', 'currency', 'def'] as const)
		if (controls[key] !== fallback[key]) params.set(key, controls[key]);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Moving to another region keeps the level and definition; the currency is kept only when it is
 * one the new region offers and is not simply the old region's local default (so a GB page in
 * GBP opens the US page in USD, but GB in EUR opens the US page in EUR).
 */
export function controlsForRegion(
	controls: Controls,
	fromCurrency: string,
	toCurrency: string
): Controls {
	const keepCurrency =
		controls.currency !== fromCurrency && currencyChoices(toCurrency).includes(controls.currency);
	return { ...controls, currency: keepCurrency ? controls.currency : toCurrency };
}

/** One filter as the toolbar shows it: a labelled select with its options. */
export interface FilterField {
	name: keyof Controls;
	label: string;
	value: string;
	options: { value: string; label: string }[];
}

/** The toolbar's three selects, in order: level, currency, job titles. */
export function filterFields(controls: Controls, localCurrency: string): FilterField[] {
	return [
		{
			name: 'level',
			label: 'Level',
			value: controls.level,
			options: LEVEL_CHOICES.map((l) => ({ value: l, label: LEVEL_LABEL[l] }))
		},
		{
			name: 'currency',
			label: 'Currency',
			value: controls.currency,
			options: currencyChoices(localCurrency).map((c) => ({
				value: c,
				label: `${c} (${currencySymbol(c)})`
			}))
		},
		{
			name: 'def',
			label: 'Job titles',
			value: controls.def,
			options: DEFINITIONS.map((d) => ({ value: d, label: DEFINITION_LABEL[d] }))
		}
	];
}

/** The controls with one filter set from a select's value (an unknown value changes nothing). */
export function withFilter(
	controls: Controls,
	name: keyof Controls,
	value: string,
	localCurrency: string
): Controls {
	const params = new URLSearchParams(controlsQuery(controls, localCurrency));
	params.set(name, value);
	return parseControls(params, localCurrency);
}
