/**
 * Indeed's AI share of job postings: monthly means of the daily values per country, then per region
 * the unweighted mean over the countries of that region that Indeed covers (stated in `countries`).
 */
import type { Region } from '../data/reference';
import { FirstLines } from './firstLines';
import { round } from '../data/round';
import type { AiShareRow } from '../data/schema';

/** One month of a line: the share (%, unrounded) and the fewest daily values among its countries. */
export interface AiShareMonth {
	month: string;
	share: number;
	days: number;
}

export class AiShareAccumulator {
	/** country → month → [sum, days] */
	private readonly months = new Map<string, Map<string, [number, number]>>();
	/** "GB 2025-01-30": a day given twice would count twice in its month */
	private readonly seen = new FirstLines('date', 'country and day');

	/**
	 * Takes line `line` of the raw file `file`: a country's share on a day. Throws a `DataError`
	 * naming it for a country and day already given (its month's mean would weigh that day twice).
	 */
	add(file: string, line: number, date: string, country: string, share: number): void {
		this.seen.take(file, line, `${country} ${date}`);
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

	/** The countries of `region` that Indeed covers, in code order. */
	private covered(region: Region): string[] {
		return this.countries().filter(
			(c) => region.countries === null || region.countries.includes(c)
		);
	}

	/**
	 * The line of `countries` over `months` (each of which every one of them reports): per month
	 * the unweighted mean of the countries' monthly means of their daily values.
	 */
	private line(countries: readonly string[], months: readonly string[]): AiShareMonth[] {
		const of = countries.map((c) => this.months.get(c) as Map<string, [number, number]>);
		return months.map((month) => {
			let total = 0;
			let days = Infinity;
			for (const s of of) {
				const [sum, n] = s.get(month) as [number, number];
				total += sum / n;
				days = Math.min(days, n);
			}
			return { month, share: total / of.length, days };
		});
	}

	/** The months that every one of `countries` reports (so the mix never changes inside a line), in order. */
	private monthsOf(countries: readonly string[]): string[] {
		const series = countries.map((c) => this.months.get(c) as Map<string, [number, number]>);
		return [...(series[0] as Map<string, unknown>).keys()]
			.filter((m) => series.every((s) => s.has(m)))
			.sort();
	}

	/**
	 * The region's own line, unrounded, as ai-share.csv gives it (`series` = region): empty for a
	 * region none of whose countries Indeed covers. The AI postings of postings.csv are made from it.
	 */
	regionLine(region: Region): AiShareMonth[] {
		const covered = this.covered(region);
		return covered.length === 0 ? [] : this.line(covered, this.monthsOf(covered));
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
			const covered = this.covered(region);
			if (covered.length === 0) continue;
			const months = this.monthsOf(covered);
			const push = (countries: string[], series: AiShareRow['series']) => {
				for (const { month, share, days } of this.line(countries, months))
					rows.push({
						region: region.id,
						month,
						ai_share_pct: round(share, 4),
						countries: countries.join(' '),
						days,
						series
					});
			};
			push(covered, 'region');
			if (covered.length > 1) for (const country of covered) push([country], 'country');
		}
		return rows;
	}
}
