/**
 * Reading the Air Force table: bad rows are reported with their line and column and fail the
 * import as a whole, a file that is not the table fails with a clear message, and a failed
 * import writes nothing. Also the command line's exit codes.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDailyTable } from '../../src/lib/import/daily-table.ts';
import { importUaAirForceDaily } from '../../src/lib/import/ua-air-force-daily.ts';
import {
	changedPaths,
	cleanFolder,
	postRow,
	modelsTable,
	referenceRows,
	repoRoot,
	snapshot,
	tempDir,
	writeTable,
	removeTempDirs
} from './import-fixtures.ts';

afterAll(removeTempDirs);

const { header, columns } = referenceRows();
const row = (cells: Record<string, string>) =>
	postRow(columns, { launched: '10.0', destroyed: '8.0', source: 'kpszsu/posts/pfbidTEST1', ...cells });

describe('readDailyTable', () => {
	it('reads counts written as floats, leaves empty cells out and numbers lines from the header', () => {
		const table = readDailyTable(
			[header, row({}), row({ launched: '', not_reach_goal: '2.0', time_start: '2023-05-16 3:30' })].join(
				'\n'
			)
		);
		expect(table.problems).toEqual([]);
		expect(table.rows.map((r) => [r.line, r.launched, r.destroyed, r.notReachGoal])).toEqual([
			[2, 10, 8, undefined],
			[3, undefined, 8, 2]
		]);
		expect(table.rows[1].timeStart).toEqual({ date: '2023-05-16', minutes: 210 });
	});

	it('reports every bad cell with its line and column', () => {
		const table = readDailyTable(
			[
				header,
				row({}),
				row({ time_start: '2025-13-01 19:00' }),
				row({ launched: '-3.0' }),
				row({ destroyed: '2.5', not_reach_goal: 'many' }),
				row({ source: '' }),
				row({ time_end: 'tomorrow', model: '' })
			].join('\n')
		);
		expect(table.problems.map((p) => [p.line, p.column])).toEqual([
			[3, 'time_start'],
			[4, 'launched'],
			[5, 'destroyed'],
			[5, 'not_reach_goal'],
			[6, 'source'],
			[7, 'time_end'],
			[7, 'model']
		]);
		expect(table.problems[1].message).toMatch(/negative/);
		expect(table.problems[2].message).toMatch(/whole number/);
		expect(table.problems[3].message).toMatch(/not a number/);
		expect(table.problems[0].message).toMatch(/not a date/);
		expect(table.rows.map((r) => r.line)).toEqual([2]);
	});

	it('counts lines, not records, when a quoted cell holds a line break', () => {
		const table = readDailyTable(
			[header, row({ target: 'Kyiv\noblast' }), row({ launched: '-1' })].join('\n')
		);
		expect(table.problems.map((p) => [p.line, p.column])).toEqual([[4, 'launched']]);
	});

	it('refuses what is not the table', () => {
		expect(readDailyTable('').problems[0].message).toBe('is empty');
		expect(
			readDailyTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe])).problems[0].message
		).toMatch(/not valid UTF-8|binary/);
		expect(readDailyTable('{"rows": [1, 2]}\n').problems[0].message).toMatch(
			/not a readable CSV|missing column/
		);
		const models = readDailyTable('model,category\nShahed-136/131,UAV\n').problems[0].message;
		expect(models).toMatch(/not the Air Force daily table/);
		expect(models).toContain('"time_start"');
		expect(models).toContain('"source"');
		expect(readDailyTable('a,b\n1,2,3\n').problems[0]).toMatchObject({ line: 2 });
	});
});

describe('a failed import', () => {
	const dir = cleanFolder();
	const work = tempDir();
	const fails = (lines: string[] | Uint8Array, name = 'bad.csv') => {
		const path = join(work, name);
		if (lines instanceof Uint8Array) writeFileSync(path, lines);
		else writeTable(work, name, lines);
		const before = snapshot(dir);
		const result = importUaAirForceDaily({ table: path, models: modelsTable, into: dir });
		expect(result.ok).toBe(false);
		expect(result.written).toEqual([]);
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
		return result.failures.join('\n');
	};

	it('names each bad row by line and column, and writes nothing', () => {
		const failures = fails([
			header,
			row({}),
			row({ launched: '-3.0' }),
			row({ destroyed: '1.5' }),
			row({ source: '' }),
			row({ time_start: '2025-02-30' })
		]);
		expect(failures).toContain('line 3, column launched: "-3.0" is negative');
		expect(failures).toContain('line 4, column destroyed: "1.5" is not a whole number');
		expect(failures).toContain('line 5, column source: is empty');
		expect(failures).toContain('line 6, column time_start: "2025-02-30" is not a date');
	});

	it('fails on files that are not the table', () => {
		expect(fails([], 'empty.csv')).toMatch(/empty\.csv: is empty/);
		expect(fails([header], 'header-only.csv')).toMatch(/has a header but no rows/);
		expect(
			fails(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image.png')
		).toMatch(/binary|UTF-8/);
		expect(fails(['model,category', 'Lancet,UAV'], 'models.csv')).toMatch(
			/missing columns "time_start", "time_end"/
		);
		expect(fails([header, `${row({})},extra`], 'ragged.csv')).toMatch(/line 2/);
	});

	it('names an unknown model with its lines, and what the models table calls it', () => {
		const models = join(work, 'models.csv');
		writeFileSync(models, 'model,category\nGeran-5,UAV\n');
		const path = writeTable(work, 'unknown.csv', [
			header,
			row({}),
			row({ model: 'Geran-5' }),
			row({ model: 'Geran-5', launched: '3.0' }),
			row({ model: 'Zmey' })
		]);
		const before = snapshot(dir);
		const result = importUaAirForceDaily({ table: path, models, into: dir });
		expect(result.ok).toBe(false);
		expect(result.failures).toContainEqual(
			expect.stringContaining('unknown model "Geran-5" (lines 3, 4; the models table calls it "UAV")')
		);
		expect(result.failures).toContainEqual(expect.stringContaining('unknown model "Zmey" (line 5)'));
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
	});

	it('fails when the models table contradicts the catalogue', () => {
		const models = join(work, 'contradicting-models.csv');
		writeFileSync(models, 'model,category\nShahed-136/131,cruise missile\n');
		const path = writeTable(work, 'one.csv', [header, row({})]);
		const result = importUaAirForceDaily({ table: path, models, into: dir });
		expect(result.ok).toBe(false);
		expect(result.failures.join('\n')).toMatch(
			/"Shahed-136\/131" is a missile in the models table .* but shahed-136-131 is a drone/
		);
	});

	it('fails on a folder that does not exist', () => {
		const path = writeTable(work, 'one.csv', [header, row({})]);
		const result = importUaAirForceDaily({ table: path, into: join(work, 'no-such-folder') });
		expect(result.failures).toEqual([`${join(work, 'no-such-folder')}: no such data folder`]);
	});
});

describe('npm run import', { timeout: 60_000 }, () => {
	const run = (...args: string[]) => {
		const env = { ...process.env };
		delete env.INIT_CWD;
		const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
			cwd: repoRoot,
			encoding: 'utf8',
			env
		});
		return { code: result.status, out: result.stdout, err: result.stderr };
	};
	const work = tempDir();

	it('explains its usage and exits 2 on a wrong command line', () => {
		expect(run()).toMatchObject({ code: 2, err: expect.stringContaining('--format is required') });
		expect(run('--format', 'csv', 'x.csv')).toMatchObject({
			code: 2,
			err: expect.stringContaining('unknown format "csv"')
		});
		expect(run('--format', 'ua-air-force-daily')).toMatchObject({
			code: 2,
			err: expect.stringContaining('usage: npm run import')
		});
		expect(run('--format', 'ua-air-force-daily', '--bogus', 'x.csv')).toMatchObject({ code: 2 });
		// four node processes one after another: past vitest's 5 s default on a busy 2-core machine
	}, 30_000);

	it('exits 1 and writes nothing when the import fails', () => {
		const dir = cleanFolder();
		const before = snapshot(dir);
		const path = writeTable(work, 'bad.csv', [header, row({ launched: '2.5' })]);
		const { code, err } = run('--format', 'ua-air-force-daily', path, '--into', dir);
		expect(code).toBe(1);
		expect(err).toContain(`FAILED, nothing written to ${dir}`);
		expect(err).toContain('line 2, column launched');
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
	});

	it('imports, prints what it did and exits 0', () => {
		const dir = cleanFolder();
		const path = writeTable(work, 'good.csv', [
			header,
			row({}),
			row({ model: 'X-101/X-555', launched: '8.0', destroyed: '7.0' }),
			row({
				time_start: '2025-07-21',
				time_end: '2025-07-21',
				model: 'Молнія',
				source: 'PvKPivden/posts/pfbidTEST2'
			})
		]);
		const first = run('--format', 'ua-air-force-daily', path, '--models', modelsTable, '--into', dir);
		expect(first.err).toBe('');
		expect(first.code).toBe(0);
		expect(first.out).toContain('claims: added 2 / changed 0 / unchanged 0');
		expect(first.out).toContain('files written: 2');
		const dry = run('--format', 'ua-air-force-daily', path, '--into', dir, '--dry-run');
		expect(dry.code).toBe(0);
		expect(dry.out).toContain('claims: added 0 / changed 0 / unchanged 2');
		expect(dry.out).toContain('(dry run: nothing written)');
	});
});
