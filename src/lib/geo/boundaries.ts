/**
 * Typed access to boundaries.json (written by scripts/build-geo.ts): admin-1 regions of Ukraine
 * and Russia keyed by ISO 3166-2, and country outlines. Crimea and Sevastopol are Ukrainian.
 * Conversions from TopoJSON are done once, on first use.
 */
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from './boundaries.json' with { type: 'json' };

export type CountryCode = 'UA' | 'RU';
export type RegionProperties = { code: string; name: string; country: CountryCode };
export type CountryProperties = { name: string; iso: string };
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

type Boundaries = Topology<{
	regions: GeometryCollection<RegionProperties>;
	countries: GeometryCollection<CountryProperties>;
}> & { attribution: string };

// The JSON's inferred literal type is huge and too loose (arcs as number[][][]); state its shape.
const boundaries = topology as unknown as Boundaries;

/** Credit line to show under any map drawn from these boundaries. */
export const attribution: string = boundaries.attribution;

let regions: RegionFeature[] | undefined;
let allRegions: RegionProperties[] | undefined;
let countries: CountryFeature[] | undefined;
let regionBounds: [[number, number], [number, number]][] | undefined;

function loadRegions(): RegionFeature[] {
	if (!regions) {
		const all = feature(boundaries, boundaries.objects.regions).features;
		allRegions = all.map((f) => f.properties);
		// Regions of Russia east of the Urals are listed (for their codes) without geometry.
		regions = all.filter((f): f is RegionFeature => f.geometry != null);
	}
	return regions;
}

/** Regions that have a geometry: all of Ukraine, and Russia west of ~62°E. */
export function regionFeatures(): FeatureCollection<Polygon | MultiPolygon, RegionProperties> {
	return { type: 'FeatureCollection', features: loadRegions() };
}

/** Every ISO 3166-2 code known (27 Ukrainian, 83 Russian), drawn or not. */
export function regionCodes(): string[] {
	loadRegions();
	return allRegions!.map((p) => p.code);
}

/** English name of a region by ISO 3166-2 code, also for regions without geometry. */
export function regionName(code: string): string | undefined {
	loadRegions();
	return allRegions!.find((p) => p.code === code)?.name;
}

/** Ukraine, Russia (west part, merged from the regions) and neighbours, for orientation. */
export function countryFeatures(): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
	countries ??= feature(boundaries, boundaries.objects.countries).features as CountryFeature[];
	return { type: 'FeatureCollection', features: countries };
}

/** A country's outline by ISO 3166-1 alpha-2 code. */
export function countryOutline(iso: string): CountryFeature | undefined {
	return countryFeatures().features.find((f) => f.properties.iso === iso);
}

/** Ukraine within its internationally recognised borders (Crimea included). */
export function ukraineOutline(): CountryFeature {
	return countryOutline('UA')!;
}

/**
 * ISO 3166-2 code of the region containing the point, or undefined (sea, other countries, or
 * Russia east of the drawn extent). Bounding boxes skip most polygons before the exact test.
 * Along the Ukraine–Russia border the two sources leave sub-kilometre slivers: Ukraine wins ties.
 */
export function regionAt(lon: number, lat: number): string | undefined {
	const features = loadRegions();
	regionBounds ??= features.map((f) => geoBounds(f));
	for (let i = 0; i < features.length; i++) {
		const [[west, south], [east, north]] = regionBounds[i];
		if (lat < south || lat > north) continue;
		// west > east when a box crosses the antimeridian (none drawn now, but stay correct)
		if (west <= east ? lon < west || lon > east : lon < west && lon > east) continue;
		if (geoContains(features[i], [lon, lat])) return features[i].properties.code;
	}
	return undefined;
}
