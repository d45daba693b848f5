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

/** Days in a month of the Gregorian calendar (`m` from 1). */
function daysIn(y: number, m: number): number {
	return m === 2
		? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
			? 29
			: 28
		: [4, 6, 9, 11].includes(m)
			? 30
			: 31;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Every period from the one holding `from` to the one holding `to`, gaps included. Days are
 * stepped on the calendar, not through Date: formatting a Date per night was most of the
 * daily chart's aggregation on years of nights.
 */
export function periodsBetween(from: string, to: string, by: Granularity): string[] {
	const periods: string[] = [];
	if (!from || !to || from > to) return periods;
	if (by === 'month') {
		let [y, m] = from.split('-').map(Number);
		const [ty, tm] = to.split('-').map(Number);
		while (y < ty || (y === ty && m <= tm)) {
			periods.push(`${y}-${pad(m)}`);
			if (++m > 12) [y, m] = [y + 1, 1];
		}
		return periods;
	}
	const step = by === 'week' ? 7 : 1;
	let [y, m, d] = periodOf(from, by).split('-').map(Number);
	for (let date = `${y}-${pad(m)}-${pad(d)}`; date <= to; date = `${y}-${pad(m)}-${pad(d)}`) {
		periods.push(date);
		d += step;
		for (let days = daysIn(y, m); d > days; days = daysIn(y, m)) {
			d -= days;
			if (++m > 12) [y, m] = [y + 1, 1];
		}
	}
	return periods;
}

/** The last night of a period (`periodOf`'s form: a night, a week's Monday, or `YYYY-MM`). */
function periodEnd(period: string, by: Granularity): string {
	if (by === 'night') return period;
	if (by === 'month') {
		const [y, m] = period.split('-').map(Number);
		return `${period}-${pad(daysIn(y, m))}`;
	}
	return fromUtc(toUtc(period) + 6 * DAY);
}

/**
 * The periods the data only partly covers: a week or month that starts before the first night
 * covered, or ends after the last (the data's own ends, or the chosen range's, whichever is
 * narrower). Their sums hold fewer nights than a whole period's: drawn and exported as partial,
 * never read as a fall. Nights are never partial.
 */
export function partialPeriods(
	periods: readonly string[],
	by: Granularity,
	covered: { from: string; to: string }
): Set<string> {
	const partial = new Set<string>();
	if (by === 'night' || !covered.from || !covered.to) return partial;
	for (const period of periods) {
		const first = by === 'month' ? `${period}-01` : period;
		if (first < covered.from || periodEnd(period, by) > covered.to) partial.add(period);
	}
	return partial;
}

/** The nights a filter's charts cover: its range within the data's. */
export function coveredNights(
	filter: { from?: string; to?: string },
	data: { min: string; max: string }
): { from: string; to: string } {
	const from = filter.from && filter.from > data.min ? filter.from : data.min;
	const to = filter.to && filter.to < data.max ? filter.to : data.max;
	return { from, to };
}
