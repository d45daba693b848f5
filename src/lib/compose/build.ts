/**
 * A composed chart and the daily data → the series it draws: one series per pick, transformed
 * as the chart asks (running total, then share of the maximum), and after each the median and
 * trend lines computed on what is drawn, so they sit on the same axis.
 *
 * A group pick ("press", "official") may have several sources' claims on one attack; they are
 * taken as versions of one count, as one source's several claims are on /daily: the largest
 * stated value stands for the attack, and attacks are summed within a period. Summing them
 * would count one night's dead once per outlet that reported them.
 */
import type { Metric } from '../schema/metrics.ts';
import { indexOf, nightSeries, sumsOf, type SeriesPoint } from '../stats/daily.ts';
import type { Filter } from '../map/filter.ts';
import type { DailyTable } from '../stats/daily-columns.ts';
import { periodsBetween } from '../stats/periods.ts';
import { cumulative, medianLine, normalised, rollingMedian, type Points } from '../stats/transforms.ts';
import type { ComposedChart, Pick } from './composition.ts';
import { givenBy, type SourceKind } from './given-by.ts';

export interface BuiltSeries {
	/** Stable key: the pick, and the line's role. */
	key: string;
	/** Index of the pick in the chart. */
	pick: number;
	/** The figures, or a line computed from them. */
	role: 'figures' | 'median' | 'trend';
	/** One entry per period; `undefined` is a gap (not said). */
	points: (SeriesPoint | undefined)[];
}

export interface BuiltChart {
	periods: string[];
	series: BuiltSeries[];
	/** Picks for which no claim in the chart's period gives the figure. */
	missing: number[];
}

// here, not in daily.ts: /daily does not need it, and its script is at its budget
/**
 * One series summing what any of several sources gives (the compare page's "press" and
 * "officials"): for each attack the largest figure among them stands, as for one source's
 * several claims. Only the periods with a figure, by period.
 */
export function groupPoints(
	data: DailyTable,
	range: { from: string; to: string; by: Filter['by'] },
	metric: Metric,
	sources: ReadonlySet<number>
): Map<string, SeriesPoint> {
	const filter: Filter = { ...range, attacker: 'all', source: 'all', metric: 'attacks', region: '' };
	const index = indexOf(data);
	const column = index.byMetric.get(metric);
	const id = `group|${[...sources].sort((a, b) => a - b).join(',')}`;
	const sums =
		column &&
		sumsOf(
			index,
			column,
			id,
			1,
			(i) => sources.has(column.source[i]),
			() => 0
		);
	const { periods, points } = nightSeries(index, filter, [sums ? { sums, key: 0 } : undefined]);
	const got = points[0] ?? [];
	return new Map(periods.flatMap((p, i) => (got[i] ? [[p, got[i]] as const] : [])));
}

/** A pick's claims within the chart's dates, by period; `undefined` when none gives the figure. */
function pickPoints(
	data: DailyTable,
	chart: ComposedChart,
	pick: Pick,
	kinds: ReadonlyMap<string, SourceKind>
): Map<string, SeriesPoint> | undefined {
	const ids = givenBy(pick.source, kinds);
	const sources = new Set(data.sources.flatMap((s, i) => (ids.has(s.id) ? [i] : [])));
	const points = groupPoints(data, chart, pick.metric as Metric, sources);
	return points.size ? points : undefined;
}

const asPoints = (points: Points): (SeriesPoint | undefined)[] =>
	points.map((interval) => (interval ? { interval, claims: [] } : undefined));

export function buildChart(
	data: DailyTable,
	chart: ComposedChart,
	kinds: ReadonlyMap<string, SourceKind>
): BuiltChart {
	const byPick = chart.picks.map((pick) => pickPoints(data, chart, pick, kinds));
	const given = byPick.flatMap((m) => (m ? [...m.keys()] : [])).sort();
	const periods = periodsBetween(chart.from || given[0] || '', chart.to || given.at(-1) || '', chart.by);
	const series: BuiltSeries[] = [];
	byPick.forEach((byPeriod, pick) => {
		if (!byPeriod) return;
		const key = `${chart.picks[pick].metric}-${chart.picks[pick].source}`;
		const raw = periods.map((p) => byPeriod.get(p));
		let values: Points = raw.map((p) => p?.interval);
		if (chart.values === 'cumulative') values = cumulative(values);
		if (chart.normalised) values = normalised(values);
		// per-period figures keep their claims for tooltips that quote them; totals and shares do not
		const untouched = chart.values === 'period' && !chart.normalised;
		series.push({ key, pick, role: 'figures', points: untouched ? raw : asPoints(values) });
		if (chart.median)
			series.push({ key: `${key}-median`, pick, role: 'median', points: asPoints(medianLine(values)) });
		if (chart.trend > 0)
			series.push({
				key: `${key}-trend`,
				pick,
				role: 'trend',
				points: asPoints(rollingMedian(values, chart.trend))
			});
	});
	return { periods, series, missing: byPick.flatMap((m, i) => (m ? [] : [i])) };
}
