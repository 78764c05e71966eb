import type { PayCell } from '$lib/data/convert';
import { confidenceFor, type Role } from '$lib/data/schema';

/**
 * A pay cell for tests: median m with p25/p75 at ±20% and a CI at ±10%, or withheld (all null)
 * when there are fewer than 10 listings or m is null.
 */
export function payCell(
	over: Partial<PayCell> & { role: Role; listings: number; median: number | null }
): PayCell {
	const m = over.listings >= 10 ? over.median : null;
	return {
		definition: 'strict',
		region: 'gb',
		year: 2024,
		level: 'all',
		confidence: confidenceFor(over.listings),
		...over,
		median: m,
		p25: over.p25 !== undefined ? over.p25 : m === null ? null : m * 0.8,
		p75: over.p75 !== undefined ? over.p75 : m === null ? null : m * 1.2,
		ciLow: over.ciLow !== undefined ? over.ciLow : m === null ? null : m * 0.9,
		ciHigh: over.ciHigh !== undefined ? over.ciHigh : m === null ? null : m * 1.1
	};
}
