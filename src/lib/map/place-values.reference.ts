/**
 * The map's figures under a filter as they were first computed, row object by row object:
 * clear but too slow for the browser (about 20 ms a filter change at 10k attacks). Kept as
 * the oracle that `placeValues` is tested against; no page imports it.
 */
import type { QualifiedFigure } from '../schema/figure.ts';
import { sumFigures } from '../stats/interval.ts';
import type { Filter } from './filter.ts';
import type { FigureMetric, MapData } from './map-data.ts';
import type { PlaceValue } from './place-values.ts';

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
export function placeValuesReference(data: MapData, filter: Filter): PlaceValue[] {
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
		bySource: [...entry.bySource].map(([source, figures]) => ({ source, value: sumFigures(figures)! }))
	}));
}
