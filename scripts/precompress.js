/**
 * A gzip and a brotli copy beside every text file of the built site (`index.html.gz`,
 * `index.html.br`), which `npm start` (sirv) and static hosts that look for them send instead of
 * compressing on each request: what adapter-static's `precompress` option writes, with two
 * differences the few thousand prerendered embed pages (`embed/`, one per chart and filter state)
 * call for.
 *
 * - A few files at a time: adapter-static opens every file at once, and ran out of file handles.
 * - Brotli at quality 6 for `embed/` (quality 11 elsewhere, as adapter-static does): quality 11
 *   took about 40 s of the build for those pages, for about a tenth fewer bytes on pages of about
 *   4 KB.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The files adapter-static compresses. */
const TEXT = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.wasm',
	'.txt',
	'.md',
	'.mdx'
]);

/** @param {string} dir  @returns {Promise<string[]>} */
async function textFiles(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && TEXT.has(path.extname(e.name)))
		.map((e) => path.join(e.parentPath, e.name));
}

/** @param {string} file  @param {boolean} quick */
async function compress(file, quick) {
	await pipeline(
		createReadStream(file),
		zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION }),
		createWriteStream(`${file}.gz`)
	);
	await pipeline(
		createReadStream(file),
		zlib.createBrotliCompress({
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]: quick ? 6 : zlib.constants.BROTLI_MAX_QUALITY
			}
		}),
		createWriteStream(`${file}.br`)
	);
}

/** Compresses every text file under `dir`, as many at a time as there are cores. */
export async function precompress(dir) {
	const files = await textFiles(dir);
	const embeds = path.join(dir, 'embed') + path.sep;
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = /** @type {string} */ (files[next++]);
			await compress(file, file.startsWith(embeds));
		}
	};
	await Promise.all(Array.from({ length: availableParallelism() }, worker));
}
