/**
 * The daily charts' series: for a metric, one series per source, each point the sum of the
 * source's figures over the attacks of a period, as an interval (so "at least" stays "at
 * least"). Pure functions of (data, filter), run in the browser on every filter change.
 */
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Filter, Granularity } from '../map/filter.ts';
import { addIntervals, toInterval, type Interval } from './interval.ts';
import { periodOf, periodsBetween } from './periods.ts';

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

function keep(data: DailyData, filter: Filter, claim: DailyClaim): boolean {
	const attack = data.attacks[claim.attack];
	if (filter.from && attack.date < filter.from) return false;
	if (filter.to && attack.date > filter.to) return false;
	if (filter.attacker !== 'all' && attack.attacker !== filter.attacker) return false;
	if (filter.region && !claim.regions.includes(filter.region)) return false;
	return true;
}

/**
 * The claims giving each metric, and the launched-by-type figures of each weapon category,
 * listed once per data set. Looking a metric up in every claim's figures on every filter
 * change was most of a redraw: claims' figure objects all have different shapes.
 */
interface Figures {
	claims: number[];
	figures: QualifiedFigure[];
	/** The weapon type of each figure, for launched-by-type lists. */
	weapons: number[];
}
interface ClaimIndex {
	byMetric: Map<Metric, Figures>;
	byCategory: Map<string, Figures>;
	/** Each attack's period, per granularity, computed when first needed. */
	periods: Map<Granularity, string[]>;
}
const indexes = new WeakMap<DailyData, ClaimIndex>();

function indexOf(data: DailyData): ClaimIndex {
	let index = indexes.get(data);
	if (index) return index;
	index = { byMetric: new Map(), byCategory: new Map(), periods: new Map() };
	const list = (map: Map<string, Figures>, key: string) => {
		let figures = map.get(key);
		if (!figures) map.set(key, (figures = { claims: [], figures: [], weapons: [] }));
		return figures;
	};
	data.claims.forEach((claim, i) => {
		for (const [metric, figure] of Object.entries(claim.figures)) {
			if (!figure) continue;
			const l = list(index.byMetric, metric);
			l.claims.push(i);
			l.figures.push(figure);
			l.weapons.push(-1);
		}
		for (const [w, figure] of claim.launchedByType) {
			const l = list(index.byCategory, data.weapons[w].category);
			l.claims.push(i);
			l.figures.push(figure);
			l.weapons.push(w);
		}
	});
	indexes.set(data, index);
	return index;
}

function periodOfAttack(data: DailyData, by: Granularity): string[] {
	const index = indexOf(data);
	let periods = index.periods.get(by);
	if (!periods) index.periods.set(by, (periods = data.attacks.map((a) => periodOf(a.date, by))));
	return periods;
}

/** One figure to sum: the series it goes to, the claim that gives it, and the figure. */
interface Entry {
	key: number;
	claim: number;
	figure: QualifiedFigure;
}

/** The entries of a list whose claims pass the filter and `test`. */
function entries(
	data: DailyData,
	filter: Filter,
	list: Figures | undefined,
	keyOf: (claim: DailyClaim, at: number) => number | undefined
): Entry[] {
	const out: Entry[] = [];
	if (!list) return out;
	for (let at = 0; at < list.claims.length; at++) {
		const claim = data.claims[list.claims[at]];
		const key = keyOf(claim, at);
		if (key === undefined || !keep(data, filter, claim)) continue;
		out.push({ key, claim: list.claims[at], figure: list.figures[at] });
	}
	return out;
}

function periodsFor(data: DailyData, filter: Filter, chosen: Entry[]): string[] {
	// first and last night by one scan: sorting every claim's date cost more than the sums
	let first = '';
	let last = '';
	for (const { claim } of chosen) {
		const date = data.attacks[data.claims[claim].attack].date;
		if (!first || date < first) first = date;
		if (date > last) last = date;
	}
	return periodsBetween(filter.from || first, filter.to || last, filter.by);
}

/**
 * Points per series key. When a source makes several claims on one attack (an outlet's
 * headline and its body), they are versions of one count, not parts: the largest stated
 * value stands for the attack, and attacks are summed within a period.
 */
function sums(
	data: DailyData,
	by: Granularity,
	periods: string[],
	chosen: Entry[]
): Map<number, (SeriesPoint | undefined)[]> {
	const best = new Map<number, Map<number, Entry>>();
	for (const entry of chosen) {
		let byAttack = best.get(entry.key);
		if (!byAttack) best.set(entry.key, (byAttack = new Map()));
		const attack = data.claims[entry.claim].attack;
		const current = byAttack.get(attack);
		if (!current || entry.figure.value > current.figure.value) byAttack.set(attack, entry);
	}
	const periodAt = new Map(periods.map((p, i) => [p, i]));
	const attackPeriod = periodOfAttack(data, by);
	const result = new Map<number, (SeriesPoint | undefined)[]>();
	for (const [key, byAttack] of best) {
		const points: (SeriesPoint | undefined)[] = new Array(periods.length).fill(undefined);
		for (const [attack, { claim, figure }] of byAttack) {
			const i = periodAt.get(attackPeriod[attack]);
			if (i === undefined) continue;
			const point = points[i];
			const interval = toInterval(figure);
			if (point) {
				point.interval = addIntervals(point.interval, interval);
				point.claims.push(claim);
			} else points[i] = { interval, claims: [claim] };
		}
		result.set(key, points);
	}
	return result;
}

/** One series per source for a metric, in source order; sources that give nothing are left out. */
export function seriesBySource(data: DailyData, filter: Filter, metric: Metric): SeriesSet {
	const sourceFilter = filter.source === 'all' ? -1 : data.sources.findIndex((s) => s.id === filter.source);
	const chosen = entries(data, filter, indexOf(data).byMetric.get(metric), (c) =>
		sourceFilter < 0 || c.source === sourceFilter ? c.source : undefined
	);
	const periods = periodsFor(data, filter, chosen);
	const bySource = sums(data, filter.by, periods, chosen);
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
	const chosen = entries(data, filter, indexOf(data).byMetric.get(metric), (c) =>
		sources.has(c.source) ? 0 : undefined
	);
	const periods = periodsFor(data, filter, chosen);
	const points = sums(data, filter.by, periods, chosen).get(0) ?? [];
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
	const perMetric = metrics.map((metric) =>
		entries(data, filter, index.byMetric.get(metric), (c) => (c.source === s ? 0 : undefined))
	);
	// one period axis for all the metrics: from the first to the last night any of them covers
	const periods = periodsFor(data, filter, perMetric.flat());
	const series = metrics.flatMap((metric, m) => {
		const points = sums(data, filter.by, periods, perMetric[m]).get(0);
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
	const list = indexOf(data).byCategory.get(category);
	const chosen = entries(data, filter, list, (c, at) => (c.source === s ? list!.weapons[at] : undefined));
	const periods = periodsFor(data, filter, chosen);
	const byWeapon = sums(data, filter.by, periods, chosen);
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
