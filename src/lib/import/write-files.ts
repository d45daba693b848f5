/** Writes an import's planned files: the old folder or the new one, never a mix (write-folder.ts). */
import { join, relative } from 'node:path';
import { writeFolder } from './write-folder.ts';

/**
 * Writes (or, for null, deletes) the planned files through a staging folder that takes the
 * folder's place (write-folder.ts). Returns the paths written and deleted, relative to the data
 * folder's parent, in path order.
 */
export function writePlannedFiles(
	into: string,
	files: Map<string, string | null>
): { written: string[]; deleted: string[] } {
	const written: string[] = [];
	const deleted: string[] = [];
	if (files.size === 0) return { written, deleted };
	writeFolder(into, files);
	const rel = (path: string) => relative(join(into, '..'), path);
	for (const [path, text] of [...files].sort((a, b) => a[0].localeCompare(b[0])))
		(text === null ? deleted : written).push(rel(path));
	return { written, deleted };
}
