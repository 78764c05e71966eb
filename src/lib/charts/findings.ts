/**
 * Words from numbers: chart titles that state the finding and text summaries for screen readers
 * and for anyone who would rather read than look. Pure, so each sentence is tested.
 */
import { formatCount, formatMoneyShort, formatSignedPct, gapPct } from '$lib/data/format';
import type { Role, SalaryRow } from '$lib/data/schema';
import { ROLE_LABEL } from './regionPay';

type Named = { id: string; name: string };

function byRole(cells: readonly SalaryRow[], region: string, role: Role) {
	return cells.find((c) => c.region === region && c.role === role) ?? null;
}

const shown = (c: SalaryRow | null): c is SalaryRow & { median_usd: number } =>
	c !== null && c.median_usd !== null;

export interface Comparison {
	ml: SalaryRow | null;
	ai: SalaryRow | null;
	/** AI-engineer median relative to ML-engineer median, in %; null unless both are shown. */
	gap: number | null;
}

export function compare(cells: readonly SalaryRow[], region: string): Comparison {
	const ml = byRole(cells, region, 'ml_engineer');
	const ai = byRole(cells, region, 'ai_engineer');
	return { ml, ai, gap: shown(ml) && shown(ai) ? gapPct(ml.median_usd, ai.median_usd) : null };
}

/** A title that states what the region chart shows, e.g. "ML engineers out-earn AI engineers in all 4 regions with enough data". */
export function regionTitle(regions: readonly Named[], cells: readonly SalaryRow[]): string {
	const both = regions.map((r) => compare(cells, r.id)).filter((c) => c.gap !== null);
	if (both.length === 0) return 'Too few listings to compare the two roles in any region';
	const mlAhead = both.filter((c) => (c.gap as number) < 0).length;
	const n = both.length;
	const where = n === 1 ? 'the only region with enough data' : `regions with enough data for both`;
	if (mlAhead === n)
		return n === 1
			? `ML engineers out-earn AI engineers in ${where}`
			: `ML engineers out-earn AI engineers in all ${n} ${where}`;
	if (mlAhead === 0)
		return n === 1
			? `AI engineers out-earn ML engineers in ${where}`
			: `AI engineers out-earn ML engineers in all ${n} ${where}`;
	return `ML engineers out-earn AI engineers in ${mlAhead} of ${n} ${where}`;
}

function describe(c: SalaryRow): string {
	if (c.median_usd === null || c.ci_low_usd === null || c.ci_high_usd === null)
		return `too few listings (${formatCount(c.listings)})`;
	const low = c.confidence === 'low' ? ', low confidence' : '';
	return `${formatMoneyShort(c.median_usd)} (95% CI ${formatMoneyShort(c.ci_low_usd)}–${formatMoneyShort(c.ci_high_usd)}, ${formatCount(c.listings)} listings${low})`;
}

/** Joins names as English prose: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The chart's text alternative: each region with data, both medians with CI and listings, then
 * in one sentence the regions where a role has too few listings to show.
 */
export function regionSummary(
	regions: readonly Named[],
	cells: readonly SalaryRow[],
	year: number
): string {
	const described: string[] = [];
	const thin = { both: [] as string[], ml_engineer: [] as string[], ai_engineer: [] as string[] };
	for (const r of regions) {
		const { ml, ai, gap } = compare(cells, r.id);
		const mlShown = shown(ml);
		const aiShown = shown(ai);
		if (!mlShown && !aiShown) {
			thin.both.push(r.name);
			continue;
		}
		if (!mlShown) thin.ml_engineer.push(r.name);
		if (!aiShown) thin.ai_engineer.push(r.name);
		const parts = [
			mlShown ? `${ROLE_LABEL.ml_engineer} ${describe(ml)}` : null,
			aiShown ? `${ROLE_LABEL.ai_engineer} ${describe(ai)}` : null
		].filter((p) => p !== null);
		const g = gap === null ? '' : `; AI engineers ${formatSignedPct(gap)} against ML engineers`;
		described.push(`${r.name}: ${parts.join(', ')}${g}.`);
	}
	const missing = [
		thin.ai_engineer.length ? `for AI engineers in ${listNames(thin.ai_engineer)}` : '',
		thin.ml_engineer.length ? `for ML engineers in ${listNames(thin.ml_engineer)}` : '',
		thin.both.length ? `for either role in ${listNames(thin.both)}` : ''
	].filter(Boolean);
	const tail = missing.length ? ` Too few listings (under 10) to show ${missing.join('; ')}.` : '';
	return `Median advertised pay in ${year}, US dollars. ${described.join(' ')}${tail}`.trim();
}
