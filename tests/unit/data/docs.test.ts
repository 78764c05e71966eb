import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, SCHEMAS, type CsvFile } from '$lib/data/docs';
import { SNAPSHOT_FILES } from '$lib/data/files';

describe('column documentation', () => {
	it('covers every CSV snapshot and exactly its schema’s columns', () => {
		const csv = SNAPSHOT_FILES.filter((f): f is CsvFile => f.endsWith('.csv'));
		expect(Object.keys(SCHEMAS).sort()).toEqual([...csv].sort());
		for (const file of csv)
			expect(Object.keys(COLUMN_DOCS[file]), file).toEqual(Object.keys(SCHEMAS[file]));
	});
});
