/**
 * File names that say what a download is: `ml-vs-ai-pay-by-level_gb_2023-2025_gbp_as-advertised`
 * (`.csv`, `.svg`, `.png`). The parts a chart does not depend on (currency for listing counts, say) are left out;
 * the level and the broad definition read as their labels do.
 */
import {
	DEFINITION_LABEL,
	LEVEL_LABEL,
	type Basis,
	type Definition,
	type LevelChoice,
	type Period
} from '../domain';

export interface NameParts {
	region: string;
	period?: Period;
	/** Only `local` shows in the name (`as-advertised`): `all` is what pay figures are by default. */
	basis?: Basis;
	currency?: string;
	level?: LevelChoice;
	def?: Definition;
}

const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The download's name without its extension. */
export function downloadStem(chart: string, parts: NameParts): string {
	const pieces = [
		`ml-vs-ai-${slug(chart)}`,
		slug(parts.region),
		parts.period === undefined ? null : slug(String(parts.period)),
		parts.currency ? slug(parts.currency) : null,
		parts.basis === 'local' ? 'as-advertised' : null,
		parts.level ? slug(LEVEL_LABEL[parts.level]) : null,
		parts.def === 'broad' ? slug(DEFINITION_LABEL.broad) : null
	].filter((p): p is string => p !== null && p !== '');
	return pieces.join('_');
}
