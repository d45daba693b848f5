import { describe, expect, it } from 'vitest';
import { addDays, kyivWallClock, nightOfInstant, nightOfLocal, nightOfWindow, parseLocal } from './night.ts';

describe('nightOfLocal', () => {
	it('dates a night by the morning it ends', () => {
		expect(nightOfLocal('2025-07-20 18:00')).toBe('2025-07-21');
		expect(nightOfLocal('2025-07-20 23:59')).toBe('2025-07-21');
		expect(nightOfLocal('2025-07-21 00:00')).toBe('2025-07-21');
		expect(nightOfLocal('2025-07-21 06:30')).toBe('2025-07-21');
		expect(nightOfLocal('2025-07-21 17:59')).toBe('2025-07-21');
	});

	it('starts the next night at 18:00 sharp', () => {
		expect(nightOfLocal('2025-07-21 18:00')).toBe('2025-07-22');
	});

	it('keeps a bare date as it is', () => {
		expect(nightOfLocal('2025-07-21')).toBe('2025-07-21');
	});

	it('crosses months, years and leap days', () => {
		expect(nightOfLocal('2025-12-31 18:00')).toBe('2026-01-01');
		expect(nightOfLocal('2024-02-28 19:00')).toBe('2024-02-29');
		expect(nightOfLocal('2024-02-29 20:00')).toBe('2024-03-01');
		expect(nightOfLocal('2025-02-28 20:00')).toBe('2025-03-01');
	});

	it('reads one-digit hours and trailing spaces, as the Air Force table writes them', () => {
		expect(nightOfLocal('2023-05-16 3:30')).toBe('2023-05-16');
		expect(nightOfLocal('2025-03-06 21:00 ')).toBe('2025-03-07');
	});

	it('uses the wall clock on the days the clocks change', () => {
		// 2025-03-30: Kyiv jumps from 03:00 EET to 04:00 EEST
		expect(nightOfLocal('2025-03-29 18:00')).toBe('2025-03-30');
		expect(nightOfLocal('2025-03-30 04:30')).toBe('2025-03-30');
		expect(nightOfLocal('2025-03-30 18:00')).toBe('2025-03-31');
		// 2025-10-26: Kyiv falls back from 04:00 EEST to 03:00 EET
		expect(nightOfLocal('2025-10-25 18:00')).toBe('2025-10-26');
		expect(nightOfLocal('2025-10-26 03:30')).toBe('2025-10-26');
		expect(nightOfLocal('2025-10-26 18:00')).toBe('2025-10-27');
	});

	it('rejects what is not a Kyiv time', () => {
		for (const bad of [
			'',
			'2025-02-30',
			'2025-13-01',
			'2025-07-21 24:00',
			'2025-07-21 12:60',
			'21/07/2025',
			'nan'
		]) {
			expect(() => nightOfLocal(bad), bad).toThrow(RangeError);
			expect(parseLocal(bad), bad).toBeUndefined();
		}
	});
});

describe('nightOfInstant', () => {
	it('reads instants on the Kyiv clock in winter (UTC+2) and summer (UTC+3)', () => {
		expect(kyivWallClock(new Date('2025-01-15T16:00:00Z'))).toBe('2025-01-15 18:00');
		expect(kyivWallClock(new Date('2025-07-15T15:00:00Z'))).toBe('2025-07-15 18:00');
		expect(nightOfInstant(new Date('2025-01-15T15:59:00Z'))).toBe('2025-01-15');
		expect(nightOfInstant(new Date('2025-01-15T16:00:00Z'))).toBe('2025-01-16');
		expect(nightOfInstant(new Date('2025-07-15T14:59:00Z'))).toBe('2025-07-15');
		expect(nightOfInstant(new Date('2025-07-15T15:00:00Z'))).toBe('2025-07-16');
	});

	it('moves the 18:00 boundary with the spring change (2025-03-30)', () => {
		// the evening before the change is still winter time: 18:00 EET = 16:00 UTC
		expect(nightOfInstant(new Date('2025-03-29T15:59:00Z'))).toBe('2025-03-29');
		expect(nightOfInstant(new Date('2025-03-29T16:00:00Z'))).toBe('2025-03-30');
		// the clocks jump at 01:00 UTC: 00:59 UTC is 02:59 EET, 01:00 UTC is 04:00 EEST
		expect(kyivWallClock(new Date('2025-03-30T00:59:00Z'))).toBe('2025-03-30 02:59');
		expect(kyivWallClock(new Date('2025-03-30T01:00:00Z'))).toBe('2025-03-30 04:00');
		expect(nightOfInstant(new Date('2025-03-30T01:00:00Z'))).toBe('2025-03-30');
		// that evening is summer time: 18:00 EEST = 15:00 UTC
		expect(nightOfInstant(new Date('2025-03-30T14:59:00Z'))).toBe('2025-03-30');
		expect(nightOfInstant(new Date('2025-03-30T15:00:00Z'))).toBe('2025-03-31');
	});

	it('moves the 18:00 boundary with the autumn change (2025-10-26)', () => {
		// the evening before the change is summer time: 18:00 EEST = 15:00 UTC
		expect(nightOfInstant(new Date('2025-10-25T14:59:00Z'))).toBe('2025-10-25');
		expect(nightOfInstant(new Date('2025-10-25T15:00:00Z'))).toBe('2025-10-26');
		// 03:30 happens twice that night (00:30 UTC in summer time, 01:30 UTC in winter time)
		expect(kyivWallClock(new Date('2025-10-26T00:30:00Z'))).toBe('2025-10-26 03:30');
		expect(kyivWallClock(new Date('2025-10-26T01:30:00Z'))).toBe('2025-10-26 03:30');
		expect(nightOfInstant(new Date('2025-10-26T00:30:00Z'))).toBe('2025-10-26');
		expect(nightOfInstant(new Date('2025-10-26T01:30:00Z'))).toBe('2025-10-26');
		// that evening is winter time: 18:00 EET = 16:00 UTC
		expect(nightOfInstant(new Date('2025-10-26T15:59:00Z'))).toBe('2025-10-26');
		expect(nightOfInstant(new Date('2025-10-26T16:00:00Z'))).toBe('2025-10-27');
	});

	it('does not depend on the time zone of the machine', () => {
		const instant = new Date('2025-12-31T16:30:00Z');
		expect(nightOfInstant(instant)).toBe('2026-01-01');
		expect(kyivWallClock(instant)).toBe('2025-12-31 18:30');
	});
});

describe('nightOfWindow', () => {
	const at = (text: string) => parseLocal(text)!;

	it('is the night of the start for a window inside one night', () => {
		expect(nightOfWindow(at('2025-07-20 19:00'), at('2025-07-21 08:00'))).toBe('2025-07-21');
		expect(nightOfWindow(at('2025-07-21 03:00'), at('2025-07-21 18:00'))).toBe('2025-07-21');
	});

	it('gives a wave launched in the afternoon to the night that ends the next morning', () => {
		// row 394 of the Air Force table: Shahed drones from 16:00 on 2 September to 09:00 on 3 September
		expect(nightOfWindow(at('2025-09-02 16:00'), at('2025-09-03 09:00'))).toBe('2025-09-03');
	});

	it('keeps a window that lies mostly before 18:00 in its own night, and lets the start win ties', () => {
		expect(nightOfWindow(at('2025-06-10 12:00'), at('2025-06-10 20:00'))).toBe('2025-06-10');
		expect(nightOfWindow(at('2025-06-10 17:00'), at('2025-06-10 19:00'))).toBe('2025-06-10');
	});

	it('falls back to the start for bare dates, missing ends and ends before starts', () => {
		expect(nightOfWindow(at('2025-06-10'), at('2025-06-11 09:00'))).toBe('2025-06-10');
		expect(nightOfWindow(at('2025-06-10 16:00'), at('2025-06-11'))).toBe('2025-06-10');
		expect(nightOfWindow(at('2025-06-10 16:00'), undefined)).toBe('2025-06-10');
		expect(nightOfWindow(at('2025-06-10 19:00'), at('2025-06-10 08:00'))).toBe('2025-06-11');
	});
});

describe('addDays', () => {
	it('counts calendar days', () => {
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
	});
});
