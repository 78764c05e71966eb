/**
 * The shape of `data/sources.json`, described once: the importer writes entries of this type
 * (`scripts/sources.ts`) and the build reads them back through `parseSources`, which fails with the
 * JSON path of a bad field rather than showing a page without its source line.
 *
 * @example
 * parseSources('{"snapshots": [{"file": "fx.csv", "rows": "many", …}]}', 'data/sources.json')
 * // DataError: data/sources.json:1: snapshots[0].rows: "many" is not valid, expected a number
 */
import { excerpt, quote } from './columns';
import { DataError } from './validate';

/** Each field and what it holds: `?` may be left out (entries without a raw file), `|null` may be null. */
const FIELDS = {
	file: 'text',
	description: 'text',
	rows: 'number',
	name: 'text',
	publisher: 'text',
	url: 'text|null',
	origin: 'text',
	copied_from: 'text|null',
	raw_blob: 'text|null',
	snapshot_date: 'text|null',
	licence: 'text',
	licence_url: 'text',
	attribution: 'text|null',
	raw_file: 'text?',
	raw_sha256: 'text?',
	// the raw file's entry in raw-sources.json (where `npm run data:fetch` gets it), when it is that file
	raw_repo: 'text?',
	raw_path: 'text?',
	raw_commit: 'text?',
	raw_rows: 'number?',
	raw_listings: 'number?',
	raw_range_pairs: 'number?',
	raw_single_rows: 'number?',
	coverage: 'text?',
	command: 'text|null'
} as const;

type Fields = typeof FIELDS;
type Kind = Fields[keyof Fields];
type Value<K extends Kind> = K extends `number${string}` ? number : K extends 'text|null' ? string | null : string;
type Optional = { [F in keyof Fields]: Fields[F] extends `${string}?` ? F : never }[keyof Fields];

/** One entry of `data/sources.json`: where a snapshot comes from, under which licence, made how. */
export type SnapshotSource = { [F in Exclude<keyof Fields, Optional>]: Value<Fields[F]> } & {
	[F in Optional]?: Value<Fields[F]>;
};

const EXPECTED: Record<Kind, string> = {
	text: 'text',
	number: 'a number',
	'text|null': 'text or null',
	'text?': 'text (or no field)',
	'number?': 'a number (or no field)'
};

function fits(value: unknown, kind: Kind): boolean {
	if (value === undefined) return kind.endsWith('?');
	if (value === null) return kind === 'text|null';
	return kind.startsWith('number') ? typeof value === 'number' : typeof value === 'string';
}

function assertSource(entry: unknown, at: string, file: string): asserts entry is SnapshotSource {
	const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
	for (const [key, kind] of Object.entries(FIELDS) as [keyof Fields, Kind][]) {
		const value = fields[key];
		if (!fits(value, kind) || value === '')
			throw new DataError(
				file,
				1,
				`${at}.${key}`,
				`${typeof value === 'string' ? quote(value) : excerpt(JSON.stringify(value) ?? 'missing')} is not valid, expected ${EXPECTED[kind]}`
			);
	}
}

export function parseSources(text: string, file: string): SnapshotSource[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new DataError(file, 1, '(file)', `${(error as Error).message}, expected JSON`);
	}
	const list: unknown = (json as { snapshots?: unknown })?.snapshots;
	if (!Array.isArray(list))
		throw new DataError(file, 1, 'snapshots', 'missing, expected a list of snapshot entries');
	return list.map((entry: unknown, i) => {
		assertSource(entry, `snapshots[${i}]`, file);
		return entry;
	});
}
