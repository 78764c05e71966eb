/**
 * The sentence a dashboard page shows when its address asks for filter values the page does not
 * offer (see `readControls`): "No level ‘ZZ’ or currency ‘XXX’; showing all levels in pounds."
 * A module of its own, so that the page loads it only when there is something to say.
 */
import { LEVEL_LABEL, POOLED } from '../domain';
import type { Controls, Rejected } from './filters';
import { currencyName, formatPeriod, listNames } from './format';

/** What the notice calls each filter. */
const FILTER_NAME: Readonly<Record<keyof Controls, string>> = {
	level: 'level',
	def: 'job-title definition',
	basis: 'pay basis',
	period: 'period',
	currency: 'currency'
};

/** At most this many characters of a value the page does not offer are quoted back. */
export const QUOTE_LENGTH = 20;

/**
 * A value as the notice quotes it: control and invisible formatting characters (a line break, a
 * right-to-left override) dropped, runs of spaces made one, and cut at `QUOTE_LENGTH` characters.
 * It is text, never HTML: the page writes it as text.
 */
function quote(value: string): string {
	const chars = Array.from(value.replace(/\p{C}+/gu, '').replace(/\s+/gu, ' '));
	const cut =
		chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : chars.join('');
	return `‘${cut}’`;
}

/**
 * The one sentence that says which values in the address the page does not offer, and what it
 * shows instead ('' when there are none); it reads best with them in `readControls`'s order.
 *
 * @example
 * fallbackNotice([{ key: 'level', value: 'ZZ', shown: 'all' }, { key: 'currency', value: 'XXX', shown: 'GBP' }])
 * // 'No level ‘ZZ’ or currency ‘XXX’; showing all levels in pounds.'
 */
export function fallbackNotice(rejected: readonly Rejected[]): string {
	if (rejected.length === 0) return '';
	const asked = listNames(
		rejected.map((r) => `${FILTER_NAME[r.key]} ${quote(r.value)}`),
		'or'
	);
	const things: string[] = [];
	let when = '';
	let money = '';
	for (const r of rejected)
		if (r.key === 'level')
			things.push(r.shown === 'all' ? 'all levels' : `${LEVEL_LABEL[r.shown].toLowerCase()} level`);
		else if (r.key === 'def') things.push(`${r.shown} job titles`);
		else if (r.key === 'basis')
			things.push(r.shown === 'local' ? 'pay as advertised' : 'converted pay from all listings');
		else if (r.key === 'period')
			when = `${r.shown === POOLED.id ? ' pooled over' : ' for'} ${formatPeriod(r.shown)}`;
		else money = ` in ${currencyName(r.shown)}`;
	return `No ${asked}; showing ${listNames(things) || 'figures'}${when}${money}.`;
}
