import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataHistory, type DataChange } from '../../src/lib/publish/history.server.ts';

/** A small repository made here: add a claim, correct a figure, delete a record. */
let repo: string;
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
		cwd: repo,
		stdio: ['ignore', 'pipe', 'pipe']
	}).toString();

const attack = (claims: string) => `id: 2025-07-21-russian-strike
date: 2025-07-21
date_precision: exact
attacker: RU
places: [kyiv]
claims:
${claims}`;
const airForce = (launched: string) => `  - id: af
    source: ua-air-force
    article: af-post
    quote: "${launched.replace(/"/g, '')} дронів"
    figures:
      drones_launched: ${launched}
      drones_intercepted: 400
`;
const mayor = `  - id: mayor
    source: kyiv-mayor
    article: mayor-post
    quote: "2 killed"
    figures:
      killed: 2
`;

function commit(message: string, files: Record<string, string | null>, date: string) {
	for (const [path, text] of Object.entries(files)) {
		const full = join(repo, path);
		if (text === null) rmSync(full);
		else {
			mkdirSync(join(full, '..'), { recursive: true });
			writeFileSync(full, text);
		}
	}
	git('add', '-A');
	execFileSync(
		'git',
		['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message],
		{
			cwd: repo,
			env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }
		}
	);
}

const night = 'data/attacks/2025/2025-07-21-russian-strike.yaml';
let changes: DataChange[];

beforeAll(() => {
	repo = mkdtempSync(join(tmpdir(), 'salvo-history-'));
	git('init', '-q', '-b', 'main');
	commit(
		'Add the night of 21 July',
		{
			[night]: attack(airForce('">420"')),
			'data/sources.yaml': '- id: ua-air-force\n- id: kyiv-mayor\n',
			'data/README.md': 'records\n'
		},
		'2026-01-01T10:00:00Z'
	);
	commit('Add the mayor’s claim', { [night]: attack(airForce('">420"') + mayor) }, '2026-01-02T10:00:00Z');
	commit(
		'Correct the Air Force’s launched drones',
		{ [night]: attack(airForce('426') + mayor) },
		'2026-01-03T10:00:00Z'
	);
	commit(
		'Remove the mayor’s claim and source',
		{ [night]: attack(airForce('426')), 'data/sources.yaml': '- id: ua-air-force\n' },
		'2026-01-04T10:00:00Z'
	);
	commit('Reword the README', { 'data/README.md': 'the records\n' }, '2026-01-05T10:00:00Z');
	const history = readDataHistory(join(repo, 'data'));
	if (!history.available) throw new Error(history.detail);
	changes = history.changes;
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('readDataHistory', () => {
	it('lists each change to the records, newest first, and not a change to the README alone', () => {
		expect(changes.map((c) => c.message)).toEqual([
			'Remove the mayor’s claim and source',
			'Correct the Air Force’s launched drones',
			'Add the mayor’s claim',
			'Add the night of 21 July'
		]);
		expect(changes[0].date).toMatch(/^2026-01-04T10:00:00/);
		expect(changes.every((c) => /^[0-9a-f]{40}$/.test(c.commit))).toBe(true);
	});

	it('lists an added claim with its figures and the night it touched', () => {
		const add = changes[2];
		expect(add.nights).toEqual(['2025-07-21']);
		expect(add.added).toEqual([
			{
				night: '2025-07-21',
				attack: '2025-07-21-russian-strike',
				claim: 'mayor',
				source: 'kyiv-mayor',
				figures: { killed: '2' }
			}
		]);
		expect(add.figures).toEqual([]);
		expect(add.removed).toEqual([]);
	});

	it('lists a corrected figure before → after, qualifier included', () => {
		const fix = changes[1];
		expect(fix.figures).toEqual([
			{
				night: '2025-07-21',
				attack: '2025-07-21-russian-strike',
				claim: 'af',
				source: 'ua-air-force',
				figure: 'drones_launched',
				before: '>420',
				after: '426'
			}
		]);
		// the quote changed with it
		expect(fix.edits).toEqual([expect.objectContaining({ claim: 'af', fields: ['quote'] })]);
	});

	it('lists a deleted claim and counts a deleted record of a list', () => {
		const del = changes[0];
		expect(del.removed).toEqual([
			{
				night: '2025-07-21',
				attack: '2025-07-21-russian-strike',
				claim: 'mayor',
				source: 'kyiv-mayor',
				figures: { killed: '2' }
			}
		]);
		expect(del.lists).toEqual([{ file: 'sources.yaml', added: 0, removed: 1, changed: 0 }]);
	});

	it('counts the first commit’s records as added', () => {
		const first = changes[3];
		expect(first.added.map((c) => c.claim)).toEqual(['af']);
		expect(first.added[0].figures).toEqual({ drones_launched: '>420', drones_intercepted: '400' });
		expect(first.lists).toEqual([{ file: 'sources.yaml', added: 2, removed: 0, changed: 0 }]);
	});

	it('says why there is no history in a shallow clone and outside git', () => {
		const shallow = mkdtempSync(join(tmpdir(), 'salvo-shallow-'));
		const plain = mkdtempSync(join(tmpdir(), 'salvo-plain-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'ignore' });
			expect(readDataHistory(join(shallow, 'data'))).toMatchObject({ available: false, reason: 'shallow' });
			expect(readDataHistory(plain)).toMatchObject({ available: false, reason: 'no-git' });
		} finally {
			rmSync(shallow, { recursive: true, force: true });
			rmSync(plain, { recursive: true, force: true });
		}
	});
});
