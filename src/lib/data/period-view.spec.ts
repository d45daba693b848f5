import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Attack } from '../schema/attack.ts';
import type { PeriodClaim } from '../schema/period.ts';
import type { Dataset } from './load.server.ts';
import { filterPeriodRows, largestDisagreement, periodRows, verdictCounts } from './period-view.ts';
import { periodsCsv, periodsJson } from './period-export.ts';
import { barWidths, periodFilterSearch, readPeriodFilter } from '../../routes/[[lang=lang]]/periods/period-page.ts';

const night = (date: string, drones: number): Attack => ({
	id: `${date}-x`,
	date,
	date_precision: 'exact',
	attacker: 'RU',
	places: [],
	weapons: [],
	claims: [
		{ id: 'af', source: 'af', article: 'a', quote: 'q', figures: { drones_launched: { value: drones, qualifier: 'exact' } }, weapons: [] }
	]
});
const period = (id: string, from: string, to: string, figures: PeriodClaim['figures']): PeriodClaim => ({
	id,
	source: 'president',
	article: 'post',
	attacker: 'RU',
	from,
	to,
	quote: '=more than 1,300 drones',
	figures,
	compare_with: 'af'
});
const data: Dataset = {
	sources: [
		{ id: 'af', name: { en: 'Air Force' }, side: 'UA', kind: 'military' },
		{ id: 'president', name: { en: 'President' }, side: 'UA', kind: 'government' }
	],
	articles: [{ id: 'post', outlet: 'Outlet', language: 'en', url: 'https://example.org/a' }],
	places: [],
	weapons: [],
	attacks: ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'].map((d) =>
		night(d, 200)
	),
	periods: [
		period('week', '2025-03-01', '2025-03-07', {
			drones_launched: { value: 1300, qualifier: 'more_than' },
			guided_bombs_launched: { value: 1200, qualifier: 'about' }
		}),
		period('month', '2025-03-01', '2025-03-31', { drones_launched: { value: 1400, qualifier: 'exact' } })
	]
};

describe('the period rows', () => {
	const rows = periodRows(data);

	it('give each figure of a tally beside its nightly sum, coverage and verdict', () => {
		expect(rows.map((r) => [r.id, r.metric, r.kind, r.sum?.lo, `${r.recorded}/${r.nights}`, r.verdict])).toEqual([
			['month', 'drones_launched', 'month', 1400, '7/31', 'consistent'],
			['week', 'drones_launched', 'week', 1400, '7/7', 'agrees'],
			['week', 'guided_bombs_launched', 'week', undefined, '0/7', 'none']
		]);
		expect(rows[1]).toMatchObject({ sourceName: { en: 'President' }, againstName: { en: 'Air Force' }, article: { outlet: 'Outlet' } });
	});

	it('filter by source and metric, and count verdicts', () => {
		expect(filterPeriodRows(rows, 'president', 'guided_bombs_launched')).toHaveLength(1);
		expect(filterPeriodRows(rows, 'af', '')).toHaveLength(0);
		expect(verdictCounts(rows)).toEqual({ agrees: 1, consistent: 1, above: 0, below: 0, none: 1, claims: 2 });
	});

	it('name the largest disagreement only where every night is recorded', () => {
		const off = periodRows({ ...data, periods: [period('w', '2025-03-01', '2025-03-07', { drones_launched: { value: 2800, qualifier: 'exact' } })] });
		expect(largestDisagreement(off)?.difference).toEqual({ count: 1400, percent: 100 });
		expect(largestDisagreement(rows)).toBeUndefined();
	});

	it('go to CSV with spreadsheet-safe quotes, and to JSON with open bounds as null', () => {
		const csv = parse(periodsCsv(rows), { columns: true }) as Record<string, string>[];
		expect(csv[1]).toMatchObject({ period_claim: 'week', figure: '>1300', nightly_sum_low: '1400', nights_recorded: '7', verdict: 'agrees', quote: "'=more than 1,300 drones" });
		expect(csv[2]).toMatchObject({ nightly_sum_low: '', verdict: 'none' });
		const open = periodRows({ ...data, attacks: [{ ...night('2025-03-01', 5), claims: [{ ...night('2025-03-01', 5).claims[0], figures: { drones_launched: { value: 5, qualifier: 'at_least' } } }] }] });
		expect(JSON.parse(periodsJson(open)).periods[0].sum).toEqual({ lo: 5, hi: null, approx: false });
	});
});

describe('the /periods filter in the URL', () => {
	it('reads ids and verdicts, and ignores anything else', () => {
		expect(readPeriodFilter(new URLSearchParams('source=zelensky&metric=killed&verdict=agrees'))).toEqual({ source: 'zelensky', metric: 'killed', verdict: 'agrees' });
		expect(readPeriodFilter(new URLSearchParams('source=<script>&verdict=maybe'))).toEqual({ source: '', metric: '', verdict: '' });
	});
	it('writes only what is set', () => {
		expect(periodFilterSearch({ source: 'afp', metric: '', verdict: '' })).toBe('?source=afp');
		expect(periodFilterSearch({ source: '', metric: '', verdict: '' })).toBe('');
	});
	it('sizes the bars against the larger of tally and sum', () => {
		expect(barWidths({ figure: { value: 50, qualifier: 'exact' }, sum: { lo: 100, hi: 100, approx: false } })).toEqual({ tally: 50, sum: 100 });
		expect(barWidths({ figure: { value: 50, qualifier: 'exact' }, sum: undefined })).toBeUndefined();
	});
});
