/**
 * The daily aggregation against a plain reference written from its definition, on random data
 * (fast-check): for each attack a source's largest figure stands (the first of equal ones), and
 * the figures standing are summed over the attacks of a period as intervals. The fast paths in
 * daily.ts (columns, the winners read once per data set, bisection on nights) must give the same
 * periods, series, intervals and claims, qualified and missing figures included: a period where
 * no claim gives the figure has no point, never a 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filter } from '../map/filter.ts';
import { qualifiers, type QualifiedFigure } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import { addIntervals, toInterval, type Interval } from './interval.ts';
import { periodOf, periodsBetween } from './periods.ts';
import {
	seriesByMetric,
	seriesBySource,
	seriesByWeapon,
	type DailyClaim,
	type DailyData,
	type SeriesSet
} from './daily.ts';
import { dailyTableOf } from './daily-columns.ts';

const runs = { seed: 20261201, numRuns: 400 };
const regions = ['UA-63', 'UA-30', 'RU-BEL'];

/** A figure as the schema gives it: any qualifier, small values so that ties happen. */
const figure: fc.Arbitrary<QualifiedFigure> = fc.record({
	value: fc.integer({ min: 0, max: 12 }),
	qualifier: fc.constantFrom(...qualifiers)
});

const dateOf = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

const dataset: fc.Arbitrary<DailyData> = fc
	.record({
		sources: fc.integer({ min: 1, max: 4 }),
		weapons: fc.array(fc.constantFrom('drone' as const, 'missile' as const), { maxLength: 4 }),
		// a few weeks: nights shared by several attacks, and filters that cut through them
		days: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 25 }),
		attackers: fc.array(fc.constantFrom('RU' as const, 'UA' as const), { minLength: 25, maxLength: 25 }),
		// dailyData sorts attacks by night; the aggregation must not depend on it
		sorted: fc.boolean(),
		claims: fc.array(
			fc.record({
				attack: fc.nat(),
				source: fc.nat(),
				regions: fc.subarray(regions),
				figures: fc.dictionary(fc.constantFrom(...metrics), figure, { maxKeys: 4 }),
				byType: fc.array(fc.tuple(fc.nat(), figure), { maxLength: 3 })
			}),
			{ maxLength: 60 }
		)
	})
	.map(({ sources, weapons, days, attackers, sorted, claims }) => {
		const nights = sorted ? [...days].sort((a, b) => a - b) : days;
		const data: DailyData = {
			sources: Array.from({ length: sources }, (_, i) => ({
				id: `s${i}`,
				name: `S${i}`,
				side: 'UA' as const
			})),
			weapons: weapons.map((category, i) => ({ id: `w${i}`, name: `W${i}`, category })),
			attacks: nights.map((day, i) => ({ id: `a${i}`, date: dateOf(day), attacker: attackers[i] })),
			claims: claims.map((c, i): DailyClaim => ({
				attack: c.attack % nights.length,
				source: c.source % sources,
				id: `c${i}`,
				quote: `q${i}`,
				regions: c.regions,
				figures: c.figures,
				launchedByType: weapons.length
					? c.byType.map(([w, f]): [number, QualifiedFigure] => [w % weapons.length, f])
					: []
			}))
		};
		// claims in attack order, as dailyData lists them, or not
		if (sorted) data.claims.sort((a, b) => a.attack - b.attack);
		return data;
	});

const filter: fc.Arbitrary<Filter> = fc.record({
	from: fc.oneof(fc.constant(''), fc.integer({ min: -2, max: 26 }).map(dateOf)),
	to: fc.oneof(fc.constant(''), fc.integer({ min: -2, max: 26 }).map(dateOf)),
	attacker: fc.constantFrom('all' as const, 'RU' as const, 'UA' as const),
	source: fc.constantFrom('all', 's0', 's1', 's3'),
	metric: fc.constantFrom(...metrics),
	// most filters name no region (the winners' path), some do (every claim's)
	region: fc.oneof(
		{ arbitrary: fc.constant(''), weight: 3 },
		{ arbitrary: fc.constantFrom(...regions), weight: 1 }
	),
	by: fc.constantFrom('night' as const, 'week' as const, 'month' as const)
});

/** A figure of a claim, with the series it belongs to. */
type Row = { key: number; figure: QualifiedFigure };
type Standing = { attack: number; key: number; claim: number; figure: QualifiedFigure };
type Point = { interval: Interval; claims: number[] } | undefined;

/**
 * The reference, first half: the claims passing the filter, and per attack and key the largest
 * figure among them (the first of equal ones, in claim order); with the nights of every figure
 * passing, which bound the periods.
 */
function standingFigures(
	data: DailyData,
	filter: Filter,
	rowsOf: (claim: DailyClaim) => Row[],
	sourceOk: (source: number) => boolean
): { standing: Standing[]; nights: string[] } {
	const passes = (c: DailyClaim) => {
		const attack = data.attacks[c.attack];
		return (
			(!filter.from || attack.date >= filter.from) &&
			(!filter.to || attack.date <= filter.to) &&
			(filter.attacker === 'all' || attack.attacker === filter.attacker) &&
			(!filter.region || c.regions.includes(filter.region)) &&
			sourceOk(c.source)
		);
	};
	const standing = new Map<string, Standing>();
	const nights: string[] = [];
	data.claims.forEach((c, i) => {
		if (!passes(c)) return;
		for (const { key, figure } of rowsOf(c)) {
			nights.push(data.attacks[c.attack].date);
			const id = `${c.attack}|${key}`;
			const best = standing.get(id);
			// claims are read in list order: the first of equal figures stays
			if (!best || figure.value > best.figure.value)
				standing.set(id, { attack: c.attack, key, claim: i, figure });
		}
	});
	return { standing: [...standing.values()], nights: nights.sort() };
}

/** The periods from the filter's first night (or the first figure's) to its last. */
const periodsOf = (filter: Filter, nights: string[]) =>
	periodsBetween(filter.from || nights[0] || '', filter.to || nights.at(-1) || '', filter.by);

/** The reference, second half: the standing figures summed per key and period, in attack order. */
function sumStanding(
	data: DailyData,
	by: Filter['by'],
	periods: string[],
	standing: Standing[]
): Map<number, Point[]> {
	const byKey = new Map<number, Point[]>();
	const ordered = [...standing].sort((a, b) => a.attack - b.attack);
	for (const s of ordered) {
		const p = periods.indexOf(periodOf(data.attacks[s.attack].date, by));
		if (p < 0) continue;
		if (!byKey.has(s.key)) byKey.set(s.key, new Array<Point>(periods.length).fill(undefined));
		const points = byKey.get(s.key)!;
		const point = points[p];
		points[p] = point
			? { interval: addIntervals(point.interval, toInterval(s.figure)), claims: [...point.claims, s.claim] }
			: { interval: toInterval(s.figure), claims: [s.claim] };
	}
	return byKey;
}

/** A series set as plain values (points' claims read out). */
const plain = (set: SeriesSet) => ({
	periods: set.periods,
	series: set.series.map((s) => ({
		key: s.key,
		source: s.source,
		metric: s.metric,
		points: s.points.map((p) => (p ? { interval: { ...p.interval }, claims: [...p.claims] } : undefined))
	}))
});

describe('the daily aggregation against its reference', () => {
	it('gives the same series by source', () => {
		fc.assert(
			fc.property(dataset, filter, fc.constantFrom(...metrics), (data, f, metric) => {
				const s = data.sources.findIndex((x) => x.id === f.source);
				const { standing, nights } = standingFigures(
					data,
					f,
					(c) => (c.figures[metric] ? [{ key: c.source, figure: c.figures[metric] }] : []),
					// a source the data does not know (a hand-edited link) is no filter
					(source) => s < 0 || source === s
				);
				const periods = periodsOf(f, nights);
				const byKey = sumStanding(data, f.by, periods, standing);
				const expected = {
					periods,
					series: [...byKey.keys()]
						.sort((a, b) => a - b)
						.map((source) => ({ key: data.sources[source].id, source, metric, points: byKey.get(source)! }))
				};
				const got = plain(seriesBySource(dailyTableOf(data), f, metric));
				expect(got).toEqual(expected);
				// not said is not zero: every point stands for some claim
				for (const series of got.series)
					for (const p of series.points) if (p) expect(p.claims.length).toBeGreaterThan(0);
			}),
			runs
		);
	});

	it('gives the same launched and intercepted series of one source', () => {
		fc.assert(
			fc.property(dataset, filter, fc.constantFrom('drones', 'missiles'), (data, f, family) => {
				const pair = [`${family}_launched`, `${family}_intercepted`] as Metric[];
				const perMetric = pair.map((metric) =>
					standingFigures(
						data,
						f,
						(c) => (c.figures[metric] ? [{ key: 0, figure: c.figures[metric] }] : []),
						(x) => x === 0
					)
				);
				// one period axis for both metrics
				const periods = periodsOf(f, perMetric.flatMap((r) => r.nights).sort());
				const series = pair.flatMap((metric, m) => {
					const points = sumStanding(data, f.by, periods, perMetric[m].standing).get(0);
					return points ? [{ key: metric, source: 0, metric, points }] : [];
				});
				expect(plain(seriesByMetric(dailyTableOf(data), f, 's0', pair))).toEqual({ periods, series });
			}),
			runs
		);
	});

	it('gives the same launched-by-type series of one source', () => {
		fc.assert(
			fc.property(
				dataset,
				filter,
				fc.constantFrom('drone' as const, 'missile' as const),
				(data, f, category) => {
					const s = data.sources.length - 1;
					const { standing, nights } = standingFigures(
						data,
						f,
						(c) =>
							c.launchedByType.flatMap(([w, figure]) =>
								data.weapons[w].category === category ? [{ key: w, figure }] : []
							),
						(x) => x === s
					);
					const periods = periodsOf(f, nights);
					const byKey = sumStanding(data, f.by, periods, standing);
					const metric: Metric = category === 'drone' ? 'drones_launched' : 'missiles_launched';
					const expected = {
						periods,
						series: [...byKey.keys()]
							.sort((a, b) => a - b)
							.map((w) => ({ key: data.weapons[w].id, source: s, metric, points: byKey.get(w)! }))
					};
					expect(plain(seriesByWeapon(dailyTableOf(data), f, `s${s}`, category))).toEqual(expected);
				}
			),
			runs
		);
	});
});
