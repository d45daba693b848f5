/**
 * The daily charts' later data file (/data/daily.json): every claim with figures as columns of
 * small numbers, not an object per claim, and one file for every language (sources by id: the
 * page has their names). At 100k attacks the objects per claim, words included, made a 15.7 MB
 * (gzip) file per language and a tab of 330 MB. The claims' words are not in it: each month's
 * quotes are a file of their own (/data/daily-quotes/<YYYY-MM>.json, see `dailyQuotes`), fetched
 * when a tooltip or the keyboard reads a point of that month. Quotes are in the source's
 * language, so those files are the same for every page language too.
 *
 * This module writes the file (at build time) and reads it back into typed arrays
 * (`dailyTable`, in the browser and at build time alike: one path for every series).
 */
import { qualifierCodes } from '../map/map-columns.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { DailyData } from './daily.ts';

export const DAILY_COLUMNS_FORMAT = 'salvo-daily-columns/1';

/** Figures in claim order: a metric's, or the launches by weapon type. */
export interface DailyFigureColumn {
	/** The claim of each figure, delta-coded: the first claim's index, then the step to each next. */
	claim: number[];
	/** The number the source gave. */
	value: number[];
	/** One digit per figure: its qualifier's index in `qualifierCodes` (0 exact, 1 at least, …). */
	qualifier: string;
	/** For launches by type: the weapon of each figure, by index into `weapons`. */
	weapon?: number[];
}

export interface DailyColumns {
	/** Format and version, so that a reader can refuse a file it does not know. */
	format: typeof DAILY_COLUMNS_FORMAT;
	/** Source ids; claims refer to sources by index into this list. */
	sources: string[];
	/** Weapon types some claim breaks its launches down by (their names are not translated). */
	weapons: DailyData['weapons'];
	/** The nights with attacks, YYYY-MM-DD, ascending. */
	nights: string[];
	attacks: {
		/** Each attack's night, by index into `nights`, delta-coded (attacks come in date order). */
		night: number[];
		/** One digit per attack: 0 Russia, 1 Ukraine. */
		attacker: string;
	};
	/** Sets of ISO 3166-2 regions; claims refer to the set they speak for by index. */
	regionSets: string[][];
	claims: {
		/** Each claim's attack, delta-coded (claims come grouped by attack: mostly 0 and 1). */
		attack: number[];
		/** Index into `sources`. */
		source: number[];
		/** Index into `regionSets`. */
		regions: number[];
	};
	/** Per metric, the figures claims gave; a metric a claim does not give has no entry: not said is not zero. */
	figures: Partial<Record<Metric, DailyFigureColumn>>;
	/** Launched by weapon type, where the source breaks it down. */
	launchedByType: DailyFigureColumn;
}

/** The figures of one column as the browser holds them. */
export interface TableFigures {
	length: number;
	claim: Int32Array;
	value: Float64Array;
	/** Index into `qualifierCodes`. */
	qualifier: Uint8Array;
	/** For launches by type, the weapon of each figure; -1 otherwise. */
	weapon: Int32Array;
}

/** The claims in typed arrays: what the series functions (daily.ts) read. */
export interface DailyTable {
	sources: { id: string }[];
	weapons: { id: string; category: 'drone' | 'missile' | 'bomb' }[];
	nights: string[];
	/** Each attack's night (index into `nights`) and attacker (0 Russia, 1 Ukraine). */
	attackNight: Int32Array;
	attacker: Uint8Array;
	claimAttack: Int32Array;
	claimSource: Int32Array;
	/** Index into `regionSets`. */
	claimRegions: Int32Array;
	regionSets: string[][];
	figures: Partial<Record<Metric, TableFigures>>;
	launchedByType: TableFigures;
}

/** A column of figures as the file writes it. */
function figureColumn(
	rows: { claim: number; figure: QualifiedFigure; weapon?: number }[]
): DailyFigureColumn {
	const column: DailyFigureColumn = {
		claim: deltas(rows.map((r) => r.claim)),
		value: rows.map((r) => r.figure.value),
		qualifier: rows.map((r) => qualifierCodes.indexOf(r.figure.qualifier)).join('')
	};
	if (rows.some((r) => r.weapon !== undefined)) column.weapon = rows.map((r) => r.weapon!);
	return column;
}

/** The deltas of a list: its first item, then each step. */
function deltas(list: number[]): number[] {
	return list.map((x, i) => (i ? x - list[i - 1] : x));
}

/** Writes the daily data as columns (the server side of `/data/daily.json`). Keeps claim indices. */
export function dailyColumns(data: DailyData): DailyColumns {
	const nights = [...new Set(data.attacks.map((a) => a.date))].sort();
	const nightIndex = new Map(nights.map((n, i) => [n, i]));
	const setIndex = new Map<string, number>();
	const regionSets: string[][] = [];
	const byMetric: Partial<Record<Metric, { claim: number; figure: QualifiedFigure }[]>> = {};
	const byType: { claim: number; figure: QualifiedFigure; weapon: number }[] = [];
	const regions = data.claims.map((claim, i) => {
		for (const m of metrics)
			if (claim.figures[m]) (byMetric[m] ??= []).push({ claim: i, figure: claim.figures[m] });
		for (const [weapon, figure] of claim.launchedByType) byType.push({ claim: i, figure, weapon });
		const key = claim.regions.join(' ');
		let set = setIndex.get(key);
		if (set === undefined) {
			setIndex.set(key, (set = regionSets.length));
			regionSets.push(claim.regions);
		}
		return set;
	});
	const figures: DailyColumns['figures'] = {};
	for (const m of metrics) if (byMetric[m]) figures[m] = figureColumn(byMetric[m]);
	return {
		format: DAILY_COLUMNS_FORMAT,
		sources: data.sources.map((s) => s.id),
		weapons: data.weapons,
		nights,
		attacks: {
			night: deltas(data.attacks.map((a) => nightIndex.get(a.date)!)),
			attacker: data.attacks.map((a) => (a.attacker === 'RU' ? '0' : '1')).join('')
		},
		regionSets,
		claims: {
			attack: deltas(data.claims.map((c) => c.attack)),
			source: data.claims.map((c) => c.source),
			regions
		},
		figures,
		launchedByType: figureColumn(byType)
	};
}

/** A delta-coded list summed back into its items. */
function summed(list: number[]): Int32Array {
	const out = new Int32Array(list.length);
	let x = 0;
	for (let i = 0; i < list.length; i++) out[i] = x += list[i];
	return out;
}

/** Digits (0-9) as numbers. */
function digits(text: string): Uint8Array {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) - 48;
	return out;
}

function tableFigures(column: DailyFigureColumn): TableFigures {
	return {
		length: column.value.length,
		claim: summed(column.claim),
		value: Float64Array.from(column.value),
		qualifier: digits(column.qualifier),
		weapon: column.weapon ? Int32Array.from(column.weapon) : new Int32Array(column.value.length).fill(-1)
	};
}

/** Reads the file back into typed arrays; refuses a file of another format. */
export function dailyTable(columns: DailyColumns): DailyTable {
	if (columns.format !== DAILY_COLUMNS_FORMAT) throw new Error(`not a daily columns file: ${columns.format}`);
	const figures: DailyTable['figures'] = {};
	for (const m of metrics) {
		const column = columns.figures[m];
		if (column) figures[m] = tableFigures(column);
	}
	return {
		sources: columns.sources.map((id) => ({ id })),
		weapons: columns.weapons,
		nights: columns.nights,
		attackNight: summed(columns.attacks.night),
		attacker: digits(columns.attacks.attacker),
		claimAttack: summed(columns.claims.attack),
		claimSource: Int32Array.from(columns.claims.source),
		claimRegions: Int32Array.from(columns.claims.regions),
		regionSets: columns.regionSets,
		figures,
		launchedByType: tableFigures(columns.launchedByType)
	};
}

/**
 * The claims' words by month of their night (`YYYY-MM`), each month's in claim order: the
 * files /data/daily-quotes/<month>.json. `quoteAt` finds a claim's place in its month's list.
 */
export function dailyQuotes(data: DailyData): Map<string, string[]> {
	const months = new Map<string, string[]>();
	for (const claim of data.claims) {
		const month = data.attacks[claim.attack].date.slice(0, 7);
		let list = months.get(month);
		if (!list) months.set(month, (list = []));
		list.push(claim.quote);
	}
	return months;
}

const ranks = new WeakMap<DailyTable, Int32Array>();

/** A claim's month (the file holding its words) and its index in that file's list. */
export function quoteAt(table: DailyTable, claim: number): { month: string; index: number } {
	let rank = ranks.get(table);
	if (!rank) {
		// each claim's position among the claims of its month, in claim order
		const seen = new Map<string, number>();
		rank = Int32Array.from(table.claimAttack, (attack) => {
			const month = table.nights[table.attackNight[attack]].slice(0, 7);
			const n = seen.get(month) ?? 0;
			seen.set(month, n + 1);
			return n;
		});
		ranks.set(table, rank);
	}
	return { month: table.nights[table.attackNight[table.claimAttack[claim]]].slice(0, 7), index: rank[claim] };
}

/** The table the browser would read from daily data: written as the file, read back (tests, the benchmark). */
export function dailyTableOf(data: DailyData): DailyTable {
	return dailyTable(JSON.parse(JSON.stringify(dailyColumns(data))) as DailyColumns);
}
