import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../scripts/hash';

describe('hashFile', () => {
	it('gives the SHA-256 of the whole file, across many reads', async () => {
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'hash-')), 'big.csv');
		// over 4 MiB: on the worker, in many of its 64 KiB reads
		await writeFile(file, 'a,b,c\n'.repeat(800_000));
		const expected = createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
		expect(await hashFile(file).digest).toBe(expected);
	});

	it('hashes a small file at once, to the same digest', async () => {
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'hash-')), 'small.csv');
		await writeFile(file, 'a,b,c\n'.repeat(1000));
		const expected = createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
		expect(await hashFile(file).digest).toBe(expected);
	});

	it('rejects for a file that cannot be read', async () => {
		await expect(hashFile('/nonexistent/raw.csv').digest).rejects.toThrow('ENOENT');
	});

	it('can be cancelled without an unhandled rejection', async () => {
		// only a large file has a worker to stop
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'hash-')), 'large.csv');
		await writeFile(file, 'a,b,c\n'.repeat(800_000));
		const hash = hashFile(file);
		hash.cancel();
		await expect(hash.digest).rejects.toThrow();
	});
});
