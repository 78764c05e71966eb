/**
 * SHA-256 of a file. A large file is hashed on a worker thread, so that hashing a large raw file
 * runs beside its parse instead of inside it; the worker is plain CommonJS run from a string (no
 * TypeScript loader, no flags inherited) and reads through one reused buffer. A small file is
 * hashed at once on this thread: starting a worker would cost more time and memory than hashing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Files up to this size are hashed on this thread (a few milliseconds). */
const INLINE_BYTES = 4 << 20;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 16);
const fd = openSync(workerData, 'r');
try {
	for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
} finally {
	closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

export interface FileHash {
	/** The hex digest; rejects if the file cannot be read. */
	digest: Promise<string>;
	/** Stops the worker (after a failed import nobody needs the digest). */
	cancel: () => void;
}

export function hashFile(file: string): FileHash {
	let small: boolean;
	try {
		small = statSync(file).size <= INLINE_BYTES;
	} catch (error) {
		const digest = Promise.reject(error);
		digest.catch(() => {});
		return { digest, cancel: () => {} };
	}
	if (small) {
		const digest = new Promise<string>((resolve) =>
			resolve(createHash('sha256').update(readFileSync(file)).digest('hex'))
		);
		digest.catch(() => {});
		return { digest, cancel: () => {} };
	}
	const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: file });
	const digest = new Promise<string>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', () => reject(new Error('hashing stopped')));
	});
	// whoever fails first reports the error; a digest nobody waits for must not crash the process
	digest.catch(() => {});
	return { digest, cancel: () => void worker.terminate() };
}
