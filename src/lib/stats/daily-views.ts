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

const none: SeriesSet = { periods: [], series: [] };

/** The charts' metric, family and source under a filter, without computing any series. */
export function chartChoices(sources: readonly { id: string }[], filter: Filter) {
	// "attacks" is the map's default; the charts draw figures, drones launched first
	const metric: Metric = filter.metric === 'attacks' ? 'drones_launched' : filter.metric;
	const family = metric.startsWith('missiles') ? ('missiles' as const) : ('drones' as const);
	// launched against intercepted: the chosen source, or the Air Force by default
	const lviSource =
		filter.source !== 'all'
			? filter.source
			: sources.some((s) => s.id === 'ua-air-force')
				? 'ua-air-force'
				: '';
	return { metric, family, lviSource };
}

export function dailyViews(daily: DailyTable, filter: Filter): DailyViews {
	const { metric, family, lviSource } = chartChoices(daily.sources, filter);
	return {
		metric,
		family,
		lviSource,
		bySource: seriesBySource(daily, filter, metric),
		lvi: lviSource
			? seriesByMetric(daily, filter, lviSource, [`${family}_launched`, `${family}_intercepted`] as Metric[])
			: none,
		byType: lviSource
			? seriesByWeapon(daily, filter, lviSource, family === 'missiles' ? 'missile' : 'drone')
			: none
	};
}

/** No series yet: a view other than the first, before every claim has arrived. */
export function emptyViews(sources: readonly { id: string }[], filter: Filter): DailyViews {
	return { ...chartChoices(sources, filter), bySource: none, lvi: none, byType: none };
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
