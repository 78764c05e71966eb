import { describe, expect, it } from 'vitest';
import { integer, number, oneOf, orWord, readCell } from '$lib/data/columns';

describe('columns', () => {
	it('refuses empty, hex, infinite and out-of-range numbers', () => {
		const n = number({ above: 0, max: 10 });
		expect(readCell(n, '')).toEqual({ ok: false, problem: 'empty' });
		expect(readCell(n, '0x10').ok).toBe(false);
		expect(readCell(n, '1e999').ok).toBe(false);
		expect(readCell(n, '0')).toEqual({ ok: false, problem: '0 is not above 0' });
		expect(readCell(n, '11')).toEqual({ ok: false, problem: '11 is above 10' });
		expect(readCell(n, '2.5e0')).toEqual({ ok: true, value: 2.5 });
	});

	it('reads words or values', () => {
		const year = orWord(integer(), ['all']);
		expect(readCell(year, 'all')).toEqual({ ok: true, value: 'all' });
		expect(readCell(year, '2024')).toEqual({ ok: true, value: 2024 });
		expect(readCell(year, '2024.5').ok).toBe(false);
		expect(readCell(oneOf(['a', 'b']), 'c')).toEqual({ ok: false, problem: '"c" is not allowed' });
	});
});

describe('decimal', () => {
	it('reads exactly what the DECIMAL pattern allows, finite only', async () => {
		const { decimal } = await import('$lib/data/columns');
		const fc = (await import('fast-check')).default;
		const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
		const cases = [
			'1',
			'-1',
			'+1',
			'1.',
			'.5',
			'1e5',
			'-.5e-3',
			'0x10',
			'0b1',
			'0o7',
			' 1',
			'1 ',
			'',
			'.',
			'+',
			'Infinity',
			'-Infinity',
			'1_0',
			'1e',
			'0',
			'00012',
			'1e999'
		];
		const samples = fc.sample(
			fc.oneof(
				fc.string({ unit: fc.constantFrom(...'0123456789+-.eExbo '.split('')) }),
				fc.double().map(String)
			),
			3000
		);
		for (const raw of [...cases, ...samples]) {
			const expected = DECIMAL.test(raw) && Number.isFinite(Number(raw)) ? Number(raw) : NaN;
			expect(decimal(raw), JSON.stringify(raw)).toBe(expected);
		}
	});
});

describe('digits', () => {
	it('reads 1 to 15 plain digits exactly as Number does, and nothing else', async () => {
		const { digits } = await import('$lib/data/columns');
		const fc = (await import('fast-check')).default;
		const cases = [
			'0',
			'007',
			'2025',
			'999999999999999',
			'9999999999999999',
			'',
			'-1',
			'+1',
			'1.0',
			'1e3',
			' 1',
			'１'
		];
		const samples = fc.sample(
			fc.string({ unit: fc.constantFrom(...'0123456789+-.e '.split('')) }),
			3000
		);
		for (const raw of [...cases, ...samples]) {
			const expected = /^\d{1,15}$/.test(raw) ? Number(raw) : -1;
			expect(digits(raw), JSON.stringify(raw)).toBe(expected);
		}
	});
});

describe('integer', () => {
	it('reads whole numbers with a sign or more than 15 digits too', () => {
		const column = integer();
		expect(readCell(column, '-12')).toEqual({ ok: true, value: -12 });
		expect(readCell(column, '+7')).toEqual({ ok: true, value: 7 });
		expect(readCell(column, '1234567890123456')).toEqual({ ok: true, value: 1234567890123456 });
		expect(readCell(column, '12.0').ok).toBe(false);
	});
});
