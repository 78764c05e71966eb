/**
 * `npm run data:fetch` against a server on 127.0.0.1 that this test starts and stops: a good
 * fetch, an unchanged re-run, a wrong checksum, a 404, a connection dropped mid-body, a server too
 * slow to answer, and --latest. Every failure must leave the cache exactly as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
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
const blob = (text: string) =>
	createHash('sha1')
		.update(`blob ${Buffer.byteLength(text)}\0${text}`)
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

/** What the server does for each path under /raw/owner/repo/<commit>/. */
type Behaviour = 'ok' | 'drop' | 'slow';
let behaviour: Record<string, Behaviour>;
let files: Record<string, Buffer>;
let newest: string;
let requests: string[];
/** The authorization headers the server was sent. */
let authorizations: (string | undefined)[];
let server: Server;
let base: string;

beforeAll(async () => {
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		requests.push(url.pathname);
		authorizations.push(req.headers.authorization);
		const api = url.pathname.match(/^\/api\/repos\/owner\/repo\/commits$/);
		if (api) {
			res.setHeader('content-type', 'application/json');
			return res.end(JSON.stringify([{ sha: newest }]));
		}
		const key = url.pathname.replace(/^\/raw\/owner\/repo\//, '');
		const body = files[key];
		if (!body) {
			res.statusCode = 404;
			return res.end('Not Found');
		}
		const how = behaviour[key] ?? 'ok';
		res.setHeader('content-length', body.length);
		if (how === 'slow') return res.flushHeaders(); // and never a byte of the body
		if (how === 'drop') {
			res.write(body.subarray(0, body.length >> 1));
			return setTimeout(() => res.socket?.destroy(), 10);
		}
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let cache: string;
beforeEach(async () => {
	cache = await mkdtemp(path.join(tmpdir(), 'fetch-'));
	behaviour = {};
	newest = PINNED;
	requests = [];
	authorizations = [];
	files = {
		[`${PINNED}/data/monthly.csv`]: Buffer.from(RATES),
		[`${PINNED}/salaries.csv.gz`]: gzipSync(SALARIES)
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

/** Every file under the cache and its content. */
async function snapshot(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
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
	expect((await readdir(path.dirname(cache))).filter((e) => e.startsWith(waiting))).toEqual([]);
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
		expect(error.message).toMatch(/transfer failed|ended after/);
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
		expect(requests.length).toBe(2);
		expect(authorizations).toEqual([undefined, undefined]);
	});

	it('--latest changes nothing in the cache when one source fails', async () => {
		await fetchSources(options(manifest(rates, salaries)));
		newest = NEWER;
		files[`${NEWER}/data/monthly.csv`] = Buffer.from(NEWER_RATES);
		// the salaries' newest commit has no file: 404
		await failing(manifest(rates, salaries), { latest: true });
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
