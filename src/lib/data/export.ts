import { stringify } from 'csv-stringify/sync';
import { metrics } from '../schema/metrics.ts';
import { csvColumns } from './csv-columns.ts';
import { formatFigure } from '../schema/figure.ts';
import type { ClaimRecord } from './claims.ts';
import type { Dataset } from './load.server.ts';
import { spreadsheetSafe } from './csv-safe.ts';
import { attributionLine } from './attribution.ts';

/**
 * Claims per chunk of a download: at 100k attacks the whole JSON (505 MB) is near V8's
 * longest string, so the files are written as many small strings instead of one. A thousand
 * claims are about 0.5 MB of JSON.
 */
const claimsPerChunk = 1000;

/** The `about` line at the head of claims.json. */
const claimsJsonAbout = `Salvo: claims about drone, missile and casualty figures; each figure as its source qualified it. Absent metric = not said. ${attributionLine}`;

/** The first line of claims.csv: the attribution the records' licence asks for, as a comment. */
const csvComment = `# ${attributionLine}\n`;

/**
 * claims.json in chunks: the same bytes as `JSON.stringify({ about, claims, sources, articles,
 * places, weapons })`, each chunk at most `perChunk` claims, so no string of the whole file is
 * ever made.
 */
export function* claimsJsonChunks(
	data: Omit<Dataset, 'attacks'>,
	claims: Iterable<ClaimRecord>,
	perChunk = claimsPerChunk
): Generator<string> {
	// the object's own stringify, cut open where the claims go, keeps its keys and escaping
	yield `${JSON.stringify({ about: claimsJsonAbout }).slice(0, -1)},"claims":[`;
	let first = true;
	for (const batch of batches(claims, perChunk)) {
		yield (first ? '' : ',') + batch.map((c) => JSON.stringify(c)).join(',');
		first = false;
	}
	const { sources, articles, places, weapons } = data;
	yield `],${JSON.stringify({ sources, articles, places, weapons }).slice(1)}`;
}

/** The header row of claims.csv. */
const csvHeader = csvColumns.map(([name]) => name);

/** One claim's cells, text made spreadsheet-safe; a metric not given stays empty. */
function csvRow(c: ClaimRecord): (string | number)[] {
	const row = [
		c.key,
		c.attack,
		c.date,
		c.attacker,
		c.target,
		c.source,
		c.article,
		c.places.join('|'),
		c.quote,
		...metrics.map((m) => (c.figures[m] ? formatFigure(c.figures[m]) : '')),
		...metrics.map((m) => c.figures[m]?.value ?? ''),
		...metrics.map((m) => c.figures[m]?.qualifier ?? '')
	];
	return row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : cell));
}

/**
 * One row per claim; a metric a claim does not give stays empty (not said is not zero). Text
 * cells are made spreadsheet-safe: a quote starting with `=` gets a leading `'`. The whole file
 * in one string, for a few claims (the tests' reference); the download uses `claimsCsvChunks`.
 */
export function claimsCsv(claims: ClaimRecord[]): string {
	return csvComment + stringify([csvHeader, ...claims.map(csvRow)]);
}

/**
 * claims.csv in chunks of at most `perChunk` rows (the header alone first): csv-stringify
 * quotes each cell on its own and ends every row with a newline, so the chunks joined are
 * the bytes of `claimsCsv`.
 */
export function* claimsCsvChunks(claims: Iterable<ClaimRecord>, perChunk = claimsPerChunk): Generator<string> {
	yield csvComment + stringify([csvHeader]);
	for (const batch of batches(claims, perChunk)) yield stringify(batch.map(csvRow));
}

/** The items in arrays of `size` (the last one shorter), none empty. */
function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
	let batch: T[] = [];
	for (const item of items) {
		batch.push(item);
		if (batch.length === size) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length > 0) yield batch;
}
