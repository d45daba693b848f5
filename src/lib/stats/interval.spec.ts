import { describe, expect, it } from 'vitest';
import { addIntervals, intervalToFigure, intersects, sumFigures, toInterval } from './interval.ts';

describe('interval arithmetic on qualified figures', () => {
	it('turns each qualifier into the values it allows', () => {
		expect(toInterval({ value: 420, qualifier: 'more_than' })).toEqual({
			lo: 421,
			hi: Infinity,
			approx: false
		});
		expect(toInterval({ value: 13, qualifier: 'at_least' })).toEqual({ lo: 13, hi: Infinity, approx: false });
		expect(toInterval({ value: 30, qualifier: 'at_most' })).toEqual({ lo: 0, hi: 30, approx: false });
		expect(toInterval({ value: 50, qualifier: 'about' })).toEqual({ lo: 50, hi: 50, approx: true });
	});
	it('"at least 13" plus 2 is "at least 15"', () => {
		const sum = sumFigures([
			{ value: 13, qualifier: 'at_least' },
			{ value: 2, qualifier: 'exact' }
		]);
		expect(intervalToFigure(sum!)).toEqual({ value: 15, qualifier: 'at_least' });
	});
	it('keeps "about" contagious and bounded ranges as ranges', () => {
		const about = addIntervals(
			toInterval({ value: 50, qualifier: 'about' }),
			toInterval({ value: 3, qualifier: 'exact' })
		);
		expect(intervalToFigure(about)).toEqual({ value: 53, qualifier: 'about' });
		const range = addIntervals(
			toInterval({ value: 10, qualifier: 'exact' }),
			toInterval({ value: 5, qualifier: 'at_most' })
		);
		expect(range).toEqual({ lo: 10, hi: 15, approx: false });
		expect(intervalToFigure(range)).toBeUndefined();
	});
	it('gives nothing, not zero, when there is nothing to sum', () => {
		expect(sumFigures([])).toBeUndefined();
	});
	it('tells whether two claims could both be right', () => {
		expect(
			intersects(
				toInterval({ value: 420, qualifier: 'more_than' }),
				toInterval({ value: 426, qualifier: 'exact' })
			)
		).toBe(true);
		expect(
			intersects(
				toInterval({ value: 420, qualifier: 'more_than' }),
				toInterval({ value: 400, qualifier: 'exact' })
			)
		).toBe(false);
	});
});
