/**
 * `npm run data:fetch [-- --latest] [--cache <dir>]`
 * Downloads the raw sources of raw-sources.json into .cache/raw (see fetcher.ts). With --latest it
 * asks for each source's newest upstream file, checks it against the git blob id GitHub reports for
 * it, and moves the manifest's pins to it.
 *
 * The hosts can be set for tests and mirrors: DATA_FETCH_RAW_BASE (default
 * https://raw.githubusercontent.com) and DATA_FETCH_API_BASE (default https://api.github.com).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
	CACHE,
	FetchError,
	fetchSources,
	GITHUB,
	MANIFEST,
	type Manifest,
	type Progress
} from './fetcher';

function usage(message: string): never {
	console.error(`${message}
usage: npm run data:fetch -- [--latest] [--cache <dir>]
  --latest  take each source's newest upstream version and update raw-sources.json
  --cache   where the files go (default .cache/raw)`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			latest: { type: 'boolean', default: false },
			cache: { type: 'string', default: CACHE },
			help: { type: 'boolean', short: 'h', default: false }
		}
	}));
} catch (error) {
	usage((error as Error).message);
}
if (values.help) usage('Downloads the raw sources named in raw-sources.json, checking each.');

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
// on a terminal one line per source is rewritten as bytes arrive; elsewhere (CI logs) it is
// printed once, when the source is done
const tty = process.stderr.isTTY;
let lastDraw = 0;
function show(p: Progress) {
	if (p.kind === 'bytes') {
		if (!tty || performance.now() - lastDraw < 100) return;
		lastDraw = performance.now();
		process.stderr.write(
			`\r${p.id}: ${mb(p.received)}${p.total ? ` of ${mb(p.total)}` : ''} downloaded…\x1b[K`
		);
		return;
	}
	if (tty) process.stderr.write('\r\x1b[K');
	if (p.kind === 'present') console.error(`${p.id}: already here, checksum matches`);
	else if (p.kind === 'retry')
		console.error(`${p.id}: ${p.reason}; trying again (attempt ${p.attempt})`);
	else console.error(`${p.id}: ${mb(p.size)} downloaded, checksum verified`);
}

try {
	const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
	const outcome = await fetchSources({
		manifest,
		cache: values.cache,
		latest: values.latest,
		rawBase: process.env.DATA_FETCH_RAW_BASE ?? GITHUB.raw,
		apiBase: process.env.DATA_FETCH_API_BASE ?? GITHUB.api,
		progress: show
	});
	const moved = outcome.sources.filter((s) => s.moved);
	if (moved.length > 0) {
		await writeFile(MANIFEST, `${JSON.stringify(outcome.manifest, null, '\t')}\n`);
		console.log(
			`updated raw-sources.json: ${moved.map((s) => s.id).join(', ')} moved to newer upstream files`
		);
	} else if (values.latest) console.log('every source is already at its newest upstream version');
	console.log(
		`raw sources are in ${path.relative(process.cwd(), values.cache) || '.'}; next: npm run data:import`
	);
} catch (error) {
	console.error(
		error instanceof FetchError
			? `error: ${error.message}`
			: `error: unexpected: ${(error as Error).message}`
	);
	if (process.env.DEBUG) console.error(error);
	console.error('Nothing was changed in the cache or in raw-sources.json.');
	process.exit(1);
}
