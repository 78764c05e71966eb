/**
 * `npm run data:import [-- --salaries <file> --ai-share <file> --fx <file> --postings <file>…
 *   --wages <file> --out <dir> --report <file>]`
 * Rebuilds the snapshots in `data/` from the raw sources: by default those `npm run data:fetch`
 * put in .cache/raw, or, for a source not there, the copy in ../shared/data/raw (development).
 * Prints what changed in the snapshots, and writes it as markdown with --report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { excerpt } from '../src/lib/data/columns';
import { DataError } from '../src/lib/data/validate';
import { reportMarkdown, unchanged } from './changes';
import {
	MANIFEST,
	rawFile as defaultRawFile,
	rawFiles as defaultRawFiles,
	type Manifest
} from './fetcher';
import { RAW_SOURCE, runImport } from './importer';
import type { RawInput } from './sources';

const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
const rawFile = (id: string) => path.relative(process.cwd(), defaultRawFile(manifest, id));
const rawFiles = (id: string) =>
	defaultRawFiles(manifest, id).map((file) => path.relative(process.cwd(), file));

function usage(message: string): never {
	console.error(`${message}
usage: npm run data:import -- [--salaries <file>] [--ai-share <file>] [--fx <file>]
         [--postings <file> …] [--wages <file>] [--out <dir>] [--report <file>]
  --salaries  aijobs.net salary index CSV   (default ${rawFile('aijobs-salaries')})
  --ai-share  Indeed AI tracker CSV          (default ${rawFile('indeed-ai-tracker')})
  --fx        Federal Reserve monthly rates  (default ${rawFile('fed-fx')})
  --postings  Indeed Job Postings Index CSV, one per country; repeat it for each
              (default the ${rawFiles('indeed-job-postings-tracker').length} files ${path.dirname(path.dirname(rawFiles('indeed-job-postings-tracker')[0] ?? ''))}/*/aggregate_job_postings_*.csv)
  --wages     Indeed Wage Tracker CSV        (default ${rawFile('indeed-wage-tracker')})
  --out       snapshot folder; also holds roles.csv and regions.csv (default data/)
  --report    also write what changed in the snapshots to this markdown file
The defaults are the files \`npm run data:fetch\` puts in .cache/raw (or the copies in
../shared/data/raw), and must be exactly the files raw-sources.json pins. A file named here is
validated like any other and recorded in data/sources.json as unpinned if it is not the pinned one.`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			salaries: { type: 'string' },
			'ai-share': { type: 'string' },
			fx: { type: 'string' },
			postings: { type: 'string', multiple: true },
			wages: { type: 'string' },
			out: { type: 'string', default: path.resolve(import.meta.dirname, '../data') },
			report: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	}));
} catch (error) {
	usage((error as Error).message);
}
if (values.help) usage('Rebuilds data/*.csv and data/sources.json from the raw source files.');

// a raw file not named on the command line is the cached (or shared) copy, held to its pin
const named = {
	salaries: values.salaries,
	aiShare: values['ai-share'],
	fx: values.fx,
	postings: values.postings,
	wages: values.wages
};
const inputs = {
	salaries: named.salaries ?? rawFile(RAW_SOURCE.salaries),
	aiShare: named.aiShare ?? rawFile(RAW_SOURCE.aiShare),
	fx: named.fx ?? rawFile(RAW_SOURCE.fx),
	postings: named.postings ?? rawFiles(RAW_SOURCE.postings),
	wages: named.wages ?? rawFile(RAW_SOURCE.wages)
};
const pinned = (Object.keys(named) as RawInput[]).filter((input) => named[input] === undefined);

const started = performance.now();
const fmt = (n: number) => n.toLocaleString('en');
/** Series read and checked that no region of regions.csv uses. */
const unused = (series: string[]) =>
	series.length ? `; no region uses ${series.join(', ')}, left out` : '';
try {
	const s = await runImport({
		...inputs,
		out: values.out,
		pins: manifest.sources,
		pinned,
		log: (line) => console.error(line)
	});
	const lines = [
		`salary rows read      ${fmt(s.salaries.rows)}${s.salaries.blankLines ? ` (${s.salaries.blankLines} blank lines skipped)` : ''}`,
		`listings              ${fmt(s.salaries.listings)} (${fmt(s.salaries.pairs)} range pairs, ${fmt(s.salaries.singles)} single rows)`,
		`role listings         ${fmt(s.salaries.roleListings)} (titles in data/roles.csv)`,
		`salary cells          ${fmt(s.cells)}: ${fmt(s.cells - s.withheld - s.lowConfidence)} ok, ${fmt(s.lowConfidence)} low confidence, ${fmt(s.withheld)} withheld (n_eff < 10)`,
		`AI-share rows read    ${fmt(s.aiShare.rows)} (${s.aiShare.countries.join(' ')}, ${s.aiShare.firstDate} to ${s.aiShare.lastDate})`,
		`FX rows read          ${fmt(s.fx.rows)} (${s.fx.firstMonth} to ${s.fx.lastMonth}); the index's own rate for ${s.fx.fromIndex.join(', ') || 'none'}`,
		...(s.postings
			? [
					`postings rows read    ${fmt(s.postings.files.reduce((n, f) => n + f.rows, 0))} in ${s.postings.files.length} files (${s.postings.series.join(' ')}, ${s.postings.files.map((f) => f.firstDate).sort()[0]} to ${s.postings.files
						.map((f) => f.lastDate)
						.sort()
						.at(-1)})${unused(s.postings.unused)}`
				]
			: []),
		...(s.wages
			? [
					`wage rows read        ${fmt(s.wages.rows)} (${s.wages.series.join(' ')}, ${s.wages.firstMonth} to ${s.wages.lastMonth})${unused(s.wages.unused)}`
				]
			: []),
		// once per set of columns: every postings file has the same unused column
		...new Set(
			[s.salaries, s.aiShare, s.fx, ...(s.postings?.files ?? []), ...(s.wages ? [s.wages] : [])]
				.filter((t) => t.extraColumns.length > 0)
				.map((t) => `ignored columns       ${t.extraColumns.map(excerpt).join(', ')}`)
		),
		`wrote                 ${Object.entries(s.written)
			.map(([f, b]) => `${f} (${fmt(b)} B)`)
			.join(', ')}`,
		`to                    ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		...s.unpinned.map(
			(file) =>
				`note                  ${file} is not a file raw-sources.json pins: recorded in sources.json as unpinned`
		)
	];
	console.log(lines.join('\n'));
	console.log(`\n${reportMarkdown(s.changes, 20)}`);
	if (values.report) {
		await writeFile(values.report, reportMarkdown(s.changes));
		console.log(`the whole report is in ${values.report}`);
	}
	if (!unchanged(s.changes)) console.log('next: npm test, then commit data/');
} catch (error) {
	// bad input is reported as one line, never as a stack trace; DEBUG=1 shows the trace of a bug
	const message = error instanceof Error ? error.message : String(error);
	console.error(error instanceof DataError ? `error: ${message}` : `error: unexpected: ${message}`);
	if (process.env.DEBUG) console.error(error);
	console.error('No snapshot was written; the files in the output folder are unchanged.');
	process.exit(1);
}
