import { currencyChoices } from '$lib/data/controls';
import { LOW_CONFIDENCE_BELOW, MIN_LISTINGS } from '$lib/data/schema';
import { medianCiRanks } from '$lib/data/stats';
import { latestFullYear, PARTIAL_YEAR_ENDS, PARTIAL_YEARS } from '$lib/data/years';
import { citation } from '$lib/server/provenance';
import { aiShare, fx, regions, salaries, sourceOf, titles } from '$lib/server/snapshots';
import type { PageServerLoad } from './$types';

/** The methodology, with the real numbers from the snapshots the site is built from. */
export const load: PageServerLoad = () => {
	const cells = salaries();
	const years = [...new Set(cells.map((c) => c.year))].filter((y) => y !== 'all').sort();
	const latest = latestFullYear(years) as number;
	const raw = sourceOf('salaries.csv') as ReturnType<typeof sourceOf> & {
		raw_rows: number;
		raw_listings: number;
		raw_range_pairs: number;
		raw_single_rows: number;
	};
	const allRegions = regions();
	const currencies = [...new Set(allRegions.flatMap((r) => currencyChoices(r.currency)))].filter(
		(c) => c !== 'USD'
	);
	const strictAll = cells.filter((c) => c.definition === 'strict' && c.level === 'all');
	const example = strictAll.find(
		(c) => c.region === 'gb' && c.role === 'ml_engineer' && c.year === latest
	);
	const aiRows = aiShare();
	const aiSource = sourceOf('ai-share.csv');
	return {
		titles: titles()
			.filter((t) => t.year === 'all')
			.map(({ job_title, role, definition, listings }) => ({
				job_title,
				role,
				definition,
				listings
			})),
		pairing: {
			rows: raw.raw_rows,
			pairs: raw.raw_range_pairs,
			singles: raw.raw_single_rows,
			listings: raw.raw_listings
		},
		thresholds: { withheldBelow: MIN_LISTINGS, lowBelow: LOW_CONFIDENCE_BELOW },
		cellCounts: {
			total: cells.length,
			ok: cells.filter((c) => c.confidence === 'ok').length,
			low: cells.filter((c) => c.confidence === 'low').length,
			withheld: cells.filter((c) => c.confidence === 'withheld').length
		},
		example: example && {
			listings: example.listings,
			median: example.median_usd,
			ciLow: example.ci_low_usd,
			ciHigh: example.ci_high_usd,
			ranks: medianCiRanks(example.listings),
			year: latest
		},
		fx: fx().filter((r) => currencies.includes(r.currency)),
		years,
		latest,
		partial: years
			.filter((y) => PARTIAL_YEARS.has(y))
			.map((y) => ({ year: y, until: PARTIAL_YEAR_ENDS[y] ?? null })),
		coverage: {
			regions: allRegions.map(({ id, name }) => ({ id, name })),
			years,
			cells: strictAll
				.filter((c) => c.year !== 'all')
				.map(({ region, role, year, listings, confidence }) => ({
					region,
					role,
					year,
					listings,
					confidence
				}))
		},
		aiShare: {
			regions: allRegions.map((r) => ({
				name: r.name,
				countries: aiRows.find((a) => a.region === r.id)?.countries ?? null
			})),
			first: aiRows.map((r) => r.month).sort()[0] ?? null,
			last:
				aiRows
					.map((r) => r.month)
					.sort()
					.at(-1) ?? null,
			source: {
				name: aiSource.name,
				url: aiSource.url,
				licence: aiSource.licence,
				licence_url: aiSource.licence_url
			}
		},
		salarySource: {
			name: raw.name,
			url: raw.url,
			licence: raw.licence,
			licence_url: raw.licence_url
		},
		citation: citation()
	};
};
