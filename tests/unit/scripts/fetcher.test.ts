/**
 * `npm run data:fetch` against a server on 127.0.0.1 that this test starts and stops: a good
 * fetch, an unchanged re-run, a wrong checksum, a 404, a connection dropped mid-body, a server too
 * slow to answer, and --latest, with files and API answers cut short. Every failure must leave the
 * cache exactly as it was, and no folder that was not there before.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	checksums,
	fetchSources,
	FetchError,
	placeOf,
	rawFile,
	rawFiles,
	type FetchOptions,
	type Manifest,
	type ManifestSource
} from '../../../scripts/fetcher';

// hand-written sources: a plain CSV and one that upstream stores gzipped
const RATES = 'Date,Country,Exchange rate\n2024-01-01,Euro,0.9175\n';
const SALARIES = 'work_year,job_title\n2024,AI Engineer\n2024,Machine Learning Engineer\n';
const NEWER_RATES = `${RATES}2024-02-01,Euro,0.9260\n`;
const PINNED = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const blob = (bytes: string | Buffer) =>
	createHash('sha1')
		.update(`blob ${Buffer.byteLength(bytes)}\0`)
		.update(bytes)
		.digest('hex');

const source = (
	id: string,
	file: string,
	upstream: string,
	text: string,
	gzip = false
): ManifestSource => ({
	id,
	file,
	repo: 'owner/repo',
	path: upstream,
	gzip,
	commit: PINNED,
	size: Buffer.byteLength(text),
	sha256: sha256(text),
	git_blob: blob(text),
	licence: 'CC0 1.0'
});

const manifest = (...sources: ManifestSource[]): Manifest => ({ about: 'test', sources });
const rates = source('fed-fx', 'monthly.csv', 'data/monthly.csv', RATES);
const salaries = source('aijobs-salaries', 'salaries.csv', 'salaries.csv.gz', SALARIES, true);
// a source of several files, one per country in a folder of its own (as the postings index)
const GB_POSTINGS = 'date,jobcountry,indeed_job_postings_index_SA\n2024-01-01,GB,101.5\n';
const EA_POSTINGS = 'date,jobcountry,indeed_job_postings_index_SA\n2024-01-01,EA,98.25\n';
const POSTINGS_ID = 'indeed-job-postings-tracker';
const gbPostings = source(POSTINGS_ID, 'GB/postings_GB.csv', 'GB/postings_GB.csv', GB_POSTINGS);
const eaPostings = source(POSTINGS_ID, 'EA/postings_EA.csv', 'EA/postings_EA.csv', EA_POSTINGS);

/**
 * What the server does for each path under /raw/owner/repo/<commit>/: `drop` closes the connection
 * halfway through a body it said the length of; `cut` sends half a body with no length, as a proxy
 * that lost the rest would, which looks whole to the client.
 */
type Behaviour = 'ok' | 'drop' | 'slow' | 'cut';
let behaviour: Record<string, Behaviour>;
/** What the server does for each answer of GitHub's commits API, in turn; then `ok`. */
let commitsAnswers: (Behaviour | 'no commit')[];
let files: Record<string, Buffer>;
let newest: string;
/** Each request's path and query. */
let requests: string[];
/** The authorization headers the server was sent. */
let authorizations: (string | undefined)[];
let server: Server;
let base: string;

beforeAll(async () => {
	/** Sends `body` as `how` says. */
	const send = (res: ServerResponse, body: Buffer, how: Behaviour) => {
		if (how === 'cut') return res.end(body.subarray(0, body.length >> 1));
		res.setHeader('content-length', body.length);
		if (how === 'slow') return res.flushHeaders(); // and never a byte of the body
		if (how === 'drop') {
			res.write(body.subarray(0, body.length >> 1));
			return setTimeout(() => res.socket?.destroy(), 10);
		}
		res.end(body);
	};
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		requests.push(url.pathname + url.search);
		authorizations.push(req.headers.authorization);
		if (url.pathname === '/api/repos/owner/repo/commits') {
			res.setHeader('content-type', 'application/json');
			const how = commitsAnswers.shift() ?? 'ok';
			const answer = how === 'no commit' ? [] : [{ sha: newest }];
			return send(res, Buffer.from(JSON.stringify(answer)), how === 'no commit' ? 'ok' : how);
		}
		// the contents API names the blob of the file as stored, whatever the raw host then sends
		const contents = url.pathname.match(/^\/api\/repos\/owner\/repo\/contents\/(.+)$/);
		const stored = contents ? files[`${url.searchParams.get('ref')}/${contents[1]}`] : undefined;
		if (contents && stored) {
			res.setHeader('content-type', 'application/json');
			const answer = { type: 'file', path: contents[1], size: stored.length, sha: blob(stored) };
			return res.end(JSON.stringify(answer));
		}
		const key = url.pathname.replace(/^\/raw\/owner\/repo\//, '');
		const body = files[key];
		if (!body || contents) {
			res.statusCode = 404;
			return res.end('Not Found');
		}
		send(res, body, behaviour[key] ?? 'ok');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let cache: string;
beforeEach(async () => {
	cache = await mkdtemp(path.join(tmpdir(), 'fetch-'));
	behaviour = {};
	commitsAnswers = [];
	newest = PINNED;
	requests = [];
	authorizations = [];
	files = {
		[`${PINNED}/data/monthly.csv`]: Buffer.from(RATES),
		[`${PINNED}/salaries.csv.gz`]: gzipSync(SALARIES),
		[`${PINNED}/GB/postings_GB.csv`]: Buffer.from(GB_POSTINGS),
		[`${PINNED}/EA/postings_EA.csv`]: Buffer.from(EA_POSTINGS)
	};
});

const options = (m: Manifest, more: Partial<FetchOptions> = {}): FetchOptions => ({
	manifest: m,
	cache,
	rawBase: `${base}/raw`,
	apiBase: `${base}/api`,
	timeoutMs: 300,
	attempts: 2,
	retryDelayMs: 10,
	...more
});

/** Every file under the cache and its content, or null when there is no such folder. */
async function snapshot(dir: string): Promise<Record<string, string> | null> {
	const out: Record<string, string> = {};
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => null);
	if (!entries) return null;
	for (const entry of entries)
		if (entry.isFile()) {
			const file = path.join(entry.parentPath, entry.name);
			out[path.relative(dir, file)] = await readFile(file, 'utf8');
		}
	return out;
}

/** Runs a fetch that must fail, and checks that the cache did not change. */
async function failing(m: Manifest, more: Partial<FetchOptions> = {}): Promise<FetchError> {
	const before = await snapshot(cache);
	const error = await fetchSources(options(m, more)).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(FetchError);
	expect(await snapshot(cache)).toEqual(before);
	// and nothing is left where the downloads waited
	const waiting = `.${path.basename(cache)}.incoming-`;
	const beside = await readdir(path.dirname(cache)).catch(() => []);
	expect(beside.filter((e) => e.startsWith(waiting))).toEqual([]);
	return error as FetchError;
}

describe('fetchSources', () => {
	it('downloads each source at its pinned commit, unzips, checks and places it', async () => {
		const outcome = await fetchSources(options(manifest(rates, salaries)));
		expect(await snapshot(cache)).toEqual({
			'fed-fx/monthly.csv': RATES,
			'aijobs-salaries/salaries.csv': SALARIES
		});
		expect(outcome.sources).toEqual([
			{ id: 'fed-fx', downloaded: true, moved: false },
			{ id: 'aijobs-salaries', downloaded: true, moved: false }
		]);
		expect(outcome.manifest).toEqual(manifest(rates, salaries));
		expect(await checksums(placeOf(cache, salaries))).toEqual({
			sha256: salaries.sha256,
			git_blob: salaries.git_blob,
			size: salaries.size
		});
	});

	it('does not download again what is already there with the right checksum', async () => {
		await fetchSources(options(manifest(rates, salaries)));
		requests = [];
		const outcome = await fetchSources(options(manifest(rates, salaries)));
		expect(requests).toEqual([]);
		expect(outcome.sources.map((s) => s.downloaded)).toEqual([false, false]);
	});

	it('replaces a cached file whose checksum is wrong', async () => {
		await mkdir(path.join(cache, 'fed-fx'));
		await writeFile(placeOf(cache, rates), 'tampered');
		await fetchSources(options(manifest(rates)));
		expect(await readFile(placeOf(cache, rates), 'utf8')).toBe(RATES);
	});

	it('refuses a file whose checksum is not the pinned one, and places nothing', async () => {
		files[`${PINNED}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		const error = await failing(manifest(salaries, rates));
		expect(error.source).toBe('fed-fx');
		expect(error.message).toMatch(/is not the pinned one/);
		expect(error.message).toMatch(/--latest/);
	});

	it('stops at a 404 at once, naming the source and what to check', async () => {
		const error = await failing(manifest({ ...rates, path: 'data/gone.csv' }));
		expect(error.message).toMatch(
			/^fed-fx: .*404 Not Found\. Check the repository, commit and path/
		);
		// not retried
		expect(requests.filter((r) => r.endsWith('gone.csv'))).toHaveLength(1);
	});

	it('retries a connection dropped mid-body, then gives up with the cache as it was', async () => {
		await fetchSources(options(manifest(salaries)));
		behaviour[`${PINNED}/data/monthly.csv`] = 'drop';
		const error = await failing(manifest(salaries, rates));
		expect(error.source).toBe('fed-fx');
		expect(error.message).toMatch(/connection dropped before the answer from .*monthly\.csv/);
		expect(requests.filter((r) => r.endsWith('monthly.csv'))).toHaveLength(2);
	});

	it('gives up on a server that sends nothing for longer than the timeout', async () => {
		behaviour[`${PINNED}/salaries.csv.gz`] = 'slow';
		const started = performance.now();
		const error = await failing(manifest(rates, salaries));
		expect(error.message).toMatch(/^aijobs-salaries: no data arrived for too long/);
		// two attempts of 300 ms, not a hang
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('--latest moves a pin to the newest upstream file and records its checksums', async () => {
		await fetchSources(options(manifest(rates, salaries)));
		newest = NEWER;
		files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		files[`${NEWER}/salaries.csv.gz`] = gzipSync(SALARIES); // a new commit, the same file
		const outcome = await fetchSources(options(manifest(rates, salaries), { latest: true }));
		expect(await readFile(placeOf(cache, rates), 'utf8')).toBe(NEWER_RATES);
		expect(outcome.sources).toEqual([
			{ id: 'fed-fx', downloaded: true, moved: true },
			{ id: 'aijobs-salaries', downloaded: true, moved: false }
		]);
		expect(outcome.manifest.sources).toEqual([
			{
				...rates,
				commit: NEWER,
				size: Buffer.byteLength(NEWER_RATES),
				sha256: sha256(NEWER_RATES),
				git_blob: blob(NEWER_RATES)
			},
			salaries
		]);
		// each new file was held to the blob GitHub has for it (for the salaries, the gzipped one)
		expect(requests).toEqual(
			expect.arrayContaining([
				`/api/repos/owner/repo/contents/data/monthly.csv?ref=${NEWER}`,
				`/api/repos/owner/repo/contents/salaries.csv.gz?ref=${NEWER}`
			])
		);
	});

	it('--latest refuses a file cut off on the way, naming both blob ids, and changes nothing', async () => {
		await fetchSources(options(manifest(salaries, rates)));
		newest = NEWER;
		files[`${NEWER}/salaries.csv.gz`] = gzipSync(SALARIES);
		files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		// half the file and no content-length: to the client it looks whole
		behaviour[`${NEWER}/data/monthly.csv`] = 'cut';
		const m = manifest(salaries, rates);
		const error = await failing(m, { latest: true });
		expect(error.source).toBe('fed-fx');
		const half = NEWER_RATES.slice(0, Buffer.byteLength(NEWER_RATES) >> 1);
		expect(error.message).toMatch(/^fed-fx: the file from .* is not the one GitHub has/);
		expect(error.message).toContain(blob(half).slice(0, 12));
		expect(error.message).toContain(blob(NEWER_RATES).slice(0, 12));
		expect(error.message).toMatch(/\. It was probably cut off on the way: run it again/);
		// a cut may not happen twice: it is tried again
		expect(error.retriable).toBe(true);
		expect(requests.filter((r) => r === `/raw/owner/repo/${NEWER}/data/monthly.csv`)).toHaveLength(
			2
		);
		expect(m).toEqual(manifest(salaries, rates));
	});

	it('--latest checks a gzipped source’s bytes as served, before they are unzipped', async () => {
		newest = NEWER;
		const served = gzipSync(SALARIES);
		files[`${NEWER}/salaries.csv.gz`] = served;
		behaviour[`${NEWER}/salaries.csv.gz`] = 'cut';
		const error = await failing(manifest(salaries), { latest: true });
		expect(error.message).toContain(blob(served.subarray(0, served.length >> 1)).slice(0, 12));
		expect(error.message).toContain(blob(served).slice(0, 12));
	});

	it('--latest tries the commits API again when its answer is dropped halfway', async () => {
		newest = NEWER;
		files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		commitsAnswers = ['drop'];
		const outcome = await fetchSources(options(manifest(rates), { latest: true }));
		expect(outcome.sources).toEqual([{ id: 'fed-fx', downloaded: true, moved: true }]);
		expect(requests.filter((r) => r.includes('/commits?'))).toHaveLength(2);
	});

	it('--latest says the connection dropped when the commits API never answers in full', async () => {
		commitsAnswers = ['drop', 'drop', 'drop'];
		const error = await failing(manifest(rates), { latest: true });
		expect(error.message).toMatch(
			/^fed-fx: the connection dropped before the answer from .*\/commits\?.* was complete/
		);
		expect(error.message).not.toMatch(/did not name a commit/);
		expect(requests.filter((r) => r.includes('/commits?'))).toHaveLength(2);
	});

	it('--latest tells an API answer cut short from one that names no commit', async () => {
		commitsAnswers = ['cut', 'cut'];
		const cut = await failing(manifest(rates), { latest: true });
		expect(cut.message).toMatch(/^fed-fx: the answer from .*\/commits\?.* was cut off or not JSON/);
		expect(requests).toHaveLength(2);
		requests = [];
		commitsAnswers = ['no commit'];
		const none = await failing(manifest(rates), { latest: true });
		expect(none.message).toMatch(/^fed-fx: .*\/commits\?.* did not name a commit\. Check /);
		// a well-formed answer is not asked again
		expect(requests).toHaveLength(1);
	});

	it('sends a GITHUB_TOKEN to GitHub’s API only, never to another host', async () => {
		process.env.GITHUB_TOKEN = 'secret';
		try {
			newest = NEWER;
			files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
			await fetchSources(options(manifest(rates), { latest: true }));
		} finally {
			delete process.env.GITHUB_TOKEN;
		}
		expect(requests.length).toBe(3);
		expect(authorizations).toEqual([undefined, undefined, undefined]);
	});

	it('--latest changes nothing in the cache when one source fails', async () => {
		await fetchSources(options(manifest(rates, salaries)));
		newest = NEWER;
		files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		// the salaries' newest commit has no file: 404
		await failing(manifest(rates, salaries), { latest: true });
	});

	it('takes away the folders it made when it fails, and leaves them when it succeeds', async () => {
		const root = cache;
		// on a fresh clone neither .cache/ nor .cache/raw is there
		cache = path.join(root, '.cache', 'raw');
		await failing(manifest(rates, { ...salaries, path: 'gone.csv.gz' }));
		expect(await readdir(root)).toEqual([]);
		await fetchSources(options(manifest(rates, salaries)));
		expect(await snapshot(root)).toEqual({
			'.cache/raw/fed-fx/monthly.csv': RATES,
			'.cache/raw/aijobs-salaries/salaries.csv': SALARIES
		});
	});
});

describe('fetchSources on a source of several files', () => {
	it('places each file in its folder under the source’s, naming each by its file', async () => {
		const outcome = await fetchSources(options(manifest(rates, gbPostings, eaPostings)));
		expect(await snapshot(cache)).toEqual({
			'fed-fx/monthly.csv': RATES,
			[`${POSTINGS_ID}/GB/postings_GB.csv`]: GB_POSTINGS,
			[`${POSTINGS_ID}/EA/postings_EA.csv`]: EA_POSTINGS
		});
		// a source of one file is named by its id alone, as before
		expect(outcome.sources).toEqual([
			{ id: 'fed-fx', downloaded: true, moved: false },
			{ id: `${POSTINGS_ID}/GB/postings_GB.csv`, downloaded: true, moved: false },
			{ id: `${POSTINGS_ID}/EA/postings_EA.csv`, downloaded: true, moved: false }
		]);
		expect(outcome.manifest).toEqual(manifest(rates, gbPostings, eaPostings));
		requests = [];
		const again = await fetchSources(options(manifest(rates, gbPostings, eaPostings)));
		expect(requests).toEqual([]);
		expect(again.sources.map((s) => s.downloaded)).toEqual([false, false, false]);
	});

	it('names the file that failed, and leaves no folder it made', async () => {
		const root = cache;
		cache = path.join(root, '.cache', 'raw');
		files[`${PINNED}/EA/postings_EA.csv`] = Buffer.from(`${EA_POSTINGS}2024-01-02,EA,99\n`);
		const error = await failing(manifest(gbPostings, eaPostings));
		expect(error.source).toBe(`${POSTINGS_ID}/EA/postings_EA.csv`);
		expect(error.message).toMatch(
			/^indeed-job-postings-tracker\/EA\/postings_EA\.csv: the file at commit a{7} is not the pinned one/
		);
		// GB had arrived, but nothing is placed unless everything is
		expect(await readdir(root)).toEqual([]);
	});

	it('--latest moves the pin of the one file that changed upstream', async () => {
		await fetchSources(options(manifest(gbPostings, eaPostings)));
		newest = NEWER;
		const newer = `${GB_POSTINGS}2024-01-02,GB,102\n`;
		files[`${NEWER}/GB/postings_GB.csv`] = Buffer.from(newer);
		files[`${NEWER}/EA/postings_EA.csv`] = Buffer.from(EA_POSTINGS);
		const outcome = await fetchSources(options(manifest(gbPostings, eaPostings), { latest: true }));
		expect(outcome.sources.map((s) => s.moved)).toEqual([true, false]);
		expect(outcome.manifest.sources).toEqual([
			{
				...gbPostings,
				commit: NEWER,
				size: newer.length,
				sha256: sha256(newer),
				git_blob: blob(newer)
			},
			eaPostings
		]);
		expect(await readFile(placeOf(cache, gbPostings), 'utf8')).toBe(newer);
	});
});

describe('rawFiles', () => {
	it('reads each file from the cache, else from the shared copies, else names the cache’s place', async () => {
		const shared = path.join(cache, 'shared');
		const roots = { cache: path.join(cache, 'raw'), shared };
		const m = manifest(rates, gbPostings, eaPostings);
		// GB is fetched; EA only in the shared copies; the rates nowhere
		for (const [root, s, text] of [
			[roots.cache, gbPostings, GB_POSTINGS],
			[shared, gbPostings, GB_POSTINGS],
			[shared, eaPostings, EA_POSTINGS]
		] as const) {
			await mkdir(path.dirname(placeOf(root, s)), { recursive: true });
			await writeFile(placeOf(root, s), text);
		}
		expect(rawFiles(m, POSTINGS_ID, roots)).toEqual([
			placeOf(roots.cache, gbPostings),
			placeOf(shared, eaPostings)
		]);
		expect(rawFile(m, 'fed-fx', roots)).toBe(placeOf(roots.cache, rates));
		expect(() => rawFile(m, POSTINGS_ID, roots)).toThrow(
			'raw-sources.json has 2 files for indeed-job-postings-tracker, expected one'
		);
		expect(() => rawFiles(m, 'nothing', roots)).toThrow('raw-sources.json has no source nothing');
	});
});

describe('npm run data:fetch', () => {
	it('prints one line naming the source and what to do, exits 1, and leaves data/ as it was', async () => {
		const data = await snapshot('data');
		// a cache that does not exist yet is not made by a run that fails
		const fresh = path.join(cache, 'raw');
		const run = promisify(execFile);
		const failed = await run(
			process.execPath,
			['--import', 'tsx', 'scripts/fetch.ts', '--cache', fresh],
			{ env: { ...process.env, DATA_FETCH_RAW_BASE: `${base}/raw` } }
		).then(
			() => null,
			(e: { code: number; stderr: string }) => e
		);
		expect(failed?.code).toBe(1);
		const lines = failed?.stderr.trim().split('\n') ?? [];
		// the manifest's first source is not on this server
		expect(lines.filter((l) => l.startsWith('error: '))).toEqual([
			expect.stringMatching(/^error: aijobs-salaries: .*404 Not Found\. Check /)
		]);
		expect(lines.at(-1)).toBe('Nothing was changed in the cache or in raw-sources.json.');
		expect(await readdir(cache)).toEqual([]);
		expect(await snapshot('data')).toEqual(data);
	});
});
