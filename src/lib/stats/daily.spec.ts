import { describe, expect, it } from 'vitest';
import { defaultFilter } from '../map/filter.ts';
import { interceptionRate, seriesByMetric, seriesBySource, seriesByWeapon, type DailyData } from './daily.ts';
import { dailyTableOf } from './daily-columns.ts';

const data: DailyData = {
	sources: [
		{ id: 'air-force', name: 'Air Force', side: 'UA' },
		{ id: 'outlet', name: 'Outlet', side: 'other' }
	],
	weapons: [
		{ id: 'shahed', name: 'Shahed', category: 'drone' },
		{ id: 'decoy', name: 'Decoy', category: 'drone' },
		{ id: 'kalibr', name: 'Kalibr', category: 'missile' }
	],
	attacks: [
		{ id: '2025-07-21-a', date: '2025-07-21', attacker: 'RU' },
		{ id: '2025-07-23-b', date: '2025-07-23', attacker: 'RU' },
		{ id: '2025-07-23-c', date: '2025-07-23', attacker: 'UA' }
	],
	claims: [
		{
			attack: 0,
			source: 0,
			id: 'af',
			quote: 'q0',
			regions: [],
			figures: {
				drones_launched: { value: 426, qualifier: 'exact' },
				drones_intercepted: { value: 403, qualifier: 'exact' }
			},
			launchedByType: []
		},
		// an outlet's body and headline on one attack: versions of one count, not parts
		{
			attack: 0,
			source: 1,
			id: 'body',
			quote: 'q1',
			regions: ['UA-63'],
			figures: { drones_launched: { value: 420, qualifier: 'more_than' } },
			launchedByType: []
		},
		{
			attack: 0,
			source: 1,
			id: 'headline',
			quote: 'q2',
			regions: ['UA-63'],
			figures: { drones_launched: { value: 426, qualifier: 'exact' } },
			launchedByType: []
		},
		{
			attack: 1,
			source: 1,
			id: 'o',
			quote: 'q3',
			regions: ['UA-30'],
			figures: { drones_launched: { value: 13, qualifier: 'at_least' } },
			launchedByType: []
		},
		{
			attack: 2,
			source: 0,
			id: 'x',
			quote: 'q4',
			regions: [],
			figures: { killed: { value: 0, qualifier: 'exact' } },
			launchedByType: []
		}
	]
};

describe('seriesBySource', () => {
	it('gives one series per source, a point per night, and leaves unsaid nights empty', () => {
		const { periods, series } = seriesBySource(dailyTableOf(data), defaultFilter, 'drones_launched');
		expect(periods).toEqual(['2025-07-21', '2025-07-22', '2025-07-23']);
		expect(series.map((s) => s.key)).toEqual(['air-force', 'outlet']);
		expect(series[0].points.map((p) => p?.interval.lo)).toEqual([426, undefined, undefined]);
		expect(series[1].points[1]).toBeUndefined();
	});
	it("takes the largest of one source's claims on one attack, and names the claim", () => {
		const outlet = seriesBySource(dailyTableOf(data), defaultFilter, 'drones_launched').series[1];
		const point = outlet.points[0]!;
		// a point lists its claims when read (a getter): compared as the values it gives
		expect({ interval: point.interval, claims: point.claims }).toEqual({
			interval: { lo: 426, hi: 426, approx: false },
			claims: [2]
		});
	});
	it('adds nights up by week as intervals, keeping lower bounds', () => {
		const week = seriesBySource(dailyTableOf(data), { ...defaultFilter, by: 'week' }, 'drones_launched');
		expect(week.periods).toEqual(['2025-07-21']);
		expect(week.series[1].points[0]!.interval).toEqual({ lo: 439, hi: Infinity, approx: false });
	});
	it('filters by attacker, source, region and dates', () => {
		expect(
			seriesBySource(dailyTableOf(data), { ...defaultFilter, attacker: 'UA' }, 'drones_launched').series
		).toEqual([]);
		expect(
			seriesBySource(
				dailyTableOf(data),
				{ ...defaultFilter, source: 'outlet' },
				'drones_launched'
			).series.map((s) => s.key)
		).toEqual(['outlet']);
		const kyiv = seriesBySource(dailyTableOf(data), { ...defaultFilter, region: 'UA-30' }, 'drones_launched');
		expect(kyiv.series.map((s) => s.points.flatMap((p) => (p ? [p.interval.lo] : [])))).toEqual([[13]]);
		const late = seriesBySource(
			dailyTableOf(data),
			{ ...defaultFilter, from: '2025-07-22' },
			'drones_launched'
		);
		expect(late.periods[0]).toBe('2025-07-22');
	});
	// the column index reads figures in attack order: a source's claims on one attack that are
	// not next to each other in the data must still be versions of one count, not parts
	it("takes the largest of a source's claims on one attack wherever they sit in the list", () => {
		const shuffled: DailyData = {
			...data,
			claims: [data.claims[1], data.claims[3], data.claims[2], data.claims[0]]
		};
		const outlet = seriesBySource(dailyTableOf(shuffled), defaultFilter, 'drones_launched').series[1];
		expect(outlet.points.map((p) => p?.interval.lo)).toEqual([426, undefined, 13]);
		expect(outlet.points[0]!.claims).toEqual([2]);
		const week = seriesBySource(dailyTableOf(shuffled), { ...defaultFilter, by: 'week' }, 'drones_launched');
		const point = week.series[1].points[0]!;
		expect({ interval: point.interval, claims: point.claims }).toEqual({
			interval: { lo: 439, hi: Infinity, approx: false },
			claims: [2, 1]
		});
	});
	it('keeps a said zero as a point', () => {
		const killed = seriesBySource(dailyTableOf(data), defaultFilter, 'killed');
		expect(killed.series[0].points.at(-1)!.interval.lo).toBe(0);
	});
});

describe('seriesByWeapon', () => {
	it('gives one series per weapon type of the category, only where the source breaks it down', () => {
		const withTypes: DailyData = {
			...data,
			claims: [
				{
					...data.claims[0],
					launchedByType: [
						[0, { value: 300, qualifier: 'exact' }],
						[1, { value: 126, qualifier: 'exact' }],
						[2, { value: 4, qualifier: 'exact' }]
					]
				},
				...data.claims.slice(1)
			]
		};
		const drones = seriesByWeapon(dailyTableOf(withTypes), defaultFilter, 'air-force', 'drone');
		expect(drones.series.map((s) => s.key)).toEqual(['shahed', 'decoy']);
		expect(drones.series.map((s) => s.points[0]?.interval.lo)).toEqual([300, 126]);
		expect(
			seriesByWeapon(dailyTableOf(withTypes), defaultFilter, 'air-force', 'missile').series.map((s) => s.key)
		).toEqual(['kalibr']);
		expect(seriesByWeapon(dailyTableOf(withTypes), defaultFilter, 'outlet', 'drone').series).toEqual([]);
	});
});

describe('launched against intercepted', () => {
	it('gives one series per metric for one source, and the rate where both are exact', () => {
		const { series } = seriesByMetric(dailyTableOf(data), defaultFilter, 'air-force', [
			'drones_launched',
			'drones_intercepted'
		]);
		expect(series.map((s) => s.key)).toEqual(['drones_launched', 'drones_intercepted']);
		const rate = interceptionRate(series[0].points, series[1].points);
		expect(rate[0]).toBeCloseTo(403 / 426);
	});
	it('gives no rate from a lower bound', () => {
		const bound = { interval: { lo: 13, hi: Infinity, approx: false }, claims: [] };
		const exact = { interval: { lo: 10, hi: 10, approx: false }, claims: [] };
		expect(interceptionRate([bound], [exact])).toEqual([undefined]);
	});
});
