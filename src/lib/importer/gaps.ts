/**
 * gaps.csv: the gap between the two roles' medians for every pair of shown cells of salaries.csv
 * that agree on definition, basis, region, period and level (methodology v3), worked out from the
 * rows as they are written, so that anyone can redo it from salaries.csv alone.
 */
import { gapBetween, type MedianWithCi } from '../data/pay';
import { round } from '../data/round';
import type { GapRow, SalaryRow } from '../data/schema';

const pairKey = (r: SalaryRow) => `${r.definition} ${r.basis} ${r.region} ${r.period} ${r.level}`;

/** A row's median and its CI, or null for a withheld cell (it has none). */
function medianOf(r: SalaryRow): MedianWithCi | null {
	const { median, ci_low: ciLow, ci_high: ciHigh } = r;
	return median === null || ciLow === null || ciHigh === null ? null : { median, ciLow, ciHigh };
}

/** One row per pair of shown cells, in the order of the ML-engineer cells in salaries.csv. */
export function gapRows(rows: readonly SalaryRow[]): GapRow[] {
	const ai = new Map<string, MedianWithCi>();
	for (const r of rows) {
		const m = r.role === 'ai_engineer' ? medianOf(r) : null;
		if (m) ai.set(pairKey(r), m);
	}
	const out: GapRow[] = [];
	for (const row of rows) {
		const ml = row.role === 'ml_engineer' ? medianOf(row) : null;
		const other = ml && ai.get(pairKey(row));
		if (!ml || !other) continue;
		const gap = gapBetween(ml, other);
		out.push({
			definition: row.definition,
			basis: row.basis,
			region: row.region,
			period: row.period,
			level: row.level,
			currency: row.currency,
			ml_median: ml.median,
			ai_median: other.median,
			gap_pct: oneDecimal(gap.pct),
			gap_low_pct: oneDecimal(gap.low),
			gap_high_pct: oneDecimal(gap.high),
			verdict: gap.verdict
		});
	}
	return out;
}

/** To one decimal, with no "-0" for a gap that rounds to nothing. */
const oneDecimal = (x: number) => round(x, 1) + 0;
