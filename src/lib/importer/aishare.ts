/**
 * Indeed's AI share of job postings: monthly means of the daily values per country, then per region
 * the unweighted mean over the countries of that region that Indeed covers (stated in `countries`).
 */
import type { Region } from '../data/reference';
import { round } from '../data/round';
import type { AiShareRow } from '../data/schema';

export class AiShareAccumulator {
	/** country → month → [sum, days] */
	private readonly months = new Map<string, Map<string, [number, number]>>();

	add(date: string, country: string, share: number): void {
		const month = date.slice(0, 7);
		let byMonth = this.months.get(country);
		if (!byMonth) this.months.set(country, (byMonth = new Map()));
		const cell = byMonth.get(month);
		if (cell) {
			cell[0] += share;
			cell[1]++;
		} else byMonth.set(month, [share, 1]);
	}

	countries(): string[] {
		return [...this.months.keys()].sort();
	}

	/**
	 * Rows for every region with at least one covered country, for the months that all its covered
	 * countries report (so the mix of countries never changes inside one line), in month order:
	 * the region's own line (`series` = region: its country, or the unweighted mean of its
	 * countries), and for a region of several countries each country's line over the same months.
	 */
	rows(regions: readonly Region[]): AiShareRow[] {
		const rows: AiShareRow[] = [];
		for (const region of regions) {
			const covered = this.countries().filter(
				(c) => region.countries === null || region.countries.includes(c)
			);
			if (covered.length === 0) continue;
			const series = covered.map((c) => this.months.get(c) as Map<string, [number, number]>);
			const months = [...(series[0] as Map<string, unknown>).keys()]
				.filter((m) => series.every((s) => s.has(m)))
				.sort();
			const line = (countries: string[], kind: AiShareRow['series']) => {
				const of = countries.map((c) => this.months.get(c) as Map<string, [number, number]>);
				for (const month of months) {
					let total = 0;
					let days = Infinity;
					for (const s of of) {
						const [sum, n] = s.get(month) as [number, number];
						total += sum / n;
						days = Math.min(days, n);
					}
					rows.push({
						region: region.id,
						month,
						ai_share_pct: round(total / of.length, 4),
						countries: countries.join(' '),
						days,
						series: kind
					});
				}
			};
			line(covered, 'region');
			if (covered.length > 1) for (const country of covered) line([country], 'country');
		}
		return rows;
	}
}
