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
interface ClaimIndex {
	byMetric: Map<Metric, Column>;
	byCategory: Map<string, Column>;
	/** Each attack's night as a day number (days since 1970-01-01). */
	day: Int32Array;
	/** Each attack's period as a number, per granularity, computed when first needed. */
	periods: Map<Granularity, Int32Array>;
	/** Claims speaking for a region, per region asked about. */
	regions: Map<string, Uint8Array>;
	/** The attacks passing the last filter asked about (the three charts ask with the same one). */
	attacksOk?: { key: string; ok: Uint8Array };
	/** Each column's best figure per attack and source (and weapon type), computed when first needed. */
	winners: Map<Column, Winners>;
	/** Whether `day` never decreases (attacks in date order): nights in order are then attacks in order. */
	sorted: boolean;
	/** The first night of the data (a day number) and the number of nights to the last. */
	firstDay: number;
	nights: number;
	/** Each attack's attacker: 0 Russia, 1 Ukraine (bits 1 and 2 of a filter's mask). */
	attacker: Uint8Array;
	/** Per night from the first, its period's number, per granularity, computed when first needed. */
	nightPeriods: Map<Granularity, Int32Array>;
	/** Each column's standing figures summed by source (key -1), or by weapon type for one source. */
	sums: Map<Column, Map<number, NightSums>>;
}

/**
 * The figures that stand, per attack and source (and weapon type, for launched-by-type
 * figures): a source's largest figure on an attack, the first of equal ones in column order.
 * Which figure stands depends on no filter but the region (a filter on claims, which then goes
 * the slower way through `choose`), so a filter change is one pass over these, summing.
 */
interface Winners {
	length: number;
	/** Index into the column. */
	row: Int32Array;
	attack: Int32Array;
}
const indexes = new WeakMap<DailyData, ClaimIndex>();

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

function columnOf(
	data: DailyData,
	rows: { claim: number; weapon: number; figure: QualifiedFigure }[]
): Column {
	// in attack order, and in claim order within an attack (the first of equal figures stands)
	rows.sort((a, b) => data.claims[a.claim].attack - data.claims[b.claim].attack || a.claim - b.claim);
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
	rows.forEach(({ claim, weapon, figure }, i) => {
		const interval = toInterval(figure);
		column.claim[i] = claim;
		column.attack[i] = data.claims[claim].attack;
		column.source[i] = data.claims[claim].source;
		column.weapon[i] = weapon;
		column.value[i] = figure.value;
		column.lo[i] = interval.lo;
		column.hi[i] = interval.hi;
		column.approx[i] = interval.approx ? 1 : 0;
	});
	return column;
}

function indexOf(data: DailyData): ClaimIndex {
	let index = indexes.get(data);
	if (index) return index;
	type Row = { claim: number; weapon: number; figure: QualifiedFigure };
	const byMetric = new Map<Metric, Row[]>();
	const byCategory = new Map<string, Row[]>();
	const list = <K>(map: Map<K, Row[]>, key: K) => {
		let rows = map.get(key);
		if (!rows) map.set(key, (rows = []));
		return rows;
	};
	data.claims.forEach((claim, i) => {
		for (const [metric, figure] of Object.entries(claim.figures)) {
			if (figure) list(byMetric, metric as Metric).push({ claim: i, weapon: -1, figure });
		}
		for (const [w, figure] of claim.launchedByType) {
			list(byCategory, data.weapons[w].category).push({ claim: i, weapon: w, figure });
		}
	});
	index = {
		byMetric: new Map([...byMetric].map(([k, rows]) => [k, columnOf(data, rows)])),
		byCategory: new Map([...byCategory].map(([k, rows]) => [k, columnOf(data, rows)])),
		day: Int32Array.from(data.attacks, (a) => dayNumber(a.date)),
		periods: new Map(),
		regions: new Map(),
		winners: new Map(),
		sorted: true,
		firstDay: 0,
		nights: 0,
		attacker: Uint8Array.from(data.attacks, (a) => (a.attacker === 'RU' ? 0 : 1)),
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

function periodsOfAttacks(data: DailyData, index: ClaimIndex, by: Granularity): Int32Array {
	let periods = index.periods.get(by);
	if (!periods)
		index.periods.set(by, (periods = Int32Array.from(data.attacks, (a) => periodNumber(a.date, by))));
	return periods;
}

function claimsInRegion(data: DailyData, index: ClaimIndex, region: string): Uint8Array {
	let inRegion = index.regions.get(region);
	if (!inRegion)
		index.regions.set(
			region,
			(inRegion = Uint8Array.from(data.claims, (c) => (c.regions.includes(region) ? 1 : 0)))
		);
	return inRegion;
}

/** Which attacks pass the filter's nights and attacker (1) or not (0). */
function attacksIn(data: DailyData, index: ClaimIndex, filter: Filter): Uint8Array {
	const key = `${filter.from}|${filter.to}|${filter.attacker}`;
	if (index.attacksOk?.key === key) return index.attacksOk.ok;
	const fromDay = filter.from ? dayNumber(filter.from) : -Infinity;
	const toDay = filter.to ? dayNumber(filter.to) : Infinity;
	const ok = new Uint8Array(data.attacks.length);
	for (let a = 0; a < ok.length; a++) {
		const day = index.day[a];
		ok[a] =
			day >= fromDay &&
			day <= toDay &&
			(filter.attacker === 'all' || data.attacks[a].attacker === filter.attacker)
				? 1
				: 0;
	}
	index.attacksOk = { key, ok };
	return ok;
}

/** The figures of a column that pass the filter and come from one of `sources`, in column order. */
interface Chosen {
	column: Column;
	at: Int32Array;
	n: number;
	/** Attacks of the first and last night among them (-1 when none). */
	first: number;
	last: number;
}

function choose(
	data: DailyData,
	filter: Filter,
	column: Column | undefined,
	sources: (source: number) => boolean
): Chosen | undefined {
	if (!column) return undefined;
	const index = indexOf(data);
	const inRegion = filter.region ? claimsInRegion(data, index, filter.region) : undefined;
	const sourceOk = new Uint8Array(data.sources.length);
	for (let s = 0; s < sourceOk.length; s++) sourceOk[s] = sources(s) ? 1 : 0;
	const attackOk = attacksIn(data, index, filter);
	const at = new Int32Array(column.length);
	let n = 0;
	let first = -1;
	let last = -1;
	for (let i = 0; i < column.length; i++) {
		const attack = column.attack[i];
		if (!attackOk[attack] || !sourceOk[column.source[i]]) continue;
		if (inRegion && !inRegion[column.claim[i]]) continue;
		at[n++] = i;
		if (first < 0 || index.day[attack] < index.day[first]) first = attack;
		if (last < 0 || index.day[attack] > index.day[last]) last = attack;
	}
	return { column, at, n, first, last };
}

function winnersOf(data: DailyData, index: ClaimIndex, column: Column): Winners {
	let winners = index.winners.get(column);
	if (winners) return winners;
	const weapons = data.weapons.length;
	const keyOf = (i: number) =>
		column.weapon[i] < 0 ? column.source[i] : column.source[i] * weapons + column.weapon[i];
	const best = new Int32Array(data.sources.length * Math.max(weapons, 1)).fill(-1);
	const touched: number[] = [];
	const rows: number[] = [];
	const flush = () => {
		for (const key of touched) {
			rows.push(best[key]);
			best[key] = -1;
		}
		touched.length = 0;
	};
	for (let i = 0; i < column.length; i++) {
		if (i > 0 && column.attack[i] !== column.attack[i - 1]) flush();
		const key = keyOf(i);
		const current = best[key];
		if (current < 0) {
			touched.push(key);
			best[key] = i;
		} else if (column.value[i] > column.value[current]) best[key] = i;
	}
	flush();
	// in column order, as `choose` lists them
	const row = Int32Array.from(rows).sort();
	winners = { length: row.length, row, attack: Int32Array.from(row, (i) => column.attack[i]) };
	index.winners.set(column, winners);
	return winners;
}

/** A column's standing figures summed by source (`source` -1), or one source's by weapon type. */
function sumsOf(data: DailyData, index: ClaimIndex, column: Column, source: number): NightSums {
	let bySource = index.sums.get(column);
	if (!bySource) index.sums.set(column, (bySource = new Map()));
	let sums = bySource.get(source);
	if (sums) return sums;
	const winners = winnersOf(data, index, column);
	const rows = source < 0 ? winners.row : winners.row.filter((i) => column.source[i] === source);
	const n = rows.length;
	sums = new NightSums(
		{
			length: n,
			key: Int32Array.from(rows, (i) => (source < 0 ? column.source[i] : column.weapon[i])),
			night: Int32Array.from(rows, (i) => index.day[column.attack[i]] - index.firstDay),
			attacker: Uint8Array.from(rows, (i) => index.attacker[column.attack[i]]),
			attack: Int32Array.from(rows, (i) => column.attack[i]),
			claim: Int32Array.from(rows, (i) => column.claim[i]),
			lo: Float64Array.from(rows, (i) => column.lo[i]),
			hi: Float64Array.from(rows, (i) => column.hi[i]),
			approx: Uint8Array.from(rows, (i) => column.approx[i])
		},
		source < 0 ? data.sources.length : data.weapons.length,
		index.nights,
		2
	);
	bySource.set(source, sums);
	return sums;
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
function nightSeries(
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

/** Every period from the filter's start (or the first night chosen) to its end (or the last). */
function periodsFor(data: DailyData, filter: Filter, chosen: (Chosen | undefined)[]): string[] {
	let first = '';
	let last = '';
	for (const c of chosen) {
		if (!c || c.first < 0) continue;
		const [a, b] = [data.attacks[c.first].date, data.attacks[c.last].date];
		if (!first || a < first) first = a;
		if (b > last) last = b;
	}
	return periodsOnce(filter.from || first, filter.to || last, filter.by);
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

/**
 * Points per series key (the source, or the weapon type). When a source makes several claims
 * on one attack (an outlet's headline and its body), they are versions of one count, not
 * parts: the largest stated value stands for the attack, and attacks are summed within a period.
 */
function sums(
	data: DailyData,
	by: Granularity,
	periods: string[],
	chosen: Chosen | undefined,
	keyOf: 'source' | 'weapon' | 'one'
): Map<number, (SeriesPoint | undefined)[]> {
	const result = new Map<number, (SeriesPoint | undefined)[]>();
	if (!chosen || !periods.length) return result;
	const { column, at, n } = chosen;
	const attackPeriod = periodsOfAttacks(data, indexOf(data), by);
	const start = periodNumber(periods[0], by);
	const step = by === 'week' ? 7 : 1;
	const keys = keyOf === 'source' ? column.source : keyOf === 'weapon' ? column.weapon : undefined;
	const keyCount = keyOf === 'source' ? data.sources.length : keyOf === 'weapon' ? data.weapons.length : 1;
	// sums per key and period in flat arrays; the points are made once, at the end
	const cells = keyCount * periods.length;
	const lo = new Float64Array(cells);
	const hi = new Float64Array(cells);
	const approx = new Uint8Array(cells);
	// the figures summed in each cell, as linked lists: head of a cell, next of a figure
	const head = new Int32Array(cells).fill(-1);
	const next = new Int32Array(n);
	const used = new Uint8Array(keyCount);
	// the best figure of each key on the attack being read, and the keys it has
	const best = new Int32Array(keyCount).fill(-1);
	const touched = new Int32Array(keyCount);
	let touchedCount = 0;
	const flush = (attack: number) => {
		const p = (attackPeriod[attack] - start) / step;
		const inRange = p >= 0 && p < periods.length;
		for (let t = 0; t < touchedCount; t++) {
			const key = touched[t];
			const j = best[key];
			best[key] = -1;
			if (!inRange) continue;
			const i = at[j];
			const cell = key * periods.length + p;
			lo[cell] += column.lo[i];
			hi[cell] += column.hi[i];
			approx[cell] |= column.approx[i];
			next[j] = head[cell];
			head[cell] = j;
			used[key] = 1;
		}
		touchedCount = 0;
	};
	let attack = -1;
	for (let j = 0; j < n; j++) {
		const i = at[j];
		if (column.attack[i] !== attack) {
			if (attack >= 0) flush(attack);
			attack = column.attack[i];
		}
		const key = keys ? keys[i] : 0;
		const current = best[key];
		if (current < 0) {
			touched[touchedCount++] = key;
			best[key] = j;
		} else if (column.value[i] > column.value[at[current]]) best[key] = j;
	}
	if (attack >= 0) flush(attack);
	for (let key = 0; key < keyCount; key++) {
		if (!used[key]) continue;
		const points: (SeriesPoint | undefined)[] = new Array(periods.length).fill(undefined);
		for (let p = 0; p < periods.length; p++) {
			const cell = key * periods.length + p;
			if (head[cell] < 0) continue;
			const claims: number[] = [];
			for (let j = head[cell]; j >= 0; j = next[j]) claims.push(column.claim[at[j]]);
			// the list was built newest first: claims in the order they were read
			claims.reverse();
			points[p] = { interval: { lo: lo[cell], hi: hi[cell], approx: approx[cell] === 1 }, claims };
		}
		result.set(key, points);
	}
	return result;
}

/** One series per source for a metric, in source order; sources that give nothing are left out. */
export function seriesBySource(data: DailyData, filter: Filter, metric: Metric): SeriesSet {
	const sourceFilter = filter.source === 'all' ? -1 : data.sources.findIndex((s) => s.id === filter.source);
	if (!filter.region) {
		const index = indexOf(data);
		const column = index.byMetric.get(metric);
		const sums = column && sumsOf(data, index, column, -1);
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
	const chosen = choose(
		data,
		filter,
		indexOf(data).byMetric.get(metric),
		(source) => sourceFilter < 0 || source === sourceFilter
	);
	const periods = periodsFor(data, filter, [chosen]);
	const bySource = sums(data, filter.by, periods, chosen, 'source');
	const series = [...bySource.keys()]
		.sort((a, b) => a - b)
		.map((source) => ({ key: data.sources[source].id, source, metric, points: bySource.get(source)! }));
	return { periods, series };
}

/**
 * One series summing what any of several sources gives (the compare page's "press" and
 * "officials"): for each attack the largest figure among them stands, as for one source's
 * several claims. Only the periods with a figure, by period.
 */
export function groupPoints(
	data: DailyData,
	range: Pick<Filter, 'from' | 'to' | 'by'>,
	metric: Metric,
	sources: ReadonlySet<number>
): Map<string, SeriesPoint> {
	const filter: Filter = { ...range, attacker: 'all', source: 'all', metric: 'attacks', region: '' };
	const chosen = choose(data, filter, indexOf(data).byMetric.get(metric), (source) => sources.has(source));
	const periods = periodsFor(data, filter, [chosen]);
	const points = sums(data, filter.by, periods, chosen, 'one').get(0) ?? [];
	return new Map(periods.flatMap((p, i) => (points[i] ? [[p, points[i]] as const] : [])));
}

/** Several metrics of one source: launched against intercepted, for instance. */
export function seriesByMetric(
	data: DailyData,
	filter: Filter,
	source: string,
	metrics: Metric[]
): SeriesSet {
	const s = data.sources.findIndex((x) => x.id === source);
	const index = indexOf(data);
	if (!filter.region) {
		const { periods, points } = nightSeries(
			index,
			filter,
			metrics.map((metric) => {
				const column = index.byMetric.get(metric);
				return column && s >= 0 ? { sums: sumsOf(data, index, column, -1), key: s } : undefined;
			})
		);
		const series = metrics.flatMap((metric, m) => {
			const p = points[m];
			return p ? [{ key: metric, source: s, metric, points: p }] : [];
		});
		return { periods, series };
	}
	const perMetric = metrics.map((metric) =>
		choose(data, filter, index.byMetric.get(metric), (source) => source === s)
	);
	// one period axis for all the metrics: from the first to the last night any of them covers
	const periods = periodsFor(data, filter, perMetric);
	const series = metrics.flatMap((metric, m) => {
		const points = sums(data, filter.by, periods, perMetric[m], 'one').get(0);
		return points ? [{ key: metric, source: s, metric, points }] : [];
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
	data: DailyData,
	filter: Filter,
	source: string,
	category: 'drone' | 'missile'
): SeriesSet {
	const s = data.sources.findIndex((x) => x.id === source);
	const metric: Metric = category === 'drone' ? 'drones_launched' : 'missiles_launched';
	if (!filter.region) {
		const index = indexOf(data);
		const column = index.byCategory.get(category);
		const sums = column && s >= 0 ? sumsOf(data, index, column, s) : undefined;
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
	const chosen = choose(data, filter, indexOf(data).byCategory.get(category), (source) => source === s);
	const periods = periodsFor(data, filter, [chosen]);
	const byWeapon = sums(data, filter.by, periods, chosen, 'weapon');
	const series = [...byWeapon.keys()]
		.sort((a, b) => a - b)
		.map((w) => ({
			key: data.weapons[w].id,
			source: s,
			metric: (category === 'drone' ? 'drones_launched' : 'missiles_launched') as Metric,
			points: byWeapon.get(w)!
		}));
	return { periods, series };
}
