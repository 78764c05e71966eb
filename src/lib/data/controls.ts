/**
 * The dashboard's filters and their URL form (`?level=SE&currency=GBP&def=broad`). Parsing never
 * fails: an unknown or missing value falls back to the default, so any link opens a working page.
 * Defaults are left out of the URL, so the plain page address is the default view.
 */
import { DEFINITIONS, LEVELS, type Definition, type Level } from './schema';

export type LevelChoice = Level | 'all';

export interface Controls {
	level: LevelChoice;
	currency: string;
	def: Definition;
}

export const LEVEL_CHOICES: readonly LevelChoice[] = ['all', ...LEVELS];

export const LEVEL_LABEL: Record<LevelChoice, string> = {
	all: 'All levels',
	EN: 'Entry',
	MI: 'Mid',
	SE: 'Senior',
	EX: 'Executive'
};

export const DEFINITION_LABEL: Record<Definition, string> = {
	strict: 'Strict titles',
	broad: 'Broad titles'
};

/** USD, the region's own currency, GBP and EUR, without repeats, in that order. */
export function currencyChoices(localCurrency: string): string[] {
	return [...new Set(['USD', localCurrency, 'GBP', 'EUR'])];
}

/** The default view of a region: all levels, its own currency, strict titles. */
export function defaultControls(localCurrency: string): Controls {
	return { level: 'all', currency: localCurrency, def: 'strict' };
}

export function parseControls(params: URLSearchParams, localCurrency: string): Controls {
	const fallback = defaultControls(localCurrency);
	const level = params.get('level');
	const currency = params.get('currency')?.toUpperCase() ?? null;
	const def = params.get('def');
	return {
		level: (LEVEL_CHOICES as readonly string[]).includes(level ?? '')
			? (level as LevelChoice)
			: fallback.level,
		currency:
			currency !== null && currencyChoices(localCurrency).includes(currency)
				? currency
				: fallback.currency,
		def: (DEFINITIONS as readonly string[]).includes(def ?? '') ? (def as Definition) : fallback.def
	};
}

/** `?level=SE&currency=GBP` — only what differs from the region's defaults; '' for the default view. */
export function controlsQuery(controls: Controls, localCurrency: string): string {
	const fallback = defaultControls(localCurrency);
	const params = new URLSearchParams();
	if (controls.level !== fallback.level) params.set('level', controls.level);
	if (controls.currency !== fallback.currency) params.set('currency', controls.currency);
	if (controls.def !== fallback.def) params.set('def', controls.def);
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
