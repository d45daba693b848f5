/**
 * How series look: a colour per source by side (Ukrainian blues, Russian reds, others in
 * distinct hues), and a point style per kind of figure, so that a lower bound never looks
 * like an exact count.
 */
import type { Interval } from '../stats/interval.ts';

const palettes: Record<'UA' | 'RU' | 'other', string[]> = {
	UA: ['#1f5aa6', '#3f8fd8', '#0b3d91', '#6aa9e9'],
	RU: ['#b3261e', '#e0665c', '#7f1d1d'],
	other: ['#6a3d9a', '#2e7d32', '#c46200', '#5f6b7a', '#8e24aa', '#00838f']
};

/** Colours for a list of series, by side, stable for a given order. */
export function colours(sides: ('UA' | 'RU' | 'other')[]): string[] {
	const used = { UA: 0, RU: 0, other: 0 };
	return sides.map((side) => {
		const list = palettes[side];
		return list[used[side]++ % list.length];
	});
}

/** A figure's kind as the chart draws it. */
export type PointKind = 'exact' | 'about' | 'lower' | 'upper' | 'range';

export function pointKind(i: Interval): PointKind {
	if (i.hi === Infinity) return 'lower';
	if (i.lo === i.hi) return i.approx ? 'about' : 'exact';
	if (i.lo === 0) return 'upper';
	return 'range';
}

/** Where the point sits: a bound sits on its bound, a range in its middle (with whiskers). */
export function pointY(i: Interval): number {
	const kind = pointKind(i);
	if (kind === 'lower') return i.lo;
	if (kind === 'upper') return i.hi;
	return (i.lo + i.hi) / 2;
}
