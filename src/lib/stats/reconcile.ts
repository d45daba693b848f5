/**
 * A period claim (a weekly tally, a monthly count) beside the sum of the nightly claims over
 * the same nights. Pure functions of the records: the /periods page, its downloads and the
 * /compare bars all read these.
 *
 * Qualifiers are carried as intervals (interval.ts). Two figures agree when their intervals
 * meet; a figure given as "about" (or "nearly", "some": curators record those as `about`) is
 * read as within `aboutTolerance` of its value, so "nearly 1,200" meets 1,187. Missing nights
 * are not zero: with partial coverage the nightly sum is only a lower bound on the period's.
 */
import type { Attack } from '../schema/attack.ts';
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import { metrics, type Metric, type PeriodMetric } from '../schema/metrics.ts';
import type { PeriodClaim } from '../schema/period.ts';
import { addIntervals, intersects, toInterval, type Interval } from './interval.ts';
import { addDays } from './night.ts';

/** How far from its value an "about" figure reaches, as a share of it. */
export const aboutTolerance = 0.05;

/** Every night from `from` to `to`, both included, in order. */
export function nightsOf(from: string, to: string): string[] {
	const nights: string[] = [];
	for (let night = from; night <= to; night = addDays(night, 1)) nights.push(night);
	return nights;
}

/** The week of nights that ends on `to`: the president's weekly tally ends on the day he speaks. */
export function weekEnding(to: string): { from: string; to: string } {
	return { from: addDays(to, -6), to };
}

/** A calendar month (`YYYY-MM`) as a span of nights: its first to its last night. */
export function monthNights(month: string): { from: string; to: string } {
	const [y, m] = month.split('-').map(Number);
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** What a span of nights is, for labels: a calendar month, a week, or some other number of nights. */
export function periodKind(from: string, to: string): 'month' | 'week' | 'nights' {
	const month = monthNights(from.slice(0, 7));
	if (month.from === from && month.to === to) return 'month';
	return addDays(from, 6) === to ? 'week' : 'nights';
}

/**
 * One source's figure per night for a metric, by one attacker: per attack the largest of the
 * source's figures stands (a headline and a body are versions of one count, as in the daily
 * charts), and the attacks of a night are added. A night without a figure is absent.
 */
export function nightlyFigures(
	attacks: readonly Attack[],
	source: string,
	metric: Metric,
	attacker: Country
): Map<string, Interval> {
	const byNight = new Map<string, Interval>();
	for (const attack of attacks) {
		if (attack.attacker !== attacker) continue;
		let best: QualifiedFigure | undefined;
		for (const claim of attack.claims) {
			const figure = claim.source === source ? claim.figures[metric] : undefined;
			if (figure && (!best || figure.value > best.value)) best = figure;
		}
		if (!best) continue;
		const interval = toInterval(best);
		const before = byNight.get(attack.date);
		byNight.set(attack.date, before ? addIntervals(before, interval) : interval);
	}
	return byNight;
}

/** The sum of the nightly figures over a span of nights, and which nights had one. */
export interface NightlySum {
	/** Nights in the span. */
	nights: number;
	/** Nights with a figure. */
	recorded: number;
	/** The first and last night summed (undefined when none). */
	first?: string;
	last?: string;
	/** The nights of the span without a figure, in order. */
	missing: string[];
	/** The sum over the recorded nights; undefined when none had a figure (not said is not zero). */
	sum?: Interval;
}

export function sumNights(byNight: ReadonlyMap<string, Interval>, from: string, to: string): NightlySum {
	const result: NightlySum = { nights: 0, recorded: 0, missing: [] };
	for (const night of nightsOf(from, to)) {
		result.nights++;
		const interval = byNight.get(night);
		if (!interval) {
			result.missing.push(night);
			continue;
		}
		result.recorded++;
		result.first ??= night;
		result.last = night;
		result.sum = result.sum ? addIntervals(result.sum, interval) : interval;
	}
	return result;
}

/** An interval as it is compared: an approximate one widened by the tolerance, outward to whole counts. */
export function comparable(interval: Interval): Interval {
	if (!interval.approx) return interval;
	return {
		lo: Math.floor(interval.lo * (1 - aboutTolerance)),
		hi: interval.hi === Infinity ? Infinity : Math.ceil(interval.hi * (1 + aboutTolerance)),
		approx: true
	};
}

/**
 * How a period's figure stands against the nightly sum: `agrees` (the intervals meet, every
 * night recorded), `consistent` (some nights missing, and the figure is at least what was
 * recorded), `above` / `below` (they do not meet), `none` (no nightly figure to compare).
 */
export type Verdict = 'agrees' | 'consistent' | 'above' | 'below' | 'none';

export interface Reconciliation extends NightlySum {
	metric: PeriodMetric;
	/** The period claim's figure as given. */
	figure: QualifiedFigure;
	/** The source whose nightly figures were summed. */
	against: string;
	verdict: Verdict;
	/** The figure's value minus the nightly sum's lower end, and that as a percentage of it. */
	difference?: { count: number; percent?: number };
}

/** One figure of a period claim against the nightly sum (`sum` from {@link sumNights}). */
export function reconcileFigure(
	metric: PeriodMetric,
	figure: QualifiedFigure,
	against: string,
	nightly: NightlySum
): Reconciliation {
	const base = { ...nightly, metric, figure, against };
	if (!nightly.sum) return { ...base, verdict: 'none' };
	const complete = nightly.recorded === nightly.nights;
	// the nights not recorded can only add to the sum
	const sum = comparable(complete ? nightly.sum : { ...nightly.sum, hi: Infinity });
	const claimed = comparable(toInterval(figure));
	const count = figure.value - nightly.sum.lo;
	const difference = { count, percent: nightly.sum.lo > 0 ? (count / nightly.sum.lo) * 100 : undefined };
	const verdict: Verdict = intersects(claimed, sum)
		? complete
			? 'agrees'
			: 'consistent'
		: claimed.hi < sum.lo
			? 'below'
			: 'above';
	return { ...base, verdict, difference };
}

/** The nightly figures of a source, metric and attacker, computed once and shared by every period. */
export function nightlyCache(attacks: readonly Attack[]) {
	const cache = new Map<string, Map<string, Interval>>();
	return (source: string, metric: Metric, attacker: Country) => {
		const key = `${source}|${metric}|${attacker}`;
		let found = cache.get(key);
		if (!found) cache.set(key, (found = nightlyFigures(attacks, source, metric, attacker)));
		return found;
	};
}

const nightlyMetrics: ReadonlySet<string> = new Set(metrics);

/** Whether nightly claims can give a metric (guided bombs are counted only by the week). */
export const isNightlyMetric = (metric: PeriodMetric): metric is Metric => nightlyMetrics.has(metric);

/** Every figure of every period claim against the nightly sums (the claim's `compare_with`, else its own source). */
export function reconcilePeriods(
	periods: readonly PeriodClaim[],
	attacks: readonly Attack[]
): { period: PeriodClaim; figures: Reconciliation[] }[] {
	const nightly = nightlyCache(attacks);
	return periods.map((period) => {
		const against = period.compare_with ?? period.source;
		const figures = (Object.entries(period.figures) as [PeriodMetric, QualifiedFigure][]).map(
			([metric, figure]) => {
				const sum = isNightlyMetric(metric)
					? sumNights(nightly(against, metric, period.attacker), period.from, period.to)
					: sumNights(new Map(), period.from, period.to);
				return reconcileFigure(metric, figure, against, sum);
			}
		);
		return { period, figures };
	});
}
