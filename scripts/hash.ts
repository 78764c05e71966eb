/**
 * SHA-256 of a file on a worker thread, so that hashing a large raw file runs beside its parse
 * instead of inside it. The worker is plain CommonJS run from a string (no TypeScript loader, no
 * flags inherited) and reads through one reused buffer, so it adds little memory.
 */
import { Worker } from 'node:worker_threads';

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
