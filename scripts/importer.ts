/**
 * The importer: raw source CSVs → the snapshot files in `data/`. Streams every raw file through
 * papaparse (never the whole file in memory), validates each row, and writes all snapshots only
 * once everything has been read, each through a temporary file and a rename, so a bad input leaves
 * the existing snapshots untouched.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { SalaryAggregator } from '../src/lib/importer/aggregate';
import { AiShareAccumulator } from '../src/lib/importer/aishare';
import { PostingsAccumulator } from '../src/lib/importer/postings';
import { isoMonth, WageGrowthAccumulator } from '../src/lib/importer/wages';
import type { RowOf, Schema } from '../src/lib/data/columns';
import { toCsv } from '../src/lib/data/csv';
import { ChunkedTable } from '../src/lib/importer/fastRows';
import { FedRates, fxTable, FxAccumulator } from '../src/lib/importer/fx';
import { gapRows } from '../src/lib/importer/gaps';
import { Pairer } from '../src/lib/importer/pair';
import { currencyChoices, indeedSeries, partialUntil } from '../src/lib/domain';
import { roleLookup, toRegions } from '../src/lib/data/reference';
import {
	aiShareSchema,
	distributionSchema,
	fxSchema,
	gapsSchema,
	listingsSchema,
	postingsSchema,
	regionsSchema,
	rolesSchema,
	salariesSchema,
	titlesSchema,
	wageGrowthSchema
} from '../src/lib/data/schema';
import {
	rawAiShareSchema,
	rawFxSchema,
	rawPostingsSchema,
	rawSalarySchema,
	rawWageSchema
} from '../src/lib/importer/rawSchema';
import { DataError, parseTable } from '../src/lib/data/validate';
import { changeReport, type ChangeReport } from './changes';
import { checksums } from './fetcher';
import { snapshotSources, type Pin, type RawInput, type RawRead } from './sources';

export interface ImportOptions {
	salaries: string;
	aiShare: string;
	/** The Federal Reserve's monthly exchange rates (`fed-fx/monthly.csv`). */
	fx: string;
	/**
	 * Indeed's Job Postings Index, one file per series (`{CC}/aggregate_job_postings_{CC}.csv`), and
	 * its Wage Tracker (`posted-wage-growth-by-country.csv`). postings.csv and wage-growth.csv are
	 * made from these when they are given, and not written otherwise: `npm run data:import` always
	 * gives both; the benchmark, which times the salary pipeline against a bare parse of the salary
	 * file, gives neither.
	 */
	postings?: readonly string[];
	wages?: string;
	out: string;
	/** Defaults to `<out>/roles.csv` and `<out>/regions.csv`. */
	roles?: string;
	regions?: string;
	/**
	 * The entries of raw-sources.json: a raw file that is one of them is recorded as such. A source
	 * of several files (the postings index) has an entry per file, told apart by `file`.
	 */
	pins?: readonly (Pin & { id: string; sha256: string; file?: string })[];
	/**
	 * The inputs that must be exactly the file raw-sources.json pins (those `npm run data:import`
	 * took by default, from the cache): any other file is refused before anything is read. A file
	 * named on the command line is the user's choice, and is recorded as unpinned if it is none.
	 */
	pinned?: readonly RawInput[];
	log?: (line: string) => void;
}

/** Each raw input's source in raw-sources.json. */
export const RAW_SOURCE: Readonly<Record<RawInput, string>> = {
	salaries: 'aijobs-salaries',
	aiShare: 'indeed-ai-tracker',
	fx: 'fed-fx',
	postings: 'indeed-job-postings-tracker',
	wages: 'indeed-wage-tracker'
};

export interface StreamSummary {
	rows: number;
	blankLines: number;
	extraColumns: string[];
	sha256: string;
}

export interface ImportSummary {
	salaries: StreamSummary & {
		pairs: number;
		singles: number;
		listings: number;
		roleListings: number;
	};
	aiShare: StreamSummary & { countries: string[]; firstDate: string; lastDate: string };
	fx: StreamSummary & { firstMonth: string; lastMonth: string; fromIndex: string[] };
	/** Each postings file read, and the series no region uses (read, checked, left out). */
	postings?: {
		files: (StreamSummary & { file: string; firstDate: string; lastDate: string })[];
		series: string[];
		unused: string[];
	};
	wages?: StreamSummary & {
		series: string[];
		unused: string[];
		firstMonth: string;
		lastMonth: string;
	};
	/** What changed in the snapshots. */
	changes: ChangeReport;
	/** The raw files read that are not the files raw-sources.json pins. */
	unpinned: string[];
	cells: number;
	withheld: number;
	lowConfidence: number;
	written: Record<string, number>;
}

/**
 * Streams `file` (never the whole file in memory) through a `ChunkedTable`: papaparse's parser, with
 * a fast path for quote-free chunks, and hands each validated row to `onRow`. Rejects with a
 * `DataError` (file, line, column) on the first bad row, an empty file or a missing column.
 *
 * The file is read in 64 KiB pieces (what papaparse's stream reader gets), each decoded with a
 * StringDecoder so that a character split between two pieces stays whole. The reads are
 * synchronous: the importer has nothing else to do meanwhile, and waiting for each piece on the
 * event loop left the thread idle for about a tenth of the parse. The file's SHA-256 is taken from
 * the same pieces (a worker thread reading the file a second time competed with the garbage
 * collector for the second core and cost more).
 */
export async function streamTable<S extends Schema>(
	file: string,
	schema: S,
	onRow: (row: RowOf<S>, line: number) => void,
	log: (line: string) => void = () => {}
): Promise<StreamSummary> {
	const name = path.basename(file);
	const unreadable = (e: NodeJS.ErrnoException) =>
		new DataError(name, null, '(file)', `cannot read ${file}: ${e.code ?? e.message}`);
	const hash = createHash('sha256');
	const decoder = new StringDecoder('utf8');
	const table = new ChunkedTable(schema, name, onRow, (rows) =>
		log(`${name}: ${rows.toLocaleString('en')} rows…`)
	);
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch (e) {
		throw unreadable(e as NodeJS.ErrnoException);
	}
	try {
		const piece = Buffer.allocUnsafe(PIECE);
		for (;;) {
			let read: number;
			try {
				read = readSync(fd, piece, 0, PIECE, null);
			} catch (e) {
				throw unreadable(e as NodeJS.ErrnoException);
			}
			if (read === 0) break;
			const bytes = piece.subarray(0, read);
			hash.update(bytes);
			const text = decoder.write(bytes);
			if (text !== '') table.push(text);
		}
		const rest = decoder.end();
		if (rest !== '') table.push(rest);
		table.end();
	} finally {
		closeSync(fd);
	}
	const { header, rows, blankLines } = table;
	if (header === null)
		throw new DataError(name, 1, '(file)', 'the file is empty, expected a header row');
	return { rows, blankLines, extraColumns: header.extra, sha256: hash.digest('hex') };
}

/** The size of the pieces a file is read in. */
const PIECE = 64 * 1024;

/** A file with a header and nothing else would replace every snapshot with empty ones. */
const noRows = (file: string) =>
	new DataError(
		path.basename(file),
		2,
		'(file)',
		'no data rows, expected at least one row after the header'
	);

async function readReference<S extends Schema>(file: string, schema: S): Promise<RowOf<S>[]> {
	const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
		throw new DataError(file, null, '(file)', `cannot read: ${e.code ?? e.message}`);
	});
	return parseTable(text, file, schema);
}

/** Runs the whole import. Throws a `DataError` on bad input; writes nothing unless all input is good. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
	const log = options.log ?? (() => {});
	const rolesFile = options.roles ?? path.join(options.out, 'roles.csv');
	const regionsFile = options.regions ?? path.join(options.out, 'regions.csv');
	for (const input of options.pinned ?? [])
		for (const file of filesOf(options, input)) {
			const pin = pinFor(options.pins, input, file);
			if (pin) await assertPinned(file, pin);
		}
	const roleRows = await readReference(rolesFile, rolesSchema);
	const regionRows = await readReference(regionsFile, regionsSchema);
	const roles = roleLookup(roleRows);
	const regions = toRegions(regionRows);

	// the salary file first, while the parser's code has seen no other file's columns (read after
	// another file, the same parse runs markedly slower); listings are converted once all is read
	const aggregator = new SalaryAggregator(roles, regions);
	const fx = new FxAccumulator();
	const pairer = new Pairer((row, second) => {
		if (row.salary_currency !== 'USD') fx.listing(row.salary_currency, row.work_year);
		aggregator.add(row, second);
	});
	log(`reading ${options.salaries}`);
	const salaries = await streamTable(
		options.salaries,
		rawSalarySchema,
		(row, line) => {
			// the index's own rates are wanted for other currencies only (a dollar is a dollar)
			if (row.salary_currency !== 'USD')
				fx.add(row.salary_currency, row.work_year, row.salary, row.salary_in_usd);
			pairer.push(row, line);
		},
		log
	);
	pairer.end();
	if (salaries.rows === 0) throw noRows(options.salaries);

	const fed = new FedRates(path.basename(options.fx));
	let firstMonth = '';
	let lastMonth = '';
	log(`reading ${options.fx}`);
	const fedFx = await streamTable(
		options.fx,
		rawFxSchema,
		(row, line) => {
			fed.add(row.Date, row.Country, row['Exchange rate'], line);
			if (firstMonth === '' || row.Date < firstMonth) firstMonth = row.Date;
			if (row.Date > lastMonth) lastMonth = row.Date;
		},
		log
	);
	if (fedFx.rows === 0) throw noRows(options.fx);
	// the market rate; where H.10 has none, the index's own (known once the whole file is read)
	const indexRates = fx.rows();
	const years = aggregator.years();
	const displayCurrencies = [...new Set(regions.flatMap((r) => currencyChoices(r.currency)))];
	fed.check(
		[
			...indexRates,
			...displayCurrencies.flatMap((currency) => years.map((year) => ({ currency, year })))
		],
		indexRates,
		(year) => Number(partialUntil(year)?.slice(5) ?? 12)
	);
	aggregator.convert(
		(currency, year) =>
			fed.rate(currency, year) ??
			indexRates.find((r) => r.currency === currency && r.year === year)?.usd_per_unit ??
			NaN
	);
	const fxRows = fxTable(fed, indexRates, { currencies: displayCurrencies, years });

	const ai = new AiShareAccumulator();
	let firstDate = '';
	let lastDate = '';
	log(`reading ${options.aiShare}`);
	const aiShare = await streamTable(
		options.aiShare,
		rawAiShareSchema,
		(row, line) => {
			ai.add(path.basename(options.aiShare), line, row.date, row.jobcountry, row.AI_share_postings);
			if (firstDate === '' || row.date < firstDate) firstDate = row.date;
			if (row.date > lastDate) lastDate = row.date;
		},
		log
	);

	if (aiShare.rows === 0) throw noRows(options.aiShare);

	// Indeed's postings index and wage tracker, where given: small files, read after the others
	const regionSeries = new Set(regions.map(indeedSeries));
	const postingsAcc = new PostingsAccumulator();
	let postings: ImportSummary['postings'];
	if (options.postings) {
		const files: NonNullable<ImportSummary['postings']>['files'] = [];
		for (const file of options.postings) {
			const name = path.basename(file);
			let first = '';
			let last = '';
			log(`reading ${file}`);
			const read = await streamTable(
				file,
				rawPostingsSchema,
				(row, line) => {
					postingsAcc.add(name, line, row);
					if (first === '' || row.date < first) first = row.date;
					if (row.date > last) last = row.date;
				},
				log
			);
			if (read.rows === 0) throw noRows(file);
			files.push({ ...read, file, firstDate: first, lastDate: last });
		}
		const series = postingsAcc.codes();
		postings = { files, series, unused: series.filter((c) => !regionSeries.has(c)) };
	}
	const wageAcc = new WageGrowthAccumulator();
	let wages: ImportSummary['wages'];
	if (options.wages !== undefined) {
		const name = path.basename(options.wages);
		let first = '';
		let last = '';
		log(`reading ${options.wages}`);
		const read = await streamTable(
			options.wages,
			rawWageSchema,
			(row, line) => {
				wageAcc.add(name, line, row);
				const month = isoMonth(row.month);
				if (first === '' || month < first) first = month;
				if (month > last) last = month;
			},
			log
		);
		if (read.rows === 0) throw noRows(options.wages);
		const series = wageAcc.codes();
		wages = {
			...read,
			series,
			unused: series.filter((c) => !regionSeries.has(c)),
			firstMonth: first,
			lastMonth: last
		};
	}

	const salaryRows = aggregator.salaryRows();
	const tables = {
		'salaries.csv': toCsv(salariesSchema, salaryRows),
		'gaps.csv': toCsv(gapsSchema, gapRows(salaryRows)),
		'distribution.csv': toCsv(distributionSchema, aggregator.distributionRows()),
		'listings.csv': toCsv(listingsSchema, aggregator.listingRows()),
		'titles.csv': toCsv(titlesSchema, aggregator.titleRows()),
		'ai-share.csv': toCsv(aiShareSchema, ai.rows(regions)),
		...(postings && {
			'postings.csv': toCsv(
				postingsSchema,
				postingsAcc.rows(regions, ai, path.basename(options.aiShare))
			)
		}),
		...(wages && { 'wage-growth.csv': toCsv(wageGrowthSchema, wageAcc.rows(regions)) }),
		'fx.csv': toCsv(fxSchema, fxRows)
	};
	const pinOf = (input: RawInput, read: StreamSummary) =>
		options.pins?.find((p) => p.id === RAW_SOURCE[input] && p.sha256 === read.sha256);
	/** A raw file as sources.json records it: its place among the raw sources, and its pin. */
	const rawRead = (
		input: RawInput,
		file: string,
		read: StreamSummary,
		coverage: string
	): RawRead => {
		const pin = pinOf(input, read);
		return {
			raw_file: `${RAW_SOURCE[input]}/${pin?.file ?? path.basename(file)}`,
			name: path.basename(file),
			sha256: read.sha256,
			rows: read.rows,
			coverage,
			pin
		};
	};
	const pins = {
		salaries: pinOf('salaries', salaries),
		aiShare: pinOf('aiShare', aiShare),
		fx: pinOf('fx', fedFx)
	};
	const sources = snapshotSources({
		pins,
		files: {
			salaries: path.basename(options.salaries),
			aiShare: path.basename(options.aiShare),
			fx: path.basename(options.fx)
		},
		salaries: {
			sha256: salaries.sha256,
			rows: salaries.rows,
			firstYear: years[0],
			lastYear: years.at(-1),
			listings: aggregator.listings,
			pairs: pairer.pairs,
			singles: pairer.singles
		},
		aiShare: { sha256: aiShare.sha256, rows: aiShare.rows, firstDate, lastDate },
		fx: { sha256: fedFx.sha256, rows: fedFx.rows, firstMonth, lastMonth },
		postings: postings && {
			files: postings.files.map((f) =>
				rawRead('postings', f.file, f, `${f.firstDate} to ${f.lastDate}, daily`)
			),
			aiShare: rawRead('aiShare', options.aiShare, aiShare, `${firstDate} to ${lastDate}, daily`)
		},
		wages:
			wages &&
			rawRead(
				'wages',
				options.wages as string,
				wages,
				`${wages.firstMonth} to ${wages.lastMonth}, monthly`
			),
		rowCounts: {
			...Object.fromEntries(
				Object.entries(tables).map(([file, csv]) => [file, csv.split('\n').length - 2])
			),
			'roles.csv': roleRows.length,
			'regions.csv': regionRows.length
		}
	});
	const files: Record<string, string> = {
		...tables,
		'sources.json': `${JSON.stringify(sources, null, '\t')}\n`
	};
	// the files as they were, for the change report
	const before = Object.fromEntries(
		await Promise.all(
			Object.keys(files).map(async (f) => [
				f,
				await readFile(path.join(options.out, f), 'utf8').catch(() => null)
			])
		)
	) as Record<string, string | null>;
	await writeAtomically(options.out, files);

	return {
		salaries: {
			...salaries,
			pairs: pairer.pairs,
			singles: pairer.singles,
			listings: aggregator.listings,
			roleListings: aggregator.roleListings
		},
		aiShare: { ...aiShare, countries: ai.countries(), firstDate, lastDate },
		fx: {
			...fedFx,
			firstMonth,
			lastMonth,
			fromIndex: fxRows
				.filter((r) => r.source === 'salary_index')
				.map((r) => `${r.currency} ${r.year}`)
		},
		...(postings && { postings }),
		...(wages && { wages }),
		changes: changeReport(before, files),
		unpinned: options.pins
			? [
					...(
						[
							['salaries', options.salaries],
							['aiShare', options.aiShare],
							['fx', options.fx]
						] as const
					)
						.filter(([key]) => !pins[key])
						.map(([, file]) => file),
					...(postings?.files ?? []).filter((f) => !pinOf('postings', f)).map((f) => f.file),
					...(wages && !pinOf('wages', wages) ? [options.wages as string] : [])
				]
			: [],
		cells: salaryRows.length,
		withheld: salaryRows.filter((r) => r.confidence === 'withheld').length,
		lowConfidence: salaryRows.filter((r) => r.confidence === 'low').length,
		written: Object.fromEntries(Object.entries(files).map(([f, c]) => [f, Buffer.byteLength(c)]))
	};
}

/** The files of a raw input: one, or for the postings index one per series (none when not given). */
function filesOf(options: ImportOptions, input: RawInput): readonly string[] {
	if (input === 'postings') return options.postings ?? [];
	const file = options[input];
	return file === undefined ? [] : [file];
}

/**
 * The pin of `file` among its source's entries in raw-sources.json: the only one, or, for a source
 * of several files, the one whose place in the cache (`<id>/<file>`) the path ends with.
 */
function pinFor(
	pins: ImportOptions['pins'],
	input: RawInput,
	file: string
): (Pin & { id: string; sha256: string; file?: string }) | undefined {
	const of = pins?.filter((p) => p.id === RAW_SOURCE[input]) ?? [];
	if (of.length <= 1) return of[0];
	const at = file.split(path.sep).join('/');
	return of.find((p) => p.file !== undefined && at.endsWith(`${p.id}/${p.file}`));
}

/**
 * Refuses a raw file that is not the one raw-sources.json pins, before anything is read: a cached
 * file that changed (edited, half-downloaded by hand, a newer upstream copy) would otherwise
 * become the snapshots with nothing to show that they are not what the pins say.
 */
async function assertPinned(file: string, pin: { id: string; sha256: string }): Promise<void> {
	const sums = await checksums(file).catch((e: NodeJS.ErrnoException) => {
		throw new DataError(file, null, '(file)', `cannot read: ${e.code ?? e.message}`);
	});
	if (sums === null)
		throw new DataError(
			file,
			null,
			'(file)',
			'missing: run `npm run data:fetch` to download the raw sources'
		);
	const { sha256 } = sums;
	if (sha256 !== pin.sha256)
		throw new DataError(
			file,
			null,
			'(file)',
			`not the file raw-sources.json pins for ${pin.id} (SHA-256 ${sha256.slice(0, 12)}…, pinned ${pin.sha256.slice(0, 12)}…): run \`npm run data:fetch\` to restore it, or \`npm run data:fetch -- --latest\` to move the pin to the newest upstream file`
		);
}

/** Writes every file to a temporary name first and renames only when all writes succeeded. */
async function writeAtomically(dir: string, files: Record<string, string>): Promise<void> {
	const temps: [string, string][] = [];
	try {
		for (const [name, content] of Object.entries(files)) {
			const target = path.join(dir, name);
			const temp = `${target}.${process.pid}.tmp`;
			await writeFile(temp, content);
			temps.push([temp, target]);
		}
	} catch (error) {
		await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
		throw error;
	}
	for (const [temp, target] of temps) await rename(temp, target);
}
