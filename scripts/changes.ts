/**
 * What an import changed in the snapshots, for the maintainer who refreshes the data: rows added
 * and removed per file, new months (or years) of Indeed's series, and the published medians that moved,
 * largest first, flagged where the new median lies outside the old one's 95% interval. Made from
 * the snapshot files' text before and after, so it reports exactly what a commit would change. A
 * file with no previous version is reported as new, with nothing to compare it to.
 */
import Papa from 'papaparse';

export interface FileChange {
	file: string;
	added: number;
	removed: number;
	/** The header line changed (columns added, removed or reordered). */
	columns: boolean;
	/** The file is new. */
	created: boolean;
}

export interface MedianMove {
	/** role, definition, basis, region, period, level */
	cell: string;
	currency: string;
	before: number;
	after: number;
	/** after − before, and as a share of before. */
	change: number;
	relative: number;
	/** The new median is outside the old 95% interval [ci_low, ci_high]. */
	outside: boolean;
}

export interface ChangeReport {
	files: FileChange[];
	/**
	 * Per series file that changed, the months (ai-share.csv, postings.csv) or years
	 * (wage-growth.csv) it has that it did not have before; only files with new ones.
	 */
	newPeriods: { file: string; unit: 'months' | 'years'; periods: string[] }[];
	/** Medians shown before and after that differ, by |relative change|, largest first. */
	moved: MedianMove[];
	/** Cells shown now and withheld (or absent) before, and the other way round. */
	nowShown: string[];
	nowWithheld: string[];
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

function fileChange(file: string, before: string | null, after: string): FileChange | null {
	if (before === after) return null;
	const old = before === null ? [] : lines(before);
	const now = lines(after);
	const count = new Map<string, number>();
	for (const line of old.slice(1)) count.set(line, (count.get(line) ?? 0) + 1);
	let added = 0;
	for (const line of now.slice(1)) {
		const n = count.get(line) ?? 0;
		if (n > 0) count.set(line, n - 1);
		else added++;
	}
	const removed = [...count.values()].reduce((a, b) => a + b, 0);
	return {
		file,
		added,
		removed,
		columns: before !== null && old[0] !== now[0],
		created: before === null
	};
}

const records = (text: string | null) =>
	text === null ? [] : Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

/** The series files, and the column that says which month or year a row is of. */
const SERIES = [
	{ file: 'ai-share.csv', column: 'month', unit: 'months' },
	{ file: 'postings.csv', column: 'month', unit: 'months' },
	{ file: 'wage-growth.csv', column: 'year', unit: 'years' }
] as const;

const CELL = ['role', 'definition', 'basis', 'region', 'period', 'level'] as const;
const cellOf = (row: Record<string, string>) => CELL.map((k) => row[k]).join(' ');
const shownMedian = (row: Record<string, string> | undefined) =>
	row && row.confidence !== 'withheld' && row.median !== '' ? Number(row.median) : null;

export function changeReport(
	before: Readonly<Record<string, string | null>>,
	after: Readonly<Record<string, string>>
): ChangeReport {
	const files = Object.keys(after)
		.sort()
		.flatMap((file) => fileChange(file, before[file] ?? null, after[file] as string) ?? []);

	// a file that is new or unchanged has nothing to compare (and is not parsed)
	const compared = (file: string): [string | null, string | null] => {
		const was = before[file] ?? null;
		const now = after[file] ?? null;
		return was !== null && now !== null && was !== now ? [was, now] : [null, null];
	};
	const newPeriods = SERIES.flatMap(({ file, column, unit }) => {
		const [was, now] = compared(file);
		const periods = (text: string | null) => new Set(records(text).map((r) => r[column]));
		const old = periods(was);
		const added = [...periods(now)].filter((p): p is string => !!p && !old.has(p)).sort();
		return added.length ? [{ file, unit, periods: added }] : [];
	});

	const [oldPay, newPay] = compared('salaries.csv');
	const old = new Map(records(oldPay).map((r) => [cellOf(r), r]));
	const moved: MedianMove[] = [];
	const nowShown: string[] = [];
	const nowWithheld: string[] = [];
	const seen = new Set<string>();
	for (const row of records(newPay)) {
		const cell = cellOf(row);
		seen.add(cell);
		const was = old.get(cell);
		const a = shownMedian(row);
		const b = shownMedian(was);
		if (a !== null && b === null) nowShown.push(cell);
		else if (a === null && b !== null) nowWithheld.push(cell);
		else if (a !== null && b !== null && a !== b && was) {
			const low = Number(was.ci_low);
			const high = Number(was.ci_high);
			moved.push({
				cell,
				currency: row.currency ?? '',
				before: b,
				after: a,
				change: a - b,
				relative: (a - b) / b,
				outside: a < low || a > high
			});
		}
	}
	for (const [cell, was] of old)
		if (!seen.has(cell) && shownMedian(was) !== null) nowWithheld.push(cell);
	moved.sort((x, y) => Math.abs(y.relative) - Math.abs(x.relative) || x.cell.localeCompare(y.cell));
	return { files, newPeriods, moved, nowShown, nowWithheld };
}

export const unchanged = (r: ChangeReport) => r.files.length === 0;

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
const money = (x: number) => Math.round(x).toLocaleString('en');

/** The report as markdown (the body of a pull request); `top` limits the list of moved medians. */
export function reportMarkdown(r: ChangeReport, top = Infinity): string {
	if (unchanged(r)) return 'No snapshot changed: the raw sources give the same files as before.\n';
	const out: string[] = [
		'## Snapshots changed',
		'',
		'| file | rows added | rows removed | |',
		'|---|---:|---:|---|'
	];
	for (const f of r.files) {
		// a CSV file's lines are rows; sources.json's are only lines
		const unit = f.file.endsWith('.csv') ? '' : ' lines';
		out.push(
			`| ${f.file} | ${f.added}${unit} | ${f.removed}${unit} | ${[f.created ? 'new file' : '', f.columns ? 'columns changed' : ''].filter(Boolean).join(', ')} |`
		);
	}
	out.push('');
	for (const p of r.newPeriods)
		out.push(`**New ${p.unit} of ${p.file}:** ${p.periods.join(', ')}`, '');
	const flagged = r.moved.filter((m) => m.outside).length;
	out.push(
		`## Medians that moved: ${r.moved.length}${flagged ? `, ${flagged} outside their old 95% interval (⚠)` : ''}`,
		''
	);
	if (r.moved.length) {
		out.push('| cell | before | after | change | |', '|---|---:|---:|---:|---|');
		for (const m of r.moved.slice(0, top))
			out.push(
				`| ${m.cell} | ${money(m.before)} ${m.currency} | ${money(m.after)} | ${pct(m.relative)} | ${m.outside ? '⚠ outside the old 95% interval' : ''} |`
			);
		if (r.moved.length > top) out.push('', `…and ${r.moved.length - top} more.`);
		out.push('');
	}
	if (r.nowShown.length) out.push(`**Now shown (withheld before):** ${r.nowShown.join('; ')}`, '');
	if (r.nowWithheld.length)
		out.push(`**Now withheld (shown before):** ${r.nowWithheld.join('; ')}`, '');
	return `${out.join('\n').trimEnd()}\n`;
}
