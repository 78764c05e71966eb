/**
 * One timed run in a fresh process, so each run's peak memory is its own:
 *   tsx scripts/bench/child.ts parse <file>          papaparse's bare streaming parse
 *   tsx scripts/bench/child.ts import <file> <out>   the whole importer
 * Prints one JSON line: { ms, maxRssMb, rows }.
 */
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { MANIFEST, rawFile, type Manifest } from '../fetcher';
import { runImport } from '../importer';

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'parse' && mode !== 'import')) {
	console.error('usage: child.ts parse|import <file>');
	process.exit(2);
}

const started = performance.now();
let rows = 0;
if (mode === 'parse') {
	await new Promise<void>((resolve, reject) =>
		Papa.parse(createReadStream(file) as unknown as File, {
			chunk: (r) => {
				rows += r.data.length;
			},
			complete: () => resolve(),
			error: reject
		})
	);
} else {
	const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
	const out = await mkdtemp(path.join(tmpdir(), 'bench-import-'));
	for (const f of ['roles.csv', 'regions.csv'])
		await cp(path.resolve(import.meta.dirname, '../../data', f), path.join(out, f));
	const summary = await runImport({
		salaries: file,
		// the other sources as `npm run data:import` reads them (.cache/raw, else ../shared)
		aiShare: rawFile(manifest, 'indeed-ai-tracker'),
		fx: rawFile(manifest, 'fed-fx'),
		out
	});
	rows = summary.salaries.rows;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
