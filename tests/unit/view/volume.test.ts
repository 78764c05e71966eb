import { describe, expect, it } from 'vitest';
import { meanOver, volumeChange, volumeWords, type MonthValue } from '$lib/view/volume';

/** Rows of one series: `values[year]` lists months 01, 02, … in order. */
function series(values: Record<number, (number | null)[]>): MonthValue[] {
	return Object.entries(values).flatMap(([year, months]) =>
		months.map((value, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, value }))
	);
}

describe('volumeChange: the same months of two years', () => {
	it('is a rise only where every month is above the same month of the earlier year', () => {
		// means (80 + 100) / 2 = 90 and (90 + 110) / 2 = 100: ratio 10/9
		const c = volumeChange(series({ 2024: [80, 100], 2025: [90, 110] }), ['01', '02'], 2024, 2025);
		expect(c).toMatchObject({ years: [2024, 2025], from: 90, to: 100, verdict: 'rose' });
		expect(c?.ratio).toBeCloseTo(10 / 9, 12);
	});

	it('is a fall only where every month is below', () => {
		const c = volumeChange(series({ 2024: [80, 100], 2025: [70, 99] }), ['01', '02'], 2024, 2025);
		expect(c).toMatchObject({ from: 90, to: 84.5, verdict: 'fell' });
	});

	it('is mixed where the months went both ways, even when the mean moved a lot', () => {
		// 50 → 150 up, 100 → 90 down: the mean rose 60/75 → 120/75 but one month fell
		const c = volumeChange(series({ 2024: [50, 100], 2025: [150, 90] }), ['01', '02'], 2024, 2025);
		expect(c).toMatchObject({ from: 75, to: 120, verdict: 'mixed' });
	});

	it('is mixed where a month is unchanged', () => {
		const c = volumeChange(series({ 2024: [80, 100], 2025: [90, 100] }), ['01', '02'], 2024, 2025);
		expect(c?.verdict).toBe('mixed');
	});

	it('compares only the months asked for', () => {
		// March fell, but only January and February are compared
		const rows = series({ 2024: [80, 100, 100], 2025: [90, 110, 50] });
		expect(volumeChange(rows, ['01', '02'], 2024, 2025)?.verdict).toBe('rose');
		expect(volumeChange(rows, ['02', '03'], 2024, 2025)?.verdict).toBe('mixed');
	});

	it('is null unless every month has a value in both years', () => {
		const rows = series({ 2024: [80, null], 2025: [90, 110] });
		expect(volumeChange(rows, ['01', '02'], 2024, 2025)).toBeNull();
		expect(volumeChange(rows, ['01'], 2024, 2025)).not.toBeNull();
		expect(volumeChange(rows, ['01'], 2023, 2025)).toBeNull();
		expect(volumeChange(rows, [], 2024, 2025)).toBeNull();
		expect(volumeChange(series({ 2024: [0], 2025: [5] }), ['01'], 2024, 2025)).toBeNull();
	});
});

describe('meanOver', () => {
	it('is the mean of the months asked for, as volumeChange compares it', () => {
		const rows = series({ 2024: [80, 100, 300], 2025: [90, 110] });
		// (80 + 100) / 2
		expect(meanOver(rows, ['01', '02'], 2024)).toBe(90);
		expect(meanOver(rows, ['01', '02'], 2024)).toBe(
			volumeChange(rows, ['01', '02'], 2024, 2025)?.from
		);
	});

	it('is null unless every month has a positive value', () => {
		const rows = series({ 2024: [80, null, 0] });
		expect(meanOver(rows, ['01'], 2024)).toBe(80);
		expect(meanOver(rows, ['01', '02'], 2024)).toBeNull();
		expect(meanOver(rows, ['03'], 2024)).toBeNull();
		expect(meanOver(rows, ['01'], 2023)).toBeNull();
		expect(meanOver(rows, [], 2024)).toBeNull();
	});
});

describe('volumeWords', () => {
	const change = (from: number, to: number, verdict: 'rose' | 'fell' | 'mixed') => ({
		years: [2024, 2025] as const,
		months: ['01'],
		from,
		to,
		ratio: to / from,
		verdict
	});

	it('says a rise in whole percents, and one decimal under 10%', () => {
		expect(volumeWords(change(100, 173.4, 'rose'))).toBe('rose 73%');
		expect(volumeWords(change(100, 104.26, 'rose'))).toBe('rose 4.3%');
	});

	it('says how many times from twice, rounded down', () => {
		expect(volumeWords(change(100, 254, 'rose'))).toBe('rose 154% (2.5 times as many)');
		expect(volumeWords(change(100, 199.9, 'rose'))).toBe('rose 100%');
		expect(volumeWords(change(100, 200, 'rose'))).toBe('rose 100% (2.0 times as many)');
		expect(volumeWords(change(100, 209.9, 'rose'))).toBe('rose 110% (2.0 times as many)');
	});

	it('prints a change of 10% alike up and down, though 100 → 90 is 9.99…% in floating point', () => {
		expect((1 - 90 / 100) * 100).toBeLessThan(10);
		expect(volumeWords(change(100, 90, 'fell'))).toBe('fell 10%');
		expect(volumeWords(change(100, 110, 'rose'))).toBe('rose 10%');
		expect(volumeWords(change(100, 90, 'mixed'))).toBe(
			'showed no clear change (−10% overall; some months up, some down)'
		);
		// 9.96% reads 10.0% at one decimal: whole percents
		expect(volumeWords(change(100, 109.96, 'rose'))).toBe('rose 10%');
		expect(volumeWords(change(100, 109.94, 'rose'))).toBe('rose 9.9%');
	});

	it('says a fall', () => {
		expect(volumeWords(change(100, 88, 'fell'))).toBe('fell 12%');
		expect(volumeWords(change(100, 97, 'fell'))).toBe('fell 3.0%');
	});

	it('says months that went both ways with the overall change and its sign', () => {
		expect(volumeWords(change(100, 103.14, 'mixed'))).toBe(
			'showed no clear change (+3.1% overall; some months up, some down)'
		);
		expect(volumeWords(change(100, 60, 'mixed'))).toBe(
			'showed no clear change (−40% overall; some months up, some down)'
		);
	});
});
