/**
 * periods.csv and periods.json: every figure of every period claim beside its nightly sum,
 * as on the /periods page. Open-ended sums are written with an empty (CSV) or null (JSON)
 * upper bound: JSON has no Infinity.
 */
import { stringify } from 'csv-stringify/sync';
import { formatFigure } from '../schema/figure.ts';
import { spreadsheetSafe } from './csv-safe.ts';
import type { PeriodRow } from './period-view.ts';
import { periodCsvColumns } from './period-csv-columns.ts';

export function periodsCsv(rows: readonly PeriodRow[]): string {
	const body = rows.map((r) => [
		r.id,
		r.source,
		r.article.id,
		r.attacker,
		r.from,
		r.to,
		r.metric,
		formatFigure(r.figure),
		r.figure.value,
		r.figure.qualifier,
		r.against,
		r.nights,
		r.recorded,
		r.sum?.lo ?? '',
		r.sum && Number.isFinite(r.sum.hi) ? r.sum.hi : '',
		r.sum ? String(r.sum.approx) : '',
		r.difference?.count ?? '',
		r.difference?.percent === undefined ? '' : r.difference.percent.toFixed(1),
		r.verdict,
		spreadsheetSafe(r.quote)
	]);
	return stringify([periodCsvColumns.map(([name]) => name), ...body]);
}

export function periodsJson(rows: readonly PeriodRow[]): string {
	return JSON.stringify({
		about:
			'Salvo: period claims (weekly and monthly tallies) beside the sum of the nightly claims over the same nights. hi null = open-ended.',
		periods: rows.map((r) => ({
			...r,
			sum: r.sum && { ...r.sum, hi: Number.isFinite(r.sum.hi) ? r.sum.hi : null }
		}))
	});
}
