/**
 * `npm run data:import [-- --salaries <file> --ai-share <file> --out <dir>]`
 * Rebuilds the snapshots in `data/` from the raw sources in `../shared/data/raw/`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/lib/data/validate';
import { runImport } from './importer';

const RAW = path.resolve(import.meta.dirname, '../../shared/data/raw');

function usage(message: string): never {
	console.error(`${message}
usage: npm run data:import -- [--salaries <file>] [--ai-share <file>] [--fx <file>] [--out <dir>]
  --salaries  aijobs.net salary index CSV   (default ${path.join(RAW, 'aijobs-salaries/salaries.csv')})
  --ai-share  Indeed AI tracker CSV          (default ${path.join(RAW, 'indeed-ai-tracker/AI_posting.csv')})
  --fx        Federal Reserve monthly rates  (default ${path.join(RAW, 'fed-fx/monthly.csv')})
  --out       snapshot folder; also holds roles.csv and regions.csv (default data/)`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			salaries: { type: 'string', default: path.join(RAW, 'aijobs-salaries/salaries.csv') },
			'ai-share': { type: 'string', default: path.join(RAW, 'indeed-ai-tracker/AI_posting.csv') },
			fx: { type: 'string', default: path.join(RAW, 'fed-fx/monthly.csv') },
			out: { type: 'string', default: path.resolve(import.meta.dirname, '../data') },
			help: { type: 'boolean', short: 'h', default: false }
		}
	}));
} catch (error) {
	usage((error as Error).message);
}
if (values.help) usage('Rebuilds data/*.csv and data/sources.json from the raw source files.');

const started = performance.now();
const fmt = (n: number) => n.toLocaleString('en');
try {
	const s = await runImport({
		salaries: values.salaries,
		aiShare: values['ai-share'],
		fx: values.fx,
		out: values.out,
		log: (line) => console.error(line)
	});
	const lines = [
		`salary rows read      ${fmt(s.salaries.rows)}${s.salaries.blankLines ? ` (${s.salaries.blankLines} blank lines skipped)` : ''}`,
		`listings              ${fmt(s.salaries.listings)} (${fmt(s.salaries.pairs)} range pairs, ${fmt(s.salaries.singles)} single rows)`,
		`role listings         ${fmt(s.salaries.roleListings)} (titles in data/roles.csv)`,
		`salary cells          ${fmt(s.cells)}: ${fmt(s.cells - s.withheld - s.lowConfidence)} ok, ${fmt(s.lowConfidence)} low confidence, ${fmt(s.withheld)} withheld (n_eff < 10)`,
		`AI-share rows read    ${fmt(s.aiShare.rows)} (${s.aiShare.countries.join(' ')}, ${s.aiShare.firstDate} to ${s.aiShare.lastDate})`,
		`FX rows read          ${fmt(s.fx.rows)} (${s.fx.firstMonth} to ${s.fx.lastMonth}); the index's own rate for ${s.fx.fromIndex.join(', ') || 'none'}`,
		...[s.salaries, s.aiShare, s.fx]
			.filter((t) => t.extraColumns.length > 0)
			.map((t) => `ignored columns       ${t.extraColumns.join(', ')}`),
		`wrote                 ${Object.entries(s.written)
			.map(([f, b]) => `${f} (${fmt(b)} B)`)
			.join(', ')}`,
		`to                    ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`
	];
	console.log(lines.join('\n'));
} catch (error) {
	// bad input is reported as one line, never as a stack trace; DEBUG=1 shows the trace of a bug
	const message = error instanceof Error ? error.message : String(error);
	console.error(error instanceof DataError ? `error: ${message}` : `error: unexpected: ${message}`);
	if (process.env.DEBUG) console.error(error);
	console.error('No snapshot was written; the files in the output folder are unchanged.');
	process.exit(1);
}
