import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unpack } from '$lib/data/pack';

describe('pack', () => {
	it('writes the keys once and each key’s values down the rows', () => {
		const rows = [
			{ role: 'ml_engineer', period: 2024, median: 197500 },
			{ role: 'ai_engineer', period: '2023-2025', median: null }
		];
		expect(pack(rows)).toEqual({
			keys: ['role', 'period', 'median'],
			columns: [
				['ml_engineer', 'ai_engineer'],
				[2024, '2023-2025'],
				[197500, null]
			]
		});
	});

	it('packs no rows as no keys and no rows', () => {
		expect(pack([])).toEqual({ keys: [], columns: [] });
		expect(unpack(pack([]))).toEqual([]);
	});

	it('is shorter as JSON than the objects it packs', () => {
		const rows = Array.from({ length: 50 }, (_, i) => ({
			region: 'gb',
			period: 2020 + (i % 5),
			n: i
		}));
		expect(JSON.stringify(pack(rows)).length).toBeLessThan(JSON.stringify(rows).length / 2);
	});

	it('unpacks to exactly the rows it was given, nulls and key order included', () => {
		const row = fc.record({
			a: fc.oneof(fc.string(), fc.constant(null)),
			b: fc.oneof(fc.double({ noNaN: true }), fc.constant(null)),
			c: fc.integer()
		});
		fc.assert(
			fc.property(fc.array(row), (rows) => {
				const back = unpack(pack(rows));
				expect(back).toEqual(rows);
				back.forEach((r) => expect(Object.keys(r)).toEqual(['a', 'b', 'c']));
			})
		);
	});
});
