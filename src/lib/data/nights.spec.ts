import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load.server.ts';
import { monthDetail, months, nightDetail, nights } from './nights.ts';
import { attackPath } from './paths.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));

describe('attack pages by night and month', () => {
	it('groups every attack under its night, nights in date order', () => {
		const index = nights(dataset);
		const dates = [...index.keys()];
		expect(dates).toEqual([...new Set(dataset.attacks.map((a) => a.date))].sort());
		expect([...index.values()].flat().map((a) => a.id).sort()).toEqual(dataset.attacks.map((a) => a.id).sort());
		for (const [date, attacks] of index) expect(attacks.every((a) => a.date === date)).toBe(true);
	});

	it("gives a night's attacks in full with the neighbouring nights", () => {
		const dates = [...nights(dataset).keys()];
		const middle = dates[1];
		const night = nightDetail(dataset, middle, 'en')!;
		expect(night.attacks.map((a) => a.date)).toEqual(night.attacks.map(() => middle));
		expect(night.attacks.flatMap((a) => a.claimDetails).length).toBe(
			dataset.attacks.filter((a) => a.date === middle).reduce((n, a) => n + a.claims.length, 0)
		);
		expect(night.previous).toBe(dates[0]);
		expect(night.next).toBe(dates[2]);
		expect(nightDetail(dataset, dates[0], 'en')!.previous).toBeUndefined();
		expect(nightDetail(dataset, '1999-01-01', 'en')).toBeUndefined();
	});

	it('counts attacks and claims per month, newest first, and pages through months', () => {
		const list = months(dataset);
		expect(list.map((m) => m.month)).toEqual([...new Set(dataset.attacks.map((a) => a.date.slice(0, 7)))].sort().reverse());
		expect(list.reduce((n, m) => n + m.attacks, 0)).toBe(dataset.attacks.length);
		expect(list.reduce((n, m) => n + m.claims, 0)).toBe(dataset.attacks.reduce((n, a) => n + a.claims.length, 0));
		const newest = monthDetail(dataset, list[0].month, 'en')!;
		expect(newest.next).toBeUndefined();
		expect(newest.previous).toBe(list[1]?.month);
		expect(newest.lines).toHaveLength(list[0].attacks);
		expect(newest.lines.map((l) => l.date)).toEqual(newest.lines.map((l) => l.date).sort().reverse());
		expect(monthDetail(dataset, '1999-01', 'en')).toBeUndefined();
	});

	it("links an attack to its night's page, at its section", () => {
		expect(attackPath({ id: '2025-07-21-russian-strike-on-ukraine', date: '2025-07-21' })).toBe(
			'/attacks/2025-07-21#2025-07-21-russian-strike-on-ukraine'
		);
	});
});
