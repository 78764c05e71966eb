/**
 * Methodology v3 on the real snapshots: no title or headline of any region page, in any filter
 * state, nor the demand claim's check, uses a claim word its verdict does not support. Each
 * verdict is worked out again here, from the cells the page is built from, with the formulas
 * written out (not the site's own functions): the gap's and a pay change's 95% interval on the log
 * scale, Wilson intervals for a change of share, every month compared for a change in postings.
 */
import { describe, expect, it } from 'vitest';
import { buildRegionPage } from '$lib/data/regionPage';
import { unpackRegionPage } from '$lib/data/regionPageData';
import { isShown, type PayCell } from '$lib/data/pay';
import { BASES, DEFINITIONS, LEVEL_CHOICES, MIN_LISTINGS, ROLES, type Role } from '$lib/domain';
import { snapshots } from '$lib/server/snapshots';
import { claimViews } from '$lib/view/claims';
import { dashboardView } from '$lib/view/dashboard';
import { dashboardFacts } from '$lib/view/facts';
import { defaultControls, periodChoices, type Controls } from '$lib/view/filters';
import { monthName } from '$lib/view/format';

const Z = 1.959964;

/** ln(later / earlier) and its 95% half-width, from the two medians' own 95% intervals. */
function logRatio(earlier: PayCell, later: PayCell) {
	const se = (c: PayCell) => Math.log((c.ciHigh as number) / (c.ciLow as number)) / (2 * Z);
	const r = Math.log((later.median as number) / (earlier.median as number));
	return {
		low: r - Z * Math.hypot(se(earlier), se(later)),
		high: r + Z * Math.hypot(se(earlier), se(later))
	};
}
/** 'down' or 'up' where the whole 95% interval of the change is below or above 0, as shown (1 decimal). */
function direction(earlier: PayCell, later: PayCell): 'down' | 'up' | 'unclear' {
	const { low, high } = logRatio(earlier, later);
	const pct = (x: number) => Math.round((Math.exp(x) - 1) * 1000) / 10;
	return pct(high) < 0 ? 'down' : pct(low) > 0 ? 'up' : 'unclear';
}
function wilson(k: number, n: number): [number, number] {
	const p = k / n;
	const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
	const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
	return [centre - half, centre + half];
}

const ROLE_OF: Record<string, Role> = { ML: 'ml_engineer', AI: 'ai_engineer' };
const s = snapshots();
const views = s.regions.flatMap((region) => {
	const page = unpackRegionPage(buildRegionPage(s, region.id)!);
	const filterRegion = page.regions.find((r) => r.id === region.id)!;
	const start = defaultControls(filterRegion);
	const latest = typeof start.period === 'number' ? start.period : Number(page.latestYear);
	const states: Controls[] = [];
	for (const def of DEFINITIONS)
		for (const basis of BASES)
			for (const level of LEVEL_CHOICES)
				for (const period of periodChoices(latest))
					states.push({ ...start, def, basis, level, period });
	return states.map((controls) => ({
		id: `${region.id} ${controls.def} ${controls.basis} ${controls.level} ${controls.period}`,
		facts: dashboardFacts(page, controls),
		view: dashboardView(page, controls)
	}));
});

describe('claim words on every region page, in every filter state', () => {
	it('covers every region in many filter states', () => {
		expect(new Set(views.map((v) => v.id.split(' ')[0]))).toEqual(
			new Set(s.regions.map((r) => r.id))
		);
		expect(views.length).toBeGreaterThan(s.regions.length * 20);
	});

	it('says "earned less/more" of the gap only where its interval is clear of 0', () => {
		let checked = 0;
		for (const { id, facts, view } of views) {
			const title = view.charts.find((c) => c.id === 'pay-gap')!.title;
			const m = /earned \d+% (less|more) than ML engineers in (\d{4})/.exec(title);
			if (!m) continue;
			const year = Number(m[2]);
			const cell = (role: Role) => facts.here.find((c) => c.role === role && c.period === year)!;
			expect(direction(cell('ml_engineer'), cell('ai_engineer')), `${id}: ${title}`).toBe(
				m[1] === 'less' ? 'down' : 'up'
			);
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('says "AI engineers earn less/more" in the headline only where the gap is clear', () => {
		let checked = 0;
		for (const { id, facts, view } of views) {
			const m = /AI engineers earn (less|more)/.exec(view.headline.gap.words);
			const cell = (role: Role) => facts.inPeriod.find((c) => c.role === role);
			const [ml, ai] = [cell('ml_engineer'), cell('ai_engineer')];
			if (!isShown(ml) || !isShown(ai)) continue;
			const truth = direction(ml, ai);
			if (m) expect(truth, id).toBe(m[1] === 'less' ? 'down' : 'up');
			else expect(truth, `${id}: ${view.headline.gap.words}`).toBe('unclear');
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('counts only clear verdicts when it says a role out-earns the other in N regions or levels', () => {
		let checked = 0;
		for (const { id, facts, view } of views)
			for (const [chart, cells, key] of [
				['region-pay', facts.byRegion, 'region'],
				['pay-by-level', facts.byLevel, 'level']
			] as const) {
				const title = view.charts.find((c) => c.id === chart)!.title;
				const m =
					/^(ML|AI) engineers out-earn \S+ engineers (?:in|at) (?:(\d+) of the \d+|all (\d+)|the two|.+?, the only)/.exec(
						title
					);
				if (!m) continue;
				// the level chart's bands are the levels themselves, not 'all'
				const bands = new Set(cells.map((c) => String(c[key])).filter((b) => b !== 'all'));
				const of = (band: string, role: Role) =>
					cells.find((c) => String(c[key]) === band && c.role === role);
				const both = (band: string) =>
					isShown(of(band, 'ml_engineer')) && isShown(of(band, 'ai_engineer'));
				if (key === 'region') {
					// a region of several countries is not counted beside a country of it that shows both
					const shown = new Set(
						facts.regions
							.filter((r) => r.countries?.length === 1 && both(r.id))
							.flatMap((r) => r.countries)
					);
					for (const r of facts.regions)
						if ((r.countries?.length ?? 0) > 1 && r.countries!.some((c) => shown.has(c)))
							bands.delete(r.id);
					// Global (every region together) is counted only where no other region shows both
					if ([...bands].some((b) => b !== 'global' && both(b))) bands.delete('global');
				}
				const clear = [...bands].filter((band) => {
					if (!both(band)) return false;
					const [ml, ai] = [of(band, 'ml_engineer'), of(band, 'ai_engineer')];
					return direction(ml!, ai!) === (m[1] === 'ML' ? 'down' : 'up');
				}).length;
				const said = m[2] ?? m[3] ?? (title.includes('the two') ? '2' : '1');
				expect(clear, `${id}: ${title}`).toBe(Number(said));
				checked++;
			}
		expect(checked).toBeGreaterThan(0);
	});

	it('says pay "rose/fell" only where the change’s interval is clear of 0', () => {
		let checked = 0;
		for (const { id, facts, view } of views) {
			const title = view.charts.find((c) => c.id === 'pay-trend')!.title;
			for (const m of title.matchAll(
				/(ML|AI)-engineer pay (rose|fell) [\d.]+% \(95% interval [^)]*\) from (\d{4}) to (\d{4})/g
			)) {
				const role = ROLE_OF[m[1] as string] as Role;
				const at = (y: string) =>
					facts.here.find((c) => c.role === role && c.period === Number(y))!;
				expect(direction(at(m[3] as string), at(m[4] as string)), `${id}: ${title}`).toBe(
					m[2] === 'rose' ? 'up' : 'down'
				);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('says a share "rose/fell" only where the two years’ Wilson intervals do not overlap', () => {
		let checked = 0;
		for (const { id, facts, view } of views) {
			const title = view.charts.find((c) => c.id === 'role-demand')!.title;
			for (const m of title.matchAll(
				/(ML|AI) engineers’ share of the stable panel (rose|fell) from \S+ in (\d{4}).*? to \S+ in (\d{4})/g
			)) {
				const role = ROLE_OF[m[1] as string] as Role;
				const at = (y: string) =>
					facts.listingRows.find((r) => r.role === role && r.period === Number(y))!;
				const [a, b] = [at(m[3] as string), at(m[4] as string)];
				expect(a.listings, id).toBeGreaterThanOrEqual(MIN_LISTINGS);
				expect(b.listings, id).toBeGreaterThanOrEqual(MIN_LISTINGS);
				const [wa, wb] = [
					wilson(a.listings, a.panel_listings),
					wilson(b.listings, b.panel_listings)
				];
				const apart = m[2] === 'rose' ? wa[1] < wb[0] : wb[1] < wa[0];
				expect(apart, `${id}: ${title}`).toBe(true);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('says each leg of a path that turns "up", "down", "rose" or "fell" only where the data supports it', () => {
		let checked = 0;
		for (const { id, facts, view } of views) {
			const titles = ['pay-trend', 'role-demand'].map(
				(c) => view.charts.find((x) => x.id === c)!.title
			);
			for (const m of titles
				.join('; ')
				.matchAll(
					/(ML|AI)(-engineer pay| engineers’ share of the stable panel) (?:peaked|was lowest) at \S+ in (\d{4}) \((?:(up|down) from|from) \S+ in (\d{4})(?:, within the uncertainty)?\), then (?:(rose|fell) to )?\S+ in (\d{4})/g
				)) {
				const role = ROLE_OF[m[1] as string] as Role;
				const pay = (m[2] as string).startsWith('-engineer pay');
				const [turn, first, last] = [m[3], m[5], m[7]].map(Number) as [number, number, number];
				const dir = (a: number, b: number): 'up' | 'down' | 'unclear' => {
					if (pay) {
						const at = (y: number) => facts.here.find((c) => c.role === role && c.period === y)!;
						return direction(at(a), at(b));
					}
					const at = (y: number) =>
						facts.listingRows.find((r) => r.role === role && r.period === y)!;
					const [x, y] = [at(a), at(b)];
					const [wa, wb] = [
						wilson(x.listings, x.panel_listings),
						wilson(y.listings, y.panel_listings)
					];
					if (wa[1] < wb[0]) return 'up';
					if (wb[1] < wa[0]) return 'down';
					return 'unclear';
				};
				const said = (word: string | undefined) =>
					word === undefined ? 'unclear' : word === 'up' || word === 'rose' ? 'up' : 'down';
				expect(dir(first, turn), `${id}: ${m[0]}`).toBe(said(m[4]));
				expect(dir(turn, last), `${id}: ${m[0]}`).toBe(said(m[6]));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('never uses a claim word the rules do not produce', () => {
		for (const { id, view } of views) {
			const texts = [...view.charts.map((c) => c.title), view.headline.gap.words];
			for (const t of texts) expect(t, id).not.toMatch(/\b(doubled|gap of|skyrocket\w*|soared)\b/i);
		}
		// and both roles are named in every headline
		for (const { view } of views)
			expect(view.headline.figures.map((f) => f.role)).toEqual([...ROLES]);
	});
});

describe('the demand claim’s words about Indeed’s postings, on the real snapshots', () => {
	/** A month's number (1–12) from its name in the sentence. */
	const monthOf = (name: string) =>
		Array.from({ length: 12 }, (_, i) => monthName(i + 1)).indexOf(name) + 1;
	const checks = s.regions.flatMap((region) =>
		claimViews(unpackRegionPage(buildRegionPage(s, region.id)!))
			.filter((c) => c.id === 'claim-demand')
			.map((c) => ({ region: region.id, sentence: c.sentence }))
	);

	it('says AI postings or all postings "rose" or "fell" only where every month compared moved that way', () => {
		let checked = 0;
		for (const { region, sentence } of checks) {
			const m =
				/Comparing (\w+) to (\w+) of (\d{4}) with the same months of (\d{4}), Indeed’s postings that mention AI (rose|fell|showed no clear change) .*?(?:while|and) all postings (rose|fell|showed no clear change)/.exec(
					sentence
				);
			if (!m) continue;
			const [first, last] = [monthOf(m[1] as string), monthOf(m[2] as string)];
			const [later, earlier] = [m[3], m[4]];
			const rows = s.postings.filter((r) => r.region === region);
			const value = (year: string, mm: number, ai: boolean) => {
				const row = rows.find((r) => r.month === `${year}-${String(mm).padStart(2, '0')}`)!;
				return ai ? (row.ai_postings_2023_100 as number) : row.all_postings_2023_100;
			};
			const said = (ai: boolean) => {
				const moves = [];
				for (let mm = first; mm <= last; mm++)
					moves.push(Math.sign(value(later as string, mm, ai) - value(earlier as string, mm, ai)));
				return moves.every((x) => x > 0)
					? 'rose'
					: moves.every((x) => x < 0)
						? 'fell'
						: 'showed no clear change';
			};
			expect(m[5], `${region}: ${sentence}`).toBe(said(true));
			expect(m[6], `${region}: ${sentence}`).toBe(said(false));
			// a steep rise only where the postings that mention AI rose
			if (sentence.startsWith('This data is consistent with a steep rise'))
				expect(said(true)).toBe('rose');
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});
});
