/**
 * The history of the records, read from git at build time (server-only): each commit that
 * changed a record file of the data folder, with what it changed (history-diff.ts). Only
 * `*.yaml` files count: a change to data/README.md is not a change to the data.
 *
 * A build without the history says why rather than showing an empty or wrong list: a tarball
 * (no git), a folder git does not track (the benchmark's generated sets), or a shallow clone,
 * whose oldest commit would read as adding every record.
 */
import { spawnSync } from 'node:child_process';
import {
	diffAttackFile,
	diffListFile,
	emptyChanges,
	isAttackFile,
	type FileChanges
} from './history-diff.ts';

export interface DataChange extends FileChanges {
	/** The commit's full hash. */
	commit: string;
	/** When the change was committed (ISO 8601 with offset). */
	date: string;
	/** The commit message's first line. */
	message: string;
}

export type HistoryMissing = 'no-git' | 'untracked' | 'shallow';

export type DataHistory =
	{ available: true; changes: DataChange[] } | { available: false; reason: HistoryMissing; detail: string };

// history of a few thousand commits of years of records is tens of megabytes of YAML
const maxBuffer = 2 ** 30;

function git(dir: string, args: string[], input?: string): { ok: boolean; out: Buffer } {
	const run = spawnSync('git', args, {
		cwd: dir,
		input,
		maxBuffer,
		env: { ...process.env, GIT_PAGER: 'cat' }
	});
	return { ok: run.status === 0 && !run.error, out: run.stdout ?? Buffer.alloc(0) };
}

interface Commit {
	commit: string;
	parent?: string;
	date: string;
	message: string;
	files: { status: string; path: string }[];
}

/** Commits that touched a record file below `dir`, newest first, with their files (relative to `dir`). */
function commitsOf(dir: string): Commit[] {
	// %x1e starts a commit, %x1f separates its fields; --relative makes paths relative to `dir`
	const log = git(dir, [
		'log',
		'--no-renames',
		'--relative',
		'--name-status',
		'--format=%x1e%H%x1f%P%x1f%cI%x1f%s',
		'--',
		':(glob)**/*.yaml',
		':(glob)**/*.yml'
	]);
	if (!log.ok) return [];
	return log.out
		.toString('utf8')
		.split('\x1e')
		.filter((block) => block.trim())
		.map((block) => {
			const [head, ...lines] = block.split('\n');
			const [commit, parents, date, message] = head.split('\x1f');
			const files = lines.flatMap((line) => {
				const [status, path] = line.split('\t');
				return status && path ? [{ status: status[0], path }] : [];
			});
			return { commit, parent: parents.split(' ')[0] || undefined, date, message, files };
		});
}

/**
 * Reads blobs by `<rev>:./<path>` in one `git cat-file --batch` process: one spawn for the
 * whole history rather than two per file (the commit that bundled the Air Force table touched
 * 980 files). Missing versions (a file added or deleted) come back `undefined`.
 */
function readBlobs(dir: string, specs: string[]): (string | undefined)[] {
	if (specs.length === 0) return [];
	const run = git(dir, ['cat-file', '--batch'], specs.join('\n') + '\n');
	const out = run.out;
	const texts: (string | undefined)[] = [];
	let at = 0;
	for (let i = 0; i < specs.length; i++) {
		const eol = out.indexOf(10, at);
		if (eol < 0) throw new Error(`git cat-file ended early at ${specs[i]}`);
		const header = out.subarray(at, eol).toString('utf8');
		at = eol + 1;
		const m = /^\S+ blob (\d+)$/.exec(header);
		if (!m) {
			texts.push(undefined); // "<spec> missing"
			continue;
		}
		const size = Number(m[1]);
		texts.push(out.subarray(at, at + size).toString('utf8'));
		at += size + 1; // the content, then a newline
	}
	return texts;
}

/** The history of the record files below `dir`, or why there is none. */
export function readDataHistory(dir: string): DataHistory {
	const top = git(dir, ['rev-parse', '--show-toplevel']);
	if (!top.ok) return { available: false, reason: 'no-git', detail: `${dir} is not in a git checkout` };
	if (git(dir, ['rev-parse', '--is-shallow-repository']).out.toString().trim() === 'true') {
		return { available: false, reason: 'shallow', detail: 'the checkout is a shallow clone' };
	}
	const commits = commitsOf(dir);
	if (commits.length === 0) {
		return { available: false, reason: 'untracked', detail: `git has no commit of the records in ${dir}` };
	}
	const specs: string[] = [];
	for (const c of commits) {
		for (const f of c.files) {
			specs.push(c.parent && f.status !== 'A' ? `${c.parent}:./${f.path}` : '');
			specs.push(f.status !== 'D' ? `${c.commit}:./${f.path}` : '');
		}
	}
	// empty specs stand for "no such version" and are not sent
	const sent = specs.filter(Boolean);
	const blobs = readBlobs(dir, sent);
	const text = new Map(sent.map((spec, i) => [spec, blobs[i]]));
	let k = 0;
	const changes = commits.map((c): DataChange => {
		const out = emptyChanges();
		for (const f of c.files) {
			const before = text.get(specs[k++]);
			const after = text.get(specs[k++]);
			(isAttackFile(f.path) ? diffAttackFile : diffListFile)(f.path, before, after, out);
		}
		out.nights = [...new Set(out.nights)].sort();
		return { commit: c.commit, date: c.date, message: c.message, ...out };
	});
	return { available: true, changes };
}
