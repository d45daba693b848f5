import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metrics } from '../schema/metrics.ts';
import { granularities } from '../map/filter.ts';
import { compositionToSearch, parseComposition } from './url.ts';
import {
	blankChart,
	defaultComposition,
	limits,
	sourceGroups,
	trendWindows,
	type Composition
} from './composition.ts';

const date = fc
	.date({ min: new Date('2022-02-24T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const source = fc.oneof(
	fc.constantFrom('ua-air-force', 'ru-mod', 'kyiv-mayor', 'x1'),
	fc.constantFrom(...sourceGroups)
);
const chart = fc
	.record({
		picks: fc.uniqueArray(fc.record({ metric: fc.constantFrom(...metrics), source }), {
			maxLength: limits.picks,
			selector: (p) => `${p.metric} ${p.source}`
		}),
		by: fc.constantFrom(...granularities),
		dates: fc.tuple(fc.option(date, { nil: '' }), fc.option(date, { nil: '' })),
		scale: fc.constantFrom('linear' as const, 'logarithmic' as const),
		values: fc.constantFrom('period' as const, 'cumulative' as const),
		normalised: fc.boolean(),
		median: fc.boolean(),
		trend: fc.constantFrom(0, ...trendWindows)
	})
	.map(({ dates: [a, b], ...rest }) => ({
		...rest,
		// the reader sees the earlier date as "from"
		from: a && b && a > b ? b : a,
		to: a && b && a > b ? a : b
	}));

describe('composition ⇄ URL', () => {
	it('round-trips every option of every chart', () => {
		fc.assert(
			fc.property(fc.array(chart, { minLength: 1, maxLength: limits.charts }), (charts) => {
				const composition: Composition = { charts };
				expect(parseComposition(compositionToSearch(composition))).toEqual(composition);
			})
		);
	});

	it('writes a short, readable link, defaults left out', () => {
		expect(compositionToSearch(defaultComposition)).toBe('?v=1&c=dl-ua-air-force*di-ua-air-force');
		const search = compositionToSearch({
			charts: [
				{
					...blankChart,
					picks: [{ metric: 'killed', source: '_press' }],
					by: 'month',
					scale: 'logarithmic',
					values: 'cumulative',
					normalised: true,
					median: true,
					trend: 7,
					from: '2025-01-01',
					to: '2025-12-31'
				}
			]
		});
		expect(search).toBe('?v=1&c=k-_press.m.log.cum.pct.med.r7.f20250101.u20251231');
	});

	it('opens the default composition without a version or charts, or with an unknown version', () => {
		for (const search of ['', '?c=dl-ru-mod', '?v=2&c=dl-ru-mod', '?v=1'])
			expect(parseComposition(search)).toEqual(defaultComposition);
	});

	it('drops what it cannot read and keeps the rest', () => {
		const [c] = parseComposition(
			'?v=1&c=dl-ru-mod*zz-ru-mod*k-Bad_Id*dl-ru-mod*k.x.log.r9999.f20251332.u20250101'
		).charts;
		expect(c.picks).toEqual([{ metric: 'drones_launched', source: 'ru-mod' }]);
		expect(c.scale).toBe('logarithmic');
		expect(c.trend).toBe(0);
		expect(c.from).toBe('');
		expect(c.to).toBe('2025-01-01');
		// a chart with nothing valid keeps its defaults, and no more than the limit is read
		expect(parseComposition('?v=1&c=').charts).toEqual([blankChart]);
		expect(parseComposition(`?v=1${'&c=dl-ru-mod'.repeat(20)}`).charts).toHaveLength(limits.charts);
	});

	// issue 24: six charts of six series with r366 and a median crashed the tab
	it('bounds every count and window a link can set', () => {
		const sixSeries = ['dl', 'di', 'ml', 'mi', 'k', 'i', 'ck', 'ci']
			.map((m) => `${m}-ua-air-force`)
			.join('*');
		const { charts } = parseComposition(`?v=1${`&c=${sixSeries}.r999.med`.repeat(50)}`);
		expect(charts).toHaveLength(limits.charts);
		for (const c of charts) {
			expect(c.picks).toHaveLength(limits.picks);
			expect(c.trend).toBe(366);
		}
		expect(parseComposition('?v=1&c=dl-ru-mod.r0').charts[0].trend).toBe(0);
	});

	it('never throws, whatever the query string', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string()), (raw, cs) => {
				const q = new URLSearchParams(raw);
				q.set('v', '1');
				for (const c of cs) q.append('c', c);
				const { charts } = parseComposition(q);
				expect(charts.length).toBeLessThanOrEqual(limits.charts);
				expect(parseComposition(raw).charts.length).toBeGreaterThan(0);
			})
		);
	});
});
