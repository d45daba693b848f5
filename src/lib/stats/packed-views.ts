/**
 * The first view's series in columns, for the page's hydration data. As objects, every point
 * of years of nights was `{interval:{lo,hi,approx},claims:[]}`, a literal the browser parses
 * as script before the page can hydrate (about 440 KB on the imported Air Force table, half a
 * second of a phone's main thread); the same series as arrays of numbers are a fraction of it.
 * `unpackViews(packViews(v))` equals `withoutClaims(v)`.
 */
import type { Metric } from '../schema/metrics.ts';
import type { Series, SeriesPoint, SeriesSet } from './daily.ts';
import type { DailyViews } from './daily-views.ts';

type SetName = 'bySource' | 'lvi' | 'byType';
const setNames: SetName[] = ['bySource', 'lvi', 'byType'];

interface PackedSeries {
	key: string;
	source: number;
	metric: Metric;
	/** Indices of the periods with a point (the others are gaps: not said). */
	at: number[];
	/** Each point's lower end, in the order of `at`. */
	lo: number[];
	/** Each point's upper end (`Infinity` when open), when some point is a range. */
	hi?: number[];
	/** Positions in `at` of the points given as "about". */
	approx?: number[];
}

interface PackedSet {
	/** The periods, or the name of an earlier set with the same ones. */
	periods: string[] | SetName;
	series: PackedSeries[];
}

export interface PackedViews extends Omit<DailyViews, SetName> {
	sets: Record<SetName, PackedSet>;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

function packSeries(s: Series): PackedSeries {
	const at: number[] = [];
	const lo: number[] = [];
	const hi: number[] = [];
	const approx: number[] = [];
	s.points.forEach((p, i) => {
		if (!p) return;
		if (p.interval.approx) approx.push(at.length);
		at.push(i);
		lo.push(p.interval.lo);
		hi.push(p.interval.hi);
	});
	return {
		key: s.key,
		source: s.source,
		metric: s.metric,
		at,
		lo,
		...(hi.some((h, i) => h !== lo[i]) ? { hi } : {}),
		...(approx.length ? { approx } : {})
	};
}

function unpackSeries(s: PackedSeries, periods: number): Series {
	const points: (SeriesPoint | undefined)[] = Array.from({ length: periods }, () => undefined);
	const approx = new Set(s.approx);
	s.at.forEach((period, j) => {
		points[period] = {
			interval: { lo: s.lo[j], hi: s.hi?.[j] ?? s.lo[j], approx: approx.has(j) },
			claims: []
		};
	});
	return { key: s.key, source: s.source, metric: s.metric, points };
}

/** The views in columns, without the claims behind each point. */
export function packViews(views: DailyViews): PackedViews {
	const { bySource, lvi, byType, ...choices } = views;
	const sets = { bySource, lvi, byType };
	const packed = {} as Record<SetName, PackedSet>;
	setNames.forEach((name, i) => {
		const periods = sets[name].periods;
		const earlier = setNames.slice(0, i).find((other) => same(sets[other].periods, periods));
		packed[name] = { periods: earlier ?? periods, series: sets[name].series.map(packSeries) };
	});
	return { ...choices, sets: packed };
}

/** The views as the charts take them (the points' claims empty). */
export function unpackViews(packed: PackedViews): DailyViews {
	const { sets, ...choices } = packed;
	const unpacked = {} as Record<SetName, SeriesSet>;
	for (const name of setNames) {
		const { periods, series } = sets[name];
		const list = typeof periods === 'string' ? unpacked[periods].periods : periods;
		unpacked[name] = { periods: list, series: series.map((s) => unpackSeries(s, list.length)) };
	}
	return { ...choices, ...unpacked };
}
