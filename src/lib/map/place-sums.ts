/**
 * The map's figures summed per place over runs of nights (`run-sums.ts`), built once per index
 * (attack counts) and once per metric the reader sizes by, in one pass over the rows or the
 * metric's figures. `placeValues` then answers a filter from them without reading a row.
 *
 * Groups: `attacker * places + place` for every source together, and
 * `(attacker * places + place) * sources + source` for one source.
 */
import type { Metric } from '../schema/metrics.ts';
import type { MapIndex } from './map-index.ts';
import { RunSumsBuilder, type RunSums } from './run-sums.ts';

export interface AttackSums {
	/** Attacks that hit or targeted the place (by any source's word, or none's). */
	byPlace: RunSums;
	/** Attacks with a claim of the source about the place. */
	bySource: RunSums;
}

export interface FigureSums {
	/** Per attack, the largest figure any source gives the place alone (of equal ones, the first). */
	best: RunSums;
	/**
	 * Per attack, the source's largest figure for the place; each entry's first row is that of
	 * the source's first figure there, which orders the sources as a scan would meet them.
	 */
	sourceBest: RunSums;
	/**
	 * The source's other figures on the same attack and place (a headline and a body): its own
	 * total adds every figure it gave, while the place's total counts the attack once.
	 */
	sourceRest: RunSums;
}

const attackSums = new WeakMap<MapIndex, AttackSums>();
const figureSums = new WeakMap<MapIndex, Map<Metric, FigureSums>>();

/** Attack counts per place and per place and source, in one pass over the rows. */
export function attackSumsOf(index: MapIndex): AttackSums {
	const hit = attackSums.get(index);
	if (hit) return hit;
	const nPlaces = index.places.length;
	const nSources = index.sources.length;
	const nGroups = index.attackers.length * nPlaces;
	const nNights = index.nights.length;
	const nRows = index.rowPlace.length;
	const byPlace = new RunSumsBuilder(nGroups, Math.min(nRows, nGroups * nNights), false);
	const bySource = new RunSumsBuilder(
		nGroups * nSources,
		Math.min(nRows, nGroups * nSources * nNights),
		false
	);
	// the attack in which a place, or a place and a source, was last counted
	const placeSeen = new Int32Array(nPlaces).fill(-1);
	const sourceSeen = new Int32Array(nPlaces * nSources).fill(-1);
	const { rowStart, rowPlace, rowSource, attackAttacker, attackNight } = index;
	for (let a = 0; a + 1 < rowStart.length; a++) {
		const night = attackNight[a];
		const base = attackAttacker[a] * nPlaces;
		for (let r = rowStart[a]; r < rowStart[a + 1]; r++) {
			const p = rowPlace[r];
			if (placeSeen[p] !== a) {
				placeSeen[p] = a;
				byPlace.addCount(base + p, night, r);
			}
			const s = rowSource[r];
			// a place the attack names but no claim speaks for counts for every source together only
			if (s < 0 || sourceSeen[p * nSources + s] === a) continue;
			sourceSeen[p * nSources + s] = a;
			bySource.addCount((base + p) * nSources + s, night, r);
		}
	}
	const built = { byPlace: byPlace.build(), bySource: bySource.build() };
	attackSums.set(index, built);
	return built;
}

/**
 * A metric's figures per place and per place and source, in one pass over its figures (which
 * only claims that speak for one place alone have), attack by attack.
 */
export function figureSumsOf(index: MapIndex, metric: Metric): FigureSums | undefined {
	const column = index.figures[metric];
	if (!column) return undefined;
	const cached = figureSums.get(index) ?? new Map<Metric, FigureSums>();
	figureSums.set(index, cached);
	const hit = cached.get(metric);
	if (hit) return hit;

	const nPlaces = index.places.length;
	const nSources = index.sources.length;
	const nGroups = index.attackers.length * nPlaces;
	const { rowStart, rowPlace, rowSource, attackAttacker, attackNight } = index;
	const { row, value, qualifier } = column;
	const k = value.length;
	const nNights = index.nights.length;
	const best = new RunSumsBuilder(nGroups, Math.min(k, nGroups * nNights), true);
	const sourceBest = new RunSumsBuilder(nGroups * nSources, Math.min(k, nGroups * nSources * nNights), true);
	const sourceRest = new RunSumsBuilder(nGroups * nSources, Math.min(k, nGroups * nSources * nNights), true);
	// per place, and per place and source: the attack last seen in, and its largest figure there
	const placeSeen = new Int32Array(nPlaces).fill(-1);
	const placeBest = new Int32Array(nPlaces);
	const sourceSeen = new Int32Array(nPlaces * nSources).fill(-1);
	const sourceBestOf = new Int32Array(nPlaces * nSources);
	const sourceFirstRow = new Int32Array(nPlaces * nSources);
	const touchedPlaces = new Int32Array(nPlaces);
	const touchedSources = new Int32Array(nPlaces * nSources);

	let a = 0;
	for (let first = 0; first < k;) {
		// the figures of one attack: `first` to `end`
		while (rowStart[a + 1] <= row[first]) a++;
		let end = first;
		while (end < k && row[end] < rowStart[a + 1]) end++;
		const night = attackNight[a];
		const base = attackAttacker[a] * nPlaces;
		let nTouchedPlaces = 0;
		let nTouchedSources = 0;
		for (let i = first; i < end; i++) {
			const p = rowPlace[row[i]];
			const slot = p * nSources + rowSource[row[i]];
			// the largest figure by the value stated; of equal ones, the first
			if (placeSeen[p] !== a) {
				placeSeen[p] = a;
				placeBest[p] = i;
				touchedPlaces[nTouchedPlaces++] = p;
			} else if (!(value[placeBest[p]] >= value[i])) placeBest[p] = i;
			if (sourceSeen[slot] !== a) {
				sourceSeen[slot] = a;
				sourceBestOf[slot] = i;
				sourceFirstRow[slot] = row[i];
				touchedSources[nTouchedSources++] = slot;
			} else if (!(value[sourceBestOf[slot]] >= value[i])) sourceBestOf[slot] = i;
		}
		for (let t = 0; t < nTouchedPlaces; t++) {
			const p = touchedPlaces[t];
			const i = placeBest[p];
			best.addFigure(base + p, night, row[i], value[i], qualifier[i]);
		}
		for (let t = 0; t < nTouchedSources; t++) {
			const slot = touchedSources[t];
			const i = sourceBestOf[slot];
			sourceBest.addFigure(base * nSources + slot, night, sourceFirstRow[slot], value[i], qualifier[i]);
		}
		for (let i = first; i < end; i++) {
			const slot = rowPlace[row[i]] * nSources + rowSource[row[i]];
			if (sourceBestOf[slot] !== i)
				sourceRest.addFigure(base * nSources + slot, night, row[i], value[i], qualifier[i]);
		}
		first = end;
	}
	const built = { best: best.build(), sourceBest: sourceBest.build(), sourceRest: sourceRest.build() };
	cached.set(metric, built);
	return built;
}

/**
 * Builds the sums the reader's next filters are likely to need, one piece per idle moment
 * (`requestIdleCallback`, or a timer where there is none): the attack counts, then each
 * metric in turn. Otherwise the first change to each "Size by" figure builds its sums
 * (tens of milliseconds at 100k attacks) in the change itself.
 */
export function warmSums(index: MapIndex, metrics: readonly Metric[]): void {
	const idle = (work: () => void) =>
		typeof requestIdleCallback === 'function' ? requestIdleCallback(work) : setTimeout(work, 0);
	const steps = [() => attackSumsOf(index), ...metrics.map((m) => () => figureSumsOf(index, m))];
	const next = () => {
		const step = steps.shift();
		if (!step) return;
		step();
		idle(next);
	};
	idle(next);
}
