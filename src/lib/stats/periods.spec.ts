import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coveredNights, partialPeriods, periodOf, periodsBetween } from './periods.ts';
import { chartCsv } from '../components/chart-csv.ts';

describe('periods', () => {
	it('puts a night in its week (from Monday) and month', () => {
		expect(periodOf('2025-07-21', 'night')).toBe('2025-07-21');
		expect(periodOf('2025-07-21', 'week')).toBe('2025-07-21'); // a Monday
		expect(periodOf('2025-07-27', 'week')).toBe('2025-07-21'); // its Sunday
		expect(periodOf('2025-07-28', 'week')).toBe('2025-07-28');
		expect(periodOf('2026-01-01', 'week')).toBe('2025-12-29'); // across the new year
		expect(periodOf('2025-07-21', 'month')).toBe('2025-07');
	});
	it('lists every period between two nights, gaps included, across daylight-saving changes', () => {
		expect(periodsBetween('2025-03-29', '2025-04-01', 'night')).toEqual([
			'2025-03-29',
			'2025-03-30',
			'2025-03-31',
			'2025-04-01'
		]);
		expect(periodsBetween('2025-10-20', '2025-11-05', 'week')).toEqual([
			'2025-10-20',
			'2025-10-27',
			'2025-11-03'
		]);
		expect(periodsBetween('2025-11-15', '2026-02-01', 'month')).toEqual([
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02'
		]);
	});
	it('gives nothing for an empty or reversed range', () => {
		expect(periodsBetween('', '2025-01-01', 'night')).toEqual([]);
		expect(periodsBetween('2025-02-01', '2025-01-01', 'night')).toEqual([]);
	});
});

describe('periodsBetween on the calendar', () => {
	// the reference: step a Date by whole days, as the function did before it stepped the calendar
	const DAY = 86_400_000;
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	const reference = (from: string, to: string, by: 'night' | 'week') => {
		const out: string[] = [];
		const end = Date.parse(to);
		for (let ms = Date.parse(periodOf(from, by)); ms <= end; ms += (by === 'week' ? 7 : 1) * DAY)
			out.push(iso(ms));
		return out;
	};
	const day = fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2101, 0, 1) }).map((ms) => iso(ms));

	it('gives every night and every Monday a Date would, across months, leap days and centuries', () => {
		fc.assert(
			fc.property(
				day,
				fc.integer({ min: 0, max: 800 }),
				fc.constantFrom('night', 'week'),
				(from, span, by) => {
					const to = iso(Date.parse(from) + span * DAY);
					expect(periodsBetween(from, to, by)).toEqual(reference(from, to, by));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('steps over 29 February only in leap years', () => {
		expect(periodsBetween('2024-02-28', '2024-03-01', 'night')).toEqual([
			'2024-02-28',
			'2024-02-29',
			'2024-03-01'
		]);
		expect(periodsBetween('2100-02-28', '2100-03-01', 'night')).toEqual(['2100-02-28', '2100-03-01']);
		expect(periodsBetween('2000-02-28', '2000-03-01', 'night')).toEqual([
			'2000-02-28',
			'2000-02-29',
			'2000-03-01'
		]);
	});
});

describe('partial periods (issue 16: an incomplete week or month is not a fall)', () => {
	it('marks the weeks and months the data or the chosen range only partly covers', () => {
		// the data runs from Wednesday 2025-07-02 to Tuesday 2025-08-12
		const covered = coveredNights({}, { min: '2025-07-02', max: '2025-08-12' });
		expect(covered).toEqual({ from: '2025-07-02', to: '2025-08-12' });
		const weeks = periodsBetween(covered.from, covered.to, 'week');
		expect([...partialPeriods(weeks, 'week', covered)]).toEqual(['2025-06-30', '2025-08-11']);
		const months = periodsBetween(covered.from, covered.to, 'month');
		expect([...partialPeriods(months, 'month', covered)]).toEqual(['2025-07', '2025-08']);
		// a chosen range from a Monday past the data's end: only the data's own end (a Thursday) cuts a week short
		const chosen = coveredNights(
			{ from: '2025-07-07', to: '2025-09-30' },
			{ min: '2025-07-02', max: '2025-08-28' }
		);
		expect(chosen).toEqual({ from: '2025-07-07', to: '2025-08-28' });
		expect([...partialPeriods(periodsBetween(chosen.from, chosen.to, 'week'), 'week', chosen)]).toEqual([
			'2025-08-25'
		]);
		expect([
			...partialPeriods(['2025-07', '2025-08'], 'month', { from: '2025-07-01', to: '2025-08-31' })
		]).toEqual([]);
		// nights are whole by definition
		expect(partialPeriods(['2025-07-02'], 'night', covered).size).toBe(0);
	});

	it('says partial in the chart’s CSV, row by row', () => {
		const point = (lo: number) => ({ interval: { lo, hi: lo, approx: false }, claims: [] });
		const csv = chartCsv(
			['2025-07', '2025-08'],
			[{ key: 'ua-air-force', label: 'Air Force', colour: '#000', points: [point(4000), point(900)] }],
			new Set(['2025-08'])
		);
		expect(csv.split('\n')).toEqual([
			'period,series,lo,hi,approximate,partial',
			'2025-07,Air Force,4000,4000,false,false',
			'2025-08,Air Force,900,900,false,true',
			''
		]);
	});
});
