/**
 * The map's figures under a filter: a pure function of (map index, filter), run in the browser
 * on every filter change and at build time for the prerendered view.
 */
import type { Interval } from '../stats/interval.ts';
import type { Filter } from './filter.ts';
import type { FigureMetric } from './map-data.ts';
import type { MapIndex } from './map-index.ts';
import { attackSumsOf, figureSumsOf } from './place-sums.ts';
import { entryAt, Total } from './run-sums.ts';

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

/** First index in `0..n` whose item is not before the key (`before` says which are). */
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

/**
 * Places with at least one attack under the filter, with the chosen metric, in the order of
 * `places`. Read from sums per place over runs of nights (`place-sums.ts`): a few binary
 * searches per place, attacker and source, whatever the number of claims; this runs on every
 * filter change. The sums are built on the first filter that needs them.
 */
export function placeValues(index: MapIndex, filter: Filter): PlaceValue[] {
	const nPlaces = index.places.length;
	const nSources = index.sources.length;
	// an unknown source id filters nothing, as an unknown id in a hand-edited link should
	const sourceFilter = filter.source === 'all' ? -1 : index.sources.findIndex((s) => s.id === filter.source);
	const attackers: number[] = [];
	index.attackers.forEach((a, i) => {
		if (filter.attacker === 'all' || a === filter.attacker) attackers.push(i);
	});
	const metric = filter.metric === 'attacks' ? undefined : (filter.metric as FigureMetric);
	const { nights } = index;
	// the filter's dates are one run of nights: `from` to `end` (exclusive)
	const from = filter.from ? lowerBound(nights.length, (i) => nights[i] < filter.from) : 0;
	const end = filter.to ? lowerBound(nights.length, (i) => nights[i] <= filter.to) : nights.length;

	const counts = attackSumsOf(index);
	const figures = metric && figureSumsOf(index, metric);
	const attacks = new Total();
	const value = new Total();
	const source = new Total();
	const values: PlaceValue[] = [];
	for (let p = 0; p < nPlaces; p++) {
		if (filter.region && index.places[p].region !== filter.region) continue;
		attacks.reset();
		value.reset();
		const bySource: (PlaceValue['bySource'][number] & { firstRow: number })[] = [];
		for (const attacker of attackers) {
			const g = attacker * nPlaces + p;
			const gs = g * nSources + sourceFilter;
			const [sums, group] = sourceFilter < 0 ? [counts.byPlace, g] : [counts.bySource, gs];
			attacks.add(sums, entryAt(sums, group, from), entryAt(sums, group, end));
			if (!figures) continue;
			const bestSums = sourceFilter < 0 ? figures.best : figures.sourceBest;
			const bestGroup = sourceFilter < 0 ? g : gs;
			value.add(bestSums, entryAt(bestSums, bestGroup, from), entryAt(bestSums, bestGroup, end));
		}
		if (attacks.count === 0) continue;
		// each source's own total: every figure it gave, in the order a scan of the rows meets them
		for (let s = 0; figures && s < nSources; s++) {
			if (sourceFilter >= 0 && s !== sourceFilter) continue;
			source.reset();
			let firstRow = Infinity;
			for (const attacker of attackers) {
				const gs = (attacker * nPlaces + p) * nSources + s;
				const i = entryAt(figures.sourceBest, gs, from);
				const j = entryAt(figures.sourceBest, gs, end);
				if (j <= i) continue;
				firstRow = Math.min(firstRow, figures.sourceBest.firstRow[i]);
				source.add(figures.sourceBest, i, j);
				const rest = figures.sourceRest;
				source.add(rest, entryAt(rest, gs, from), entryAt(rest, gs, end));
			}
			const total = source.interval();
			if (total) bySource.push({ source: s, value: total, firstRow });
		}
		values.push({
			place: p,
			attacks: attacks.count,
			value: metric ? value.interval() : { lo: attacks.count, hi: attacks.count, approx: false },
			bySource: bySource
				.sort((a, b) => a.firstRow - b.firstRow)
				.map(({ source, value }) => ({ source, value }))
		});
	}
	return values;
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
