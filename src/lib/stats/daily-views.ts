/**
 * The three daily charts under a filter, as one value: the series by source for the chosen
 * metric, launched against intercepted for one source, and launches by weapon type. The same
 * function shapes the first view at build time and every later view in the browser.
 */
import type { Filter } from '../map/filter.ts';
import type { Metric } from '../schema/metrics.ts';
import { seriesByMetric, seriesBySource, seriesByWeapon, type SeriesSet } from './daily.ts';
import type { DailyTable } from './daily-columns.ts';

export interface DailyViews {
	metric: Metric;
	family: 'drones' | 'missiles';
	/** The source of the launched / intercepted and weapon-type charts ('' for none). */
	lviSource: string;
	bySource: SeriesSet;
	lvi: SeriesSet;
	byType: SeriesSet;
}

/** A chart with nothing to draw. */
export const none: SeriesSet = { periods: [], series: [] };

/** The charts' metric, family and source under a filter, without computing any series. */
export function chartChoices(sources: readonly { id: string }[], filter: Filter) {
	// "attacks" is the map's default; the charts draw figures: drones launched first, or for
	// Ukrainian strikes drones intercepted, the only figure the Russian MoD gives
	const metric: Metric =
		filter.metric !== 'attacks'
			? filter.metric
			: filter.attacker === 'UA'
				? 'drones_intercepted'
				: 'drones_launched';
	const family = metric.startsWith('missiles') ? ('missiles' as const) : ('drones' as const);
	// launched against intercepted: the chosen source, or by default the defending side's
	// military (the Air Force for Russian strikes, the Russian MoD for Ukrainian ones)
	const main = filter.attacker === 'UA' ? 'ru-mod' : 'ua-air-force';
	const lviSource = filter.source !== 'all' ? filter.source : sources.some((s) => s.id === main) ? main : '';
	return { metric, family, lviSource };
}

/** The three charts of /daily. */
export type DailyChartName = 'bySource' | 'lvi' | 'byType';

/** One chart's series under a filter: a page computes each chart when it draws it. */
export function chartView(daily: DailyTable, filter: Filter, chart: DailyChartName): SeriesSet {
	const { metric, family, lviSource } = chartChoices(daily.sources, filter);
	if (chart === 'bySource') return seriesBySource(daily, filter, metric);
	if (!lviSource) return none;
	return chart === 'lvi'
		? seriesByMetric(daily, filter, lviSource, [`${family}_launched`, `${family}_intercepted`] as Metric[])
		: seriesByWeapon(daily, filter, lviSource, family === 'missiles' ? 'missile' : 'drone');
}

export function dailyViews(daily: DailyTable, filter: Filter): DailyViews {
	return {
		...chartChoices(daily.sources, filter),
		bySource: chartView(daily, filter, 'bySource'),
		lvi: chartView(daily, filter, 'lvi'),
		byType: chartView(daily, filter, 'byType')
	};
}

/**
 * The views without the claims behind each point: what the page ships for its first view, so
 * that its weight grows with the nights and series shown, not with the number of claims.
 * Tooltips quote claims once the full data has been fetched.
 */
export function withoutClaims(views: DailyViews): DailyViews {
	const strip = (set: SeriesSet): SeriesSet => ({
		periods: set.periods,
		series: set.series.map((s) => ({
			...s,
			points: s.points.map((p) => (p ? { interval: p.interval, claims: [] } : undefined))
		}))
	});
	return { ...views, bySource: strip(views.bySource), lvi: strip(views.lvi), byType: strip(views.byType) };
}
