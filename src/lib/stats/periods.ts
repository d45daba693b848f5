/**
 * Nights grouped into weeks (starting Monday) and months. Dates are calendar days in Kyiv
 * time already (see night.ts), so the arithmetic here is on UTC calendar dates and never
 * shifts a night across a boundary.
 */
import type { Granularity } from '../map/filter.ts';

const DAY = 86_400_000;

function toUtc(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The period a night belongs to: the night itself, its week's Monday, or `YYYY-MM`. */
export function periodOf(date: string, by: Granularity): string {
	if (by === 'night') return date;
	if (by === 'month') return date.slice(0, 7);
	const ms = toUtc(date);
	const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
	return fromUtc(ms - weekday * DAY);
}

/** Every period from the one holding `from` to the one holding `to`, gaps included. */
export function periodsBetween(from: string, to: string, by: Granularity): string[] {
	const periods: string[] = [];
	if (!from || !to || from > to) return periods;
	if (by === 'month') {
		let [y, m] = from.split('-').map(Number);
		const [ty, tm] = to.split('-').map(Number);
		while (y < ty || (y === ty && m <= tm)) {
			periods.push(`${y}-${String(m).padStart(2, '0')}`);
			if (++m > 12) [y, m] = [y + 1, 1];
		}
		return periods;
	}
	const step = by === 'week' ? 7 * DAY : DAY;
	const end = toUtc(to);
	for (let ms = toUtc(periodOf(from, by)); ms <= end; ms += step) periods.push(fromUtc(ms));
	return periods;
}
