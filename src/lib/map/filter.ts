/**
 * The filter state shared by the map and the daily charts, and its round trip through the URL
 * query string, so a view can be shared as a link. Unknown or malformed parameters fall back to
 * the default rather than failing: a hand-edited link still opens something sensible.
 */
import type { Country } from '../schema/common.ts';
import { metrics, type Metric } from '../schema/metrics.ts';

/** What the map can size markers by: the number of attacks, or any figure. */
export type MapMetric = 'attacks' | Metric;
/** The map's "size by" list: the figures readers ask the map about. */
export const mapMetrics = [
	'attacks',
	'drones_launched',
	// the one figure the Russian MoD gives, region by region: Ukrainian drones over Russia
	'drones_intercepted',
	'missiles_launched',
	'killed',
	'injured'
] as const;
const allMetrics: readonly string[] = ['attacks', ...metrics];

/** Periods the daily charts can add nights up over. */
export const granularities = ['night', 'week', 'month'] as const;
export type Granularity = (typeof granularities)[number];

export interface Filter {
	/** First night shown, YYYY-MM-DD, inclusive; empty for no limit. */
	from: string;
	/** Last night shown, inclusive; empty for no limit. */
	to: string;
	/** Whose strikes: Russian strikes on Ukraine, Ukrainian strikes on Russia, or both. */
	attacker: Country | 'all';
	/** One source's claims only, or every source. */
	source: string;
	metric: MapMetric;
	/** ISO 3166-2 region the claims must speak for, or empty for everywhere. */
	region: string;
	/** Period the daily charts add nights up over. */
	by: Granularity;
}

export const defaultFilter: Filter = {
	from: '',
	to: '',
	attacker: 'all',
	source: 'all',
	metric: 'attacks',
	region: '',
	by: 'night'
};

/**
 * What /daily and its embeds open with: one direction, Russian strikes on Ukraine. A daily
 * series adds figures night by night, and the two directions are never added or drawn in one
 * series: the reader chooses the other one ("attacker=UA"), and "all" is not offered there.
 */
export const dailyDefaultFilter: Filter = { ...defaultFilter, attacker: 'RU' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const sourceId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const regionCode = /^(UA-\d{2}|RU-[A-Z]{2,3})$/;

/** Reads a filter from a query string (`?from=…&metric=killed`). */
export function parseFilter(search: string | URLSearchParams, defaults: Filter = defaultFilter): Filter {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const from = q.get('from') ?? '';
	const to = q.get('to') ?? '';
	const attacker = q.get('attacker');
	const source = q.get('source') ?? '';
	const metric = q.get('metric');
	const region = q.get('region') ?? '';
	const by = q.get('by');
	return {
		from: isoDate.test(from) ? from : defaults.from,
		to: isoDate.test(to) ? to : defaults.to,
		attacker:
			attacker === 'RU' || attacker === 'UA' || (attacker === 'all' && defaults.attacker === 'all')
				? attacker
				: defaults.attacker,
		source: sourceId.test(source) ? source : defaults.source,
		metric: allMetrics.includes(metric ?? '') ? (metric as MapMetric) : defaults.metric,
		region: regionCode.test(region) ? region : defaults.region,
		by: (granularities as readonly string[]).includes(by ?? '') ? (by as Granularity) : defaults.by
	};
}

/** Writes a filter as a query string, leaving defaults out so links stay short. */
export function filterToSearch(filter: Filter, defaults: Filter = defaultFilter): string {
	const q = new URLSearchParams();
	for (const key of ['from', 'to', 'attacker', 'source', 'region', 'metric', 'by'] as const) {
		if (filter[key] !== defaults[key]) q.set(key, filter[key]);
	}
	const s = q.toString();
	return s ? `?${s}` : '';
}
