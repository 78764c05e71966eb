/** Rounds to `digits` decimals for writing; keeps snapshots stable and free of float noise. */
export function round(value: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

export function roundOrNull(value: number | null, digits: number): number | null {
	return value === null ? null : round(value, digits);
}

/** Rounds to `digits` significant figures (for FX rates, which range from 1e-5 to 1e1). */
export function roundSignificant(value: number, digits: number): number {
	return Number(value.toPrecision(digits));
}
