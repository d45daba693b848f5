import { describe, expect, it } from 'vitest';
import { blankChart, type ComposedChart } from './composition.ts';
import { periodSpans, type PeriodTally } from './period-spans.ts';

const tally = (
	id: string,
	from: string,
	to: string,
	metric: PeriodTally['metric'] = 'drones_launched'
): PeriodTally => ({
	id,
	sourceName: 'AFP',
	metric,
	against: 'ua-air-force',
	from,
	to,
	figure: { value: 5438, qualifier: 'exact' }
});
const chart = (change: Partial<ComposedChart>): ComposedChart => ({
	...blankChart,
	picks: [
		{ metric: 'missiles_launched', source: 'ua-air-force' },
		{ metric: 'drones_launched', source: 'ua-air-force' }
	],
	...change
});
const tallies = [
	tally('june', '2025-06-01', '2025-06-30'),
	tally('week', '2025-12-01', '2025-12-07'),
	tally('sunday-week', '2025-12-02', '2025-12-08'),
	tally('half-month', '2025-09-01', '2025-09-16'),
	tally('june-killed', '2025-06-01', '2025-06-30', 'killed')
];

describe('period tallies on a compare chart', () => {
	it('stand behind the series they speak about, on a chart of months', () => {
		const spans = periodSpans(tallies, chart({ by: 'month' }), ['2025-05', '2025-06', '2025-07']);
		expect(spans.map((s) => [s.tally.id, s.period, s.pick])).toEqual([['june', 1, 1]]);
	});

	it('on a chart of weeks, only tallies over a Monday-to-Sunday week', () => {
		const spans = periodSpans(tallies, chart({ by: 'week' }), ['2025-11-24', '2025-12-01', '2025-12-08']);
		expect(spans.map((s) => s.tally.id)).toEqual(['week']);
	});

	it('not on nightly charts, running totals or shares of the maximum, nor outside the chart', () => {
		expect(periodSpans(tallies, chart({ by: 'night' }), ['2025-06-01'])).toEqual([]);
		expect(periodSpans(tallies, chart({ by: 'month', values: 'cumulative' }), ['2025-06'])).toEqual([]);
		expect(periodSpans(tallies, chart({ by: 'month', normalised: true }), ['2025-06'])).toEqual([]);
		expect(periodSpans(tallies, chart({ by: 'month' }), ['2025-07'])).toEqual([]);
	});

	it('not behind another source', () => {
		const other = chart({ by: 'month', picks: [{ metric: 'drones_launched', source: 'ru-mod' }] });
		expect(periodSpans(tallies, other, ['2025-06'])).toEqual([]);
	});
});
