/**
 * A composition: the charts a reader builds on the compare page, each with its own series
 * (a metric as one source, or one group of sources, gives it), period and drawing options.
 */
import type { Granularity } from '../map/filter.ts';
import type { Metric } from '../schema/metrics.ts';

/** Groups of sources a series can stand for instead of one source (see given-by.ts). */
export const sourceGroups = ['_press', '_official'] as const;
export type SourceGroup = (typeof sourceGroups)[number];

/** One line of a chart: a metric as given by a source or a group of sources. */
export interface Pick {
	metric: Metric;
	/** A source id, or a group (`_press`, `_official`). */
	source: string;
}

export interface ComposedChart {
	picks: Pick[];
	by: Granularity;
	/** First night, YYYY-MM-DD, inclusive; empty for the first in the data. */
	from: string;
	/** Last night, inclusive; empty for the last in the data. */
	to: string;
	scale: 'linear' | 'logarithmic';
	/** Each period's figures, or the running total. */
	values: 'period' | 'cumulative';
	/** As a percentage of each series' highest mark. */
	normalised: boolean;
	/** A median line per series over the chart's span. */
	median: boolean;
	/** Window of the trend (rolling median) in periods; 0 for none. */
	trend: number;
}

export interface Composition {
	charts: ComposedChart[];
}

/** Limits that keep a composition readable and its link short. */
export const limits = { charts: 6, picks: 6 } as const;
/** The trend windows offered, in periods of the chart's granularity. */
export const trendWindows = [3, 5, 7, 14, 30] as const;

export const blankChart: ComposedChart = {
	picks: [],
	by: 'night',
	from: '',
	to: '',
	scale: 'linear',
	values: 'period',
	normalised: false,
	median: false,
	trend: 0
};

/**
 * What the page opens with: one direction, the Air Force's drones launched against those it
 * says were brought down. The Russian MoD's figures are of the other direction (Ukrainian
 * drones over Russia): a default never sets the two against each other; the reader chooses
 * ({@link directionCompositions}).
 */
export const defaultComposition: Composition = {
	charts: [
		{
			...blankChart,
			picks: [
				{ metric: 'drones_launched', source: 'ua-air-force' },
				{ metric: 'drones_intercepted', source: 'ua-air-force' }
			]
		}
	]
};

/** A start for each direction, offered above the charts: Russian strikes on Ukraine, Ukrainian strikes on Russia. */
export const directionCompositions: { attacker: 'RU' | 'UA'; composition: Composition }[] = [
	{ attacker: 'RU', composition: defaultComposition },
	{
		attacker: 'UA',
		composition: { charts: [{ ...blankChart, picks: [{ metric: 'drones_intercepted', source: 'ru-mod' }] }] }
	}
];

/** A chart a reader adds: drones launched by the Air Force, by week, to be changed. */
export function newChart(): ComposedChart {
	return { ...blankChart, by: 'week', picks: [{ metric: 'drones_launched', source: 'ua-air-force' }] };
}
