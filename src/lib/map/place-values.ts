/**
 * The map's figures under a filter: a pure function of (map data, filter), run in the browser
 * on every filter change and at build time for the prerendered view.
 */
import type { QualifiedFigure } from '../schema/figure.ts';
import { sumFigures, type Interval } from '../stats/interval.ts';
import type { Filter } from './filter.ts';
import type { FigureMetric, MapData } from './map-data.ts';

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
	/** Dates of the attacks, newest first. */
	dates: string[];
}

function inFilter(data: MapData, filter: Filter, attack: number): boolean {
	const a = data.attacks[attack];
	if (filter.from && a.date < filter.from) return false;
	if (filter.to && a.date > filter.to) return false;
	return filter.attacker === 'all' || a.attacker === filter.attacker;
}

/** The larger of two figures, by the value they state. */
function larger(a: QualifiedFigure | undefined, b: QualifiedFigure): QualifiedFigure {
	return a && a.value >= b.value ? a : b;
}

/** Places with at least one attack under the filter, with the chosen metric. */
export function placeValues(data: MapData, filter: Filter): PlaceValue[] {
	const sourceFilter = filter.source === 'all' ? -1 : data.sources.findIndex((s) => s.id === filter.source);
	const metric = filter.metric === 'attacks' ? undefined : (filter.metric as FigureMetric);
	// place → attack → the largest figure for that attack; place → source → figures
	const perPlace = new Map<
		number,
		{ attacks: Set<number>; best: Map<number, QualifiedFigure>; bySource: Map<number, QualifiedFigure[]> }
	>();
	for (const row of data.rows) {
		if (!inFilter(data, filter, row.attack)) continue;
		if (sourceFilter >= 0 && row.source !== sourceFilter) continue;
		if (filter.region && data.places[row.place].region !== filter.region) continue;
		let entry = perPlace.get(row.place);
		if (!entry)
			perPlace.set(row.place, (entry = { attacks: new Set(), best: new Map(), bySource: new Map() }));
		entry.attacks.add(row.attack);
		const figure = metric && row.sole ? row.figures[metric] : undefined;
		if (figure) {
			entry.best.set(row.attack, larger(entry.best.get(row.attack), figure));
			const list = entry.bySource.get(row.source) ?? [];
			list.push(figure);
			entry.bySource.set(row.source, list);
		}
	}
	return [...perPlace].map(([place, entry]) => ({
		place,
		attacks: entry.attacks.size,
		value: metric
			? sumFigures(entry.best.values())
			: { lo: entry.attacks.size, hi: entry.attacks.size, approx: false },
		bySource: [...entry.bySource].map(([source, figures]) => ({ source, value: sumFigures(figures)! })),
		dates: [...entry.attacks]
			.map((a) => data.attacks[a].date)
			.sort()
			.reverse()
	}));
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
