/**
 * Writes an import's files so that an interruption leaves the old folder or the new one, never
 * a mix. The folder is copied to a staging folder beside it, the changes are made there, and
 * the staging folder then takes the folder's place by two renames (folder → backup, staging →
 * folder); the backup is removed last. A crash between the two renames leaves the folder
 * missing and the backup whole: the next import says where it is (`interruptedImport`).
 *
 * Where a folder cannot be renamed (a mount point, a folder another program holds open on some
 * systems), each file is renamed into place from the staging folder instead, in the order in
 * which every step leaves a folder that passes the check: sources first, then places and
 * weapons, articles, attacks, and the deletions last (records are only referred to once they
 * exist, and nothing refers to a deleted file's records any more).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const staging = (into: string) => join(dirname(into), `.${basename(into)}.import-staging-${process.pid}`);
const backup = (into: string) => join(dirname(into), `.${basename(into)}.import-old-${process.pid}`);

/** Write order of a file in the fallback: lower first. */
function rank(path: string): number {
	if (/(^|\/)sources(\.ya?ml$|\/)/.test(path)) return 0;
	if (/(^|\/)(places|weapons)(\.ya?ml$|\/)/.test(path)) return 1;
	if (/(^|\/)articles(\.ya?ml$|\/)/.test(path)) return 2;
	return 3;
}

/**
 * Writes (or deletes, for null) the planned files of folder `dir` into a copy of it at `copy`:
 * the staging folder here, the folder the import is checked in (validate-copy.ts).
 */
export function applyFiles(dir: string, copy: string, files: Map<string, string | null>): void {
	for (const [path, text] of files) {
		const target = join(copy, relative(dir, path));
		if (text === null) rmSync(target, { force: true });
		else {
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, text);
		}
	}
}

/** The backup an interrupted import left of `into`, when `into` is missing. */
export function interruptedImport(into: string): string | undefined {
	if (existsSync(into)) return undefined;
	const prefix = `.${basename(into)}.import-old-`;
	let names: string[];
	try {
		names = readdirSync(dirname(into));
	} catch {
		return undefined;
	}
	const found = names.find((n) => n.startsWith(prefix));
	return found ? join(dirname(into), found) : undefined;
}

/**
 * Applies `files` (absolute path → contents, null deletes) to the folder `into`. `stop` is for
 * tests: it throws at the named step, as a kill would stop the process there.
 */
export function writeFolder(
	into: string,
	files: Map<string, string | null>,
	stop?: 'staged' | 'moved-away' | 'file',
	{ swap = true }: { swap?: boolean } = {}
): void {
	const stage = staging(into);
	rmSync(stage, { recursive: true, force: true });
	cpSync(into, stage, { recursive: true });
	try {
		applyFiles(into, stage, files);
		if (stop === 'staged') throw new Error('stopped after staging');
		const old = backup(into);
		let swapped = false;
		try {
			if (swap) {
				renameSync(into, old);
				swapped = true;
			}
		} catch {
			// the folder cannot be moved: rename file by file, in an order that keeps it valid
		}
		if (swapped) {
			if (stop === 'moved-away') throw new Error('stopped between the renames');
			renameSync(stage, into);
			rmSync(old, { recursive: true, force: true });
			return;
		}
		const ordered = [...files].sort(
			(a, b) =>
				(a[1] === null ? 1 : 0) - (b[1] === null ? 1 : 0) ||
				rank(relative(into, a[0])) - rank(relative(into, b[0])) ||
				a[0].localeCompare(b[0])
		);
		for (const [path, text] of ordered) {
			if (text === null) rmSync(path, { force: true });
			else {
				mkdirSync(dirname(path), { recursive: true });
				renameSync(join(stage, relative(into, path)), path);
			}
			if (stop === 'file') throw new Error('stopped after one file');
		}
	} finally {
		rmSync(stage, { recursive: true, force: true });
	}
}
