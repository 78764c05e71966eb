/**
 * The hand-written reference tables: which job titles count as which role (`data/roles.csv`) and
 * which countries make up each region (`data/regions.csv`).
 */
import type { Definition, Role } from '../domain';
import type { RegionRow, RoleRow } from './schema';

export interface RoleMatch {
	role: Role;
	/** The definitions a title counts under: strict titles count under both, broad-only titles under broad. */
	definitions: readonly Definition[];
}

const STRICT_AND_BROAD: readonly Definition[] = ['strict', 'broad'];
const BROAD_ONLY: readonly Definition[] = ['broad'];

export function roleLookup(rows: readonly RoleRow[]): Map<string, RoleMatch> {
	const map = new Map<string, RoleMatch>();
	for (const row of rows) {
		if (map.has(row.job_title))
			throw new TypeError(`roles: "${row.job_title}" is listed twice; give each title one role`);
		map.set(row.job_title, {
			role: row.role,
			definitions: row.definition === 'strict' ? STRICT_AND_BROAD : BROAD_ONLY
		});
	}
	return map;
}

export interface Region {
	id: string;
	name: string;
	currency: string;
	/** ISO codes, or null for every country (Global). */
	countries: readonly string[] | null;
}

export function toRegions(rows: readonly RegionRow[]): Region[] {
	const seen = new Set<string>();
	return rows.map((row) => {
		if (seen.has(row.region))
			throw new TypeError(`regions: "${row.region}" is listed twice; region ids must be unique`);
		seen.add(row.region);
		return {
			id: row.region,
			name: row.name,
			currency: row.currency,
			countries: row.countries === '*' ? null : row.countries.split(' ')
		};
	});
}

/** Returns a memoised country → indices-of-regions-containing-it function. */
export function regionIndexer(regions: readonly Region[]): (country: string) => readonly number[] {
	const cache = new Map<string, number[]>();
	return (country) => {
		let hit = cache.get(country);
		if (!hit) {
			hit = [];
			regions.forEach((r, i) => {
				if (r.countries === null || r.countries.includes(country)) hit!.push(i);
			});
			cache.set(country, hit);
		}
		return hit;
	};
}
