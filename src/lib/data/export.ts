import { stringify } from 'csv-stringify/sync';
import { metrics } from '../schema/metrics.ts';
import { csvColumns } from './csv-columns.ts';
import { formatFigure } from '../schema/figure.ts';
import type { ClaimRecord } from './claims.ts';
import { spreadsheetSafe } from './csv-safe.ts';

/**
 * One row per claim; a metric a claim does not give stays empty (not said is not zero). Text
 * cells are made spreadsheet-safe: a quote starting with `=` gets a leading `'`.
 */
export function claimsCsv(claims: ClaimRecord[]): string {
	const rows = claims.map((c) => [
		c.key,
		c.attack,
		c.date,
		c.attacker,
		c.target,
		c.source,
		c.article,
		c.places.join('|'),
		c.quote,
		...metrics.map((m) => (c.figures[m] ? formatFigure(c.figures[m]) : '')),
		...metrics.map((m) => c.figures[m]?.value ?? ''),
		...metrics.map((m) => c.figures[m]?.qualifier ?? '')
	]);
	const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : cell)));
	return stringify([csvColumns.map(([name]) => name), ...safe]);
}
