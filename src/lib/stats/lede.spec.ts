import { describe, expect, it } from 'vitest';
import { ledeFacts } from './lede.ts';
import { ledeSentence, type LedeContext } from '../i18n/lede.ts';
import type { Series, SeriesSet } from './daily.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Interval } from './interval.ts';

const exact = (n: number): Interval => ({ lo: n, hi: n, approx: false });
const atLeast = (n: number): Interval => ({ lo: n, hi: Infinity, approx: false });
const about = (n: number): Interval => ({ lo: n, hi: n, approx: true });

function series(source: number, metric: Metric, values: (Interval | undefined)[]): Series {
	return {
		key: `${source}-${metric}`,
		source,
		metric,
		points: values.map((v) => (v ? { interval: v, claims: [] } : undefined))
	};
}
const periods = ['2025-12-29', '2025-12-30', '2025-12-31'];
const names = ['Ukrainian Air Force', 'Russian MoD', 'Open'];
const context: LedeContext = {
	by: 'night',
	attacker: 'RU',
	metric: 'drones_launched',
	sourceName: (s) => names[s]
};

describe('the facts before a chart', () => {
	const af = series(0, 'drones_launched', [exact(100), exact(200), exact(50)]);
	const lvi: SeriesSet = {
		periods,
		series: [af, series(0, 'drones_intercepted', [exact(90), exact(180), exact(40)])]
	};

	it('sums each source over the periods on screen, the main source first', () => {
		const other = series(2, 'drones_launched', [undefined, exact(210), undefined]);
		const facts = ledeFacts({ periods, series: [other, af] }, lvi, 0);
		expect(facts?.totals.map((t) => [t.source, t.total.lo, t.given])).toEqual([
			[0, 350, 3],
			[2, 210, 1]
		]);
		expect(facts?.count).toBe(3);
		expect(facts?.rate?.value).toBeCloseTo(310 / 350);
		expect(facts?.record).toEqual({ source: 0, periods: ['2025-12-30'], interval: exact(200) });
	});

	it('counts only the periods the chart draws', () => {
		const facts = ledeFacts({ periods, series: [af] }, lvi, 0, '2025-12-30');
		expect(facts?.totals[0].total.lo).toBe(250);
		expect(facts?.first).toBe('2025-12-30');
		expect(facts?.rate?.launched).toBe(250);
		expect(facts?.rate?.intercepted).toBe(220);
	});

	it('gives no rate when the two counts are not on the same nights', () => {
		const gap: SeriesSet = {
			periods,
			series: [af, series(0, 'drones_intercepted', [exact(90), undefined, exact(40)])]
		};
		expect(ledeFacts({ periods, series: [af] }, gap, 0)?.rate).toBeUndefined();
	});

	it('gives no rate of a lower bound or an approximate count', () => {
		const bound = series(0, 'drones_launched', [atLeast(100), exact(200), exact(50)]);
		const withBound: SeriesSet = { periods, series: [bound, lvi.series[1]] };
		const facts = ledeFacts({ periods, series: [bound] }, withBound, 0);
		expect(facts?.rate).toBeUndefined();
		expect(facts?.totals[0].total).toEqual(atLeast(350));
		const rough = series(0, 'drones_intercepted', [about(90), exact(180), exact(40)]);
		expect(ledeFacts({ periods, series: [af] }, { periods, series: [af, rough] }, 0)?.rate).toBeUndefined();
	});

	it('gives no rate when the chart is not of the launched figure', () => {
		const intercepted = lvi.series[1];
		expect(ledeFacts({ periods, series: [intercepted] }, lvi, 0)?.rate).toBeUndefined();
	});

	it('says nothing when no source gave a figure', () => {
		expect(
			ledeFacts(
				{ periods, series: [series(0, 'drones_launched', [undefined, undefined, undefined])] },
				lvi,
				0
			)
		).toBeUndefined();
		expect(ledeFacts({ periods: [], series: [] }, undefined, 0)).toBeUndefined();
	});

	it('labels every night that ties for the record', () => {
		const tie = series(0, 'drones_launched', [exact(200), exact(200), exact(50)]);
		expect(ledeFacts({ periods, series: [tie] }, undefined, 0)?.record?.periods).toEqual([
			'2025-12-29',
			'2025-12-30'
		]);
	});
});

describe('the sentence before a chart', () => {
	const af = series(0, 'drones_launched', [exact(6000), exact(700), exact(26)]);
	const lvi: SeriesSet = {
		periods,
		series: [af, series(0, 'drones_intercepted', [exact(5500), exact(600), exact(20)])]
	};

	it('says who launched how many, who says so, and the share intercepted', () => {
		const facts = ledeFacts({ periods, series: [af] }, lvi, 0)!;
		expect(ledeSentence('en', facts, context)).toBe(
			'In the 3 nights to 31 December 2025 Russia launched 6,726 drones, Ukrainian Air Force says; it reports 91% of them intercepted.'
		);
		expect(ledeSentence('it', facts, context)).toBe(
			'Nelle 3 notti fino al 31 dicembre 2025 la Russia ha lanciato 6726 droni, secondo Ukrainian Air Force; ne dichiara intercettati il 91%.'
		);
	});

	it('keeps qualifiers and says when a source covers fewer nights', () => {
		const bound = series(2, 'drones_launched', [atLeast(400), undefined, undefined]);
		const facts = ledeFacts({ periods, series: [af, bound] }, undefined, 0)!;
		expect(ledeSentence('en', facts, context)).toBe(
			'In the 3 nights to 31 December 2025 Russia launched 6,726 drones, Ukrainian Air Force says; Open gives at least 400 (figures for 1 of the 3 nights).'
		);
	});

	it('names the metric when the filter does not say who launched', () => {
		const intercepted = lvi.series[1];
		const facts = ledeFacts({ periods, series: [intercepted] }, lvi, 0)!;
		const sentence = ledeSentence('en', facts, { ...context, metric: 'drones_intercepted', attacker: 'all' });
		expect(sentence).toBe(
			'In the 3 nights to 31 December 2025 drones intercepted total 6,120, Ukrainian Air Force says.'
		);
	});

	it('speaks of months and of a single night', () => {
		const one = ledeFacts(
			{ periods: ['2025-12-31'], series: [series(0, 'drones_launched', [exact(26)])] },
			undefined,
			0
		)!;
		expect(ledeSentence('en', one, context)).toBe(
			'On the night of 30–31 December 2025 Russia launched 26 drones, Ukrainian Air Force says.'
		);
		const months = ledeFacts(
			{ periods: ['2025-11', '2025-12'], series: [series(0, 'drones_launched', [exact(1), exact(2)])] },
			undefined,
			0
		)!;
		expect(ledeSentence('it', months, { ...context, by: 'month' })).toBe(
			'Da novembre 2025 a dicembre 2025 la Russia ha lanciato 3 droni, secondo Ukrainian Air Force.'
		);
	});
});

describe('the words of a partial count', () => {
	it('agree in Italian whatever the number', () => {
		const one = series(0, 'drones_launched', [undefined, exact(5), undefined]);
		const facts = ledeFacts({ periods, series: [one] }, undefined, 0)!;
		expect(facts.record).toBeUndefined();
		expect(ledeSentence('it', facts, context)).toContain('(dati per 1 delle 3 notti)');
		expect(ledeSentence('it', facts, { ...context, by: 'month' })).toContain('(dati per 1 dei 3 mesi)');
	});
});
