import { describe, expect, it } from 'vitest';
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
