/**
 * The facts a chart's opening sentence and summary row state: each source's total over the
 * periods on screen, the interception rate where one source gives both counts on the very same
 * periods, and the record period. Pure and language-free: `ledeSentence` (lede-words.ts) puts
 * them in words. Every figure here is a sum of figures the sources gave; nothing is filled in.
 */
import type { SeriesSet, SeriesPoint } from './daily.ts';
import { addIntervals, type Interval } from './interval.ts';

export interface SourceTotal {
	/** Index into the table's sources. */
	source: number;
	/** The sum of the source's figures over the periods it gave one for. */
	total: Interval;
	/** How many of the periods on screen the source gave a figure for. */
	given: number;
}

export interface LedeFacts {
	/** The first and last periods on screen, and how many there are. */
	first: string;
	last: string;
	count: number;
	/** One total per source with at least one figure, in the chart's series order. */
	totals: SourceTotal[];
	/**
	 * Intercepted over launched for the rate's source, when it gave both, exactly, on every
	 * period it gave either: a rate over other nights than the total would not be "of them".
	 */
	rate?: { source: number; launched: number; intercepted: number; value: number };
	/** The largest exact-or-lower-bound figure of the main source, and its period(s). */
	record?: { source: number; periods: string[]; interval: Interval };
}

/** The periods from `from` on (all when `from` is undefined): what the chart draws. */
function visible(periods: string[], from: string | undefined): number[] {
	const out: number[] = [];
	periods.forEach((p, i) => {
		if (from === undefined || p >= from) out.push(i);
	});
	return out;
}

function sumOf(points: (SeriesPoint | undefined)[], at: number[]): { total?: Interval; given: number } {
	let total: Interval | undefined;
	let given = 0;
	for (const i of at) {
		const p = points[i];
		if (!p) continue;
		given++;
		total = total ? addIntervals(total, p.interval) : p.interval;
	}
	return { total, given };
}

const exact = (x: Interval) => x.lo === x.hi && !x.approx;

/**
 * Launched and intercepted of one source summed over the same periods, or undefined when on
 * any period one is missing or either is not an exact count (a rate of ranges looks precise
 * and is not).
 */
function rateOf(lvi: SeriesSet, from: string | undefined): LedeFacts['rate'] {
	const launched = lvi.series.find((s) => s.metric.endsWith('_launched'));
	const intercepted = lvi.series.find((s) => s.metric.endsWith('_intercepted'));
	if (!launched || !intercepted || launched.source !== intercepted.source) return undefined;
	let l = 0;
	let c = 0;
	let any = false;
	for (const i of visible(lvi.periods, from)) {
		const a = launched.points[i];
		const b = intercepted.points[i];
		if (!a && !b) continue;
		if (!a || !b || !exact(a.interval) || !exact(b.interval)) return undefined;
		l += a.interval.lo;
		c += b.interval.lo;
		any = true;
	}
	if (!any || l === 0) return undefined;
	return { source: launched.source, launched: l, intercepted: c, value: c / l };
}

/**
 * The facts of a view: `bySource` is the chart of one metric by source, `lvi` the launched and
 * intercepted chart of `main` (the source the sentence leads with), `from` the first period the
 * chart draws. A rate is stated only when the chart's metric is the launched figure of the
 * rate's own source, so that "of them" refers to the total just given.
 */
export function ledeFacts(
	bySource: SeriesSet,
	lvi: SeriesSet | undefined,
	main: number | undefined,
	from?: string
): LedeFacts | undefined {
	const at = visible(bySource.periods, from);
	const totals: SourceTotal[] = [];
	for (const s of bySource.series) {
		const { total, given } = sumOf(s.points, at);
		if (total) totals.push({ source: s.source, total, given });
	}
	if (at.length === 0 || totals.length === 0) return undefined;
	// the main source first: the sentence leads with it and the rate refers to it
	const lead = totals.findIndex((t) => t.source === main);
	if (lead > 0) totals.unshift(...totals.splice(lead, 1));
	const facts: LedeFacts = {
		first: bySource.periods[at[0]],
		last: bySource.periods[at[at.length - 1]],
		count: at.length,
		totals
	};
	const metric = bySource.series.find((s) => s.source === totals[0].source)?.metric;
	const rate = lvi ? rateOf(lvi, from) : undefined;
	if (rate && rate.source === totals[0].source && metric?.endsWith('_launched')) {
		// the rate's launched figure must be the total the sentence gives, or "of them" lies
		if (exact(totals[0].total) && totals[0].total.lo === rate.launched) facts.rate = rate;
	}
	facts.record = recordOf(bySource, totals[0].source, at);
	return facts;
}

/**
 * The period(s) with the main source's largest figure, by lower bound ("at least 500" is a
 * record of at least 500); ranges and "about" figures take part by their lower bound too, and
 * the words keep their qualifier. Ties are all records.
 */
function recordOf(set: SeriesSet, source: number, at: number[]): LedeFacts['record'] {
	const series = set.series.find((s) => s.source === source);
	if (!series) return undefined;
	let best: Interval | undefined;
	let periods: string[] = [];
	let given = 0;
	for (const i of at) {
		const p = series.points[i];
		if (!p) continue;
		given++;
		if (!best || p.interval.lo > best.lo) {
			best = p.interval;
			periods = [set.periods[i]];
		} else if (p.interval.lo === best.lo && p.interval.hi === best.hi && p.interval.approx === best.approx) {
			periods.push(set.periods[i]);
		}
	}
	// one figure is no record: it is the total already given
	if (!best || best.lo === 0 || given < 2) return undefined;
	return { source, periods, interval: best };
}
