import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.server.ts';
import { localName } from '../i18n/index.ts';
import { mapData } from './map-data.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));
const project = (lon: number, lat: number): [number, number] => [lon, lat];

describe('mapData', () => {
	// the table of places breaks ties by index, not by localeCompare (whose first call in the
	// browser loads locale data during hydration): the index must be the alphabetical order
	it('lists places in alphabetical order of their names in each language', () => {
		for (const lang of ['en', 'it'] as const) {
			const names = mapData(dataset, lang, project).places.map((p) => p.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
	});

	it('keeps every place, and each row points at the place its claim names', () => {
		const map = mapData(dataset, 'en', project);
		expect(map.places.map((p) => p.id).sort()).toEqual(dataset.places.map((p) => p.id).sort());
		const byId = new Map(dataset.places.map((p) => [p.id, p]));
		for (const place of map.places) expect(place.name).toBe(localName('en', byId.get(place.id)!.names));
		const attacked = new Set(
			dataset.attacks.flatMap((a) => [...a.places, ...a.claims.flatMap((c) => c.places ?? [])])
		);
		expect(new Set(map.rows.map((r) => map.places[r.place].id))).toEqual(attacked);
	});
});
