import type { ParamMatcher } from '@sveltejs/kit';
import { isSnapshotFile } from '$lib/data/files';

export const match = ((param: string) => isSnapshotFile(param)) satisfies ParamMatcher;
