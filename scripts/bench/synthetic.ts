/**
 * A seeded synthetic salary index in the raw file's format, for the importer benchmark and the
 * large-input tests: the same columns, realistic mixes of years, levels, titles, countries and
 * currencies, and adjacent range pairs (99.3% of rows) as in the real file. Nothing is copied from
 * the real file; the mixes are rounded shares written by hand.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const HEADER =
	'work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size';

/** mulberry32: small, fast and good enough for test data; the same seed gives the same file. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function weighted<T>(rand: () => number, items: readonly [T, number][]): () => T {
	const total = items.reduce((n, [, w]) => n + w, 0);
	return () => {
		let r = rand() * total;
		for (const [item, w] of items) if ((r -= w) < 0) return item;
		return items[items.length - 1]![0];
	};
}

const YEARS: [number, number][] = [
	[2020, 0.05],
	[2021, 0.15],
	[2022, 1.1],
	[2023, 5.6],
	[2024, 41.1],
	[2025, 52]
];
const LEVELS: [string, number][] = [
	['SE', 58],
	['MI', 30],
	['EN', 9],
	['EX', 3]
];
const TITLES: [string, number][] = [
	['Data Scientist', 12.4],
	['Software Engineer', 11.2],
	['Data Engineer', 10.8],
	['Data Analyst', 9.1],
	['Engineer', 7.3],
	['Machine Learning Engineer', 5.9],
	['Manager', 5.2],
	['Analyst', 3.6],
	['Research Scientist', 2.3],
	['Product Manager', 1.7],
	['AI Engineer', 1.33],
	['MLOps Engineer', 0.13],
	['Artificial Intelligence Engineer', 0.03],
	['AI Research Engineer', 0.01],
	['Analytics Engineer', 1.4],
	['Data Architect', 1.5],
	['Applied Scientist', 1.6],
	['Associate', 1.6],
	['Other Title', 22]
];
/** country, share, currency, local units per USD */
const COUNTRIES: [string, number, string, number][] = [
	['US', 89.5, 'USD', 1],
	['CA', 4.1, 'CAD', 1.35],
	['GB', 2.8, 'GBP', 0.79],
	['AU', 0.4, 'AUD', 1.5],
	['NL', 0.32, 'EUR', 0.92],
	['DE', 0.3, 'EUR', 0.92],
	['FR', 0.29, 'EUR', 0.92],
	['ES', 0.2, 'EUR', 0.92],
	['IN', 0.16, 'INR', 83],
	['LT', 0.25, 'EUR', 0.92],
	['AT', 0.23, 'EUR', 0.92],
	['PL', 0.2, 'PLN', 4]
];
const LEVEL_PAY: Record<string, number> = { EN: 95000, MI: 135000, SE: 170000, EX: 210000 };

/** Writes `rows` rows (plus the header) to `file`. Pairs and singles are mixed as in the real file. */
export async function writeSynthetic(file: string, rows: number, seed = 2025): Promise<void> {
	const rand = random(seed);
	const year = weighted(rand, YEARS);
	const level = weighted(rand, LEVELS);
	const title = weighted(rand, TITLES);
	const country = weighted(
		rand,
		COUNTRIES.map((c) => [c, c[1]] as [typeof c, number])
	);
	const out = createWriteStream(file);
	let buffer = `${HEADER}\n`;
	let written = 0;
	const flush = async () => {
		if (!out.write(buffer)) await once(out, 'drain');
		buffer = '';
	};
	while (written < rows) {
		const [code, , currency, perUsd] = country();
		const lvl = level();
		const remote = rand() < 0.79 ? '0' : rand() < 0.99 ? '100' : '50';
		const size = rand() < 0.975 ? 'M' : rand() < 0.95 ? 'L' : 'S';
		const prefix = `${year()},${lvl},${rand() < 0.994 ? 'FT' : 'CT'},${title()}`;
		const suffix = `${code},${remote},${code},${size}`;
		// log-normal pay around the level's median, lower outside the US
		const base =
			LEVEL_PAY[lvl]! *
			Math.exp((rand() + rand() + rand() - 1.5) * 0.5) *
			(code === 'US' ? 1 : 0.7);
		const ends =
			rand() < 0.993 && written + 1 < rows
				? [base * (1 + rand() * 0.3), base * (1 - rand() * 0.2)]
				: [base];
		for (const usd of ends) {
			const local = Math.round(usd * perUsd);
			buffer += `${prefix},${local},${currency},${Math.round(local / perUsd)},${suffix}\n`;
			written++;
		}
		if (buffer.length > 1 << 20) await flush();
	}
	await flush();
	out.end();
	await once(out, 'finish');
}
