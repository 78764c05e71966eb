/**
 * The dashboard's parts whose code the browser loads when they are about to be hydrated, not with
 * the page (see `$lib/island/lazy`): parts far below the fold that work as the server rendered
 * them until then. The claim checks, the data section and the citation are text, tables and
 * links; where your pay would sit keeps its field disabled until it is hydrated (its table opens
 * without a script). Each pays for its own chunk: the four are about 4 KB gzip of a page's first
 * load, with the code that places a typed amount (yourAmount.ts).
 */
import { browser } from '$app/environment';
import { lazy } from '$lib/island/lazy';
import CiteBlockStyles from './CiteBlock.svelte?styles-only';
import ClaimCheckStyles from './ClaimCheck.svelte?styles-only';
import DataSectionStyles from './DataSection.svelte?styles-only';
import YourPayStyles from './YourPay.svelte?styles-only';

export const claimCheck = lazy(ClaimCheckStyles, () => import('./ClaimCheck.svelte'));
export const yourPay = lazy(YourPayStyles, () => import('./YourPay.svelte'));
export const dataSection = lazy(DataSectionStyles, () => import('./DataSection.svelte'));
export const citeBlock = lazy(CiteBlockStyles, () => import('./CiteBlock.svelte'));

/**
 * Called by the page's `load` before a page is rendered: where the browser renders a page itself
 * (a client-side navigation, or the preload of a link the pointer rests on) rather than hydrating
 * the one it shows, it waits for these parts' code, so that the page mounts every part at once.
 * While the browser hydrates the page it shows (its own address) nothing is loaded: each part's
 * code waits until the part is needed.
 */
export async function partsBeforeRender(url: URL): Promise<void> {
	if (!browser || url.pathname === location.pathname) return;
	const parts = [claimCheck, yourPay, dataSection, citeBlock];
	// a part whose code does not come (a dropped connection) is mounted once it does, if it does
	await Promise.all(parts.map((part) => part.load())).catch(() => {});
}
