/** Writes an import's planned files, each whole or not at all. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Writes (or, for null, deletes) each planned file in path order. Returns the paths written
 * and deleted, relative to the data folder's parent.
 */
export function writePlannedFiles(
	into: string,
	files: Map<string, string | null>
): { written: string[]; deleted: string[] } {
	const written: string[] = [];
	const deleted: string[] = [];
	const rel = (path: string) => relative(join(into, '..'), path);
	for (const [path, text] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
		if (text === null) {
			rmSync(path, { force: true });
			deleted.push(rel(path));
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		// write beside, then rename: a crash leaves the old file or the new one, never half of one
		const temporary = `${path}.import-${process.pid}`;
		writeFileSync(temporary, text);
		renameSync(temporary, path);
		written.push(rel(path));
	}
	return { written, deleted };
}
