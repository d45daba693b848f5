import type { ChartSeries } from './DailyChart.canvas.svelte';
import { spreadsheetSafe } from '../data/csv-safe.ts';

/**
 * The chart's data as CSV: one row per period and series with a value; `hi` empty = no upper
 * bound; `partial` true for a period the data only partly covers (its sum holds fewer nights).
 */
export function chartCsv(
	periods: string[],
	series: ChartSeries[],
	partial: ReadonlySet<string> = new Set()
): string {
	const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = ['period,series,lo,hi,approximate,partial'];
	periods.forEach((period, i) => {
		for (const s of series) {
			const p = s.points[i];
			if (!p) continue;
			const hi = p.interval.hi === Infinity ? '' : String(p.interval.hi);
			lines.push(
				[
					period,
					quote(spreadsheetSafe(s.label)),
					String(p.interval.lo),
					hi,
					String(p.interval.approx),
					String(partial.has(period))
				].join(',')
			);
		}
	});
	return lines.join('\n') + '\n';
}
