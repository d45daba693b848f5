/**
 * A composition ⇄ the URL's query string, so a link reproduces the charts. Compact and
 * versioned: `?v=1&c=<chart>&c=<chart>`, each chart a list of dot-separated tokens, the first
 * being its series (`<metric code>-<source>`, joined by `*`), then, in any order:
 * `n|w|m` (night, week, month), `log`, `cum` (running total), `pct` (normalised), `med`
 * (median line), `r<k>` (trend over k periods), `f<yyyymmdd>` and `u<yyyymmdd>` (from, until).
 * Defaults are left out. The characters used are all kept as they are by URLSearchParams.
 *
 * Reading never throws: an unknown token or a malformed series is dropped, a chart with
 * nothing valid left keeps its defaults, and an unknown version or no `c` at all opens the
 * default composition.
 */
import { metrics, type Metric } from '../schema/metrics.ts';
import type { Granularity } from '../map/filter.ts';
import {
	blankChart,
	defaultComposition,
	limits,
	sourceGroups,
	type ComposedChart,
	type Composition,
	type Pick
} from './composition.ts';

export const VERSION = '1';

/** Short codes for metrics, so that links stay short. Never reuse a code for another metric. */
const metricCodes: Record<Metric, string> = {
	drones_launched: 'dl',
	drones_intercepted: 'di',
	drones_suppressed: 'ds',
	missiles_launched: 'ml',
	missiles_intercepted: 'mi',
	killed: 'k',
	injured: 'i',
	children_killed: 'ck',
	children_injured: 'ci'
};
const metricByCode = new Map(metrics.map((m) => [metricCodes[m], m]));
const byCodes: Record<Granularity, string> = { night: 'n', week: 'w', month: 'm' };
const sourceId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function compactDate(iso: string): string {
	return iso.replaceAll('-', '');
}

/** `20250721` → `2025-07-21`, or '' when it is not a real calendar date. */
function isoDate(compact: string): string {
	if (!/^\d{8}$/.test(compact)) return '';
	const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
	const parsed = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : '';
}

function writeChart(chart: ComposedChart): string {
	const tokens = [chart.picks.map((p) => `${metricCodes[p.metric]}-${p.source}`).join('*')];
	if (chart.by !== blankChart.by) tokens.push(byCodes[chart.by]);
	if (chart.scale === 'logarithmic') tokens.push('log');
	if (chart.values === 'cumulative') tokens.push('cum');
	if (chart.normalised) tokens.push('pct');
	if (chart.median) tokens.push('med');
	if (chart.trend > 0) tokens.push(`r${chart.trend}`);
	if (chart.from) tokens.push(`f${compactDate(chart.from)}`);
	if (chart.to) tokens.push(`u${compactDate(chart.to)}`);
	return tokens.join('.');
}

function readPick(text: string): Pick | undefined {
	const dash = text.indexOf('-');
	if (dash < 0) return undefined;
	const metric = metricByCode.get(text.slice(0, dash));
	const source = text.slice(dash + 1);
	const valid = sourceId.test(source) || (sourceGroups as readonly string[]).includes(source);
	return metric && valid ? { metric, source } : undefined;
}

function readChart(text: string): ComposedChart {
	const [series = '', ...tokens] = text.split('.');
	const chart: ComposedChart = { ...blankChart, picks: [] };
	const seen = new Set<string>();
	for (const part of series.split('*')) {
		const pick = readPick(part);
		const key = pick && `${pick.metric} ${pick.source}`;
		if (pick && key && !seen.has(key) && chart.picks.length < limits.picks) {
			seen.add(key);
			chart.picks.push(pick);
		}
	}
	for (const token of tokens) {
		if (token === 'n') chart.by = 'night';
		else if (token === 'w') chart.by = 'week';
		else if (token === 'm') chart.by = 'month';
		else if (token === 'log') chart.scale = 'logarithmic';
		else if (token === 'cum') chart.values = 'cumulative';
		else if (token === 'pct') chart.normalised = true;
		else if (token === 'med') chart.median = true;
		else if (/^r\d{1,3}$/.test(token)) chart.trend = Math.min(Number(token.slice(1)), 366);
		else if (token.startsWith('f')) chart.from = isoDate(token.slice(1));
		else if (token.startsWith('u')) chart.to = isoDate(token.slice(1));
	}
	if (chart.from && chart.to && chart.from > chart.to) [chart.from, chart.to] = [chart.to, chart.from];
	return chart;
}

/** The query string of a composition, with its leading `?`. */
export function compositionToSearch(composition: Composition): string {
	const q = new URLSearchParams({ v: VERSION });
	for (const chart of composition.charts.slice(0, limits.charts)) q.append('c', writeChart(chart));
	return `?${q}`;
}

/** The composition in a query string; the default one when the string holds none. */
export function parseComposition(search: string | URLSearchParams): Composition {
	try {
		const q = typeof search === 'string' ? new URLSearchParams(search) : search;
		const charts = q.getAll('c');
		if (q.get('v') !== VERSION || charts.length === 0) return structuredClone(defaultComposition);
		return { charts: charts.slice(0, limits.charts).map(readChart) };
	} catch {
		// nothing a reader can type should break the page; the default is a sensible start
		return structuredClone(defaultComposition);
	}
}
