/**
 * The period a MoD statement speaks of, and the night it belongs to. The statements write
 * Moscow time ("с 20.00 мск 10 апреля до 7.00 мск 11 апреля", "около 16.30 мск", "в течение
 * прошедшей ночи"); the table gives the post's time in UTC. Moscow keeps UTC+3 all year, Kyiv
 * moves between UTC+2 (winter) and UTC+3 (summer), so 20:00 in Moscow is 19:00 in Kyiv in
 * January and 20:00 in July: the night is worked out on the Kyiv wall clock (Salvo's rule,
 * 18:00–18:00 Kyiv time, dated by the morning), never by adding a fixed offset.
 *
 * Times are minutes since 1970-01-01 00:00 on the Moscow wall clock (UTC + 180 minutes), so
 * that a clock time without a date resolves by plain arithmetic: the latest such time not
 * after the post (an end, an instant) or not after the end (a start).
 */
import { kyivWallClock, nightOf, nightOfWindow, parseLocal } from '../../stats/night.ts';

const MSK = 180;
const DAY = 1440;
/** A post may name a time a little after its own (clocks, rounding): this much is allowed. */
const slack = 15;

export interface Window {
	/** Moscow wall-clock minutes; absent when the statement names no time. */
	start?: number;
	end?: number;
	/** One moment ("около 16.30 мск"): start and end are equal. */
	instant?: boolean;
	/** The words that give the window, as written. */
	words?: string;
	/** The statement speaks of "the past night" without times. */
	nightWords?: boolean;
}

const months = [
	'январ',
	'феврал',
	'март',
	'апрел',
	'ма[йя]',
	'июн',
	'июл',
	'август',
	'сентябр',
	'октябр',
	'ноябр',
	'декабр'
];
const monthWord = `(?:${months.join('|')})\\p{L}*`;
const time = String.raw`(\d{1,2})[.:](\d{2})`;
const date = String.raw`(?:(\d{1,2})\s+(${monthWord})|(\d{1,2})\.(\d{2})(?:\.(?:\d{4}|\d{2}))?(?![\d.:]))`;
const clock = String.raw`${time}(?:\s*мск)?(?:\s+${date})?(?:\s*мск)?`;
// capture groups per clock: hh, mm, day, month word, day, month number
const windowPattern = new RegExp(
	String.raw`(?:^|[\s(])[сcС]\s+${clock}\s+до\s+(?:${clock}|(полуночи))`,
	'iu'
);
const instantPattern = new RegExp(
	String.raw`(?:(?:^|[\s(])${date}\s*(?:т\.\s*г\.\s*)?)?(?:около|в)\s+${clock}`,
	'iu'
);
const nightPattern =
	/прошедш\p{L}*\s+ноч|минувш\p{L}*\s+ноч|сегодня\s+ночью|этой\s+ночью|в\s+ночное\s+время/iu;

interface Clock {
	minutes: number;
	day?: number;
	month?: number;
}

function clockOf(groups: (string | undefined)[]): Clock | undefined {
	const [hh, mm, d1, mw, d2, mn] = groups;
	if (hh === undefined || mm === undefined) return undefined;
	const h = Number(hh);
	const m = Number(mm);
	if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
	const out: Clock = { minutes: h * 60 + m };
	if (d1 && mw) {
		out.day = Number(d1);
		out.month = months.findIndex((p) => new RegExp(`^${p}`, 'iu').test(mw)) + 1;
	} else if (d2 && mn) {
		out.day = Number(d2);
		out.month = Number(mn);
	}
	if (out.month !== undefined && (out.month < 1 || out.month > 12 || !out.day || out.day > 31)) {
		delete out.day;
		delete out.month;
	}
	return out;
}

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** A clock time as Moscow minutes: on its date when given, else the latest not after `notAfter`. */
function resolve(c: Clock, notAfter: number): number {
	if (c.day !== undefined && c.month !== undefined) {
		const ref = new Date((notAfter - MSK) * 60_000);
		let year = ref.getUTCFullYear();
		// a December date in a January post
		if (c.month > ref.getUTCMonth() + 1 + 6) year -= 1;
		return dayOf(year, c.month, c.day) * DAY + c.minutes;
	}
	let at = Math.floor(notAfter / DAY) * DAY + c.minutes;
	while (at > notAfter) at -= DAY;
	return at;
}

/** Moscow minutes of a UTC `YYYY-MM-DD HH:MM`. */
export function moscowMinutesOfUtc(utc: string): number {
	const [d, t] = utc.split(' ');
	const [y, m, day] = d.split('-').map(Number);
	const [hh, mm] = t.split(':').map(Number);
	return dayOf(y, m, day) * DAY + hh * 60 + mm + MSK;
}

/** The window a statement's text gives, resolved against the post's time (UTC). */
export function windowOf(text: string, postedUtc: string): Window {
	const posted = moscowMinutesOfUtc(postedUtc);
	const w = windowPattern.exec(text);
	if (w) {
		const start = clockOf(w.slice(1, 7));
		const end = clockOf(w.slice(7, 13));
		const midnight = w[13] !== undefined;
		if (start && (end || midnight)) {
			let s: number;
			let e: number;
			if (midnight) {
				s = resolve(start, posted + slack);
				e = Math.floor(s / DAY) * DAY + DAY;
			} else {
				e = resolve(end!, posted + slack);
				s = resolve(start, start.month !== undefined ? posted + slack : e - 1);
			}
			if (s < e) return { start: s, end: e, words: w[0].trim(), nightWords: nightPattern.test(text) };
		}
	}
	const i = instantPattern.exec(text);
	if (i) {
		const c = clockOf(i.slice(5, 11));
		if (c) {
			if (c.day === undefined && i[1] && i[2]) {
				c.day = Number(i[1]);
				c.month = months.findIndex((p) => new RegExp(`^${p}`, 'iu').test(i[2])) + 1;
			} else if (c.day === undefined && i[3] && i[4]) {
				c.day = Number(i[3]);
				c.month = Number(i[4]);
			}
			const at = resolve(c, posted + slack);
			return { start: at, end: at, instant: true, words: i[0].trim() };
		}
	}
	const n = nightPattern.exec(text);
	return n ? { nightWords: true, words: n[0] } : {};
}

/** Moscow minutes as the Kyiv wall clock, parsed. */
function kyivLocal(moscow: number) {
	return parseLocal(kyivWallClock(new Date((moscow - MSK) * 60_000)))!;
}

/**
 * The night a statement belongs to: its window's (the night that holds most of it), its
 * moment's, or for "the past night" without times the night that ended on the morning of
 * the post (Kyiv date); else the night of the post's time.
 */
export function nightOfStatement(window: Window, postedUtc: string): string {
	if (window.start !== undefined && window.end !== undefined) {
		if (window.instant) return nightOf(kyivLocal(window.start));
		return nightOfWindow(kyivLocal(window.start), kyivLocal(window.end));
	}
	const posted = kyivLocal(moscowMinutesOfUtc(postedUtc));
	if (window.nightWords) return posted.date;
	return nightOf(posted);
}

/** `20:00` of Moscow minutes. */
export function clockText(moscow: number): string {
	const m = ((moscow % DAY) + DAY) % DAY;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `2025-04-10 20:00` of Moscow minutes. */
export function moscowText(moscow: number): string {
	return `${new Date(Math.floor(moscow / DAY) * 86_400_000).toISOString().slice(0, 10)} ${clockText(moscow)}`;
}
