/**
 * The map's rows in typed arrays, for `placeValues` to scan on every filter change without
 * allocating: built once from the map data (at build time) or from the later data file's
 * columns (in the browser, when they arrive).
 */
import type { Qualifier } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import type { Country } from '../schema/common.ts';
import { MAP_COLUMNS_FORMAT, qualifierCodes, type MapColumns } from './map-columns.ts';
import type { MapData, MapPlace } from './map-data.ts';

/** The figures of one metric, in row order. */
export interface IndexedFigures {
	/**
	 * The row of each figure, ascending, then the number of rows: one more item than `value`,
	 * a row past every row, which ends a scan of the column without a length test.
	 */
	row: Int32Array;
	value: Float64Array;
	/** Index into `qualifierCodes`. */
	qualifier: Uint8Array;
}

export interface MapIndex {
	/** The page's places and sources (names in its language); rows refer to them by index. */
	places: MapPlace[];
	sources: { id: string; name: string }[];
	/** The nights with attacks, YYYY-MM-DD, ascending. */
	nights: string[];
	/** Each attack's night, by index into `nights`: ascending (attacks are in order of date). */
	attackNight: Int32Array;
	/** Each attack's attacker, by index into `attackers`. */
	attackAttacker: Uint8Array;
	attackers: Country[];
	/** The rows of attack `a` are `rowStart[a]` to `rowStart[a + 1]` (exclusive). */
	rowStart: Int32Array;
	rowPlace: Int32Array;
	/** -1 for a place the attack names but no claim speaks for. */
	rowSource: Int32Array;
	/** Only figures of claims that speak for one place alone; a metric no claim gives has none. */
	figures: Partial<Record<Metric, IndexedFigures>>;
}

function attackersOf(each: Country[]): Pick<MapIndex, 'attackAttacker' | 'attackers'> {
	const attackers = [...new Set(each)].sort();
	return { attackAttacker: Uint8Array.from(each, (a) => attackers.indexOf(a)), attackers };
}

const indexed = new WeakMap<MapData, MapIndex>();

/** The index of map data with rows (cached: several prerendered pages ask for the same). */
export function indexMapData(map: MapData): MapIndex {
	const hit = indexed.get(map);
	if (hit) return hit;
	const n = map.rows.length;
	const rowStart = new Int32Array(map.attacks.length + 1);
	const rowPlace = new Int32Array(n);
	const rowSource = new Int32Array(n);
	const lists: Partial<Record<Metric, { row: number[]; value: number[]; qualifier: number[] }>> = {};
	const qualifierIndex = new Map<Qualifier, number>(qualifierCodes.map((q, i) => [q, i]));
	let previous = 0;
	map.rows.forEach((row, r) => {
		if (row.attack < previous) throw new Error(`map row ${r} is out of attack order`);
		previous = row.attack;
		rowStart[row.attack + 1]++;
		rowPlace[r] = row.place;
		rowSource[r] = row.source;
		// a figure belongs to a place only when its claim speaks for that place alone
		if (!row.sole || row.source < 0) return;
		for (const m of metrics) {
			const f = row.figures[m];
			if (!f) continue;
			const list = (lists[m] ??= { row: [], value: [], qualifier: [] });
			list.row.push(r);
			list.value.push(f.value);
			list.qualifier.push(qualifierIndex.get(f.qualifier)!);
		}
	});
	for (let a = 0; a < map.attacks.length; a++) rowStart[a + 1] += rowStart[a];
	const figures: MapIndex['figures'] = {};
	for (const m of metrics) {
		const list = lists[m];
		if (list)
			figures[m] = {
				row: Int32Array.from([...list.row, n]),
				value: Float64Array.from(list.value),
				qualifier: Uint8Array.from(list.qualifier)
			};
	}
	const nights = [...new Set(map.attacks.map((a) => a.date))].sort();
	const nightOf = new Map(nights.map((night, i) => [night, i]));
	const index: MapIndex = {
		places: map.places,
		sources: map.sources,
		nights,
		attackNight: Int32Array.from(map.attacks, (a) => nightOf.get(a.date)!),
		...attackersOf(map.attacks.map((a) => a.attacker)),
		rowStart,
		rowPlace,
		rowSource,
		figures
	};
	indexed.set(map, index);
	return index;
}

/**
 * The index of the later data file, for the page's places and sources (`map`, whose rows are
 * not used): ids in the file are matched to the page's indices.
 */
export function indexColumns(map: Pick<MapData, 'places' | 'sources'>, columns: MapColumns): MapIndex {
	if (columns.format !== MAP_COLUMNS_FORMAT) throw new Error(`unknown map data format ${columns.format}`);
	const lookup = (ids: string[], local: { id: string }[], what: string) => {
		const at = new Map(local.map((x, i) => [x.id, i]));
		return Int32Array.from(ids, (id) => {
			const i = at.get(id);
			if (i === undefined) throw new Error(`the map data names ${what} ${id}, unknown to the page`);
			return i;
		});
	};
	const placeOf = lookup(columns.places, map.places, 'place');
	const sourceOf = lookup(columns.sources, map.sources, 'source');
	const { rows, attacks } = columns;
	const n = rows.place.length;
	const rowStart = new Int32Array(attacks.id.length + 1);
	for (let a = 0; a < attacks.id.length; a++) rowStart[a + 1] = rowStart[a] + rows.perAttack[a];
	if (rowStart[attacks.id.length] !== n)
		throw new Error('the map data counts more or fewer rows than it has');
	// sums over runs of nights (`place-sums.ts`) find a filter's dates by binary search
	for (let a = 1; a < attacks.night.length; a++)
		if (!(attacks.night[a] >= attacks.night[a - 1])) throw new Error(`map attack ${a} is out of night order`);
	const rowPlace = new Int32Array(n);
	const rowSource = new Int32Array(n);
	for (let r = 0; r < n; r++) {
		rowPlace[r] = placeOf[rows.place[r]];
		const s = rows.source[r];
		rowSource[r] = s < 0 ? -1 : sourceOf[s];
	}
	const figures: MapIndex['figures'] = {};
	for (const m of metrics) {
		const column = columns.figures[m];
		if (!column) continue;
		const k = column.value.length;
		const row = new Int32Array(k + 1);
		let r = 0;
		for (let i = 0; i < k; i++) row[i] = r += column.row[i];
		row[k] = n;
		const qualifier = new Uint8Array(k);
		for (let i = 0; i < k; i++) qualifier[i] = column.qualifier.charCodeAt(i) - 48;
		figures[m] = { row, value: Float64Array.from(column.value), qualifier };
	}
	return {
		places: map.places as MapPlace[],
		sources: map.sources,
		nights: columns.nights,
		attackNight: Int32Array.from(attacks.night),
		attackAttacker: Uint8Array.from(attacks.attacker),
		attackers: columns.attackers as Country[],
		rowStart,
		rowPlace,
		rowSource,
		figures
	};
}
