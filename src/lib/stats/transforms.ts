/**
 * What the compare page does to a series before drawing it: a running total, a share of the
 * series' maximum, a median line, a trend (rolling median). Every transform works on intervals,
 * so qualified figures stay qualified. The rule, for all of them: a transform that is monotone
 * in each value (sums, division by a positive number, medians) is applied to both ends of the
 * interval, so a lower bound ([lo, ∞)) stays a lower bound, an "up to" stays an "up to", a range
 * transforms both ends, and "about" marks anything it touched.
 *
 * Not said is not zero: a period with no figure is `undefined` on the way in and stays
 * `undefined` on the way out; no transform fills a gap with 0.
 */
import { addIntervals, type Interval } from './interval.ts';

export type Points = (Interval | undefined)[];

/**
 * Running total of the figures given so far. The total carries across a gap, but the gap itself
 * stays a gap: the line breaks there, so the reader sees that the total is the sum of what the
 * source said, with nights it said nothing about left out (not counted as zero, not guessed).
 * Once a lower bound enters the sum, every later total is a lower bound.
 */
export function cumulative(points: Points): Points {
	let total: Interval | undefined;
	return points.map((p) => {
		if (!p) return undefined;
		total = total ? addIntervals(total, p) : p;
		return total;
	});
}

/**
 * Each value as a percentage of the series' highest mark as drawn (a bound on its bound, a
 * range at its middle), so series of different sizes share one axis. Both ends are divided by
 * that one positive number: an "at least 40" stays "at least" some share. A series of zeros
 * stays at 0%.
 */
export function normalised(points: Points): Points {
	const max = Math.max(0, ...points.flatMap((p) => (p ? [drawnAt(p)] : [])));
	const share = (v: number) => (max === 0 ? 0 : (v / max) * 100);
	return points.map((p) => (p ? { lo: share(p.lo), hi: share(p.hi), approx: p.approx } : undefined));
}

/** Where the chart draws an interval (as chart-style's pointY): a bound on its bound, a range at its middle. */
function drawnAt(i: Interval): number {
	if (i.hi === Infinity) return i.lo;
	if (i.lo === 0) return i.hi;
	return (i.lo + i.hi) / 2;
}

/** The median of numbers (the mean of the middle two for an even count); `Infinity` allowed. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	if (sorted.length % 2) return sorted[mid];
	return (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The median of intervals: the median of the lower ends and the median of the upper ends. The
 * median is monotone in every value, so whatever the true figures in their intervals, their
 * median lies in this one. `undefined` for no values.
 */
export function medianInterval(values: Interval[]): Interval | undefined {
	if (values.length === 0) return undefined;
	return {
		lo: median(values.map((v) => v.lo)),
		hi: median(values.map((v) => v.hi)),
		approx: values.some((v) => v.approx)
	};
}

/** The median of the given periods, repeated over the whole span: a reference line. */
export function medianLine(points: Points): Points {
	const m = medianInterval(points.filter((p) => p !== undefined));
	return points.map(() => m);
}

/**
 * The trend: at each period, the median of that period and the `window - 1` before it, over the
 * periods that have a figure. A window needs figures for at least half its periods (rounded up),
 * otherwise the trend has a gap there: a median of one night in seven would not be a trend.
 */
export function rollingMedian(points: Points, window: number): Points {
	const size = Math.max(1, Math.floor(window));
	const needed = Math.ceil(size / 2);
	// the window's lower and upper ends kept sorted as it slides: a link may ask for a window of
	// 366 nights on 36 series, and sorting each window afresh froze the tab for seconds (issue 24)
	const lows: number[] = [];
	const highs: number[] = [];
	let approx = 0;
	const add = (p: Interval | undefined) => {
		if (!p) return;
		insertSorted(lows, p.lo);
		insertSorted(highs, p.hi);
		if (p.approx) approx++;
	};
	const drop = (p: Interval | undefined) => {
		if (!p) return;
		removeSorted(lows, p.lo);
		removeSorted(highs, p.hi);
		if (p.approx) approx--;
	};
	return points.map((p, i) => {
		add(p);
		if (i >= size) drop(points[i - size]);
		return lows.length >= needed && lows.length > 0
			? { lo: medianOfSorted(lows), hi: medianOfSorted(highs), approx: approx > 0 }
			: undefined;
	});
}

/** First index in a sorted array whose value is not below `value`. */
function lowerBound(sorted: number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
const insertSorted = (sorted: number[], value: number) => sorted.splice(lowerBound(sorted, value), 0, value);
const removeSorted = (sorted: number[], value: number) => sorted.splice(lowerBound(sorted, value), 1);
function medianOfSorted(sorted: number[]): number {
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
