/**
 * The Air Force importer on the real reference table (`../shared/data/ua-air-force/`): counts
 * and yearly totals worked out here straight from the CSV and compared with the records read
 * back through the loader, idempotence, and newer copies of the table.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/lib/data/load.server.ts';
import { via } from '../../src/lib/import/claims.ts';
import { claimCounts } from '../../src/lib/import/summary.ts';
import { importUaAirForceDaily, type ImportResult } from '../../src/lib/import/ua-air-force-daily.ts';
import { nightOfWindow, parseLocal } from '../../src/lib/stats/night.ts';
import {
	bundledCopy,
	changedPaths,
	cleanFolder,
	csvLine,
	dailyTable,
	importedChannel,
	modelsTable,
	referenceRows,
	snapshot,
	tempDir,
	writeTable,
	removeTempDirs
} from './import-fixtures.ts';

afterAll(removeTempDirs);

const table = referenceRows();
const imported = table.rows.filter((r) => importedChannel(r.cells.source));
const nightOf = (cells: Record<string, string>) =>
	nightOfWindow(parseLocal(cells.time_start)!, parseLocal(cells.time_end));
const count = (text: string) => (text === '' ? undefined : Number(text));

/** Drones, missiles and bombs as the publisher's models table has them, plus the models it lacks. */
const categoryOfModel = (() => {
	const categories = new Map<string, string>();
	for (const m of parse(readFileSync(modelsTable), { columns: true }) as {
		model: string;
		category: string;
	}[]) {
		categories.set(
			m.model,
			m.category === 'UAV' ? 'drone' : m.category === 'guided bomb' ? 'bomb' : 'missile'
		);
	}
	const missing: Record<string, string> = {
		'Iskander-M/KN-23 and Iskander-K and Kalibr': 'missile',
		'Iskander-M/KN-23 and Iskander-K and X-59/X-69': 'missile',
		'X-101/X-555 and Kalibr and Iskander-M/KN-23': 'missile',
		'Iskander-M and Iskander-K': 'missile',
		'Aerial Bomb': 'bomb',
		Фенікс: 'drone',
		Картограф: 'drone',
		'Привет-82': 'drone'
	};
	return (model: string) => categories.get(model) ?? missing[model];
})();

function importInto(into: string, tablePath = dailyTable): ImportResult {
	const result = importUaAirForceDaily({ table: tablePath, models: modelsTable, into });
	if (!result.ok) throw new Error(`import failed:\n${result.failures.join('\n')}`);
	return result;
}

/** Claims of a loaded folder by `attack/claim`, with the post their article cites. */
function claimsOf(data: Dataset) {
	const articles = new Map(data.articles.map((a) => [a.id, a]));
	return new Map(
		data.attacks.flatMap((attack) =>
			attack.claims.map(
				(claim) =>
					[
						`${attack.id}/${claim.id}`,
						{ attack, claim, reference: articles.get(claim.article)?.reference }
					] as const
			)
		)
	);
}

// whole-table imports take a few seconds each, more on a busy machine
const slow = { timeout: 60_000 };

describe('importing the Air Force reference table into a clean folder', () => {
	const work = tempDir();
	const dir = cleanFolder();
	let subsetClaims: ReturnType<typeof claimsOf>;
	let full: ImportResult;
	let data: Dataset;

	// the posts whose rows all start in 2025: a whole 2025-only table, as an earlier download would be
	const postsOutside2025 = new Set(
		table.rows.filter((r) => !r.cells.time_start.startsWith('2025')).map((r) => r.cells.source)
	);
	const subsetRows = table.rows.filter((r) => !postsOutside2025.has(r.cells.source));

	it('imports a 2025-only subset', slow, () => {
		const subset = writeTable(work, 'subset-2025.csv', [table.header, ...subsetRows.map((r) => r.text)]);
		const result = importInto(dir, subset);
		const expected = new Set(
			subsetRows
				.filter((r) => importedChannel(r.cells.source))
				.map((r) => `${r.cells.source} ${nightOf(r.cells)}`)
		);
		expect(claimCounts(result)).toEqual({ added: expected.size, changed: 0, unchanged: 0, removed: 0 });
		subsetClaims = claimsOf(loadDataset(dir).dataset);
		expect(subsetClaims.size).toBe(expected.size);
	});

	it('then the full table: adds the rest and leaves the 2025 claims as they were, in seconds', slow, () => {
		full = importInto(dir);
		const counts = claimCounts(full);
		expect(counts.unchanged).toBe(subsetClaims.size);
		expect(counts.changed).toBe(0);
		expect(counts.removed).toBe(0);
		data = loadDataset(dir).dataset;
		const after = claimsOf(data);
		expect(counts.added).toBe(after.size - subsetClaims.size);
		for (const [key, before] of subsetClaims) {
			expect(after.get(key)?.claim, key).toEqual(before.claim);
			expect(after.get(key)?.reference, key).toBe(before.reference);
		}
		console.info(`full import of ${table.rows.length} rows: ${full.ms} ms`);
		expect(full.ms).toBeLessThan(15_000);
	});

	it('counts rows, posts, claims, articles and attacks as the table does', () => {
		expect(full.rows).toBe(3247);
		expect(table.rows).toHaveLength(3247);
		const posts = new Set(imported.map((r) => r.cells.source));
		const postNights = new Set(imported.map((r) => `${r.cells.source} ${nightOf(r.cells)}`));
		const nights = new Set(imported.map((r) => nightOf(r.cells)));
		expect(full.importedRows).toBe(imported.length);
		expect(full.posts).toBe(posts.size);
		expect(
			data.articles
				.filter((a) => a.via === via)
				.map((a) => a.reference)
				.sort()
		).toEqual([...posts].sort());
		expect(claimsOf(data).size).toBe(postNights.size);
		expect(data.attacks).toHaveLength(nights.size);
		expect(new Set(data.attacks.map((a) => a.date))).toEqual(nights);
		// every row is imported but the two of Facebook videos, which name no speaker: each
		// is reported with its lines and the reason
		const skipped = table.rows.filter((r) => !importedChannel(r.cells.source));
		expect(skipped.map((r) => r.line)).toEqual([1725, 3244]);
		expect(full.warnings).toContain(
			'not imported: 2 rows of "watch" (lines 1725, 3244): a Facebook video (watch/?v=...) names no channel, so whose statement it is cannot be told'
		);
		expect(full.warnings.filter((w) => w.startsWith('not imported'))).toHaveLength(1);
		// each channel is a source of its own; the air commands are parts of the Air Force
		expect(data.sources.map((s) => [s.id, s.kind, s.part_of ?? '']).sort()).toEqual([
			['kharkiv-regional-military-administration', 'local_authority', ''],
			['ua-air-command-centre', 'military', 'ua-air-force'],
			['ua-air-command-east', 'military', 'ua-air-force'],
			['ua-air-command-south', 'military', 'ua-air-force'],
			['ua-air-force', 'military', ''],
			['ua-commander-in-chief', 'military', ''],
			['ua-defence-intelligence', 'military', ''],
			['ua-general-staff', 'military', ''],
			['war-monitor', 'media', '']
		]);
	});

	it('gives the table’s totals per year: Shahed launched and intercepted, drones and missiles launched', () => {
		const add = (map: Map<string, number>, key: string, value: number | undefined) => {
			if (value !== undefined) map.set(key, (map.get(key) ?? 0) + value);
		};
		// from the CSV
		const csv = {
			shahedLaunched: new Map(),
			shahedIntercepted: new Map(),
			launched: new Map(),
			claimDrones: new Map()
		} as Record<string, Map<string, number>>;
		const groups = new Map<string, { year: string; launched: (number | undefined)[] }>();
		for (const { cells } of imported) {
			const year = nightOf(cells).slice(0, 4);
			const launched = count(cells.launched);
			const destroyed = count(cells.destroyed);
			const lost = count(cells.not_reach_goal);
			const category = categoryOfModel(cells.model);
			add(csv.launched, `${category} ${year}`, launched);
			if (cells.model === 'Shahed-136/131') {
				add(csv.shahedLaunched, year, launched);
				// intercepted = shot down + lost to EW, unless the row contradicts itself (more than launched)
				const intercepted = destroyed === undefined ? undefined : destroyed + (lost ?? 0);
				if (intercepted !== undefined && (launched === undefined || intercepted <= launched))
					add(csv.shahedIntercepted, year, intercepted);
			}
			if (category === 'drone') {
				const key = `${cells.source} ${nightOf(cells)}`;
				const group = groups.get(key) ?? { year, launched: [] };
				group.launched.push(launched);
				groups.set(key, group);
			}
		}
		// a claim's drones_launched is given only when every drone row of the post's night gives it
		for (const g of groups.values()) {
			if (g.launched.every((l) => l !== undefined))
				add(
					csv.claimDrones,
					g.year,
					g.launched.reduce((a, b) => a! + b!, 0)
				);
		}

		// from the records read back through the loader
		const categoryOfWeapon = new Map(data.weapons.map((w) => [w.id, w.category]));
		const records = {
			shahedLaunched: new Map(),
			shahedIntercepted: new Map(),
			launched: new Map(),
			claimDrones: new Map()
		} as Record<string, Map<string, number>>;
		for (const attack of data.attacks) {
			const year = attack.date.slice(0, 4);
			for (const claim of attack.claims) {
				add(records.claimDrones, year, claim.figures.drones_launched?.value);
				for (const w of claim.weapons) {
					add(records.launched, `${categoryOfWeapon.get(w.weapon)} ${year}`, w.launched?.value);
					if (w.weapon === 'shahed-136-131') {
						add(records.shahedLaunched, year, w.launched?.value);
						add(records.shahedIntercepted, year, w.intercepted?.value);
					}
				}
			}
		}
		for (const key of Object.keys(csv)) expect(records[key], key).toEqual(csv[key]);
		// a few values to read: Shahed-type drones launched per year
		expect([...csv.shahedLaunched].sort()).toMatchInlineSnapshot(`
			[
			  [
			    "2022",
			    409,
			  ],
			  [
			    "2023",
			    3107,
			  ],
			  [
			    "2024",
			    10970,
			  ],
			  [
			    "2025",
			    54702,
			  ],
			  [
			    "2026",
			    205,
			  ],
			]
		`);
	});

	it('leaves a folder that passes check:data', () => {
		expect(loadDataset(dir).problems).toEqual([]);
	});

	it('changes no byte when the same table is imported again', slow, () => {
		const before = snapshot(dir);
		const again = importInto(dir);
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
		expect(claimCounts(again)).toEqual({ added: 0, changed: 0, unchanged: claimsOf(data).size, removed: 0 });
		expect(again.written).toEqual([]);
	});

	it('changes exactly the claims whose rows a newer copy edits, and only their files', slow, () => {
		// three rows of three posts, in 2023, 2024 and 2025: one more drone or missile launched
		const edited = new Map<number, string>();
		for (const year of ['2023', '2024', '2025']) {
			const row = imported.find(
				(r) => r.cells.time_start.startsWith(`${year}-06`) && r.cells.launched !== ''
			)!;
			edited.set(
				row.line,
				csvLine(table.columns, { ...row.cells, launched: `${Number(row.cells.launched) + 1}.0` })
			);
		}
		const lines = table.rows.map((r) => edited.get(r.line) ?? r.text);
		const newer = writeTable(work, 'newer.csv', [table.header, ...lines]);
		const before = snapshot(dir);
		const result = importInto(dir, newer);
		expect(claimCounts(result)).toEqual({
			added: 0,
			changed: 3,
			unchanged: claimsOf(data).size - 3,
			removed: 0
		});
		const touched = changedPaths(before, snapshot(dir));
		const expectedFiles = [...edited.keys()].map((line) => {
			const cells = table.rows[line - 2].cells;
			const night = nightOf(cells);
			return `attacks/${night.slice(0, 4)}/${night}-russian-strikes.yaml`;
		});
		expect(touched).toEqual([...new Set(expectedFiles)].sort());
		// each file's diff is the edited figures, a few lines
		for (const path of touched) {
			const a = before.get(path)!.split('\n');
			const b = readFileSync(join(dir, path), 'utf8').split('\n');
			expect(b.length).toBe(a.length);
			const differing = a.filter((line, i) => line !== b[i]);
			expect(differing.length).toBeGreaterThan(0);
			expect(differing.length).toBeLessThanOrEqual(4);
		}
	});
});

describe('importing the reference table into a copy of the bundled data folder', () => {
	const dir = bundledCopy();
	let before: ReturnType<typeof loadDataset>;

	beforeAll(() => {
		before = loadDataset(dir);
	}, slow.timeout);

	it('adds no problem, cites each post once per night and reuses the curated articles', slow, () => {
		const result = importInto(dir);
		const after = loadDataset(dir);
		const key = (p: { file: string; record?: string; field?: string; message: string }) =>
			`${p.file} ${p.record} ${p.field} ${p.message}`;
		expect(after.problems.map(key).filter((p) => !before.problems.map(key).includes(p))).toEqual([]);

		// a curated article citing a post is reused: no second article for it
		const references = after.dataset.articles.map((a) => a.reference).filter(Boolean);
		expect(new Set(references).size).toBe(references.length);
		const curated = before.dataset.articles.filter(
			(a) => a.reference && imported.some((r) => r.cells.source === a.reference)
		);
		expect(result.plan!.articlesReused).toBe(curated.length);

		// no night has two claims citing the same post
		const seen = new Set<string>();
		for (const { attack, reference } of claimsOf(after.dataset).values()) {
			if (!reference) continue;
			const k = `${attack.date} ${reference}`;
			expect(seen.has(k), k).toBe(false);
			seen.add(k);
		}
		// every curated claim is still there
		const afterClaims = claimsOf(after.dataset);
		for (const k of claimsOf(before.dataset).keys()) expect(afterClaims.has(k), k).toBe(true);
	});

	it('changes no byte on a second import', slow, () => {
		const snap = snapshot(dir);
		importInto(dir);
		expect(changedPaths(snap, snapshot(dir))).toEqual([]);
	});
});
