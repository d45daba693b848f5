import type { QualifiedFigure } from '../schema/figure.ts';

/**
 * A figure as the set of values it allows: "at least 13" is [13, ∞), "more than 420" is
 * [421, ∞) (counts are whole numbers), "up to 30" is [0, 30], "about 50" is 50 marked as
 * approximate. Sums of intervals keep every qualifier honest: "at least 13" + 2 = "at least 15".
 */
export interface Interval {
	lo: number;
	/** `Infinity` for an open upper bound. */
	hi: number;
	/** True when any part was given as "about". */
	approx: boolean;
}

export function toInterval(f: QualifiedFigure): Interval {
	switch (f.qualifier) {
		case 'exact':
			return { lo: f.value, hi: f.value, approx: false };
		case 'about':
			return { lo: f.value, hi: f.value, approx: true };
		case 'at_least':
			return { lo: f.value, hi: Infinity, approx: false };
		case 'more_than':
			return { lo: f.value + 1, hi: Infinity, approx: false };
		case 'at_most':
			return { lo: 0, hi: f.value, approx: false };
	}
}

export function addIntervals(a: Interval, b: Interval): Interval {
	return { lo: a.lo + b.lo, hi: a.hi + b.hi, approx: a.approx || b.approx };
}

/** Sum of figures; `undefined` when there are none (not said is not zero). */
export function sumFigures(figures: Iterable<QualifiedFigure>): Interval | undefined {
	let total: Interval | undefined;
	for (const f of figures) total = total ? addIntervals(total, toInterval(f)) : toInterval(f);
	return total;
}

/** Whether two intervals allow a common value: two sources that could both be right. */
export function intersects(a: Interval, b: Interval): boolean {
	return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * An interval back to a qualified figure, when one qualifier says it exactly; `undefined` for
 * a bounded range such as [13, 30], which the UI shows as "13–30".
 */
export function intervalToFigure(i: Interval): QualifiedFigure | undefined {
	if (i.lo === i.hi) return { value: i.lo, qualifier: i.approx ? 'about' : 'exact' };
	if (i.hi === Infinity) return { value: i.lo, qualifier: 'at_least' };
	if (i.lo === 0) return { value: i.hi, qualifier: 'at_most' };
	return undefined;
}
