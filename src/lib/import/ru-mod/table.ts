/**
 * Reads the scrape of the MoD's Telegram channel (`mod_russia_statements.csv`: `date,
 * datetime, drone_count, oblasts, text_snippet`), one row per post. Every bad cell is
 * reported with its line and column, and any problem fails the import, as for the Air Force
 * table: a half-read table would silently drop nights.
 */
import { quoted } from '../../schema/common.ts';
import { csvRecords } from '../table-input.ts';
import type { ReadTable as AirForceTable, TableProblem } from '../daily-table.ts';

export const postColumns = ['date', 'datetime', 'drone_count', 'oblasts', 'text_snippet'] as const;

export interface PostRow {
	/** 1-based line where the row starts; the header is line 1. */
	line: number;
	/** The post's time, UTC, `YYYY-MM-DD HH:MM`. */
	posted: string;
	/** The scraper's reading of the count: a cross-check only. */
	droneCount: number;
	text: string;
	/** The table cuts texts at this many characters. */
	cut: boolean;
}

export const cutAt = 400;

export interface PostTable extends Omit<AirForceTable, 'rows'> {
	rows: PostRow[];
	problems: TableProblem[];
}

export function readPostTable(bytes: Uint8Array | string): PostTable {
	const fatal = (message: string, line?: number): PostTable => ({
		rows: [],
		problems: [{ line, message }],
		dataRows: 0
	});
	const records = csvRecords(bytes);
	if ('problem' in records) return fatal(records.problem, records.line);
	const { header, body } = records;
	const names = header.record.map((n) => n.trim());
	const missing = postColumns.filter((c) => !names.includes(c));
	if (missing.length > 0)
		return fatal(
			`is not the MoD statements table (mod_russia_statements.csv): missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`
		);
	const at = Object.fromEntries(postColumns.map((c) => [c, names.indexOf(c)])) as Record<
		(typeof postColumns)[number],
		number
	>;
	const rows: PostRow[] = [];
	const problems: TableProblem[] = [];
	let previousEnd = header.info.lines;
	for (const { record, info } of body) {
		const line = previousEnd + 1;
		previousEnd = info.lines;
		const cell = (c: (typeof postColumns)[number]) => record[at[c]] ?? '';
		const before = problems.length;
		const posted = cell('datetime').trim();
		const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(posted);
		const time = new Date(`${posted.replace(' ', 'T')}:00Z`);
		// a time that does not exist (25:00, 2025-02-30) is refused, not rolled over
		const valid =
			m !== null &&
			!Number.isNaN(time.getTime()) &&
			time.toISOString().slice(0, 16) === posted.replace(' ', 'T') &&
			cell('date').trim() === posted.slice(0, 10);
		if (!valid)
			problems.push({
				line,
				column: 'datetime',
				message: `${quoted(posted)} is not a UTC time (YYYY-MM-DD HH:MM) matching the date column`
			});
		const count = cell('drone_count').trim();
		if (!/^\d{1,7}$/.test(count))
			problems.push({ line, column: 'drone_count', message: `${quoted(count)} is not a whole number` });
		const snippet = cell('text_snippet');
		if (snippet.trim() === '')
			problems.push({ line, column: 'text_snippet', message: 'is empty: every row is a post' });
		if (problems.length > before) continue;
		rows.push({
			line,
			posted,
			droneCount: Number(count),
			text: snippet,
			cut: [...snippet].length >= cutAt
		});
	}
	return { rows, problems, dataRows: body.length };
}
