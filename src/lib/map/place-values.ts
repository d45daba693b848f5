/**
 * The map's figures under a filter: a pure function of (map index, filter), run in the browser
 * on every filter change and at build time for the prerendered view.
 */
import type { Interval } from '../stats/interval.ts';
import type { Filter } from './filter.ts';
import type { FigureMetric } from './map-data.ts';
import type { IndexedFigures, MapIndex } from './map-index.ts';

export interface PlaceValue {
	/** Index into `places`. */
	place: number;
	/** Attacks under the filter that hit or targeted the place. */
	attacks: number;
	/**
	 * The chosen metric for the place: per attack the largest figure any selected source gives
	 * for this place alone, summed over attacks as an interval (so lower bounds stay lower
	 * bounds). Undefined when no source gives it: not said, not zero.
	 */
	value?: Interval;
	/** Each source's own total for the place under the filter, for the tooltip and table. */
	bySource: { source: number; value: Interval }[];
}

/** First index in `0..n` whose item is not before `key` (the items ascending). */
function lowerBound(n: number, before: (i: number) => boolean): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

// a qualifier (by its code, `qualifierCodes`) as an interval around the stated value, as
// `toInterval` reads it: exact, at least, more than, about, at most
const loShift = [0, 0, 1, 0, 0];
const loZero = [false, false, false, false, true];
const openEnded = [false, true, true, false, false];
const approximate = [false, false, false, true, false];

/** Running sums of intervals, one per slot (a place, or a place and a source). */
class IntervalSums {
	count: Int32Array;
	lo: Float64Array;
	/** The finite upper bounds' sum; `open` counts the figures without one. */
	hi: Float64Array;
	open: Int32Array;
	approx: Uint8Array;
	constructor(n: number) {
		this.count = new Int32Array(n);
		this.lo = new Float64Array(n);
		this.hi = new Float64Array(n);
		this.open = new Int32Array(n);
		this.approx = new Uint8Array(n);
	}
	/** Adds a figure; returns whether it was the slot's first. */
	add(slot: number, value: number, qualifier: number): boolean {
		this.lo[slot] += loZero[qualifier] ? 0 : value + loShift[qualifier];
		if (openEnded[qualifier]) this.open[slot]++;
		else this.hi[slot] += value;
		if (approximate[qualifier]) this.approx[slot] = 1;
		return this.count[slot]++ === 0;
	}
	/** The sum, as `sumFigures` gives it; undefined when nothing was added. */
	get(slot: number): Interval | undefined {
		if (this.count[slot] === 0) return undefined;
		return {
			lo: this.lo[slot],
			hi: this.open[slot] > 0 ? Infinity : this.hi[slot],
			approx: this.approx[slot] === 1
		};
	}
}

/** What one pass over the rows gathers, per place (and per place and source). */
interface Scan {
	attacks: Int32Array;
	totals: IntervalSums;
	bySource: IntervalSums;
	/** Per place, its sources with figures in the order first met. */
	sourceOrder: number[][];
}

/**
 * One pass over the rows of attacks `first` to `end`, with the filter as lookup tables (every
 * test runs for every row whatever the filter: a comparison the optimising compiler has not
 * yet seen run throws its code away, which cost 50 ms on a first filter by attacker at 10k).
 * Kept apart from building the result for the same reason.
 */
function scan(
	index: MapIndex,
	first: number,
	end: number,
	attackerOk: Uint8Array,
	sourceOk: Uint8Array,
	placeOk: Uint8Array,
	figures: IndexedFigures
): Scan {
	const nPlaces = placeOk.length;
	const nSources = sourceOk.length - 1;
	const { rowStart, rowPlace, rowSource, attackAttacker } = index;
	const figureRow = figures.row;
	const figureValue = figures.value;
	const figureQualifier = figures.qualifier;
	const attacks = new Int32Array(nPlaces);
	const totals = new IntervalSums(nPlaces);
	const bySource = new IntervalSums(nPlaces * nSources);
	const sourceOrder: number[][] = Array.from({ length: nPlaces }, () => []);
	// per place, the attack it was last seen in and the largest figure any source gives it there
	const seenIn = new Int32Array(nPlaces).fill(-1);
	const hasBest = new Uint8Array(nPlaces);
	const bestValue = new Float64Array(nPlaces);
	const bestQualifier = new Uint8Array(nPlaces);
	const touched = new Int32Array(nPlaces);
	let k = lowerBound(figureRow.length - 1, (i) => figureRow[i] < rowStart[first]);

	for (let a = first; a < end; a++) {
		if (attackerOk[attackAttacker[a]] === 0) continue;
		let nTouched = 0;
		const rowEnd = rowStart[a + 1];
		for (let r = rowStart[a]; r < rowEnd; r++) {
			const s = rowSource[r];
			// by source index + 1: a place no claim speaks for (-1) is looked up too
			if (sourceOk[s + 1] === 0) continue;
			const p = rowPlace[r];
			if (placeOk[p] === 0) continue;
			if (seenIn[p] !== a) {
				seenIn[p] = a;
				hasBest[p] = 0;
				touched[nTouched++] = p;
			}
			// the column ends with a row past every row, so this stops without a length test
			while (figureRow[k] < r) k++;
			if (figureRow[k] !== r) continue;
			const value = figureValue[k];
			const qualifier = figureQualifier[k];
			// the largest figure by the value stated; of equal ones, the first
			if (hasBest[p] === 0 || !(bestValue[p] >= value)) {
				hasBest[p] = 1;
				bestValue[p] = value;
				bestQualifier[p] = qualifier;
			}
			if (bySource.add(p * nSources + s, value, qualifier)) sourceOrder[p].push(s);
		}
		for (let i = 0; i < nTouched; i++) {
			const p = touched[i];
			attacks[p]++;
			if (hasBest[p] === 1) totals.add(p, bestValue[p], bestQualifier[p]);
		}
	}
	return { attacks, totals, bySource, sourceOrder };
}

// per attacker, per place: the attacks that hit or targeted the place, ascending
const attacksByPlace = new WeakMap<MapIndex, Int32Array[][]>();

/** Built once per index, in one pass over the rows. */
function placeAttacks(index: MapIndex): Int32Array[][] {
	const hit = attacksByPlace.get(index);
	if (hit) return hit;
	const nPlaces = index.places.length;
	const lists = index.attackers.map(() => Array.from({ length: nPlaces }, (): number[] => []));
	const { rowStart, rowPlace, attackAttacker } = index;
	for (let a = 0; a + 1 < rowStart.length; a++) {
		const byPlace = lists[attackAttacker[a]];
		for (let r = rowStart[a]; r < rowStart[a + 1]; r++) {
			const list = byPlace[rowPlace[r]];
			if (list[list.length - 1] !== a) list.push(a);
		}
	}
	const built = lists.map((byPlace) => byPlace.map((list) => Int32Array.from(list)));
	attacksByPlace.set(index, built);
	return built;
}

/**
 * The number of attacks per place under a filter on dates, attackers and regions only (the
 * default "size by attacks", every source): a count between two binary searches per place,
 * whatever the number of claims.
 */
function attackCounts(
	index: MapIndex,
	first: number,
	end: number,
	attackerOk: Uint8Array,
	placeOk: Uint8Array
) {
	const counts = new Int32Array(index.places.length);
	placeAttacks(index).forEach((byPlace, attacker) => {
		if (attackerOk[attacker] === 0) return;
		byPlace.forEach((list, p) => {
			if (placeOk[p] === 0) return;
			counts[p] +=
				lowerBound(list.length, (i) => list[i] < end) - lowerBound(list.length, (i) => list[i] < first);
		});
	});
	return counts;
}

/**
 * Places with at least one attack under the filter, with the chosen metric, in the order of
 * `places`. One pass over the rows of the filter's dates in typed arrays, with no allocation
 * per row: this runs on every filter change.
 */
export function placeValues(index: MapIndex, filter: Filter): PlaceValue[] {
	const nSources = index.sources.length;
	// an unknown source id filters nothing, as an unknown id in a hand-edited link should
	const sourceFilter = filter.source === 'all' ? -1 : index.sources.findIndex((s) => s.id === filter.source);
	const sourceOk = new Uint8Array(nSources + 1).fill(sourceFilter < 0 ? 1 : 0);
	if (sourceFilter >= 0) sourceOk[sourceFilter + 1] = 1;
	const attackerOk = Uint8Array.from(index.attackers, (a) =>
		filter.attacker === 'all' || a === filter.attacker ? 1 : 0
	);
	const placeOk = Uint8Array.from(index.places, (p) =>
		!filter.region || p.region === filter.region ? 1 : 0
	);
	const metric = filter.metric === 'attacks' ? undefined : (filter.metric as FigureMetric);
	const figures = (metric && index.figures[metric]) || noFigures(index);
	const dates = index.attackDate;
	// attacks are in date order: the filter's dates are one run of them
	const first = filter.from ? lowerBound(dates.length, (a) => dates[a] < filter.from) : 0;
	const end = filter.to ? lowerBound(dates.length, (a) => dates[a] <= filter.to) : dates.length;

	if (!metric && sourceFilter < 0) {
		const counts = attackCounts(index, first, end, attackerOk, placeOk);
		const values: PlaceValue[] = [];
		counts.forEach((n, p) => {
			if (n > 0) values.push({ place: p, attacks: n, value: { lo: n, hi: n, approx: false }, bySource: [] });
		});
		return values;
	}
	const { attacks, totals, bySource, sourceOrder } = scan(
		index,
		first,
		end,
		attackerOk,
		sourceOk,
		placeOk,
		figures
	);
	const values: PlaceValue[] = [];
	for (let p = 0; p < attacks.length; p++) {
		if (attacks[p] === 0) continue;
		values.push({
			place: p,
			attacks: attacks[p],
			value: metric ? totals.get(p) : { lo: attacks[p], hi: attacks[p], approx: false },
			bySource: sourceOrder[p].map((source) => ({ source, value: bySource.get(p * nSources + source)! }))
		});
	}
	return values;
}

/** An empty figure column: only its end. */
function noFigures(index: MapIndex): IndexedFigures {
	return {
		row: Int32Array.of(index.rowPlace.length),
		value: new Float64Array(0),
		qualifier: new Uint8Array(0)
	};
}

/** Marker radius in map units: area proportional to the value; not said and zero get a small ring. */
export function markerRadius(
	value: Interval | undefined,
	max: number,
	maxRadius = 28,
	minRadius = 4
): number {
	if (!value || value.lo === 0 || max <= 0) return minRadius - 1;
	return Math.max(minRadius, maxRadius * Math.sqrt(value.lo / max));
}

/** Whether a value is only a lower bound ("at least 13"): drawn open-ended, labelled so. */
export function isLowerBound(value: Interval | undefined): boolean {
	return value !== undefined && value.hi === Infinity;
}
