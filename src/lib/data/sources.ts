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
	// a snapshot made from several raw files (postings.csv) records each of them here instead
	raw_files: 'raw files?',
	command: 'text|null'
} as const;

/** Each raw file of a snapshot made from several: the fields a one-file entry holds about its file. */
const RAW_FILE_FIELDS = {
	raw_file: 'text',
	raw_sha256: 'text',
	copied_from: 'text',
	raw_blob: 'text|null',
	raw_repo: 'text?',
	raw_path: 'text?',
	raw_commit: 'text?',
	raw_rows: 'number',
	coverage: 'text'
} as const;

type Kind = (typeof FIELDS)[keyof typeof FIELDS] | (typeof RAW_FILE_FIELDS)[keyof typeof RAW_FILE_FIELDS];
type Value<K extends Kind> = K extends `number${string}`
	? number
	: K extends 'text|null'
		? string | null
		: K extends 'raw files?'
			? RawFileRecord[]
			: string;
/** The entry a field map describes: `?` fields optional. */
type Entry<F extends Record<string, Kind>> = {
	-readonly [K in keyof F as F[K] extends `${string}?` ? never : K]: Value<F[K]>;
} & { -readonly [K in keyof F as F[K] extends `${string}?` ? K : never]?: Value<F[K]> };

/** One raw file of a snapshot made from several (`raw_files`). */
export type RawFileRecord = Entry<typeof RAW_FILE_FIELDS>;

/** One entry of `data/sources.json`: where a snapshot comes from, under which licence, made how. */
export type SnapshotSource = Entry<typeof FIELDS>;

const EXPECTED: Record<Kind, string> = {
	text: 'text',
	number: 'a number',
	'text|null': 'text or null',
	'text?': 'text (or no field)',
	'number?': 'a number (or no field)',
	'raw files?': 'a list of raw files (or no field)'
};

function fits(value: unknown, kind: Kind): boolean {
	if (value === undefined) return kind.endsWith('?');
	if (value === null) return kind === 'text|null';
	if (kind === 'raw files?') return Array.isArray(value);
	return kind.startsWith('number') ? typeof value === 'number' : typeof value === 'string';
}

/** Checks every field of `entry` against `fields`, naming the first bad one by its JSON path. */
function assertFields(
	entry: unknown,
	fields: Readonly<Record<string, Kind>>,
	at: string,
	file: string
): void {
	const values = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
	for (const [key, kind] of Object.entries(fields)) {
		const value = values[key];
		if (!fits(value, kind) || value === '')
			throw new DataError(
				file,
				1,
				`${at}.${key}`,
				`${typeof value === 'string' ? quote(value) : excerpt(JSON.stringify(value) ?? 'missing')} is not valid, expected ${EXPECTED[kind]}`
			);
		if (kind === 'raw files?' && Array.isArray(value))
			value.forEach((raw: unknown, i) => assertFields(raw, RAW_FILE_FIELDS, `${at}.${key}[${i}]`, file));
	}
}

function assertSource(entry: unknown, at: string, file: string): asserts entry is SnapshotSource {
	assertFields(entry, FIELDS, at, file);
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
