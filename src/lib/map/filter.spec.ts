import { describe, expect, it } from 'vitest';
import { dailyDefaultFilter, defaultFilter, filterToSearch, parseFilter, type Filter } from './filter.ts';

describe('filter ⇄ URL', () => {
	const cases: Filter[] = [
		defaultFilter,
		{
			from: '2025-07-01',
			to: '2025-07-31',
			attacker: 'RU',
			source: 'ua-air-force',
			metric: 'drones_launched',
			region: 'UA-63',
			by: 'week'
		},
		{
			from: '',
			to: '2026-01-21',
			attacker: 'UA',
			source: 'all',
			metric: 'children_injured',
			region: 'RU-STA',
			by: 'month'
		}
	];
	it.each(cases)('round-trips %j', (filter) => {
		expect(parseFilter(filterToSearch(filter))).toEqual(filter);
	});
	it('leaves defaults out of the link', () => {
		expect(filterToSearch(defaultFilter)).toBe('');
		expect(filterToSearch({ ...defaultFilter, metric: 'killed' })).toBe('?metric=killed');
	});
	it('falls back to defaults for malformed values instead of failing', () => {
		expect(
			parseFilter('?from=yesterday&attacker=XX&metric=%3Cscript%3E&source=Bad%20Id&region=UA-999&by=decade')
		).toEqual(defaultFilter);
	});
});

describe("the daily charts' filter: one direction at a time", () => {
	it('opens on Russian strikes and writes no parameter for it', () => {
		expect(parseFilter('', dailyDefaultFilter).attacker).toBe('RU');
		expect(filterToSearch(dailyDefaultFilter, dailyDefaultFilter)).toBe('');
		expect(filterToSearch({ ...dailyDefaultFilter, attacker: 'UA' }, dailyDefaultFilter)).toBe(
			'?attacker=UA'
		);
	});

	it('never reads "all strikes" there: an old link opens on one direction', () => {
		expect(parseFilter('?attacker=all', dailyDefaultFilter).attacker).toBe('RU');
		expect(parseFilter('?attacker=all').attacker).toBe('all');
	});
});
