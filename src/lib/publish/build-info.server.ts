/**
 * What a build publishes about itself (server-only): the version, the build's date, how far
 * the records reach and when they last changed. The data package, the citations, the
 * schema.org metadata and the "data up to" line of every page all read it from here, so they
 * can never disagree.
 */
import { readFileSync } from 'node:fs';
import { getDataset } from '../data/dataset.server.ts';
import { dataFolder } from '../data/folder.server.ts';
import { nights } from '../data/nights.ts';
import { readDataHistory, type DataHistory } from './history.server.ts';

export interface BuildInfo {
	/** package.json's version. */
	version: string;
	/** The build's time, ISO 8601 (UTC): `SOURCE_DATE_EPOCH` when set, for a reproducible build, else now. */
	time: string;
	/** The build's day: `time`'s date. */
	date: string;
	/** The site's address, when the build is told it (`VITE_SALVO_ORIGIN`), for citations. */
	origin?: string;
	/** The oldest and newest nights with records (YYYY-MM-DD); absent for an empty folder. */
	dataFrom?: string;
	dataUpTo?: string;
	/** The day of the newest commit that changed a record file; absent without the history. */
	dataChanged?: string;
}

let history: DataHistory | undefined;
/** The records' history, read from git once per build. */
export function dataHistory(): DataHistory {
	return (history ??= readDataHistory(dataFolder()));
}

/** The time a build is dated by, to the second. */
export function buildTime(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	const when = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
	return when.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The configured site address, without a trailing slash; `undefined` when none or not http(s). */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const origin = env.VITE_SALVO_ORIGIN?.trim().replace(/\/+$/, '');
	return origin && /^https?:\/\/[^/]+$/i.test(origin) ? origin : undefined;
}

let cached: BuildInfo | undefined;
export function buildInfo(): BuildInfo {
	if (cached) return cached;
	const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
	const all = [...nights(getDataset()).keys()];
	const h = dataHistory();
	const time = buildTime();
	// the newest commit's day in UTC, like the build's (merged branches interleave in the log)
	const newest = h.available ? Math.max(...h.changes.map((c) => Date.parse(c.date))) : NaN;
	const origin = siteOrigin();
	cached = {
		version: pkg.version,
		time,
		date: time.slice(0, 10),
		...(origin ? { origin } : {}),
		...(all.length ? { dataFrom: all[0], dataUpTo: all[all.length - 1] } : {}),
		...(Number.isFinite(newest) ? { dataChanged: new Date(newest).toISOString().slice(0, 10) } : {})
	};
	return cached;
}
