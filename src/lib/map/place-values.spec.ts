import { describe, expect, it } from 'vitest';
import { defaultFilter } from './filter.ts';
import { isLowerBound, markerRadius, placeValues as valuesOfIndex } from './place-values.ts';
import { mapDataForPlace, type MapData } from './map-data.ts';
import { indexMapData } from './map-index.ts';
import type { Filter } from './filter.ts';

const placeValues = (map: MapData, filter: Filter) => valuesOfIndex(indexMapData(map), filter);

const data: MapData = {
	places: [
		{ id: 'kyiv', name: 'Kyiv', kind: 'settlement', region: 'UA-30', country: 'UA', x: 400, y: 380 },
		{ id: 'kharkiv', name: 'Kharkiv', kind: 'settlement', region: 'UA-63', country: 'UA', x: 600, y: 400 },
		{ id: 'ru-sta', name: 'Stavropol Krai', kind: 'region', region: 'RU-STA', country: 'RU' }
	],
	sources: [
		{ id: 'mayor', name: 'Mayor' },
		{ id: 'outlet', name: 'Outlet' },
		{ id: 'governor', name: 'Governor' }
	],
	attacks: [
		{ id: '2025-07-21-a', date: '2025-07-21', attacker: 'RU' },
		{ id: '2025-12-23-b', date: '2025-12-23', attacker: 'RU' },
		{ id: '2025-12-23-c', date: '2025-12-23', attacker: 'UA' }
	],
	rows: [
		// a nationwide claim naming two cities: its figure belongs to neither
		{ attack: 0, place: 0, source: 1, claim: 0, sole: false, figures: {} },
		{ attack: 0, place: 1, source: 1, claim: 0, sole: false, figures: {} },
		{
			attack: 1,
			place: 0,
			source: 0,
			claim: 0,
			sole: true,
			figures: { injured: { value: 3, qualifier: 'exact' } }
		},
		{
			attack: 1,
			place: 0,
			source: 1,
			claim: 1,
			sole: true,
			figures: { injured: { value: 3, qualifier: 'at_least' } }
		},
		{
			attack: 2,
			place: 2,
			source: 2,
			claim: 0,
			sole: true,
			figures: { killed: { value: 0, qualifier: 'exact' } }
		}
	]
};

describe('placeValues', () => {
	it('counts attacks per place under the default filter', () => {
		const v = placeValues(data, defaultFilter);
		expect(v.map((p) => [data.places[p.place].id, p.attacks])).toEqual([
			['kyiv', 2],
			['kharkiv', 1],
			['ru-sta', 1]
		]);
	});
	it('filters by date, attacker and source', () => {
		expect(placeValues(data, { ...defaultFilter, from: '2025-12-01' }).map((p) => p.place)).toEqual([0, 2]);
		expect(placeValues(data, { ...defaultFilter, attacker: 'UA' }).map((p) => p.place)).toEqual([2]);
		expect(placeValues(data, { ...defaultFilter, source: 'mayor' }).map((p) => p.place)).toEqual([0]);
	});
	it('takes the largest figure per attack and never splits a nationwide figure', () => {
		const kyiv = placeValues(data, { ...defaultFilter, metric: 'injured' }).find((p) => p.place === 0)!;
		expect(kyiv.value).toEqual({ lo: 3, hi: 3, approx: false });
		expect(kyiv.bySource).toEqual([
			{ source: 0, value: { lo: 3, hi: 3, approx: false } },
			{ source: 1, value: { lo: 3, hi: Infinity, approx: false } }
		]);
		const kharkiv = placeValues(data, { ...defaultFilter, metric: 'injured' }).find((p) => p.place === 1)!;
		expect(kharkiv.value).toBeUndefined();
	});
	it('keeps a said zero apart from not said', () => {
		const sta = placeValues(data, { ...defaultFilter, metric: 'killed' }).find((p) => p.place === 2)!;
		expect(sta.value).toEqual({ lo: 0, hi: 0, approx: false });
	});
});

describe('markerRadius', () => {
	it('draws zero and not said as a small ring of the same size', () => {
		expect(markerRadius({ lo: 0, hi: 0, approx: false }, 10)).toBe(3);
		expect(markerRadius(undefined, 10)).toBe(3);
	});
	it('gives the largest place the largest marker, also when it is the only one', () => {
		expect(markerRadius({ lo: 7, hi: 7, approx: false }, 7)).toBe(28);
	});
	it('makes area, not radius, proportional to the value', () => {
		const r1 = markerRadius({ lo: 25, hi: 25, approx: false }, 100);
		const r2 = markerRadius({ lo: 100, hi: 100, approx: false }, 100);
		expect((r2 / r1) ** 2).toBeCloseTo(4);
	});
	it('sizes a lower bound by its bound and marks it as such', () => {
		const bound = { lo: 13, hi: Infinity, approx: false };
		expect(markerRadius(bound, 13)).toBe(28);
		expect(isLowerBound(bound)).toBe(true);
		expect(isLowerBound({ lo: 13, hi: 13, approx: false })).toBe(false);
	});
});

describe('mapDataForPlace', () => {
	it("keeps only the place's rows and the attacks they name, with the same values", () => {
		const kyiv = mapDataForPlace(data, 'kyiv');
		expect(kyiv.rows.every((r) => kyiv.places[r.place].id === 'kyiv')).toBe(true);
		expect(kyiv.attacks.map((a) => a.id)).toEqual(['2025-07-21-a', '2025-12-23-b']);
		for (const filter of [defaultFilter, { ...defaultFilter, metric: 'injured' as const }]) {
			const full = placeValues(data, filter).filter((v) => data.places[v.place].id === 'kyiv');
			expect(placeValues(kyiv, filter)).toEqual(full);
		}
		expect(mapDataForPlace(data, 'ru-sta').attacks.map((a) => a.id)).toEqual(['2025-12-23-c']);
	});
});
