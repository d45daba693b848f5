/**
 * The daily charts' series: for a metric, one series per source, each point the sum of the
 * source's figures over the attacks of a period, as an interval (so "at least" stays "at
 * least"). Pure functions of (data, filter), run in the browser on every filter change.
 */
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Filter, Granularity } from '../map/filter.ts';
import { sumFigures, type Interval } from './interval.ts';
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
 * One series' figures by period and attack. When a source makes several claims on one attack
 * (an outlet's headline and its body), they are versions of one count, not parts: the largest
 * stated value stands for the attack, and attacks are summed within a period.
 */
export class Versions {
	private readonly byPeriod = new Map<string, Map<number, [QualifiedFigure, number]>>();

	add(period: string, attack: number, figure: QualifiedFigure, claim: number): void {
		let byAttack = this.byPeriod.get(period);
		if (!byAttack) this.byPeriod.set(period, (byAttack = new Map()));
		const current = byAttack.get(attack);
		if (!current || figure.value > current[0].value) byAttack.set(attack, [figure, claim]);
	}

	/** The periods with some figure, in the order they were first given. */
	periods(): string[] {
		return [...this.byPeriod.keys()];
	}

	point(period: string): SeriesPoint | undefined {
		const attacks = this.byPeriod.get(period);
		if (!attacks) return undefined;
		const chosen = [...attacks.values()];
		return { interval: sumFigures(chosen.map(([f]) => f))!, claims: chosen.map(([, i]) => i) };
	}
}

/** Groups claims' figures for one metric by source. */
function bySource(data: DailyData, claims: number[], metric: Metric, by: Granularity): Map<number, Versions> {
	const result = new Map<number, Versions>();
	for (const i of claims) {
		const claim = data.claims[i];
		const figure = claim.figures[metric];
		if (!figure) continue;
		let versions = result.get(claim.source);
		if (!versions) result.set(claim.source, (versions = new Versions()));
		versions.add(periodOf(data.attacks[claim.attack].date, by), claim.attack, figure, i);
	}
	return result;
}

function periodsFor(data: DailyData, filter: Filter, claims: number[]): string[] {
	const dates = claims.map((i) => data.attacks[data.claims[i].attack].date).sort();
	return periodsBetween(filter.from || dates[0] || '', filter.to || dates.at(-1) || '', filter.by);
}

/** One series per source for a metric, in source order; sources that give nothing are left out. */
export function seriesBySource(data: DailyData, filter: Filter, metric: Metric): SeriesSet {
	const sourceFilter = filter.source === 'all' ? -1 : data.sources.findIndex((s) => s.id === filter.source);
	const claims = data.claims.flatMap((c, i) =>
		keep(data, filter, c) && (sourceFilter < 0 || c.source === sourceFilter) && c.figures[metric] ? [i] : []
	);
	const periods = periodsFor(data, filter, claims);
	const sums = bySource(data, claims, metric, filter.by);
	const series = [...sums.keys()]
		.sort((a, b) => a - b)
		.map((source) => ({
			key: data.sources[source].id,
			source,
			metric,
			points: periods.map((p) => sums.get(source)!.point(p))
		}));
	return { periods, series };
}

/** Several metrics of one source: launched against intercepted, for instance. */
export function seriesByMetric(
	data: DailyData,
	filter: Filter,
	source: string,
	metrics: Metric[]
): SeriesSet {
	const s = data.sources.findIndex((x) => x.id === source);
	const claims = data.claims.flatMap((c, i) =>
		c.source === s && keep(data, filter, c) && metrics.some((m) => c.figures[m]) ? [i] : []
	);
	const periods = periodsFor(data, filter, claims);
	const series = metrics.flatMap((metric) => {
		const sums = bySource(data, claims, metric, filter.by).get(s);
		return sums ? [{ key: metric, source: s, metric, points: periods.map((p) => sums.point(p)) }] : [];
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
	const claims = data.claims.flatMap((c, i) =>
		c.source === s &&
		keep(data, filter, c) &&
		c.launchedByType.some(([w]) => data.weapons[w].category === category)
			? [i]
			: []
	);
	const periods = periodsFor(data, filter, claims);
	const perWeapon = new Map<number, Versions>();
	for (const i of claims) {
		const claim = data.claims[i];
		const period = periodOf(data.attacks[claim.attack].date, filter.by);
		for (const [w, figure] of claim.launchedByType) {
			if (data.weapons[w].category !== category) continue;
			let versions = perWeapon.get(w);
			if (!versions) perWeapon.set(w, (versions = new Versions()));
			versions.add(period, claim.attack, figure, i);
		}
	}
	const series = [...perWeapon.keys()]
		.sort((a, b) => a - b)
		.map((w) => ({
			key: data.weapons[w].id,
			source: s,
			metric: (category === 'drone' ? 'drones_launched' : 'missiles_launched') as Metric,
			points: periods.map((p) => perWeapon.get(w)!.point(p))
		}));
	return { periods, series };
}
