/**
 * Test folders and tables for the importer's tests. The reference table is read in place from
 * `../shared/data/ua-air-force/` (CI clones the repository beside `shared/`); folders are
 * built in the system's temporary directory and never in `data/`.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { channelSources } from '../../src/lib/import/channels.ts';
import { regionCodes } from '../../src/lib/import/regions.ts';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const referenceDir = resolve(repoRoot, '../shared/data/ua-air-force');
export const dailyTable = join(referenceDir, 'missile_attacks_daily.csv');
export const modelsTable = join(referenceDir, 'missiles_and_uavs.csv');

const created: string[] = [];

/** A fresh temporary directory, removed by {@link removeTempDirs}. */
export function tempDir(prefix = 'salvo-import-test-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	created.push(dir);
	return dir;
}

/** Removes the directories this file's helpers made; call it in `afterAll`. */
export function removeTempDirs(): void {
	for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A data folder with only what an import needs: the bundled weapon catalogue, the two Air
 * Force sources, the 27 region places and no articles or attacks.
 */
export function cleanFolder(): string {
	const dir = join(tempDir(), 'data');
	mkdirSync(dir, { recursive: true });
	cpSync(join(repoRoot, 'data', 'weapons.yaml'), join(dir, 'weapons.yaml'));
	writeSources(dir);
	writePlaces(dir);
	writeFileSync(join(dir, 'articles.yaml'), '# no articles yet\n');
	return dir;
}

/**
 * A copy of the bundled data folder, which is being curated while this is written: what it
 * lacks (sources, places) is made up with minimal records, inside the copy only.
 */
export function bundledCopy(): string {
	const dir = join(tempDir(), 'data');
	cpSync(join(repoRoot, 'tests/fixtures/seed-data'), dir, { recursive: true });
	if (!existsSync(join(dir, 'sources.yaml'))) writeSources(dir);
	if (!existsSync(join(dir, 'places.yaml'))) writePlaces(dir);
	return dir;
}

function writeSources(dir: string) {
	const airForce = channelSources.filter((s) => s.id === 'ua-air-force' || s.id === 'ua-air-command-south');
	writeFileSync(join(dir, 'sources.yaml'), stringify(airForce));
}

function writePlaces(dir: string) {
	const places = regionCodes.map((code) => ({
		id: code.toLowerCase(),
		kind: 'region',
		names: { en: `Region ${code}` },
		country: 'UA',
		region: code
	}));
	writeFileSync(join(dir, 'places.yaml'), stringify(places));
}

/** Every file of a folder and its text, by path relative to the folder. */
export function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set(relative(dir, path), readFileSync(path, 'utf8'));
		}
	};
	walk(dir);
	return files;
}

/** Paths whose text differs between two snapshots (added, removed or changed). */
export function changedPaths(a: Map<string, string>, b: Map<string, string>): string[] {
	return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
}

export const referenceText = () => readFileSync(dailyTable, 'utf8');

/** The reference table's header and rows, each row as its text line and its cells. */
export function referenceRows(): {
	header: string;
	columns: string[];
	rows: { line: number; text: string; cells: Record<string, string> }[];
} {
	const text = referenceText();
	const lines = text.replace(/\n$/, '').split('\n');
	const records = parse(text, { columns: true }) as Record<string, string>[];
	// the table has no line breaks inside cells, so record i is line i + 2
	if (records.length !== lines.length - 1)
		throw new Error('the reference table has multi-line cells: update the fixtures');
	return {
		header: lines[0],
		columns: Object.keys(records[0]),
		rows: records.map((cells, i) => ({ line: i + 2, text: lines[i + 1], cells }))
	};
}

/**
 * One row of a made-up post for the night of 20–21 July 2025 (a Shahed wave), in the table's
 * columns, with `cells` overriding the defaults.
 */
export function postRow(columns: string[], cells: Record<string, string>): string {
	return csvLine(columns, {
		time_start: '2025-07-20 19:00',
		time_end: '2025-07-21 08:00',
		model: 'Shahed-136/131',
		...cells
	});
}

/** One CSV line from cells in the table's column order, quoted where needed. */
export function csvLine(columns: string[], cells: Record<string, string>): string {
	return columns
		.map((c) => {
			const v = cells[c] ?? '';
			return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
		})
		.join(',');
}

export function writeTable(dir: string, name: string, lines: string[]): string {
	const path = join(dir, name);
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

/** Every channel of the reference table is imported but a Facebook video, which names no speaker. */
export const importedChannel = (source: string) => !/^watch\//.test(source);
