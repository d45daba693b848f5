/**
 * Which night an attack belongs to. Nights run from 18:00 to 18:00 Kyiv time and take the
 * date of the morning they end (the attack of the night of 20–21 July is `2025-07-21`), so a
 * moment belongs to the night dated by its Kyiv wall-clock time plus six hours. The rule is
 * applied to the wall clock, not to elapsed time, so the daylight-saving changes do not move
 * the 18:00 boundary.
 */

/** A Kyiv wall-clock time as tables write it: a date, and the time of day when known. */
export interface LocalTime {
	/** `YYYY-MM-DD` */
	date: string;
	/** Minutes after midnight; absent for a bare date. */
	minutes?: number;
}

/** The hour at which a new night starts, on the Kyiv wall clock. */
const nightStartsAt = 18 * 60;

/**
 * Reads `YYYY-MM-DD HH:MM` or a bare `YYYY-MM-DD`. Tables also write a one-digit hour
 * (`2023-05-16 3:30`) and trailing spaces, so both are accepted. Returns undefined for
 * anything else, including dates and times that do not exist (2025-02-30, 24:10).
 */
export function parseLocal(text: string): LocalTime | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
	if (!match) return undefined;
	const [, y, m, d, hh, mm] = match;
	const date = `${y}-${m}-${d}`;
	if (!dateExists(date)) return undefined;
	if (hh === undefined) return { date };
	const hours = Number(hh);
	const minutes = Number(mm);
	if (hours > 23 || minutes > 59) return undefined;
	return { date, minutes: hours * 60 + minutes };
}

/**
 * The night of a Kyiv wall-clock time (`YYYY-MM-DD HH:MM`), or the date itself for a bare
 * date: a table that gives only the day has already dated the report.
 * @throws RangeError when the text is not one of those forms.
 */
export function nightOfLocal(text: string): string {
	const local = parseLocal(text);
	if (!local) throw new RangeError(`"${text}" is not a Kyiv time (YYYY-MM-DD HH:MM or YYYY-MM-DD)`);
	return nightOf(local);
}

/** The night of a parsed wall-clock time (see {@link nightOfLocal}). */
export function nightOf(local: LocalTime): string {
	if (local.minutes === undefined) return local.date;
	return local.minutes >= nightStartsAt ? addDays(local.date, 1) : local.date;
}

/** The night an instant belongs to, read on the Kyiv wall clock. */
export function nightOfInstant(instant: Date): string {
	return nightOfLocal(kyivWallClock(instant));
}

let kyivFormat: Intl.DateTimeFormat | undefined;

/** An instant as Kyiv wall-clock time, `YYYY-MM-DD HH:MM`, whatever the machine's time zone. */
export function kyivWallClock(instant: Date): string {
	if (Number.isNaN(instant.getTime())) throw new RangeError('invalid date');
	kyivFormat ??= kyivFormatter();
	const parts = Object.fromEntries(kyivFormat.formatToParts(instant).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function kyivFormatter(): Intl.DateTimeFormat {
	const options: Intl.DateTimeFormatOptions = {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		// h23: midnight is 00, not 24 as some locales write it
		hourCycle: 'h23'
	};
	try {
		return new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'Europe/Kyiv' });
	} catch {
		// ICU data older than tzdata 2022b knows the city only by its Russian-derived spelling
		return new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'Europe/Kiev' });
	}
}

/**
 * The night a time window belongs to: the night that holds most of it. For a window inside
 * one night this is the night of its start; it differs only for windows that cross 18:00,
 * such as a wave of drones launched at 16:00 that flies until 09:00 the next morning, which
 * belongs to the night that ends that morning, not to the one that ended at 18:00. On a tie
 * the start decides. A bare date on either side, or an end before the start, leaves the start
 * to decide alone. Lengths are wall-clock minutes: the hour a daylight-saving change adds or
 * removes is not worth the time-zone arithmetic for a majority.
 */
export function nightOfWindow(start: LocalTime, end: LocalTime | undefined): string {
	const first = nightOf(start);
	if (start.minutes === undefined || end?.minutes === undefined) return first;
	const from = dayNumber(start.date) * 1440 + start.minutes;
	const to = dayNumber(end.date) * 1440 + end.minutes;
	if (to <= from) return first;
	let best = first;
	let bestLength = -1;
	// nights are numbered by the day they end: night d runs from (d - 1) 18:00 to d 18:00
	for (let night = dayNumber(first); night <= dayNumber(nightOf(end)); night++) {
		const nightFrom = (night - 1) * 1440 + nightStartsAt;
		const length = Math.min(to, nightFrom + 1440) - Math.max(from, nightFrom);
		if (length > bestLength) {
			best = dateOfDayNumber(night);
			bestLength = length;
		}
	}
	return best;
}

/** Sorts wall-clock times: a bare date sorts before any time of the same day. */
export function sortableLocal(local: LocalTime): string {
	if (local.minutes === undefined) return local.date;
	const hh = String(Math.floor(local.minutes / 60)).padStart(2, '0');
	const mm = String(local.minutes % 60).padStart(2, '0');
	return `${local.date} ${hh}:${mm}`;
}

/** `YYYY-MM-DD` plus some days, on the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
	return dateOfDayNumber(dayNumber(date) + days);
}

function dayNumber(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

function dateOfDayNumber(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dateExists(date: string): boolean {
	const [y, m, d] = date.split('-').map(Number);
	const utc = new Date(Date.UTC(y, m - 1, d));
	return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}
