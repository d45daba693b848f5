import { describe, expect, it } from 'vitest';
import { denseLine, lineMarks, periodTicks, thinned } from './chart-marks.ts';
import type { PointKind } from './chart-style.ts';

const exact = (n: number): (PointKind | undefined)[] => Array.from({ length: n }, () => 'exact');

describe('lineMarks', () => {
	it('marks every figure of a short line', () => {
		const marks = lineMarks(exact(10));
		expect(marks.line).toBe(true);
		expect(marks.marked.every(Boolean)).toBe(true);
		expect(thinned(marks, exact(10))).toBe(false);
	});

	it('leaves exact figures on a dense line undotted, and says so', () => {
		const kinds = exact(denseLine + 50);
		const marks = lineMarks(kinds);
		expect(marks.dense).toBe(true);
		expect(marks.marked.some(Boolean)).toBe(false);
		expect(thinned(marks, kinds)).toBe(true);
	});

	// a qualified figure must never read as an exact one, however long the line
	it('keeps the mark of every qualified figure on a dense line', () => {
		const kinds = exact(denseLine + 50);
		kinds[3] = 'lower';
		kinds[40] = 'about';
		kinds[41] = 'upper';
		kinds[100] = 'range';
		const marks = lineMarks(kinds);
		expect(marks.marked.flatMap((m, i) => (m ? [i] : []))).toEqual([3, 40, 41, 100]);
	});

	// spanGaps is off: a figure with gaps on both sides has no segment, only its mark
	it('marks a figure alone between gaps on a dense line', () => {
		const kinds = exact(denseLine + 50);
		kinds[10] = undefined;
		kinds[12] = undefined;
		kinds[0] = 'exact';
		kinds[1] = undefined;
		const marks = lineMarks(kinds);
		expect(marks.marked[11]).toBe(true);
		expect(marks.marked[0]).toBe(true);
		expect(marks.marked[13]).toBe(false);
	});

	it('draws scattered figures as marks without a line, each marked', () => {
		const kinds: (PointKind | undefined)[] = Array.from({ length: 900 }, (_, i) =>
			i % 5 ? undefined : 'exact'
		);
		const marks = lineMarks(kinds);
		expect(marks.line).toBe(false);
		expect(marks.marked.filter(Boolean)).toHaveLength(180);
		expect(thinned(marks, kinds)).toBe(false);
	});

	it('marks only the qualified values of a computed line', () => {
		const marks = lineMarks(['exact', 'lower', 'exact'], { derived: true });
		expect(marks.marked).toEqual([false, true, false]);
	});
});

describe('periodTicks', () => {
	it('labels the first period, then evenly, as many as the width holds', () => {
		expect(periodTicks(365, 900).map((t) => t.value)).toEqual([0, 37, 74, 111, 148, 185, 222, 259, 296, 333]);
		// a phone: four labels of a year of nights
		expect(periodTicks(365, 360).map((t) => t.value)).toEqual([0, 92, 184, 276]);
		// fewer periods than room: every one
		expect(periodTicks(3, 900).map((t) => t.value)).toEqual([0, 1, 2]);
	});
	it('gives no tick for no periods, and the first on an axis too narrow for two', () => {
		expect(periodTicks(0, 900)).toEqual([]);
		expect(periodTicks(30, 40).map((t) => t.value)).toEqual([0]);
	});
});
