/**
 * The bad-input corpus for the importer and the CSV export (issue 6): a broken Air Force
 * table is reported row by row with line and column, the good rows beside a bad one are still
 * read, and text that a spreadsheet would run as a formula leaves Salvo as plain text.
 */
import { parse } from 'csv-parse/sync';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { readDailyTable } from '../../src/lib/import/daily-table.ts';
import { formatSummary } from '../../src/lib/import/summary.ts';
import { importUaAirForceDaily } from '../../src/lib/import/ua-air-force-daily.ts';
import { interruptedImport, writeFolder } from '../../src/lib/import/write-folder.ts';
import { claimsCsv } from '../../src/lib/data/export.ts';
import type { ClaimRecord } from '../../src/lib/data/claims.ts';
import { chartCsv } from '../../src/lib/components/chart-csv.ts';
import {
	changedPaths,
	cleanFolder,
	postRow,
	referenceRows,
	removeTempDirs,
	snapshot,
	tempDir,
	writeTable
} from './import-fixtures.ts';

const { header, columns } = referenceRows();
const row = (cells: Record<string, string> = {}) =>
	postRow(columns, { launched: '10.0', destroyed: '8.0', source: 'kpszsu/posts/pfbidTEST1', ...cells });
/** A table of two good rows around one bad one: the bad one is on line 3. */
const around = (bad: string) => [header, row(), bad, row({ time_start: '2025-07-20 20:00' })].join('\n');

describe('a broken Air Force table: each bad cell named by line and column, good rows kept', () => {
	it.each([
		['a negative count', row({ launched: '-5.0' }), 'launched', /"-5.0" is negative/],
		['a fractional count', row({ destroyed: '2.5' }), 'destroyed', /"2.5" is not a whole number/],
		['a count past 2^53', row({ launched: '1e20' }), 'launched', /too large to be a count/],
		['more than a million in a night', row({ launched: '2000000.0' }), 'launched', /more than 1000000/],
		['a count in words', row({ launched: 'many' }), 'launched', /"many" is not a number/],
		['infinity', row({ launched: 'inf' }), 'launched', /"inf" is not a number/],
		[
			'February 30th',
			row({ time_start: '2025-02-30 19:00' }),
			'time_start',
			/"2025-02-30 19:00" is not a date/
		],
		["25 o'clock", row({ time_start: '2025-07-20 25:00' }), 'time_start', /is not a date/],
		['a day-first date', row({ time_end: '21/07/2025' }), 'time_end', /"21\/07\/2025" is not a date/],
		['an empty start', row({ time_start: '' }), 'time_start', /is empty/],
		['an empty model', row({ model: '' }), 'model', /is empty: every row names a weapon model/],
		['an empty source', row({ source: '' }), 'source', /is empty: every row names the post/],
		['a 10 MB count', row({ launched: '7'.repeat(10 * 1024 * 1024) }), 'launched', /too large to be a count/],
		['a formula in a count', row({ launched: '=1+1' }), 'launched', /"=1\+1" is not a number/]
	])('%s', (_name, bad, column, message) => {
		const table = readDailyTable(around(bad));
		expect(table.problems).toHaveLength(1);
		const [problem] = table.problems;
		expect(problem.line).toBe(3);
		expect(problem.column).toBe(column);
		expect(problem.message).toMatch(message);
		expect(problem.message.length).toBeLessThan(200);
		// nothing valid is lost: both good rows are read
		expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
	});

	it.each([
		[
			'UTF-16 with a byte-order mark',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(around(row()), 'utf16le')]),
			/UTF-16/
		],
		['UTF-16 without one', Buffer.from(around(row()), 'utf16le'), /NUL bytes: UTF-16/],
		['Latin-1', Buffer.from(around(row({ model: 'Geran’ più' })), 'latin1'), /not valid UTF-8.*Latin-1/],
		[
			'an unclosed quote',
			Buffer.from(`${header}\n${row()}\n"2025-07-20 19:00,oops\n${row()}`),
			/is not a readable CSV table/
		],
		[
			'a row with more cells than the header',
			Buffer.from(`${header}\n${row()}\n${row()},extra,cells\n`),
			/is not a readable CSV table/
		],
		[
			'a table that is not the Air Force table',
			Buffer.from('a,b,c\n1,2,3\n'),
			/missing columns "time_start"/
		],
		['an empty file', Buffer.from('  \n'), /is empty/],
		['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), /NUL bytes|binary/]
	])('refuses %s as a whole, with a clear message', (_name, bytes, message) => {
		let table: ReturnType<typeof readDailyTable> | undefined;
		expect(() => (table = readDailyTable(bytes))).not.toThrow();
		expect(table!.rows).toEqual([]);
		expect(table!.problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
	});

	it('names the line a malformed row is on', () => {
		const table = readDailyTable(`${header}\n${row()}\n${row()},extra,cells\n`);
		expect(table.problems[0].line).toBe(3);
	});

	it('accepts a UTF-8 byte-order mark, as Excel writes it', () => {
		const table = readDailyTable(Buffer.from(`\uFEFF${around(row())}`));
		expect(table.problems).toEqual([]);
		expect(table.rows).toHaveLength(3);
	});
});

describe('CSV downloads never carry a live spreadsheet formula', () => {
	const claim = (quote: string): ClaimRecord => ({
		key: `2025-07-22-x/${quote.length}`,
		attack: '2025-07-22-x',
		date: '2025-07-22',
		attacker: 'RU',
		target: 'UA',
		source: 's',
		article: 'a',
		places: [],
		quote,
		figures: { killed: { value: 3, qualifier: 'exact' } },
		weapons: []
	});
	const quotes = (csv: string) =>
		(parse(csv, { columns: true, comment: '#' }) as { quote: string }[]).map((r) => r.quote);

	it.each([
		['=HYPERLINK("http://evil.example","click")'],
		['+1+cmd|" /C calc"!A0'],
		['-2+3'],
		['@SUM(A1:A9)'],
		['\t=1+1'],
		['\r=1+1']
	])('prefixes %j with an apostrophe in claims.csv', (quote) => {
		expect(quotes(claimsCsv([claim(quote)]))).toEqual([`'${quote}`]);
	});

	it('leaves ordinary quotes, markup included, exactly as written', () => {
		const plain = ['oltre 420 droni', '<script>alert(1)</script>', 'понад 50, "дронів"', '~50 drones = many'];
		expect(quotes(claimsCsv(plain.map(claim)))).toEqual(plain);
	});

	it('keeps figures as numbers', () => {
		const [record] = parse(claimsCsv([claim('=x')]), { columns: true, comment: '#' }) as Record<
			string,
			string
		>[];
		expect([record.killed, record.killed_value, record.killed_qualifier]).toEqual(['3', '3', 'exact']);
	});

	it("neutralises a source name in a chart's CSV too", () => {
		const csv = chartCsv(['2025-07-22'], [
			{ label: '=evil()', points: [{ interval: { lo: 1, hi: 1, approx: false } }] }
		] as unknown as Parameters<typeof chartCsv>[1]);
		expect(csv.split('\n')[1]).toBe("2025-07-22,'=evil(),1,1,false,false");
	});
});

/**
 * Issue 24, "an import must never change a figure silently": a repeated row, a window that
 * ends before it starts, an older copy after a newer one, a curator's own figure, a table cut
 * at a line boundary, and an import killed while it writes.
 */
describe('an import never changes a figure silently', () => {
	afterAll(removeTempDirs);
	/** One post a night, 1–20 July 2025: `launched` drones, 1 fewer destroyed. */
	const night = (day: number, launched = 100 + day) =>
		postRow(columns, {
			time_start: `2025-07-${String(day - 1).padStart(2, '0')} 19:00`,
			time_end: `2025-07-${String(day).padStart(2, '0')} 08:00`,
			launched: `${launched}.0`,
			destroyed: `${launched - 1}.0`,
			source: `kpszsu/posts/pfbidNIGHT${day}`
		});
	const days = Array.from({ length: 19 }, (_, i) => i + 2);
	const importTable = (dir: string, rows: string[], options = {}) =>
		importUaAirForceDaily({
			table: writeTable(tempDir(), 'table.csv', [header, ...rows]),
			into: dir,
			...options
		});
	const launched = (dir: string, day: number) =>
		loadDataset(dir).dataset.attacks.find((a) => a.date === `2025-07-${String(day).padStart(2, '0')}`)
			?.claims[0].figures.drones_launched?.value;

	it('counts a row repeated cell for cell once, and says so', () => {
		const dir = cleanFolder();
		const result = importTable(dir, [night(2, 205), night(2, 205)]);
		expect(result.ok).toBe(true);
		expect(launched(dir, 2)).toBe(205); // not 410
		expect(result.warnings).toContain('line 3 repeats line 2 cell for cell: counted once, not twice');
	});

	// issue 24: the importer listed the folder with a bare statSync and died on the lock file an
	// editor leaves (`.#name.yaml`, a link to nowhere) before saying anything
	it('imports beside a dangling link in the folder instead of crashing; the check names the link', () => {
		const dir = cleanFolder();
		mkdirSync(join(dir, 'attacks', '2025'), { recursive: true });
		symlinkSync('/nonexistent/salvo', join(dir, 'attacks', '2025', '.#2025-07-02-x.yaml'));
		const result = importTable(dir, [night(2, 205)]);
		// the link is the folder's own problem, as any problem it had before: not the import's
		expect(result.ok).toBe(true);
		expect(launched(dir, 2)).toBe(205);
		expect(
			loadDataset(dir)
				.problems.map((p) => p.file)
				.join('\n')
		).toContain('.#2025-07-02-x.yaml');
	});

	it('refuses a window that ends before it starts, naming line and column', () => {
		const table = readDailyTable(
			around(row({ time_start: '2025-07-21 09:00', time_end: '2025-07-21 08:00' }))
		);
		expect(table.problems).toEqual([
			{
				line: 3,
				column: 'time_end',
				message:
					'"2025-07-21 08:00" is before time_start "2025-07-21 09:00": a window cannot end before it starts'
			}
		]);
		// a bare date is a whole day: the same day is not before a time of it
		expect(
			readDailyTable(around(row({ time_start: '2025-07-21 09:00', time_end: '2025-07-21' }))).problems
		).toEqual([]);
	});

	it('refuses an older copy after a newer one unless told, and then lists every changed figure', () => {
		const dir = cleanFolder();
		expect(
			importTable(
				dir,
				days.map((d) => night(d))
			).ok
		).toBe(true);
		// the older copy ends on 15 July and gave 298 for the 10th where the newer gives 110
		const older = days.filter((d) => d <= 15).map((d) => (d === 10 ? night(d, 298) : night(d)));
		const before = snapshot(dir);
		const refused = importTable(dir, older);
		expect(refused.ok).toBe(false);
		expect(refused.failures.join('\n')).toMatch(
			/the table's last night is 2025-07-15, but .* holds 5 imported claims of posts it does not have, of later nights \(2025-07-16 to 2025-07-20\): an older copy of the table.*pass --older/
		);
		expect(changedPaths(before, snapshot(dir))).toEqual([]);

		const told = importTable(dir, older, { allowOlder: true });
		expect(told.ok).toBe(true);
		expect(told.plan!.changedFigures).toEqual([
			'data/attacks/2025/2025-07-10-russian-strikes.yaml: claim 2025-07-10-russian-strikes/kpszsu-2025-07-10 drones_launched: 110 → 298',
			'data/attacks/2025/2025-07-10-russian-strikes.yaml: claim 2025-07-10-russian-strikes/kpszsu-2025-07-10 drones_intercepted: 109 → 297'
		]);
		expect(formatSummary(told)).toContain('figures changed (2), before → after:');
		expect(launched(dir, 10)).toBe(298);
	});

	it("keeps a curator's own figure on a claim citing an imported post, as a conflict, unless told", () => {
		const dir = cleanFolder();
		importTable(dir, [night(2, 176)]);
		const path = join(dir, 'attacks', '2025', '2025-07-02-russian-strikes.yaml');
		// a curator takes the claim over (their note) and writes the post's own figure
		writeFileSync(
			path,
			readFileSync(path, 'utf8')
				.replace('drones_launched: 176', 'drones_launched: 180')
				.replace(/note: .*(\n {6}.*)*/, 'note: Read from the post itself.')
		);
		expect(loadDataset(dir).problems).toEqual([]);
		const kept = importTable(dir, [night(2, 176)]);
		expect(kept.ok).toBe(true);
		expect(kept.plan!.conflicts).toEqual([
			"data/attacks/2025/2025-07-02-russian-strikes.yaml: claim 2025-07-02-russian-strikes/kpszsu-2025-07-02 drones_launched: the curator wrote 180, the table gives 176; the curator's claim is kept as written"
		]);
		expect(launched(dir, 2)).toBe(180);
		importTable(dir, [night(2, 176)], { overwriteCurated: true });
		expect(launched(dir, 2)).toBe(176);
	});

	it('refuses a table cut at a line boundary, which still reads as a whole CSV', () => {
		const dir = cleanFolder();
		importTable(
			dir,
			days.map((d) => night(d))
		);
		// newest first, as the publisher writes it; the download stopped after the tenth line
		const cut = days
			.slice()
			.reverse()
			.slice(0, 10)
			.map((d) => night(d));
		const result = importTable(dir, cut);
		expect(result.ok).toBe(false);
		expect(result.failures.join('\n')).toMatch(
			/the table starts on 2025-07-11, but .* holds 9 of its 19 imported claims for posts of earlier nights .*: a cut or partial copy.*pass --partial/
		);
		expect(importTable(dir, cut, { allowPartial: true }).ok).toBe(true);
		// the claims of the nights the cut table lacks are left as they were
		expect(launched(dir, 2)).toBe(102);
	});

	it('leaves the old folder or the new one when the writing stops, never a mix', () => {
		const dir = cleanFolder();
		importTable(dir, [night(2)]);
		const before = snapshot(dir);
		const source = join(dir, 'sources.yaml');
		const files = new Map<string, string | null>([
			[join(dir, 'attacks', '2025', '2025-07-03-russian-strikes.yaml'), 'id: new\n'],
			[source, readFileSync(source, 'utf8') + '\n']
		]);
		// stopped after staging: the folder is untouched, the staging folder gone
		expect(() => writeFolder(dir, files, 'staged')).toThrow();
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
		expect(readdirSync(join(dir, '..')).filter((n) => n.includes('.import-'))).toEqual([]);
		// stopped between the two renames: the old folder is whole beside, and the next import says where
		expect(() => writeFolder(dir, files, 'moved-away')).toThrow();
		expect(existsSync(dir)).toBe(false);
		const left = interruptedImport(dir)!;
		expect(changedPaths(before, snapshot(left))).toEqual([]);
		const result = importTable(dir, [night(2)]);
		expect(result.failures.join('\n')).toMatch(
			/an interrupted import left the folder whole at .*: rename it back/
		);
		renameSync(left, dir);
		// when the folder cannot be swapped, files are renamed in an order that keeps it valid:
		// sources first, so a stop after one file changed sources.yaml and nothing else
		writeFolderOneByOne(dir, files);
		expect(changedPaths(before, snapshot(dir))).toEqual(['sources.yaml']);
	});
});

/** `writeFolder` in its file-by-file fallback, stopped after the first file. */
function writeFolderOneByOne(dir: string, files: Map<string, string | null>): void {
	// a read-only parent makes the folder impossible to rename away; root ignores modes, so
	// the fallback is asked for directly there
	expect(() => writeFolder(dir, files, 'file', { swap: false })).toThrow();
}
