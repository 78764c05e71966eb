import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type Row = Record<string, string>;

/** A snapshot from data/, as the page was built from it. */
export function snapshot(file: string): Row[] {
	return Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
}

export const regions = snapshot('regions.csv');
export const salaries = snapshot('salaries.csv');

/** The salary cell of a region, role, year, level and definition. */
export function cell(region: string, role: string, year = '2024', level = 'all', def = 'strict') {
	const c = salaries.find(
		(r) =>
			r.region === region &&
			r.role === role &&
			r.year === year &&
			r.level === level &&
			r.definition === def
	);
	if (!c) throw new Error(`no cell ${region} ${role} ${year} ${level} ${def}`);
	return c;
}

export const count = (v: string | undefined) => Number(v).toLocaleString('en');
