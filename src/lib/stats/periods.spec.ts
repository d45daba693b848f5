import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodOf, periodsBetween } from './periods.ts';

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
