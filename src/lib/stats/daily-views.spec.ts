import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.server.ts';
import { dailyData } from '../data/daily-data.ts';
import { dailyTableOf } from './daily-columns.ts';
import { dailyDefaultFilter, defaultFilter } from '../map/filter.ts';
import { chartChoices, chartView, dailyViews, withoutClaims } from './daily-views.ts';
import { seriesBySource } from './daily.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));
const daily = dailyData(dataset, 'en');
// what the browser reads: the claims file written and read back
const table = dailyTableOf(daily);

describe('dailyViews', () => {
	it('draws drones launched by default, and the Air Force against its interceptions', () => {
		const views = dailyViews(table, defaultFilter);
		expect(views.metric).toBe('drones_launched');
		expect(views.lviSource).toBe('ua-air-force');
		expect(views.bySource).toEqual(seriesBySource(table, defaultFilter, 'drones_launched'));
		expect(views.lvi.series.map((s) => s.metric)).toEqual(['drones_launched', 'drones_intercepted']);
	});

	it("one direction at a time: the default draws Russian strikes; Ukrainian ones the Russian MoD's interceptions", () => {
		const keys = (set: { series: { key: string }[] }) => set.series.map((s) => s.key);
		const russian = dailyViews(table, dailyDefaultFilter);
		expect(keys(russian.bySource)).toContain('ua-air-force');
		expect(keys(russian.bySource)).not.toContain('ru-mod');
		const ukrainian = dailyViews(table, { ...dailyDefaultFilter, attacker: 'UA' });
		expect(ukrainian.metric).toBe('drones_intercepted');
		expect(ukrainian.lviSource).toBe('ru-mod');
		expect(keys(ukrainian.bySource)).toContain('ru-mod');
		expect(keys(ukrainian.bySource)).not.toContain('ua-air-force');
		// the night of 22-23 December 2025: the MoD's six periods add (12 + 29 + 15 + 11 + 21 + 20),
		// the curated claim quoting its overnight 29 in the press is not counted twice
		const mod = ukrainian.bySource.series.find((s) => s.key === 'ru-mod')!;
		const at = ukrainian.bySource.periods.indexOf('2025-12-23');
		expect(mod.points[at]?.interval).toEqual({ lo: 108, hi: 108, approx: false });
	});

	it('follows the chosen metric family and source', () => {
		expect(
			chartChoices(daily.sources, { ...defaultFilter, metric: 'missiles_intercepted', source: 'ru-mod' })
		).toEqual({
			metric: 'missiles_intercepted',
			family: 'missiles',
			lviSource: 'ru-mod'
		});
	});

	it('computes each chart alone as it is among the three, under every kind of filter', () => {
		const filters = [
			defaultFilter,
			{ ...defaultFilter, attacker: 'UA' as const },
			{ ...defaultFilter, metric: 'missiles_launched' as const, by: 'week' as const },
			{ ...defaultFilter, source: 'ru-mod' },
			{ ...defaultFilter, source: 'kyiv-mayor' }
		];
		let drawn = 0;
		for (const f of filters) {
			const views = dailyViews(table, f);
			for (const chart of ['bySource', 'lvi', 'byType'] as const) {
				expect(chartView(table, f, chart)).toEqual(views[chart]);
				drawn += views[chart].series.length;
			}
		}
		expect(drawn).toBeGreaterThan(10);
	});

	it('ships the first view with every interval and none of the claims behind them', () => {
		const views = dailyViews(table, defaultFilter);
		const first = withoutClaims(views);
		expect(first.bySource.periods).toEqual(views.bySource.periods);
		const intervals = (v: typeof views) =>
			[v.bySource, v.lvi, v.byType].flatMap((set) =>
				set.series.flatMap((s) => s.points.map((p) => p?.interval))
			);
		expect(intervals(first)).toEqual(intervals(views));
		expect(intervals(first).filter(Boolean).length).toBeGreaterThan(3);
		const claims = [first.bySource, first.lvi, first.byType].flatMap((set) =>
			set.series.flatMap((s) => s.points.flatMap((p) => p?.claims ?? []))
		);
		expect(claims).toEqual([]);
	});
});
