import type { QualifiedFigure } from '../schema/figure.ts';
import { intersects, toInterval, type Interval } from './interval.ts';

/** One claim's figure for a metric, as compared with the others. */
export interface ComparedFigure<K> {
	key: K;
	figure: QualifiedFigure;
	interval: Interval;
	/** Keys of the other claims whose figures could describe the same count as this one. */
	agreesWith: K[];
}

/** How far apart the claims of one attack are on one metric. */
export interface Spread<K> {
	figures: ComparedFigure<K>[];
	/** Smallest and largest stated values. */
	min: number;
	max: number;
	/** max / min, when min > 0: 1 when every source gives the same number. */
	ratio: number | undefined;
	/** True when no single count satisfies every claim: the sources disagree. */
	disagree: boolean;
}

/**
 * Sets the claims of one attack side by side on one metric: the spread between the stated
 * values, and which claims could be describing the same count. Claims that do not give the
 * metric are simply absent (not said is not zero); `undefined` when none gives it.
 */
export function spreadOf<K>(
	entries: ReadonlyArray<{ key: K; figure: QualifiedFigure | undefined }>
): Spread<K> | undefined {
	const given = entries.flatMap(({ key, figure }) =>
		figure ? [{ key, figure, interval: toInterval(figure) }] : []
	);
	if (given.length === 0) return undefined;
	const figures = given.map((a) => ({
		...a,
		agreesWith: given.filter((b) => b.key !== a.key && intersects(a.interval, b.interval)).map((b) => b.key)
	}));
	const values = given.map((g) => g.figure.value);
	const min = Math.min(...values);
	const max = Math.max(...values);
	const lo = Math.max(...given.map((g) => g.interval.lo));
	const hi = Math.min(...given.map((g) => g.interval.hi));
	// "about" figures are compared by their stated value, so ~50 vs 52 still counts as a spread
	return { figures, min, max, ratio: min > 0 ? max / min : undefined, disagree: lo > hi };
}
