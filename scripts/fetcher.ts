/**
 * Downloads the raw sources named in `raw-sources.json` (the manifest) into a cache folder, each
 * pinned to an upstream commit and checked against its size and SHA-256 before it is put in place.
 *
 * Every download goes to a folder of its own beside the cache (`.raw.incoming-<pid>`); only when
 * all sources have arrived and passed their checks are they moved into place (`<cache>/<id>/<file>`).
 * On any failure that folder is removed and nothing else is touched, so the cache is exactly as it
 * was; the folders the run made (the cache's parent, the cache, a source's folder) go with it. A
 * file already in place with the pinned checksum is not downloaded again.
 *
 * With `latest` there is no checksum to hold a new file to, so the bytes as served are checked
 * against the git blob id GitHub reports for the path at that commit: a file cut off on the way
 * (a proxy that drops the end of an answer without a content-length) does not become a pin.
 *
 * The hosts are parameters (`rawBase`, `apiBase`) so that the tests can serve sources from
 * 127.0.0.1; by default they are GitHub's.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';

export interface ManifestSource {
	/**
	 * The source's folder in the cache, as in ../shared/data/raw. A source of several files (the
	 * postings index, one file per country) has an entry per file, all with its id.
	 */
	id: string;
	/** The file's path in that folder (`monthly.csv`, `GB/aggregate_job_postings_GB.csv`). */
	file: string;
	/** `owner/name` on GitHub, and the file's path there. */
	repo: string;
	path: string;
	/** Whether upstream stores it gzipped (it is placed unzipped). */
	gzip: boolean;
	commit: string;
	/** Of the file as placed: bytes, SHA-256 and git blob id. */
	size: number;
	sha256: string;
	git_blob: string;
	licence: string;
	note?: string;
}

export interface Manifest {
	about: string;
	sources: ManifestSource[];
}

export const GITHUB = {
	raw: 'https://raw.githubusercontent.com',
	api: 'https://api.github.com'
};

export interface FetchOptions {
	manifest: Manifest;
	/** The cache folder (`.cache/raw`). */
	cache: string;
	/** Ask upstream for each path's newest commit instead of the pinned one. */
	latest?: boolean;
	rawBase?: string;
	apiBase?: string;
	/** An attempt fails when no byte has arrived for this long. */
	timeoutMs?: number;
	/** Attempts per transfer (a 404 or a file that is not the pinned one is not retried). */
	attempts?: number;
	/** Waited before the second attempt, twice that before the third, … */
	retryDelayMs?: number;
	progress?: (event: Progress) => void;
}

export type Progress =
	| { id: string; kind: 'present' }
	| { id: string; kind: 'bytes'; received: number; total: number | null }
	| { id: string; kind: 'retry'; attempt: number; reason: string }
	| { id: string; kind: 'done'; size: number };

export interface FetchOutcome {
	/** The manifest with the pins the files in the cache now have (changed only with `latest`). */
	manifest: Manifest;
	/**
	 * Per source (per file of a source of several, named as `sourceName` names it): whether it was
	 * already in place, and whether its pin moved.
	 */
	sources: { id: string; downloaded: boolean; moved: boolean }[];
}

/** A failure, with the source it concerns and what the maintainer can do about it. */
export class FetchError extends Error {
	constructor(
		readonly source: string,
		readonly problem: string,
		readonly advice: string,
		readonly retriable = false
	) {
		super(`${source}: ${problem}. ${advice}`);
	}
}

/** Where a source is placed in the cache. */
export const placeOf = (cache: string, s: Pick<ManifestSource, 'id' | 'file'>) =>
	path.join(cache, s.id, s.file);

const ROOT = path.resolve(import.meta.dirname, '..');
export const MANIFEST = path.join(ROOT, 'raw-sources.json');
/** Where `npm run data:fetch` puts the sources (git-ignored). */
export const CACHE = path.join(ROOT, '.cache/raw');
/** The copies of the raw sources beside the repository, for development. */
export const SHARED = path.resolve(ROOT, '../shared/data/raw');

/** The folders raw files are read from: the cache, and the shared copies (the tests give others). */
export interface RawRoots {
	cache: string;
	shared: string;
}

/**
 * Where each file of a source is read from by default, in the manifest's order: the fetched copy,
 * else the shared one where there is one, else where the fetched copy belongs (so that what is
 * missing is named as the cache's). Each file is looked for on its own.
 */
export function rawFiles(
	manifest: Manifest,
	id: string,
	roots: RawRoots = { cache: CACHE, shared: SHARED }
): string[] {
	const sources = manifest.sources.filter((s) => s.id === id);
	if (sources.length === 0) throw new Error(`raw-sources.json has no source ${id}`);
	return sources.map((source) => {
		const cached = placeOf(roots.cache, source);
		const shared = placeOf(roots.shared, source);
		return !existsSync(cached) && existsSync(shared) ? shared : cached;
	});
}

/** Where the one file of a source is read from by default (see `rawFiles`). */
export function rawFile(manifest: Manifest, id: string, roots?: RawRoots): string {
	const files = rawFiles(manifest, id, roots);
	if (files.length !== 1)
		throw new Error(`raw-sources.json has ${files.length} files for ${id}, expected one`);
	return files[0] as string;
}

/**
 * How messages name a source: its id, or `<id>/<file>` for a file of a source of several (the
 * postings index's `indeed-job-postings-tracker/GB/aggregate_job_postings_GB.csv`).
 */
export function sourceName(manifest: Manifest, source: ManifestSource): string {
	const several = manifest.sources.filter((s) => s.id === source.id).length > 1;
	return several ? `${source.id}/${source.file}` : source.id;
}

/** The SHA-256, git blob id and size of a file, or null when there is none. */
export async function checksums(
	file: string
): Promise<{ sha256: string; git_blob: string; size: number } | null> {
	const size = await stat(file).then(
		(s) => (s.isFile() ? s.size : null),
		() => null
	);
	if (size === null) return null;
	const sha256 = createHash('sha256');
	const blob = createHash('sha1').update(`blob ${size}\0`);
	for await (const chunk of createReadStream(file)) {
		sha256.update(chunk as Buffer);
		blob.update(chunk as Buffer);
	}
	return { sha256: sha256.digest('hex'), git_blob: blob.digest('hex'), size };
}

/** Downloads wait beside the cache, in a folder of their own, until all have passed. */
const incomingPrefix = (cache: string) => `.${path.basename(cache)}.incoming-`;

export async function fetchSources(options: FetchOptions): Promise<FetchOutcome> {
	const { manifest, cache } = options;
	const progress = options.progress ?? (() => {});
	const parent = path.dirname(cache);
	const incoming = path.join(parent, `${incomingPrefix(cache)}${process.pid}`);
	// the outermost folder of each `mkdir` that had to make one: a failed run takes them away
	// again, so that on a fresh clone it does not leave an empty .cache/ behind
	const made: string[] = [];
	const makeFolder = async (folder: string) => {
		const first = await mkdir(folder, { recursive: true });
		if (first !== undefined) made.push(first);
	};
	const arrived: { source: ManifestSource; file: string }[] = [];
	const outcome: FetchOutcome['sources'] = [];
	const pins: ManifestSource[] = [];
	try {
		await makeFolder(parent);
		// what an interrupted run left behind is not part of the cache
		for (const entry of await readdir(parent))
			if (entry.startsWith(incomingPrefix(cache)))
				await rm(path.join(parent, entry), { recursive: true, force: true });
		for (const placed of manifest.sources) {
			// `placed` says where the file goes; `source` is the same entry as messages name it
			const source = { ...placed, id: sourceName(manifest, placed) };
			const commit = options.latest ? await newestCommit(source, options) : source.commit;
			let moved = commit !== source.commit;
			const present = await checksums(placeOf(cache, placed));
			if (!moved && present?.sha256 === source.sha256 && present.size === source.size) {
				progress({ id: source.id, kind: 'present' });
				outcome.push({ id: source.id, downloaded: false, moved });
				pins.push(placed);
				continue;
			}
			// a file at another commit than the pin has no checksum of ours to be held to
			const upstream = moved ? await upstreamBlob(source, commit, options) : null;
			const url = `${options.rawBase ?? GITHUB.raw}/${source.repo}/${commit}/${source.path}`;
			const file = placeOf(incoming, placed);
			// a gzipped source is kept as served until its blob id is checked, then unzipped
			const served = source.gzip ? `${file}.served` : file;
			await mkdir(path.dirname(file), { recursive: true });
			await withRetries(source, options, url, async () => {
				await download(source, url, served, options);
				const blob = upstream && (await checksums(served))?.git_blob;
				if (upstream && blob !== upstream)
					throw new FetchError(
						source.id,
						`the file from ${url} is not the one GitHub has at commit ${commit.slice(0, 7)} (git blob ${blob?.slice(0, 12)}…; GitHub reports ${upstream.slice(0, 12)}…)`,
						'It was probably cut off on the way: run it again, and if it persists check the network or proxy between here and GitHub',
						true
					);
				if (source.gzip) {
					await pipeline(createReadStream(served), createGunzip(), createWriteStream(file));
					await rm(served);
				}
			});
			const got = (await checksums(file)) as NonNullable<Awaited<ReturnType<typeof checksums>>>;
			if (!moved && (got.sha256 !== source.sha256 || got.size !== source.size))
				throw new FetchError(
					source.id,
					`the file at commit ${commit.slice(0, 7)} is not the pinned one (${got.size} bytes, SHA-256 ${got.sha256.slice(0, 12)}…; expected ${source.size} bytes, ${source.sha256.slice(0, 12)}…)`,
					'Check the manifest entry in raw-sources.json, or run `npm run data:fetch -- --latest` to take the newest upstream file on purpose'
				);
			progress({ id: source.id, kind: 'done', size: got.size });
			arrived.push({ source: placed, file });
			// a newer commit that left the file as it was leaves the pin where it was
			if (moved && got.sha256 === source.sha256) moved = false;
			outcome.push({ id: source.id, downloaded: true, moved });
			pins.push(moved ? { ...placed, commit, ...got } : placed);
		}
		// every source is here and checked: only now does anything in the cache change
		for (const { source, file } of arrived) {
			const place = placeOf(cache, source);
			await makeFolder(path.dirname(place));
			await rename(file, place);
		}
	} catch (error) {
		// nothing was in them before this run; the failure, not a failure to tidy up, is the news
		for (const folder of made.reverse())
			await rm(folder, { recursive: true, force: true }).catch(() => {});
		throw error;
	} finally {
		await rm(incoming, { recursive: true, force: true });
	}
	return { manifest: { ...manifest, sources: pins }, sources: outcome };
}

/** The newest commit that changed the source's path upstream (GitHub's commits API). */
async function newestCommit(source: ManifestSource, options: FetchOptions): Promise<string> {
	const base = options.apiBase ?? GITHUB.api;
	const url = `${base}/repos/${source.repo}/commits?path=${encodeURIComponent(source.path)}&per_page=1`;
	return withRetries(source, options, url, async () => {
		const body = await (await request(source, url, options, 'application/vnd.github+json')).json();
		const sha = Array.isArray(body) ? (body[0] as { sha?: unknown } | null)?.sha : undefined;
		if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha))
			throw new FetchError(
				source.id,
				`${url} did not name a commit`,
				'Check that the repository and path in raw-sources.json still exist upstream'
			);
		return sha;
	});
}

/** The git blob id of the source's path at a commit, as stored upstream (GitHub's contents API). */
async function upstreamBlob(
	source: ManifestSource,
	commit: string,
	options: FetchOptions
): Promise<string> {
	const base = options.apiBase ?? GITHUB.api;
	const where = source.path.split('/').map(encodeURIComponent).join('/');
	const url = `${base}/repos/${source.repo}/contents/${where}?ref=${commit}`;
	return withRetries(source, options, url, async () => {
		// the default answer carries the content too, which GitHub refuses for files over 1 MB;
		// the object form gives the blob id of files up to 100 MB
		const answer = await request(source, url, options, 'application/vnd.github.object+json');
		const body = await answer.json();
		const sha = (body as { sha?: unknown } | null)?.sha;
		if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha))
			throw new FetchError(
				source.id,
				`${url} did not name the file's git blob`,
				'Check that the path in raw-sources.json is a file upstream'
			);
		return sha;
	});
}

async function withRetries<T>(
	source: ManifestSource,
	options: FetchOptions,
	url: string,
	attempt: () => Promise<T>
): Promise<T> {
	const attempts = options.attempts ?? 3;
	for (let n = 1; ; n++) {
		try {
			return await attempt();
		} catch (error) {
			const failure = asFetchError(source, url, error);
			if (!failure.retriable || n >= attempts) throw failure;
			options.progress?.({ id: source.id, kind: 'retry', attempt: n + 1, reason: failure.problem });
			await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 1000) * n));
		}
	}
}

/** A GET whose every wait (for the answer, for each piece of the body) ends after `timeoutMs`. */
async function request(
	source: ManifestSource,
	url: string,
	options: FetchOptions,
	accept?: string
) {
	const timeoutMs = options.timeoutMs ?? 30_000;
	const controller = new AbortController();
	let timer = setTimeout(() => controller.abort(), timeoutMs);
	const headers: Record<string, string> = { 'user-agent': 'ml-vs-ai-engineer data:fetch' };
	if (accept) headers.accept = accept;
	// GitHub's API allows 60 requests an hour without a token: the refresh workflow passes its own,
	// which is sent to GitHub's API and nowhere else
	const token = process.env.GITHUB_TOKEN;
	if (token && new URL(url).origin === GITHUB.api) headers.authorization = `Bearer ${token}`;
	const response = await fetch(url, { signal: controller.signal, headers }).catch((error) => {
		clearTimeout(timer);
		throw error;
	});
	clearTimeout(timer);
	if (response.status === 404)
		throw new FetchError(
			source.id,
			`${url} answered 404 Not Found`,
			'Check the repository, commit and path in raw-sources.json'
		);
	if (!response.ok || !response.body)
		throw new FetchError(
			source.id,
			`${url} answered ${response.status} ${response.statusText}`,
			'Try again later',
			response.status >= 500 || response.status === 429
		);
	// the body, with the same timeout between pieces (errors pass through `pipeline`, not `pipe`)
	const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
	const watch = new Transform({
		transform(chunk, _, done) {
			clearTimeout(timer);
			timer = setTimeout(() => controller.abort(), timeoutMs);
			done(null, chunk);
		},
		flush(done) {
			clearTimeout(timer);
			done();
		}
	});
	timer = setTimeout(() => controller.abort(), timeoutMs);
	return {
		length: Number(response.headers.get('content-length')) || null,
		body,
		watch,
		json: async () => {
			const chunks: Buffer[] = [];
			await pipeline(body, watch, async (source: AsyncIterable<Buffer>) => {
				for await (const chunk of source) chunks.push(chunk);
			});
			try {
				return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
			} catch {
				// an answer without a content-length that a proxy cut short ends like a whole one
				throw new FetchError(
					source.id,
					`the answer from ${url} was cut off or not JSON`,
					'Try again later',
					true
				);
			}
		}
	};
}

/** The file at `url`, as served, into `file`. */
async function download(
	source: ManifestSource,
	url: string,
	file: string,
	options: FetchOptions
): Promise<void> {
	const response = await request(source, url, options);
	let received = 0;
	const count = new Transform({
		transform(chunk: Buffer, _, done) {
			received += chunk.length;
			options.progress?.({ id: source.id, kind: 'bytes', received, total: response.length });
			done(null, chunk);
		}
	});
	await pipeline(response.body, response.watch, count, createWriteStream(file));
	if (response.length !== null && received !== response.length)
		throw new FetchError(
			source.id,
			`${url} ended after ${received} of ${response.length} bytes`,
			'Try again later',
			true
		);
}

/** How a connection that the other side (or something between) closed early shows. */
const DROPPED = new Set([
	'UND_ERR_SOCKET',
	'UND_ERR_CLOSED',
	'ECONNRESET',
	'EPIPE',
	'ERR_STREAM_PREMATURE_CLOSE'
]);

/**
 * Any error of a transfer from `url` as a FetchError: network failures and timeouts may be
 * retried.
 */
function asFetchError(source: ManifestSource, url: string, error: unknown): FetchError {
	if (error instanceof FetchError) return error;
	const e = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
	const code = e.code ?? e.cause?.code;
	if (code === 'ENOSPC')
		return new FetchError(source.id, 'the disk is full', 'Free some space and run it again');
	if (code === 'EACCES' || code === 'EROFS')
		return new FetchError(
			source.id,
			`cannot write the cache (${code})`,
			'Check the permissions of the cache folder'
		);
	if (e.name === 'AbortError')
		return new FetchError(
			source.id,
			`no data arrived for too long from ${url}`,
			'Check the network connection and run it again',
			true
		);
	if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
		return new FetchError(
			source.id,
			'the download is not a complete gzip file',
			'Run it again; if it persists, check the manifest entry',
			true
		);
	if (code !== undefined && DROPPED.has(code))
		return new FetchError(
			source.id,
			`the connection dropped before the answer from ${url} was complete (${code})`,
			'Check the network connection and run it again',
			true
		);
	const reason = e.cause?.message ?? e.message;
	return new FetchError(
		source.id,
		`the transfer from ${url} failed (${code ?? reason})`,
		'Check the network connection and run it again',
		true
	);
}
