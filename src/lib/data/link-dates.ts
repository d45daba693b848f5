/**
 * Dates read from a link, held to the records' range. A chart draws one period per night
 * between its dates, gaps included, so `/daily?from=0001-01-01&to=9999-12-31` asked for
 * 3.6 million nights and froze the tab for 39 s (issue 24). Nothing outside the first and
 * last night on record can be drawn anyway: a date beyond them is moved to the nearest end,
 * and the page says so (`LinkDatesNote.svelte`) rather than quietly showing another period.
 */

/** First and last night in the records, YYYY-MM-DD; both empty when there are none. */
export interface DateRange {
	min: string;
	max: string;
}

/** A period as a link gives it: empty strings for "no limit". */
export interface Period {
	from: string;
	to: string;
}

/** What was moved: the link's own dates, for the page to name. */
export interface Clamped {
	from?: string;
	to?: string;
}

/** `date` moved into the range; empty stays empty (no limit), and so does any date when there are no records. */
function clampDate(date: string, range: DateRange): string {
	if (!date || !range.min || !range.max) return date;
	if (date < range.min) return range.min;
	if (date > range.max) return range.max;
	return date;
}

/**
 * A period held to the records' range, and the link's dates that had to move (`undefined`
 * when none did). Dates are compared as YYYY-MM-DD strings: callers pass dates already checked
 * for that form (parseFilter, parseComposition).
 */
export function clampPeriod<P extends Period>(period: P, range: DateRange): { period: P; clamped?: Clamped } {
	const from = clampDate(period.from, range);
	const to = clampDate(period.to, range);
	if (from === period.from && to === period.to) return { period };
	const clamped: Clamped = {};
	if (from !== period.from) clamped.from = period.from;
	if (to !== period.to) clamped.to = period.to;
	return { period: { ...period, from, to }, clamped };
}
