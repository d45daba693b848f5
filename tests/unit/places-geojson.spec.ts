/**
 * /data/places.geojson on the bundled records: valid GeoJSON by check-geojson (the successor of
 * Mapbox's geojsonhint, by its author), and its sums equal to the claims' own figures, summed
 * again here from claims.csv's columns rather than with Salvo's interval code.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/lib/data/load.server.ts';
import { eachClaimRecord } from '../../src/lib/data/claims.ts';
import { claimsCsv } from '../../src/lib/data/export.ts';
import { metrics } from '../../src/lib/schema/metrics.ts';
import { placesGeoJson, type PlacesGeoJson } from '../../src/lib/publish/places-geojson.ts';

let data: Dataset;
let geo: PlacesGeoJson;
let text: string;

beforeAll(() => {
	data = loadDataset('data').dataset;
	geo = placesGeoJson(data);
	text = JSON.stringify(geo);
}, 60_000);

describe('/data/places.geojson', () => {
	it('is valid GeoJSON, and the checker does catch a broken file', () => {
		expect(getIssues(text)).toEqual([]);
		const broken = structuredClone(geo);
		const point = broken.features.find((f) => f.geometry)!;
		(point.geometry as { coordinates: unknown }).coordinates = ['30.5'];
		expect(getIssues(JSON.stringify(broken)).length).toBeGreaterThan(0);
	});

	it('has a feature for each attacked place: a point for a settlement, no invented one for a region', () => {
		const attacked = new Set(data.attacks.flatMap((a) => a.places));
		const expected = data.places.filter((p) => attacked.has(p.id)).map((p) => p.id);
		expect(expected.length).toBeGreaterThan(20);
		expect(geo.features.map((f) => f.id).sort()).toEqual(expected.sort());
		for (const f of geo.features) expect(f.geometry === null, f.id).toBe(f.properties.kind === 'region');
		const kyiv = geo.features.find((f) => f.id === 'kyiv')!;
		const place = data.places.find((p) => p.id === 'kyiv')!;
		expect(kyiv.geometry?.coordinates).toEqual([place.lon, place.lat]);
		expect(kyiv.properties).toMatchObject({ name_en: place.names.en, region: place.region, country: 'UA' });
	});

	it('counts the attacks on each place', () => {
		for (const f of geo.features) {
			const attacks = data.attacks.filter((a) => a.places.includes(f.id));
			expect(f.properties.attacks, f.id).toBe(attacks.length);
			expect(f.properties.last_night).toBe(
				attacks
					.map((a) => a.date)
					.sort()
					.at(-1)
			);
		}
	});

	it('sums each source’s figures for a place alone as the claims give them', () => {
		// claims.csv opens with the attribution as a '#' comment line
		const rows = parse(claimsCsv([...eachClaimRecord(data)]), {
			columns: true,
			comment: '#',
			comment_no_infix: true
		}) as Record<string, string>[];
		const expected = new Map<string, { min: number; max: number; claims: number }>();
		for (const row of rows) {
			const places = row.places ? row.places.split('|') : [];
			if (places.length !== 1) continue;
			for (const m of metrics) {
				if (row[`${m}_value`] === '') continue;
				const v = Number(row[`${m}_value`]);
				const q = row[`${m}_qualifier`];
				const min = q === 'more_than' ? v + 1 : q === 'at_most' ? 0 : v;
				const max = q === 'at_least' || q === 'more_than' ? Infinity : v;
				const key = `${places[0]} ${m} ${row.source}`;
				const sum = expected.get(key) ?? { min: 0, max: 0, claims: 0 };
				expected.set(key, { min: sum.min + min, max: sum.max + max, claims: sum.claims + 1 });
			}
		}
		const found = new Map<string, { min: number; max: number; claims: number }>();
		for (const f of geo.features) {
			for (const [m, bySource] of Object.entries(f.properties.figures)) {
				for (const [source, s] of Object.entries(bySource)) {
					found.set(`${f.id} ${m} ${source}`, { min: s.min, max: s.max ?? Infinity, claims: s.claims });
				}
			}
		}
		expect(found.size).toBeGreaterThan(100);
		expect(found).toEqual(expected);
	});
});
