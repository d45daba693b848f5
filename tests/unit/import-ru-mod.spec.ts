/**
 * The Russian MoD importer on the reference table (`../shared/data/ru-mod/`, read in place):
 * every post is read or skipped with a reason, the counts are what the note reports, and an
 * import of real nights into a folder is valid, idempotent, and keeps a curator's attack.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { buildStatements } from '../../src/lib/import/ru-mod/build.ts';
import { readPostTable } from '../../src/lib/import/ru-mod/table.ts';
import { moscowMinutesOfUtc } from '../../src/lib/import/ru-mod/window.ts';
import { importRuModTelegram } from '../../src/lib/import/ru-mod-telegram.ts';
import { removeTempDirs, repoRoot, tempDir } from './import-fixtures.ts';

const reference = resolve(repoRoot, '../shared/data/ru-mod/mod_russia_statements.csv');
afterAll(removeTempDirs);

describe('the reference table', () => {
	const table = readPostTable(readFileSync(reference));
	const built = buildStatements(table.rows, moscowMinutesOfUtc);

	it('reads every post, and each is a statement or skipped with its reason', () => {
		expect(table.problems).toEqual([]);
		expect(table.dataRows).toBe(5484);
		const skipped = [...built.skipped.values()].reduce((n, l) => n + l.length, 0);
		expect(built.posts.length + skipped).toBe(5484);
		// the counts the import prints (and the README reports)
		expect(Object.fromEntries([...built.skipped].map(([r, l]) => [r, l.length]))).toEqual({
			summary: 1499,
			'no-drone-figure': 769,
			'not-drones': 440,
			cut: 9
		});
		expect(built.posts.length).toBe(2767);
	});

	it('finds the figures the counts column misses', () => {
		expect([built.counts.agree, built.counts.disagree]).toEqual([487, 2265]);
		// most disagreements are the column's 0 for a figure written in words or by region
		expect(built.counts.zero).toBeGreaterThan(2000);
		expect(built.counts.examples.some((e) => e.includes('drone_count 0, the text "Четыре'))).toBe(true);
	});

	it('dates each statement to its night, periods of one night as attacks that add', () => {
		const night = built.attacks.filter((a) => a.night === '2025-12-23').map((a) => a.id);
		expect(night).toEqual([
			'2025-12-23-ukrainian-strikes-2000',
			'2025-12-23-ukrainian-strikes-2300',
			'2025-12-23-ukrainian-strikes-0700',
			'2025-12-23-ukrainian-strikes-0900',
			'2025-12-23-ukrainian-strikes-1400',
			'2025-12-23-ukrainian-strikes-1700'
		]);
		const totals = built.attacks
			.filter((a) => a.night === '2025-12-23')
			.map((a) => a.claims.find((c) => c.regions.length !== 1 || !c.id.includes('-ru-'))?.figure.value);
		expect(totals).toEqual([12, 29, 15, 11, 21, 20]);
	});
});

/** The reference rows of some nights, as a table of their own. */
function someNights(from: string, to: string): string {
	const records = parse(readFileSync(reference), { columns: false }) as string[][];
	const [header, ...rows] = records;
	return stringify([header, ...rows.filter((r) => r[0] >= from && r[0] <= to)]);
}

/** A folder with the bundled sources, places and the hand-curated night of 2025-12-23. */
function folder(): string {
	const dir = join(tempDir(), 'data');
	mkdirSync(join(dir, 'attacks', '2025'), { recursive: true });
	for (const name of ['sources.yaml', 'places.yaml', 'weapons.yaml', 'articles.yaml'])
		cpSync(join(repoRoot, 'data', name), join(dir, name));
	cpSync(join(repoRoot, 'data', 'places'), join(dir, 'places'), { recursive: true });
	const curated = '2025-12-23-ukrainian-drone-attack-on-russia.yaml';
	const text = readFileSync(join(repoRoot, 'data', 'attacks', '2025', curated), 'utf8');
	// as a curator wrote it, before any import
	writeFileSync(join(dir, 'attacks', '2025', curated), withoutImported(text));
	return dir;
}

/** The curated file without the claims the importer spliced in (and the places they added). */
function withoutImported(text: string): string {
	const head = text.split('\n  - id: mod-russia-')[0].replace(/\n+$/, '\n');
	return head
		.replace(/^places: \[.*\]$/m, 'places: [budyonnovsk]')
		.replace(/\n {4}places: \[budyonnovsk\]\n {4}quote: "intercettato/, '\n    quote: "intercettato');
}

function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else files.set(p, readFileSync(p, 'utf8'));
		}
	};
	walk(dir);
	return files;
}

describe('importing real nights', () => {
	it("writes valid attacks of attacker UA, changes no byte on a second run, and keeps the curator's attack", () => {
		const dir = folder();
		const table = join(tempDir(), 'nights.csv');
		writeFileSync(table, someNights('2025-12-21', '2025-12-23'));
		const first = importRuModTelegram({ table, into: dir });
		expect(first.failures).toEqual([]);
		expect(first.plan!.created).toBeGreaterThan(5);
		const { dataset, problems } = loadDataset(dir);
		expect(problems).toEqual([]);
		const imported = dataset.attacks.filter((a) => a.id.includes('-ukrainian-strikes-'));
		expect(imported.every((a) => a.attacker === 'UA')).toBe(true);

		// the overnight statement of 2025-12-23 joins the curated attack that quotes it ("stanotte", 29)
		const curated = dataset.attacks.find((a) => a.id === '2025-12-23-ukrainian-drone-attack-on-russia')!;
		expect(curated.claims.map((c) => c.id)).toEqual([
			'stavropol-governor',
			'ru-mod',
			'mod-russia-2025-12-23-0420',
			'mod-russia-2025-12-23-0420-ru-ros',
			'mod-russia-2025-12-23-0420-ru-sta',
			'mod-russia-2025-12-23-0420-ru-bel'
		]);
		// the curator's claim keeps speaking for the places it spoke for
		expect(curated.claims[1].places).toEqual(['budyonnovsk']);
		expect(first.plan!.intoCurated).toEqual([
			'2025-12-23-ukrainian-drone-attack-on-russia ← 2025-12-23-ukrainian-strikes-2300'
		]);

		const before = snapshot(dir);
		const second = importRuModTelegram({ table, into: dir });
		expect(second.failures).toEqual([]);
		expect(second.written).toEqual([]);
		expect(second.deleted).toEqual([]);
		expect(snapshot(dir)).toEqual(before);
	});

	it('moves the overnight period out of its own file when the night is curated after an import', () => {
		const dir = folder();
		const curated = join(dir, 'attacks', '2025', '2025-12-23-ukrainian-drone-attack-on-russia.yaml');
		const text = readFileSync(curated, 'utf8');
		rmSync(curated);
		const table = join(tempDir(), 'nights.csv');
		writeFileSync(table, someNights('2025-12-22', '2025-12-23'));
		expect(importRuModTelegram({ table, into: dir }).failures).toEqual([]);
		const own = join(dir, 'attacks', '2025', '2025-12-23-ukrainian-strikes-2300.yaml');
		expect(existsSync(own)).toBe(true);

		// the curator writes the night afterwards, citing the MoD
		writeFileSync(curated, text);
		const second = importRuModTelegram({ table, into: dir });
		expect(second.failures).toEqual([]);
		expect(existsSync(own)).toBe(false);
		const { dataset, problems } = loadDataset(dir);
		expect(problems).toEqual([]);
		const quoting = dataset.attacks.filter((a) =>
			a.claims.some((c) => c.id === 'mod-russia-2025-12-23-0420')
		);
		expect(quoting.map((a) => a.id)).toEqual(['2025-12-23-ukrainian-drone-attack-on-russia']);
	});

	it('reports bad rows with their line and column, and writes nothing', () => {
		const dir = folder();
		const table = join(tempDir(), 'bad.csv');
		writeFileSync(
			table,
			'date,datetime,drone_count,oblasts,text_snippet\n2025-12-23,2025-12-23 25:00,3,kursk,"текст"\n2025-12-23,2025-12-23 04:20,три,kursk,"текст"\n'
		);
		const result = importRuModTelegram({ table, into: dir });
		expect(result.ok).toBe(false);
		expect(result.failures).toEqual([
			`${table}: line 2, column datetime: "2025-12-23 25:00" is not a UTC time (YYYY-MM-DD HH:MM) matching the date column`,
			`${table}: line 3, column drone_count: "три" is not a whole number`
		]);
		expect(snapshot(dir).size).toBe(snapshot(folder()).size);
	});
});
