/**
 * The shape of `data/sources.json` (written by the importer) and its validation: the build fails
 * with the JSON path of the bad field rather than showing a page without its source line.
 */
import { DataError } from './validate';

export interface SnapshotSource {
	file: string;
	description: string;
	rows: number;
	name: string;
	publisher: string;
	url: string | null;
	origin: string;
	licence: string;
	licence_url: string;
	attribution: string | null;
	snapshot_date: string | null;
	command: string | null;
}

const REQUIRED: Record<keyof SnapshotSource, 'string' | 'number' | 'string?'> = {
	file: 'string',
	description: 'string',
	rows: 'number',
	name: 'string',
	publisher: 'string',
	url: 'string?',
	origin: 'string',
	licence: 'string',
	licence_url: 'string',
	attribution: 'string?',
	snapshot_date: 'string?',
	command: 'string?'
};

export function parseSources(text: string, file: string): SnapshotSource[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new DataError(file, 1, '(file)', `${(error as Error).message}, expected JSON`);
	}
	const list = (json as { snapshots?: unknown })?.snapshots;
	if (!Array.isArray(list))
		throw new DataError(file, 1, 'snapshots', 'missing, expected a list of snapshot entries');
	return list.map((entry: Record<string, unknown>, i) => {
		for (const [key, kind] of Object.entries(REQUIRED)) {
			const value = entry?.[key];
			const fine =
				kind === 'string?'
					? value === null || typeof value === 'string'
					: typeof value === kind && value !== '';
			if (!fine)
				throw new DataError(
					file,
					1,
					`snapshots[${i}].${key}`,
					`${JSON.stringify(value)} is not valid, expected ${kind === 'string?' ? 'text or null' : kind}`
				);
		}
		return entry as unknown as SnapshotSource;
	});
}
