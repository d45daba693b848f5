import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.server.ts';
import { dailyData } from '../data/daily-data.ts';
import { dailyTableOf } from './daily-columns.ts';
import { defaultFilter } from '../map/filter.ts';
import { dailyViews, withoutClaims } from './daily-views.ts';
import { packViews, unpackViews } from './packed-views.ts';
import type { SeriesSet } from './daily.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));
const daily = dailyData(dataset, 'en');
// what the browser reads: the claims file written and read back
const table = dailyTableOf(daily);

describe('packed first view', () => {
	it('unpacks to the views without claims, for every granularity and metric', () => {
		for (const by of ['night', 'week', 'month'] as const)
			for (const metric of ['drones_launched', 'missiles_intercepted', 'injured'] as const) {
				const views = dailyViews(table, { ...defaultFilter, by, metric });
				expect(unpackViews(packViews(views)), `${by} ${metric}`).toEqual(withoutClaims(views));
			}
	});

	it('keeps ranges, open upper bounds, "about" and gaps', () => {
		const set: SeriesSet = {
			periods: ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'],
			series: [
				{
					key: 'a',
					source: 0,
					metric: 'killed',
					points: [
						{ interval: { lo: 3, hi: 3, approx: false }, claims: [1] },
						undefined,
						{ interval: { lo: 13, hi: Infinity, approx: false }, claims: [2] },
						{ interval: { lo: 50, hi: 50, approx: true }, claims: [3, 4] }
					]
				},
				{ key: 'b', source: 1, metric: 'killed', points: [undefined, undefined, undefined, undefined] }
			]
		};
		const none: SeriesSet = { periods: [], series: [] };
		const views = {
			metric: 'killed' as const,
			family: 'drones' as const,
			lviSource: '',
			bySource: set,
			lvi: none,
			byType: set
		};
		const packed = packViews(views);
		// the second set's periods are a reference to the first's, not a copy
		expect(packed.sets.byType.periods).toBe('bySource');
		expect(unpackViews(structuredClone(packed))).toEqual(withoutClaims(views));
	});

	it('is much smaller than the objects it replaces', () => {
		const views = dailyViews(table, defaultFilter);
		const size = (v: unknown) => JSON.stringify(v, (_, x) => (x === Infinity ? 'Infinity' : x)).length;
		expect(size(packViews(views))).toBeLessThan(size(withoutClaims(views)) / 2);
	});
});
