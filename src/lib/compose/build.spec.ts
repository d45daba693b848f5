import { describe, expect, it } from 'vitest';
import type { DailyData } from '../stats/daily.ts';
import { dailyTableOf } from '../stats/daily-columns.ts';
import { buildChart } from './build.ts';
import { blankChart, type ComposedChart } from './composition.ts';
import type { SourceKind } from './given-by.ts';

const claim = (attack: number, source: number, figures: DailyData['claims'][number]['figures']) => ({
	attack,
	source,
	id: `c${attack}-${source}`,
	quote: 'q',
	regions: [],
	figures,
	launchedByType: []
});

const data: DailyData = {
	sources: [
		{ id: 'air-force', name: 'Air Force', side: 'UA' },
		{ id: 'mayor', name: 'Mayor', side: 'UA' },
		{ id: 'outlet-a', name: 'Outlet A', side: 'other' },
		{ id: 'outlet-b', name: 'Outlet B', side: 'other' }
	],
	weapons: [],
	attacks: [
		{ id: 'a', date: '2025-07-01', attacker: 'RU' },
		{ id: 'b', date: '2025-07-02', attacker: 'RU' },
		{ id: 'c', date: '2025-07-04', attacker: 'RU' }
	],
	claims: [
		claim(0, 0, { drones_launched: { value: 100, qualifier: 'exact' } }),
		claim(2, 0, { drones_launched: { value: 300, qualifier: 'more_than' } }),
		claim(0, 1, { killed: { value: 2, qualifier: 'exact' } }),
		// two outlets on one attack: versions of one count, the larger stands
		claim(1, 2, { killed: { value: 5, qualifier: 'at_least' } }),
		claim(1, 3, { killed: { value: 7, qualifier: 'exact' } }),
		claim(2, 3, { killed: { value: 1, qualifier: 'exact' } })
	]
};
const table = dailyTableOf(data);
const kinds = new Map<string, SourceKind>([
	['air-force', 'military'],
	['mayor', 'local_authority'],
	['outlet-a', 'media'],
	['outlet-b', 'media']
]);
const chart = (over: Partial<ComposedChart>): ComposedChart => ({ ...blankChart, ...over });
const values = (built: ReturnType<typeof buildChart>, i: number) =>
	built.series[i].points.map((p) => (p ? [p.interval.lo, p.interval.hi] : null));

describe('buildChart', () => {
	it('draws each pick over the nights from the first figure to the last, gaps as gaps', () => {
		const built = buildChart(
			table,
			chart({ picks: [{ metric: 'drones_launched', source: 'air-force' }] }),
			kinds
		);
		expect(built.periods).toEqual(['2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04']);
		expect(values(built, 0)).toEqual([[100, 100], null, null, [301, Infinity]]);
		// per-period figures keep the claims behind them, for tooltips that quote them
		expect(built.series[0].points[0]?.claims).toEqual([0]);
	});

	it('takes the largest figure of a group on one attack, and sums attacks', () => {
		const built = buildChart(
			table,
			chart({ picks: [{ metric: 'killed', source: '_press' }], by: 'week' }),
			kinds
		);
		expect(built.periods).toEqual(['2025-06-30']);
		expect(values(built, 0)).toEqual([[8, 8]]);
		const official = buildChart(table, chart({ picks: [{ metric: 'killed', source: '_official' }] }), kinds);
		expect(values(official, 0)).toEqual([[2, 2]]);
	});

	it('runs the total, then the share, and computes median and trend on what is drawn', () => {
		const built = buildChart(
			table,
			chart({
				picks: [{ metric: 'drones_launched', source: 'air-force' }],
				values: 'cumulative',
				normalised: true,
				median: true,
				trend: 2
			}),
			kinds
		);
		expect(built.series.map((s) => s.role)).toEqual(['figures', 'median', 'trend']);
		// totals 100 and at least 401: shares of 401, the second a lower bound
		const [first, , , last] = built.series[0].points;
		expect(first?.interval.lo).toBeCloseTo(24.94, 2);
		expect(last?.interval).toEqual({ lo: 100, hi: Infinity, approx: false });
		expect(built.series[0].points[1]).toBeUndefined();
		expect(built.series[1].points.every((p) => p?.interval.hi === Infinity)).toBe(true);
		// a window of two needs one figure: 4 July's window holds 3 July's gap and its own
		expect(values(built, 2)[3]).toEqual([100, Infinity]);
	});

	it('keeps to the chart’s dates and says which picks have no figures there', () => {
		const built = buildChart(
			table,
			chart({
				picks: [
					{ metric: 'drones_launched', source: 'air-force' },
					{ metric: 'killed', source: 'mayor' }
				],
				from: '2025-07-02',
				to: '2025-07-04'
			}),
			kinds
		);
		expect(built.periods).toEqual(['2025-07-02', '2025-07-03', '2025-07-04']);
		expect(built.series).toHaveLength(1);
		expect(built.missing).toEqual([1]);
	});

	it('draws nothing, and no periods, for picks with no claims', () => {
		const built = buildChart(table, chart({ picks: [{ metric: 'injured', source: 'nobody' }] }), kinds);
		expect(built).toEqual({ periods: [], series: [], missing: [0] });
	});
});
