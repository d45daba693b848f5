/**
 * The bad-input corpus for the importer and the CSV export (issue 6): a broken Air Force
 * table is reported row by row with line and column, the good rows beside a bad one are still
 * read, and text that a spreadsheet would run as a formula leaves Salvo as plain text.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readDailyTable } from '../../src/lib/import/daily-table.ts';
import { claimsCsv } from '../../src/lib/data/export.ts';
import type { ClaimRecord } from '../../src/lib/data/claims.ts';
import { chartCsv } from '../../src/lib/components/chart-csv.ts';
import { postRow, referenceRows } from './import-fixtures.ts';

const { header, columns } = referenceRows();
const row = (cells: Record<string, string> = {}) =>
	postRow(columns, { launched: '10.0', destroyed: '8.0', source: 'kpszsu/posts/pfbidTEST1', ...cells });
/** A table of two good rows around one bad one: the bad one is on line 3. */
const around = (bad: string) => [header, row(), bad, row({ time_start: '2025-07-21 19:00' })].join('\n');

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
	const quotes = (csv: string) => (parse(csv, { columns: true }) as { quote: string }[]).map((r) => r.quote);

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
		const [record] = parse(claimsCsv([claim('=x')]), { columns: true }) as Record<string, string>[];
		expect([record.killed, record.killed_value, record.killed_qualifier]).toEqual(['3', '3', 'exact']);
	});

	it("neutralises a source name in a chart's CSV too", () => {
		const csv = chartCsv(['2025-07-22'], [
			{ label: '=evil()', points: [{ interval: { lo: 1, hi: 1, approx: false } }] }
		] as unknown as Parameters<typeof chartCsv>[1]);
		expect(csv.split('\n')[1]).toBe("2025-07-22,'=evil(),1,1,false");
	});
});
