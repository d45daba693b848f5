/**
 * Reads the Air Force daily table ("Massive Missile Attacks on Ukraine", `missile_attacks_daily.csv`):
 * one row per weapon model per attack window. Checks every row and reports each bad cell
 * with its line and column, so a table with problems is rejected as a whole with one list.
 */
import { parseLocal, sortableLocal, type LocalTime } from '../stats/night.ts';
import { maxCount } from '../schema/figure.ts';
import { quoted } from '../schema/common.ts';
import { csvRecords } from './table-input.ts';

/** The columns the importer reads; a table without any of them is not this table. */
export const requiredColumns = [
	'time_start',
	'time_end',
	'model',
	'target',
	'target_main',
	'launched',
	'destroyed',
	'not_reach_goal',
	'affected region',
	'source'
] as const;
type Column = (typeof requiredColumns)[number];

/** One row, checked. Counts are absent when the cell is empty: not reported is not zero. */
export interface DailyRow {
	/** 1-based line in the CSV where the row starts; the header is line 1. */
	line: number;
	timeStart: LocalTime;
	timeEnd?: LocalTime;
	model: string;
	/** Launched, as the table gives it. */
	launched?: number;
	/** Shot down. */
	destroyed?: number;
	/** Lost to electronic warfare ("locally lost"). */
	notReachGoal?: number;
	target: string;
	targetMain: string;
	affectedRegion: string;
	/** The post the row was read from, exactly as the table writes it. */
	source: string;
	/** Every cell of the row, trimmed and joined: tells a repeated row. */
	cells?: string;
}

/** A cell that cannot be read, or a table that is not the expected one (no line). */
export interface TableProblem {
	line?: number;
	column?: string;
	message: string;
}

export interface ReadTable {
	rows: DailyRow[];
	/** Rows with a problem are left out of `rows`; any problem fails the import. */
	problems: TableProblem[];
	/** Lines in the table, header excluded. */
	dataRows: number;
}

/**
 * Parses and checks the whole table. `onProgress` is called every 500 rows, for the CLI's
 * progress line on long tables.
 */
export function readDailyTable(
	bytes: Uint8Array | string,
	onProgress?: (done: number, total: number) => void
): ReadTable {
	// the same encoding rules as record files: UTF-8, a byte-order mark allowed
	const records = csvRecords(bytes);
	if ('problem' in records) return fatal(records.problem, records.line);
	const { header, body } = records;
	const names = header.record.map((name) => name.trim());
	const missing = requiredColumns.filter((column) => !names.includes(column));
	if (missing.length > 0) {
		return fatal(
			`is not the Air Force daily table (missile_attacks_daily.csv): missing column${missing.length > 1 ? 's' : ''} ` +
				`${missing.map((c) => `"${c}"`).join(', ')}; found ${names.length} column${names.length === 1 ? '' : 's'}: ` +
				names
					.slice(0, 8)
					.map((c) => `"${c}"`)
					.join(', ') +
				(names.length > 8 ? ', ...' : '')
		);
	}
	const index = Object.fromEntries(requiredColumns.map((c) => [c, names.indexOf(c)])) as Record<
		Column,
		number
	>;

	const rows: DailyRow[] = [];
	const problems: TableProblem[] = [];
	let previousEnd = header.info.lines;
	body.forEach(({ record, info }, i) => {
		// a quoted cell may hold line breaks, so a row starts after the line the previous one ended on
		const line = previousEnd + 1;
		previousEnd = info.lines;
		const row = readRow(record, index, line, problems);
		if (row) rows.push(row);
		if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, body.length);
	});
	onProgress?.(body.length, body.length);
	return { rows, problems, dataRows: body.length };
}

function fatal(message: string, line?: number): ReadTable {
	return { rows: [], problems: [{ line, message }], dataRows: 0 };
}

function readRow(
	record: string[],
	index: Record<Column, number>,
	line: number,
	problems: TableProblem[]
): DailyRow | undefined {
	const cell = (column: Column) => (record[index[column]] ?? '').trim();
	const before = problems.length;
	const report = (column: Column, message: string) => problems.push({ line, column, message });

	const timeStart = parseLocal(cell('time_start'));
	if (!timeStart) {
		report(
			'time_start',
			cell('time_start')
				? `${quoted(cell('time_start'))} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)`
				: 'is empty'
		);
	}
	let timeEnd: LocalTime | undefined;
	if (cell('time_end')) {
		timeEnd = parseLocal(cell('time_end'));
		if (!timeEnd)
			report('time_end', `${quoted(cell('time_end'))} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)`);
	}
	// a bare date on one side says only the day: it is before the other only on an earlier day
	const bare = timeStart?.minutes === undefined || timeEnd?.minutes === undefined;
	if (
		timeStart &&
		timeEnd &&
		(bare ? timeEnd.date < timeStart.date : sortableLocal(timeEnd) < sortableLocal(timeStart))
	) {
		report(
			'time_end',
			`${quoted(cell('time_end'))} is before time_start ${quoted(cell('time_start'))}: a window cannot end before it starts`
		);
	}
	const model = cell('model');
	if (!model) report('model', 'is empty: every row names a weapon model');
	const source = cell('source');
	if (!source) report('source', 'is empty: every row names the post it was read from');
	const count = (column: Column): number | undefined => {
		const text = cell(column);
		// pandas writes a missing count as an empty cell; the literal NaN means the same
		if (text === '' || text.toLowerCase() === 'nan') return undefined;
		const problem = countProblem(text);
		if (problem) {
			report(column, problem);
			return undefined;
		}
		const value = Number(text);
		return value === 0 ? 0 : value; // no -0 from "-0.0"
	};
	const launched = count('launched');
	const destroyed = count('destroyed');
	const notReachGoal = count('not_reach_goal');

	if (problems.length > before || !timeStart) return undefined;
	return {
		line,
		timeStart,
		timeEnd,
		model,
		launched,
		destroyed,
		notReachGoal,
		target: cell('target'),
		targetMain: cell('target_main'),
		affectedRegion: cell('affected region'),
		source,
		cells: record.map((c) => c.trim()).join('\u0000')
	};
}

/** Counts are written as floats (`93.0`); anything but a whole, non-negative number is refused. */
function countProblem(text: string): string | undefined {
	const shown = quoted(text);
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return `${shown} is not a number`;
	const value = Number(text);
	// a numeral too long for a double reads as Infinity
	if (!Number.isFinite(value)) return `${shown} is too large to be a count`;
	if (value < 0) return `${shown} is negative (a count is a whole number, 0 or more)`;
	if (!Number.isInteger(value))
		return `${shown} is not a whole number (a count is a whole number, 0 or more)`;
	if (!Number.isSafeInteger(value)) return `${shown} is too large to be a count`;
	if (value > maxCount) return `${shown} is more than ${maxCount}: too large for one attack (a typo?)`;
	return undefined;
}
