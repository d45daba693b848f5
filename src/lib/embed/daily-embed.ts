/**
 * One daily chart as its embed page draws it: a view of /daily under a filter (the default one
 * at build time, the address's in the browser), shaped into exactly what the chart needs.
 */
import type { ChartSeries } from '../components/DailyChart.canvas.svelte';
import { colours } from '../components/chart-style.ts';
import { t, type Lang } from '../i18n/index.ts';
import { dailyDefaultFilter, type Filter } from '../map/filter.ts';
import { chartChoices, chartView } from '../stats/daily-views.ts';
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

/** Sources and weapon types by index, as the series name them. */
export type DailyNames = Pick<DailyData, 'sources' | 'weapons'>;

// the same colours as the launched / intercepted chart on /daily
const lviColours = ['#1f5aa6', '#2e7d32'];

const embedViews = { 'by-source': 'bySource', 'launched-intercepted': 'lvi', 'by-type': 'byType' } as const;

export function dailyEmbed(
	names: DailyNames,
	claims: DailyTable,
	lang: Lang,
	chart: EmbedChart,
	filter: Filter = dailyDefaultFilter
): DailyEmbed {
	const choices = chartChoices(names.sources, filter);
	const set: SeriesSet = chartView(claims, filter, embedViews[chart]);
	const by = t(lang, `daily.by.${filter.by}`);
	const metric = t(lang, `metric.${choices.metric}`);
	const family = t(lang, `daily.${choices.family}`);
	const lviName = names.sources.find((s) => s.id === choices.lviSource)?.name ?? '';
	const table = (what: string, series: ChartSeries[]) => ({
		label: t(lang, 'daily.chartLabel', { metric: what, by, n: series.length }),
		caption: t(lang, 'daily.tableCaption', { metric: what, by }),
		periods: set.periods,
		series
	});

	if (chart === 'by-source') {
		const palette = colours(set.series.map((s) => names.sources[s.source].side));
		const series = set.series.map((s, i) => ({
			key: s.key,
			label: names.sources[s.source].name,
			colour: palette[i],
			points: s.points
		}));
		return {
			title: t(lang, 'daily.bySource', { metric }),
			...table(metric, series),
			sources: series.map((s) => s.label)
		};
	}
	const sources = lviName ? [lviName] : [];
	if (chart === 'launched-intercepted') {
		const series = set.series.map((s, i) => ({
			key: s.key,
			label: t(lang, `metric.${s.metric}`),
			colour: lviColours[i],
			points: s.points
		}));
		return {
			title: t(lang, 'daily.launchedIntercepted', { source: lviName }),
			...table(family, series),
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
	const palette = colours(set.series.map(() => 'other' as const));
	const series = set.series.map((s, i) => ({
		key: s.key,
		label: names.weapons.find((w) => w.id === s.key)?.name ?? s.key,
		colour: palette[i],
		points: s.points
	}));
	return {
		title: t(lang, 'daily.byType', { source: lviName, family }),
		...table(family, series),
		sources
	};
}

/** The embed without the claims behind each point: what the prerendered page ships. */
export function embedWithoutClaims(embed: DailyEmbed): DailyEmbed {
	return {
		...embed,
		series: embed.series.map((s) => ({
			...s,
			points: s.points.map((p) => (p ? { interval: p.interval, claims: [] } : undefined))
		}))
	};
}
