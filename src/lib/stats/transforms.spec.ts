import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cumulative, median, medianInterval, medianLine, normalised, rollingMedian } from './transforms.ts';
import type { Interval } from './interval.ts';

const exact = (n: number): Interval => ({ lo: n, hi: n, approx: false });
const atLeast = (n: number): Interval => ({ lo: n, hi: Infinity, approx: false });
const about = (n: number): Interval => ({ lo: n, hi: n, approx: true });
const range = (lo: number, hi: number): Interval => ({ lo, hi, approx: false });

describe('cumulative', () => {
	it('carries the total across a gap and leaves the gap a gap, never a zero', () => {
		expect(cumulative([exact(10), undefined, exact(5)])).toEqual([exact(10), undefined, exact(15)]);
		expect(cumulative([undefined, exact(3)])).toEqual([undefined, exact(3)]);
	});

	it('keeps a lower bound a lower bound from where it enters the sum', () => {
		expect(cumulative([exact(2), atLeast(13), exact(1)])).toEqual([exact(2), atLeast(15), atLeast(16)]);
	});

	it('adds both ends of ranges and keeps "about"', () => {
		expect(cumulative([range(10, 15), about(5)])).toEqual([range(10, 15), { lo: 15, hi: 20, approx: true }]);
	});
});

describe('normalised', () => {
	it('gives each value as a percentage of the highest mark', () => {
		expect(normalised([exact(50), undefined, exact(200)])).toEqual([exact(25), undefined, exact(100)]);
	});

	it('divides both ends: a lower bound stays a lower bound, a range stays a range', () => {
		const [low, wide] = normalised([atLeast(40), range(100, 300)]);
		// the highest mark is the range's middle, 200
		expect(low).toEqual(atLeast(20));
		expect(wide).toEqual(range(50, 150));
	});

	it('keeps zeros at 0% and gaps as gaps', () => {
		expect(normalised([exact(0), undefined])).toEqual([exact(0), undefined]);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([1, Infinity])).toBe(Infinity);
	});

	it('of intervals is the median of each end', () => {
		expect(medianInterval([exact(1), atLeast(5), exact(9)])).toEqual({ lo: 5, hi: 9, approx: false });
		expect(medianInterval([atLeast(1), atLeast(5), exact(9)])).toEqual(atLeast(5));
		expect(medianInterval([])).toBeUndefined();
	});

	it('draws the median line over the whole span, gaps included, from the given values only', () => {
		expect(medianLine([exact(1), undefined, exact(3), exact(100)])).toEqual([
			exact(3),
			exact(3),
			exact(3),
			exact(3)
		]);
		expect(medianLine([undefined, undefined])).toEqual([undefined, undefined]);
	});
});

describe('rollingMedian', () => {
	it('is the median of the period and the window − 1 before it', () => {
		const values = [exact(1), exact(9), exact(2), exact(8), exact(3)];
		expect(rollingMedian(values, 3)).toEqual([undefined, exact(5), exact(2), exact(8), exact(3)]);
	});

	it('skips gaps and needs figures for half the window', () => {
		const values = [exact(4), undefined, undefined, exact(6), undefined];
		// window 3 needs two figures, and no three periods in a row hold two
		expect(rollingMedian(values, 3)).toEqual([undefined, undefined, undefined, undefined, undefined]);
		// window 4 also needs two: only (4, gap, gap, 6) has them
		expect(rollingMedian(values, 4)).toEqual([undefined, undefined, undefined, exact(5), undefined]);
		// window 1 is the figures themselves, gaps kept
		expect(rollingMedian(values, 1)).toEqual(values);
	});

	it('keeps lower bounds and ranges in the trend', () => {
		expect(rollingMedian([atLeast(10), atLeast(20)], 2)).toEqual([atLeast(10), atLeast(15)]);
		expect(rollingMedian([range(10, 20)], 1)).toEqual([range(10, 20)]);
	});

	// the sliding window (issue 24: r366 on 36 series froze the tab) must equal the definition
	it('equals the median of each window taken afresh', () => {
		const point = fc.option(
			fc.record({
				lo: fc.integer({ min: 0, max: 50 }),
				hi: fc.oneof(fc.integer({ min: 50, max: 99 }), fc.constant(Infinity)),
				approx: fc.boolean()
			}),
			{ nil: undefined }
		);
		fc.assert(
			fc.property(fc.array(point, { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (points, window) => {
				const byDefinition = points.map((_, i) => {
					const inWindow = points.slice(Math.max(0, i - window + 1), i + 1).filter((p) => p !== undefined);
					return inWindow.length >= Math.ceil(window / 2) ? medianInterval(inWindow) : undefined;
				});
				expect(rollingMedian(points, window)).toEqual(byDefinition);
			})
		);
	});
});
