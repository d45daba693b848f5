/**
 * What every importer does with its table before reading a row: read the file, decode it as
 * record files are decoded (UTF-8, a byte-order mark allowed), parse the CSV with each row's
 * line, and report problems as `file: line N, column C: message`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { decodeRecordText } from '../data/record-text.ts';
import type { TableProblem } from './daily-table.ts';

/** A CSV row and the line its last cell ends on. */
export interface CsvRecord {
	record: string[];
	info: { lines: number };
}

/** The file's bytes, or why it cannot be read. */
export function readTableFile(path: string): { bytes: Uint8Array } | { failure: string } {
	try {
		return { bytes: readFileSync(path) };
	} catch (error) {
		return { failure: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
	}
}

/** Header and rows of a CSV table, or the problem that stops it being read at all. */
export function csvRecords(
	bytes: Uint8Array | string
): { header: CsvRecord; body: CsvRecord[] } | { problem: string; line?: number } {
	let text = bytes;
	if (typeof text !== 'string') {
		const decoded = decodeRecordText(text);
		if ('problem' in decoded) return { problem: decoded.problem };
		text = decoded.text;
	}
	if (text.includes('\u0000')) return { problem: 'is a binary file, not a CSV table' };
	if (text.trim() === '') return { problem: 'is empty' };
	try {
		const [header, ...body] = parse(text, {
			bom: true,
			info: true,
			skip_empty_lines: true
		}) as unknown as CsvRecord[];
		return { header, body };
	} catch (error) {
		const e = error as { message?: string; lines?: number };
		return { problem: `is not a readable CSV table: ${e.message ?? String(error)}`, line: e.lines };
	}
}

/** Each problem of a table as `file: line N, column C: message`. */
export function tableFailures(file: string, problems: TableProblem[]): string[] {
	return problems.map((p) => {
		const where = [
			p.line !== undefined ? `line ${p.line}` : undefined,
			p.column ? `column ${p.column}` : undefined
		]
			.filter(Boolean)
			.join(', ');
		return `${file}${where ? `: ${where}` : ''}: ${p.message}`;
	});
}
