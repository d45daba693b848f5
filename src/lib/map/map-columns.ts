/**
 * The map's later data file (/data/map.json): every claim's figures per place, as columns of
 * numbers rather than an object per row, and the same file for every language (places and
 * sources by id; the page has their names). Quotes are not in it: the map shows none, and
 * each figure keeps its attack and its claim's position in that attack's record, which lead
 * to the claim's quote and article (the attack's page, /data/claims.json).
 */
import type { Qualifier } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import type { MapData } from './map-data.ts';

export const MAP_COLUMNS_FORMAT = 'salvo-map-columns/1';

/**
 * Qualifiers by code, the digit a figure column stores. The schema's list, spelled again so
 * that the page's code does not import the schema (and zod with it); a test keeps them equal.
 */
export const qualifierCodes = [
	'exact',
	'at_least',
	'more_than',
	'about',
	'at_most'
] as const satisfies readonly Qualifier[];

/** The figures of one metric, in row order; only claims that speak for one place alone have any. */
export interface FigureColumn {
	/** The row each figure belongs to, delta-coded: the first row, then the step to each next one. */
	row: number[];
	/** The number the source gave. */
	value: number[];
	/** One digit per figure: its qualifier's index in `qualifierCodes` (0 exact, 1 at least, …). */
	qualifier: string;
}

export interface MapColumns {
	/** Format and version, so that a reader can refuse a file it does not know. */
	format: typeof MAP_COLUMNS_FORMAT;
	/** Place ids; rows refer to places by index into this list. */
	places: string[];
	/** Source ids; rows refer to sources by index into this list. */
	sources: string[];
	/** The nights with attacks, YYYY-MM-DD, ascending. */
	nights: string[];
	/** Attackers; attacks refer to them by index. */
	attackers: string[];
	/** Attacks in order of date, then id: rows are grouped by attack in this order. */
	attacks: {
		id: string[];
		/** Index into `nights`. */
		night: number[];
		/** Index into `attackers`. */
		attacker: number[];
	};
	/**
	 * One row per (claim, place it speaks for), and one per place an attack names that no claim
	 * speaks for (source and claim -1): it still counts as attacked.
	 */
	rows: {
		/** How many rows each attack has; the rows follow in attack order. */
		perAttack: number[];
		place: number[];
		source: number[];
		/** The claim's position in its attack's record (`claims[i]`). */
		claim: number[];
	};
	/**
	 * Per metric, the figures of rows whose claim speaks for that place alone. A nationwide tally
	 * naming five regions is split among none of them, and a metric a claim does not give has
	 * no entry: not said is not zero.
	 */
	figures: Partial<Record<Metric, FigureColumn>>;
}

const qualifierDigit = new Map<Qualifier, string>(qualifierCodes.map((q, i) => [q, String(i)]));

/** Writes the map data as columns (the server side of `/data/map.json`). */
export function mapColumns(map: MapData): MapColumns {
	const placeOrder = map.places.map((p, i) => ({ id: p.id, i })).sort((a, b) => (a.id < b.id ? -1 : 1));
	const placeIndex = new Int32Array(map.places.length);
	placeOrder.forEach(({ i }, j) => (placeIndex[i] = j));
	const nights = [...new Set(map.attacks.map((a) => a.date))].sort();
	const nightIndex = new Map(nights.map((n, i) => [n, i]));
	const attackers = [...new Set(map.attacks.map((a) => a.attacker))].sort();
	const perAttack = map.attacks.map(() => 0);
	const rows: MapColumns['rows'] = { perAttack, place: [], source: [], claim: [] };
	const figures: MapColumns['figures'] = {};
	const digits: Partial<Record<Metric, string[]>> = {};
	const last: Partial<Record<Metric, number>> = {};
	let previousAttack = 0;
	map.rows.forEach((row, r) => {
		// the browser finds an attack's rows by counting: they must come grouped, in attack order
		if (row.attack < previousAttack) throw new Error(`map row ${r} is out of attack order`);
		previousAttack = row.attack;
		perAttack[row.attack]++;
		rows.place.push(placeIndex[row.place]);
		rows.source.push(row.source);
		rows.claim.push(row.claim);
		if (!row.sole || row.source < 0) return;
		for (const m of metrics) {
			const f = row.figures[m];
			if (!f) continue;
			const column = (figures[m] ??= { row: [], value: [], qualifier: '' });
			column.row.push(r - (last[m] ?? 0));
			last[m] = r;
			column.value.push(f.value);
			(digits[m] ??= []).push(qualifierDigit.get(f.qualifier)!);
		}
	});
	for (const m of metrics) if (figures[m]) figures[m].qualifier = digits[m]!.join('');
	return {
		format: MAP_COLUMNS_FORMAT,
		places: placeOrder.map((p) => p.id),
		sources: map.sources.map((s) => s.id),
		nights,
		attackers,
		attacks: {
			id: map.attacks.map((a) => a.id),
			night: map.attacks.map((a) => nightIndex.get(a.date)!),
			attacker: map.attacks.map((a) => attackers.indexOf(a.attacker))
		},
		rows,
		figures
	};
}
