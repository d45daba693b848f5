/**
 * Checks planned files before anything is written: the folder is copied to a temporary
 * directory, the planned files are written there, and the copy is read by the same loader
 * the site and `check:data` use. Only problems the folder did not already have count
 * against the import (a folder being curated may have some of its own).
 *
 * Attack files the import does not touch are left out of the copy: nothing in them can
 * become wrong through the import (new files get ids no existing file has, and the lists they
 * refer to are copied whole), and reading a thousand unchanged files would double the time.
 */
import { cpSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { loadDataset } from '../data/load.server.ts';
import { applyFiles } from './write-folder.ts';
import { formatProblem, type Problem } from '../data/problems.ts';

/** A problem without its line: lines move when a file is edited, the problem does not. */
const keyOf = (p: Problem) => [p.file, p.record ?? '', p.field ?? '', p.message].join('\u0000');

export function problemsAfter(dir: string, files: Map<string, string | null>, before: Problem[]): string[] {
	const root = mkdtempSync(join(tmpdir(), 'salvo-import-'));
	try {
		// same folder name, so that problems name the same files before and after
		const copy = join(root, basename(dir));
		const attacks = join(dir, 'attacks') + sep;
		cpSync(dir, copy, {
			recursive: true,
			// lstat: a link to nowhere (an editor's `.#name.yaml` lock) is not followed, and the
			// loader names it among the folder's own problems
			filter: (src) => !src.startsWith(attacks) || lstatSync(src).isDirectory()
		});
		applyFiles(dir, copy, files);
		const known = new Map<string, number>();
		for (const p of before) known.set(keyOf(p), (known.get(keyOf(p)) ?? 0) + 1);
		const fresh: string[] = [];
		for (const p of loadDataset(copy).problems) {
			const n = known.get(keyOf(p)) ?? 0;
			if (n > 0) known.set(keyOf(p), n - 1);
			else fresh.push(formatProblem(p));
		}
		return fresh;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/**
 * The import's failures if its planned files would give the folder problems it did not have:
 * a heading line and each new problem, indented; none when nothing changes.
 */
export function importedFolderFailures(
	dir: string,
	files: Map<string, string | null>,
	before: Problem[]
): string[] {
	const fresh = files.size > 0 ? problemsAfter(dir, files, before) : [];
	if (fresh.length === 0) return [];
	return [
		`the imported folder would not pass check:data (${fresh.length} problem${fresh.length > 1 ? 's' : ''}):`,
		...fresh.map((p) => `  ${p}`)
	];
}
