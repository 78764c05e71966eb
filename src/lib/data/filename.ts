/**
 * File names that say what a download is: `ml-vs-ai-pay-trend_gb_gbp_senior.csv`. The parts a
 * chart does not depend on (currency for listing counts, say) are left out.
 */
import type { LevelChoice } from './controls';
import type { Definition } from './schema';

const LEVEL_SLUG: Record<LevelChoice, string> = {
	all: 'all-levels',
	EN: 'entry',
	MI: 'mid',
	SE: 'senior',
	EX: 'executive'
};

export interface NameParts {
	region: string;
	currency?: string;
	level?: LevelChoice;
	def?: Definition;
}

export function downloadName(chart: string, parts: NameParts, extension: string): string {
	const slug = (s: string) =>
		s
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	const pieces = [
		`ml-vs-ai-${slug(chart)}`,
		slug(parts.region),
		parts.currency ? slug(parts.currency) : null,
		parts.level ? LEVEL_SLUG[parts.level] : null,
		parts.def === 'broad' ? 'broad-titles' : null
	].filter((p): p is string => p !== null && p !== '');
	return `${pieces.join('_')}.${extension}`;
}
