import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../scripts/hash';

describe('hashFile', () => {
	it('gives the SHA-256 of the whole file, across many reads', async () => {
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'hash-')), 'big.csv');
		// a little over three of the worker's 64 KiB reads
		await writeFile(file, 'a,b,c\n'.repeat(35_000));
		const expected = createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
		expect(await hashFile(file).digest).toBe(expected);
	});

	it('rejects for a file that cannot be read', async () => {
		await expect(hashFile('/nonexistent/raw.csv').digest).rejects.toThrow('ENOENT');
	});

	it('can be cancelled without an unhandled rejection', async () => {
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'hash-')), 'small.csv');
		await writeFile(file, 'a\n');
		const hash = hashFile(file);
		hash.cancel();
		await expect(hash.digest).rejects.toThrow();
	});
});
