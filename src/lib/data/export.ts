import { stringify } from 'csv-stringify/sync';
import { metrics } from '../schema/metrics.ts';
import { csvColumns } from './csv-columns.ts';
import { formatFigure } from '../schema/figure.ts';
import type { ClaimRecord } from './claims.ts';

/** One row per claim; a metric a claim does not give stays empty (not said is not zero). */
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
	return stringify([csvColumns.map(([name]) => name), ...rows]);
}
