/**
 * One daily chart as its embed page draws it: the default view of /daily (every source, night
 * by night), shaped at build time into exactly what the chart needs, with the claims behind
 * each point left out, since an embed has no filters and its tooltips say the figure only.
 */
import type { ChartSeries } from '../components/DailyChart.canvas.svelte';
import { colours } from '../components/chart-style.ts';
import { t, type Lang } from '../i18n/index.ts';
import { dailyDefaultFilter } from '../map/filter.ts';
import { dailyViews, withoutClaims } from '../stats/daily-views.ts';
import { interceptionRate, type DailyData, type SeriesSet } from '../stats/daily.ts';
import type { DailyTable } from '../stats/daily-columns.ts';
import type { EmbedChart } from './charts.ts';

export interface DailyEmbed {
	/** Heading of the chart, the same as its panel's on /daily. */
	title: string;
	/** Accessible name of the chart. */
	label: string;
	/** Caption of the data table. */
	caption: string;
	periods: string[];
	series: ChartSeries[];
	/** The interception rate, on the launched / intercepted chart. */
	rate?: { label: string; values: (number | undefined)[] };
	/** Names of the sources whose figures are drawn, for the sources line. */
	sources: string[];
}

// the same colours as the launched / intercepted chart on /daily
const lviColours = ['#1f5aa6', '#2e7d32'];

export function dailyEmbed(daily: DailyData, claims: DailyTable, lang: Lang, chart: EmbedChart): DailyEmbed {
	const views = withoutClaims(dailyViews(claims, dailyDefaultFilter));
	const by = t(lang, 'daily.by.night');
	const metric = t(lang, `metric.${views.metric}`);
	const family = t(lang, `daily.${views.family}`);
	const lviName = daily.sources.find((s) => s.id === views.lviSource)?.name ?? '';
	const table = (set: SeriesSet, what: string, series: ChartSeries[]) => ({
		label: t(lang, 'daily.chartLabel', { metric: what, by, n: series.length }),
		caption: t(lang, 'daily.tableCaption', { metric: what, by }),
		periods: set.periods,
		series
	});

	if (chart === 'by-source') {
		const set = views.bySource;
		const palette = colours(set.series.map((s) => daily.sources[s.source].side));
		const series = set.series.map((s, i) => ({
			key: s.key,
			label: daily.sources[s.source].name,
			colour: palette[i],
			points: s.points
		}));
		return {
			title: t(lang, 'daily.bySource', { metric }),
			...table(set, metric, series),
			sources: series.map((s) => s.label)
		};
	}
	const sources = lviName ? [lviName] : [];
	if (chart === 'launched-intercepted') {
		const set = views.lvi;
		const series = set.series.map((s, i) => ({
			key: s.key,
			label: t(lang, `metric.${s.metric}`),
			colour: lviColours[i],
			points: s.points
		}));
		return {
			title: t(lang, 'daily.launchedIntercepted', { source: lviName }),
			...table(set, family, series),
			rate:
				set.series.length === 2
					? {
							label: t(lang, 'daily.rate'),
							values: interceptionRate(set.series[0].points, set.series[1].points)
						}
					: undefined,
			sources
		};
	}
	const set = views.byType;
	const palette = colours(set.series.map(() => 'other' as const));
	const series = set.series.map((s, i) => ({
		key: s.key,
		label: daily.weapons.find((w) => w.id === s.key)?.name ?? s.key,
		colour: palette[i],
		points: s.points
	}));
	return {
		title: t(lang, 'daily.byType', { source: lviName, family }),
		...table(set, family, series),
		sources
	};
}
