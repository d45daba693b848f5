/**
 * The daily charts' series: for a metric, one series per source, each point the sum of the
 * source's figures over the attacks of a period, as an interval (so "at least" stays "at
 * least"). Pure functions of (data, filter), run in the browser on every filter change.
 */
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Filter, Granularity } from '../map/filter.ts';
import { toInterval, type Interval } from './interval.ts';
import { periodsBetween } from './periods.ts';
import { NightSums } from './night-sums.ts';
import type { DailyTable, TableFigures } from './daily-columns.ts';
import { qualifierCodes } from '../map/map-columns.ts';

/** What the daily pages ship to the browser: compact, and no more than the charts use. */
export interface DailyData {
	sources: { id: string; name: string; side: 'UA' | 'RU' | 'other' }[];
	/** Weapon types some claim breaks its figures down by. */
	weapons: { id: string; name: string; category: 'drone' | 'missile' | 'bomb' }[];
	attacks: { id: string; date: string; attacker: Country }[];
	claims: DailyClaim[];
}

export interface DailyClaim {
	/** Index into `attacks`. */
	attack: number;
	/** Index into `sources`. */
	source: number;
	/** The claim's id within its attack. */
	id: string;
	quote: string;
	/** ISO 3166-2 regions of the places the claim speaks for. */
	regions: string[];
	figures: Partial<Record<Metric, QualifiedFigure>>;
	/** Launched by weapon type, when the source breaks it down: [index into `weapons`, figure]. */
	launchedByType: [number, QualifiedFigure][];
}

export interface SeriesPoint {
	interval: Interval;
	/** Indices into `claims` of the claims summed, for tooltips that quote them. */
	claims: number[];
}

export interface Series {
	/** Stable key: the source id, or the metric for a one-source chart. */
	key: string;
	source: number;
	metric: Metric;
	/** One entry per period; `undefined` where the source gave nothing (not said, not zero). */
	points: (SeriesPoint | undefined)[];
}

export interface SeriesSet {
	periods: string[];
	series: Series[];
}

/**
 * The figures of one metric (or the launched-by-type figures of one weapon category), listed
 * once per data set as columns in attack order: a filter change is then one pass over typed
 * arrays. Looking a metric up in every claim's figures, and keeping the largest figure per
 * attack in maps, was most of a redraw at 10k attacks (about 250 ms).
 */
interface Column {
	length: number;
	/** Index into `claims`. */
	claim: Int32Array;
	attack: Int32Array;
	source: Int32Array;
	/** Index into `weapons` for launched-by-type figures, -1 otherwise. */
	weapon: Int32Array;
	/** The stated value: the largest of a source's several claims on one attack stands. */
	value: Float64Array;
	/** The figure as an interval (see interval.ts). */
	lo: Float64Array;
	hi: Float64Array;
	approx: Uint8Array;
}
export interface ClaimIndex {
	byMetric: Map<Metric, Column>;
	byCategory: Map<string, Column>;
	/** Each attack's night as a day number (days since 1970-01-01). */
	day: Int32Array;
	/** Claims speaking for a region, per region asked about. */
	regions: Map<string, Uint8Array>;
	/** Whether `day` never decreases (attacks in date order): nights in order are then attacks in order. */
	sorted: boolean;
	/** The first night of the data (a day number) and the number of nights to the last. */
	firstDay: number;
	nights: number;
	/** Each attack's attacker: 0 Russia, 1 Ukraine (bits 1 and 2 of a filter's mask). */
	attacker: Uint8Array;
	/** Per night from the first, its period's number, per granularity, computed when first needed. */
	nightPeriods: Map<Granularity, Int32Array>;
	/** Each column's standing figures summed, per choice of rows and keys (see `sumsOf`). */
	sums: Map<Column, Map<string, NightSums>>;
}

const indexes = new WeakMap<DailyTable, ClaimIndex>();

const DAY = 86_400_000;
function dayNumber(date: string): number {
	return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
}

/** A period as a number: nights and weeks (their Monday) as day numbers, months counted from year 0. */
function periodNumber(date: string, by: Granularity): number {
	if (by === 'month') return +date.slice(0, 4) * 12 + +date.slice(5, 7) - 1;
	const day = dayNumber(date);
	// 1970-01-01 was a Thursday: Monday is 0
	return by === 'week' ? day - ((day + 3) % 7) : day;
}

/** Rows `rows` of a column of figures, in attack order, with their intervals. */
function columnOf(table: DailyTable, figures: TableFigures, rows: number[]): Column {
	// in attack order, and in claim order within an attack (the first of equal figures stands);
	// the file lists figures in claim order, and claims grouped by attack: mostly nothing to sort
	const attackOf = (r: number) => table.claimAttack[figures.claim[r]];
	let ordered = true;
	for (let i = 1; i < rows.length && ordered; i++) ordered = attackOf(rows[i - 1]) <= attackOf(rows[i]);
	if (!ordered) rows.sort((a, b) => attackOf(a) - attackOf(b) || figures.claim[a] - figures.claim[b]);
	const n = rows.length;
	const column: Column = {
		length: n,
		claim: new Int32Array(n),
		attack: new Int32Array(n),
		source: new Int32Array(n),
		weapon: new Int32Array(n),
		value: new Float64Array(n),
		lo: new Float64Array(n),
		hi: new Float64Array(n),
		approx: new Uint8Array(n)
	};
	rows.forEach((r, i) => {
		const claim = figures.claim[r];
		const value = figures.value[r];
		const interval = toInterval({ value, qualifier: qualifierCodes[figures.qualifier[r]] });
		column.claim[i] = claim;
		column.attack[i] = table.claimAttack[claim];
		column.source[i] = table.claimSource[claim];
		column.weapon[i] = figures.weapon[r];
		column.value[i] = value;
		column.lo[i] = interval.lo;
		column.hi[i] = interval.hi;
		column.approx[i] = interval.approx ? 1 : 0;
	});
	return column;
}

const every = (figures: TableFigures) => Array.from({ length: figures.length }, (_, r) => r);

/** The claims' columns and sums, made once per table (exported for the compare page's groups). */
export function indexOf(data: DailyTable): ClaimIndex {
	let index = indexes.get(data);
	if (index) return index;
	const byMetric = new Map<Metric, Column>();
	for (const [metric, figures] of Object.entries(data.figures))
		if (figures) byMetric.set(metric as Metric, columnOf(data, figures, every(figures)));
	const byType = data.launchedByType;
	const byCategory = new Map<string, Column>();
	for (const category of new Set(data.weapons.map((w) => w.category))) {
		const rows = every(byType).filter((r) => data.weapons[byType.weapon[r]].category === category);
		if (rows.length) byCategory.set(category, columnOf(data, byType, rows));
	}
	const dayOfNight = data.nights.map(dayNumber);
	index = {
		byMetric,
		byCategory,
		day: Int32Array.from(data.attackNight, (n) => dayOfNight[n]),
		regions: new Map(),
		sorted: true,
		firstDay: 0,
		nights: 0,
		attacker: data.attacker,
		nightPeriods: new Map(),
		sums: new Map()
	};
	for (let a = 1; a < index.day.length; a++) if (index.day[a] < index.day[a - 1]) index.sorted = false;
	if (index.day.length) {
		let [first, last] = [index.day[0], index.day[0]];
		for (const day of index.day) [first, last] = [Math.min(first, day), Math.max(last, day)];
		index.firstDay = first;
		index.nights = last - first + 1;
	}
	indexes.set(data, index);
	return index;
}

function claimsInRegion(data: DailyTable, index: ClaimIndex, region: string): Uint8Array {
	let inRegion = index.regions.get(region);
	if (!inRegion) {
		const sets = data.regionSets.map((set) => (set.includes(region) ? 1 : 0));
		index.regions.set(region, (inRegion = Uint8Array.from(data.claimRegions, (set) => sets[set])));
	}
	return inRegion;
}

/**
 * The figures that stand, summed per night (see night-sums.ts), for the rows of a column that
 * `rowOk` keeps, one series per `keyOf(row)` (from 0 to `keys` - 1): per attack and key the
 * largest stated value stands, the first of equal ones in column order (a source's headline and
 * body are versions of one count, not parts). Which figure stands depends on no filter but the
 * rows chosen (a region, a group of sources), so each choice is summed once, under `id`.
 */
export function sumsOf(
	index: ClaimIndex,
	column: Column,
	id: string,
	keys: number,
	rowOk: (row: number) => boolean,
	keyOf: (row: number) => number
): NightSums {
	let byChoice = index.sums.get(column);
	if (!byChoice) index.sums.set(column, (byChoice = new Map()));
	let sums = byChoice.get(id);
	if (sums) return sums;
	const best = new Int32Array(keys).fill(-1);
	const touched: number[] = [];
	const rows: number[] = [];
	for (let i = 0; i <= column.length; i++) {
		// an attack's rows are read: its standing figures are kept
		if (i === column.length || (i > 0 && column.attack[i] !== column.attack[i - 1])) {
			for (const key of touched) {
				rows.push(best[key]);
				best[key] = -1;
			}
			touched.length = 0;
		}
		if (i === column.length || !rowOk(i)) continue;
		const key = keyOf(i);
		if (best[key] < 0) touched.push(key);
		if (best[key] < 0 || column.value[i] > column.value[best[key]]) best[key] = i;
	}
	const attack = (i: number) => column.attack[i];
	sums = new NightSums(
		{
			length: rows.length,
			key: Int32Array.from(rows, keyOf),
			night: Int32Array.from(rows, (i) => index.day[attack(i)] - index.firstDay),
			attacker: Uint8Array.from(rows, (i) => index.attacker[attack(i)]),
			attack: Int32Array.from(rows, attack),
			claim: Int32Array.from(rows, (i) => column.claim[i]),
			lo: Float64Array.from(rows, (i) => column.lo[i]),
			hi: Float64Array.from(rows, (i) => column.hi[i]),
			approx: Uint8Array.from(rows, (i) => column.approx[i])
		},
		keys,
		index.nights,
		2
	);
	byChoice.set(id, sums);
	return sums;
}

/** A column's figures by source, of the claims speaking for `region` (all when empty). */
function bySource(data: DailyTable, index: ClaimIndex, column: Column, region: string): NightSums {
	const inRegion = region ? claimsInRegion(data, index, region) : undefined;
	return sumsOf(
		index,
		column,
		`source|${region}`,
		data.sources.length,
		(i) => !inRegion || inRegion[column.claim[i]] === 1,
		(i) => column.source[i]
	);
}

/** A night (index from the data's first) as a date. */
function nightDate(index: ClaimIndex, night: number): string {
	return new Date((index.firstDay + night) * DAY).toISOString().slice(0, 10);
}

/**
 * The series of several keys of night sums under a filter without a region: the periods from
 * the filter's first night (or the first with a figure) to its last, and each key's points
 * (undefined when it has none). The same periods and points as `choose` and `sums` give.
 */
export function nightSeries(
	index: ClaimIndex,
	filter: Filter,
	parts: ({ sums: NightSums; key: number } | undefined)[]
): { periods: string[]; points: ((SeriesPoint | undefined)[] | undefined)[] } {
	const mask = filter.attacker === 'all' ? 3 : filter.attacker === 'RU' ? 1 : 2;
	const from = filter.from ? dayNumber(filter.from) - index.firstDay : 0;
	const to = filter.to ? dayNumber(filter.to) - index.firstDay : index.nights - 1;
	let first = Infinity;
	let last = -Infinity;
	for (const part of parts) {
		const bounds = part?.sums.bounds([part.key], from, to, mask);
		if (!bounds) continue;
		first = Math.min(first, bounds[0]);
		last = Math.max(last, bounds[1]);
	}
	const some = first <= last;
	const periods = periodsOnce(
		filter.from || (some ? nightDate(index, first) : ''),
		filter.to || (some ? nightDate(index, last) : ''),
		filter.by
	);
	if (!periods.length || !some) return { periods, points: parts.map(() => undefined) };
	// each night's period, as an index into `periods` (-1 outside them)
	let numbers = index.nightPeriods.get(filter.by);
	if (!numbers)
		index.nightPeriods.set(
			filter.by,
			(numbers = Int32Array.from({ length: index.nights }, (_, n) =>
				periodNumber(nightDate(index, n), filter.by)
			))
		);
	const start = periodNumber(periods[0], filter.by);
	const step = filter.by === 'week' ? 7 : 1;
	const periodOf = new Int32Array(index.nights);
	for (let n = 0; n < index.nights; n++) {
		const p = (numbers[n] - start) / step;
		periodOf[n] = p >= 0 && p < periods.length ? p : -1;
	}
	return {
		periods,
		points: parts.map((part) =>
			part?.sums.points(part.key, from, to, mask, periodOf, periods.length, index.sorted)
		)
	};
}

// the charts of a filter, and the filters a reader goes back and forth between, ask for the
// same few lists of periods: each is written once (a copy is handed out, so no caller's
// change reaches another's)
const periodLists = new Map<string, string[]>();
function periodsOnce(from: string, to: string, by: Granularity): string[] {
	const key = `${from}|${to}|${by}`;
	let periods = periodLists.get(key);
	if (!periods) {
		if (periodLists.size >= 16) periodLists.delete(periodLists.keys().next().value!);
		periodLists.set(key, (periods = periodsBetween(from, to, by)));
	}
	return periods.slice();
}

/** One series per source for a metric, in source order; sources that give nothing are left out. */
export function seriesBySource(data: DailyTable, filter: Filter, metric: Metric): SeriesSet {
	const sourceFilter = filter.source === 'all' ? -1 : data.sources.findIndex((s) => s.id === filter.source);
	const index = indexOf(data);
	const column = index.byMetric.get(metric);
	const sums = column && bySource(data, index, column, filter.region);
	const keys = sourceFilter < 0 ? data.sources.map((_, s) => s) : [sourceFilter];
	const { periods, points } = nightSeries(
		index,
		filter,
		keys.map((key) => (sums ? { sums, key } : undefined))
	);
	const series = keys.flatMap((source, i) => {
		const p = points[i];
		return p ? [{ key: data.sources[source].id, source, metric, points: p }] : [];
	});
	return { periods, series };
}

/** Several metrics of one source: launched against intercepted, for instance. */
export function seriesByMetric(
	data: DailyTable,
	filter: Filter,
	source: string,
	metrics: Metric[]
): SeriesSet {
	const s = data.sources.findIndex((x) => x.id === source);
	const index = indexOf(data);
	// one period axis for all the metrics: from the first to the last night any of them covers
	const { periods, points } = nightSeries(
		index,
		filter,
		metrics.map((metric) => {
			const column = index.byMetric.get(metric);
			return column && s >= 0 ? { sums: bySource(data, index, column, filter.region), key: s } : undefined;
		})
	);
	const series = metrics.flatMap((metric, m) => {
		const p = points[m];
		return p ? [{ key: metric, source: s, metric, points: p }] : [];
	});
	return { periods, series };
}

/**
 * Share intercepted, per period, where both counts are known exactly (ranges would make a
 * rate that looks precise and is not); `undefined` elsewhere.
 */
export function interceptionRate(
	launched: (SeriesPoint | undefined)[],
	intercepted: (SeriesPoint | undefined)[]
): (number | undefined)[] {
	return launched.map((l, i) => {
		const c = intercepted[i];
		if (!l || !c) return undefined;
		const exact = (x: Interval) => x.lo === x.hi && !x.approx;
		if (!exact(l.interval) || !exact(c.interval) || l.interval.lo === 0) return undefined;
		return c.interval.lo / l.interval.lo;
	});
}

/**
 * Launched by weapon type for one source and one category (drones: Shahed-type attack drones
 * against decoys, where the source splits them; missiles by model): one series per type.
 */
export function seriesByWeapon(
	data: DailyTable,
	filter: Filter,
	source: string,
	category: 'drone' | 'missile'
): SeriesSet {
	const s = data.sources.findIndex((x) => x.id === source);
	const metric: Metric = category === 'drone' ? 'drones_launched' : 'missiles_launched';
	const index = indexOf(data);
	const column = index.byCategory.get(category);
	const inRegion = filter.region ? claimsInRegion(data, index, filter.region) : undefined;
	const sums =
		column && s >= 0
			? sumsOf(
					index,
					column,
					`weapon|${s}|${filter.region}`,
					data.weapons.length,
					(i) => column.source[i] === s && (!inRegion || inRegion[column.claim[i]] === 1),
					(i) => column.weapon[i]
				)
			: undefined;
	const keys = data.weapons.map((_, w) => w);
	const { periods, points } = nightSeries(
		index,
		filter,
		keys.map((key) => (sums ? { sums, key } : undefined))
	);
	const series = keys.flatMap((w) => {
		const p = points[w];
		return p ? [{ key: data.weapons[w].id, source: s, metric, points: p }] : [];
	});
	return { periods, series };
}
