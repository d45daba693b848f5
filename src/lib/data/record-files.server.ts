/**
 * The record files of a data folder, listed and read without trusting the folder. An editor's
 * lock file (`.#name.yaml`, a link to nothing), a link that loops, a pipe named `*.yaml`, a link
 * to a file outside the folder: each stopped the data check and the build with an uncaught
 * ENOENT or ELOOP, hung them for ever, or read a file that is not a record (issue 24). Each is
 * now a problem naming the file, the others are read, and the list of problems is complete.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { decodeRecordText, maxFileBytes, type RecordText } from './record-text.ts';
import { nestingProblem } from './yaml-nesting.ts';

/** A file or folder entry that cannot be read as records, and why. */
export interface EntryProblem {
	path: string;
	message: string;
}

const yamlName = /\.ya?ml$/;
const yamlNameAnyCase = /\.ya?ml$/i;

/** The real path of the data folder, for checking that links stay inside it. */
function realRoot(root: string): string {
	try {
		return realpathSync(root);
	} catch {
		return root;
	}
}

/**
 * What an entry is once links are followed, or why it cannot be read: a file or a folder
 * inside the data folder, or a problem.
 */
function entryKind(path: string, root: string): 'file' | 'folder' | 'skip' | { problem: string; folder?: true } {
	let stats: Stats;
	try {
		stats = lstatSync(path);
	} catch {
		return 'skip'; // gone since the folder was listed
	}
	if (stats.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			return {
				problem:
					code === 'ELOOP'
						? 'is a symbolic link that loops back on itself: delete it'
						: 'is a symbolic link to nothing (an editor’s lock file such as .#name.yaml leaves one): delete it'
			};
		}
		if (real !== root && !real.startsWith(root + sep)) {
			return { problem: `is a symbolic link to ${real}, outside the data folder: copy the records in instead` };
		}
		stats = statSync(real);
		if (stats.isDirectory()) {
			return { problem: 'is a symbolic link to a folder, which is not followed: move the folder here', folder: true };
		}
	}
	if (stats.isDirectory()) return 'folder';
	if (!stats.isFile()) return { problem: 'is not a plain file (a pipe, socket or device): it was not read' };
	return 'file';
}

/**
 * The `*.yaml` files below a folder, sorted so problems come out in a stable order; entries
 * that cannot be read go to `problems`. `root` is the data folder links must stay in.
 */
export function recordFiles(dir: string, root: string, problems: EntryProblem[] = []): string[] {
	return walk(dir, realRoot(root), problems);
}

function walk(dir: string, root: string, problems: EntryProblem[]): string[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const path = join(dir, name);
		const kind = entryKind(path, root);
		if (kind === 'folder') return walk(path, root, problems);
		// a linked folder is named whatever its name: its records would otherwise go unread
		if (typeof kind === 'object' && kind.folder) {
			problems.push({ path, message: kind.problem });
			return [];
		}
		if (!yamlNameAnyCase.test(name) || kind === 'skip') return [];
		if (typeof kind === 'object') {
			problems.push({ path, message: kind.problem });
			return [];
		}
		if (!yamlName.test(name)) {
			problems.push({ path, message: `ends in "${name.slice(name.lastIndexOf('.'))}", so it was not read: rename it to end in ".yaml"` });
			return [];
		}
		return [path];
	});
}

/** Whether a top-level list file (`sources.yaml`) is there to read; a problem when it is there but cannot be. */
export function listFileKind(path: string, root: string): 'file' | 'absent' | { problem: string } {
	const kind = entryKind(path, realRoot(root));
	if (kind === 'file') return 'file';
	if (kind === 'skip') return 'absent';
	if (kind === 'folder') return { problem: 'is a folder, not a file of records' };
	return kind;
}

/**
 * A record file's text, or why it is not read: too large (checked before reading), not
 * UTF-8, or nested deeper than any record (checked before any parser recurses into it).
 */
export function readRecordFile(path: string): RecordText & { line?: number } {
	const size = statSync(path).size;
	if (size > maxFileBytes) {
		return { problem: `is ${(size / 1024 / 1024).toFixed(0)} MB: a record file is at most ${maxFileBytes / 1024 / 1024} MB` };
	}
	const decoded = decodeRecordText(readFileSync(path));
	if ('problem' in decoded) return decoded;
	const nesting = nestingProblem(decoded.text);
	return nesting ? { problem: nesting.message, line: nesting.line } : decoded;
}
