import { describe, expect, it } from 'vitest';
import {
	code,
	integer,
	number,
	oneOf,
	orWord,
	quote,
	readCell,
	text,
	type Column
} from '$lib/data/columns';

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

/** Every character that must not reach a terminal raw (see UNSAFE in columns.ts). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('quote: input as an error message shows it', () => {
	it('is JSON for plain text', async () => {
		const { quote } = await import('$lib/data/columns');
		const fc = (await import('fast-check')).default;
		for (const raw of ['', 'lots', 'Smith, "J"', 'a\\b', 'Ingénieur', '😀'])
			expect(quote(raw)).toBe(JSON.stringify(raw));
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (raw) => {
				expect(quote(raw)).toBe(JSON.stringify(raw));
			})
		);
	});

	it('escapes control characters visibly, so a message stays one harmless line', async () => {
		const { quote, excerpt } = await import('$lib/data/columns');
		expect(quote('\x1b[31mred\x1b[0m')).toBe('"\\x1b[31mred\\x1b[0m"');
		expect(quote('\x1b[2J\x1b]0;pwned\x07')).toBe('"\\x1b[2J\\x1b]0;pwned\\x07"');
		expect(quote('a\tb\r\nc\0')).toBe('"a\\tb\\r\\nc\\x00"');
		// DEL, C1 controls, line separators and bidirectional overrides and isolates
		expect(quote('\x7f\x85\x9b\u2028\u2029')).toBe('"\\x7f\\x85\\x9b\\u2028\\u2029"');
		expect(quote('abc\u202edcb\u2066x\u2069\u200f')).toBe(
			'"abc\\u202edcb\\u2066x\\u2069\\u200f"'
		);
		// a lone surrogate is escaped, a pair is a character
		expect(quote('a\ud800b😀')).toBe('"a\\ud800b😀"');
		// without quotation marks, `"` and `\` stay as they are
		expect(excerpt('na"me\\\x1b')).toBe('na"me\\\\x1b');
		// every character of the Basic Multilingual Plane, a hundred at a time
		const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
		for (let at = 0; at < all.length; at += 100)
			expect(CONTROL.test(quote(all.slice(at, at + 100))), `from U+${at.toString(16)}`).toBe(false);
	});

	it('shows at most 200 characters, with … and the length of the whole', async () => {
		const { quote, excerpt, SHOWN_MAX } = await import('$lib/data/columns');
		expect(SHOWN_MAX).toBe(200);
		const big = 'a'.repeat(1_048_576);
		expect(quote(big)).toBe(`"${'a'.repeat(200)}…" (1,048,576 characters)`);
		expect(excerpt(big)).toBe(`${'a'.repeat(200)}… (1,048,576 characters)`);
		expect(quote('a'.repeat(200))).toBe(`"${'a'.repeat(200)}"`);
		expect(quote('a'.repeat(201))).toBe(`"${'a'.repeat(200)}…" (201 characters)`);
		// escapes count as what they show; a surrogate pair is never cut in half
		expect(quote('\x1b'.repeat(1000))).toBe(`"${'\\x1b'.repeat(50)}…" (1,000 characters)`);
		expect(quote(`a${'😀'.repeat(150)}`)).toBe(`"a${'😀'.repeat(99)}…" (301 characters)`);
	});

	it('bounds what every column explains, for a 1 MB cell or one of escape codes', () => {
		const big = '9'.repeat(1_000_000);
		const columns: Column<unknown>[] = [
			integer({ max: 10 }),
			oneOf(['a', 'b']),
			text({ pattern: /^x$/ }),
			number(),
			number({ max: 10 }),
			number({ above: 0, max: 10 }),
			integer({ min: 10 }),
			orWord(integer(), ['all']),
			code(new Set(['GB', 'US']), 'a country')
		];
		for (const column of columns)
			for (const raw of [
				big,
				`${big}x`,
				`-${big}`,
				`${big}.5`,
				`-0.${'0'.repeat(1e6)}1`,
				'\x1b[31m1\x1b[0m',
				'x'.repeat(1e6)
			]) {
				const result = readCell(column, raw);
				if (result.ok) continue;
				expect(result.problem.length, result.problem.slice(0, 100)).toBeLessThanOrEqual(260);
				expect(CONTROL.test(result.problem)).toBe(false);
			}
		expect(readCell(integer({ max: 10 }), big)).toEqual({
			ok: false,
			problem: `${'9'.repeat(200)}… (1,000,000 characters) is above 10`
		});
		expect(readCell(oneOf(['a']), '\x1b[2J')).toEqual({
			ok: false,
			problem: '"\\x1b[2J" is not allowed'
		});
	});

	it('explains a long cell that is not a number at once (no backtracking over its digits)', () => {
		// 100,000 digits and an x took the old pattern about ten seconds (and a million, a quarter of
		// an hour): the test's time limit, not an assertion, is what fails on it
		const digits = '1'.repeat(100_000);
		for (const raw of [`${digits}x`, `${digits}.${digits}x`, `.${digits}e`])
			expect(readCell(number(), raw)).toEqual({
				ok: false,
				problem: `${quote(raw)} is not a number`
			});
	});
});

describe('printable', () => {
	it('escapes control characters and cuts nothing', async () => {
		const { printable } = await import('$lib/data/columns');
		expect(printable('plain "text" \\ ok')).toBe('plain "text" \\ ok');
		expect(printable('a\nb\x1b[2J\u202e')).toBe('a\\nb\\x1b[2J\\u202e');
		expect(printable('x'.repeat(5000))).toHaveLength(5000);
	});
});
