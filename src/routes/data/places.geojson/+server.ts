import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { placesGeoJson } from '#lib/publish/places-geojson.ts';

export const prerender = true;

/** Each attacked place with coordinates, its names, region and figures by source, as GeoJSON. */
export const GET = (() =>
	new Response(JSON.stringify(placesGeoJson(getDataset())), {
		headers: { 'content-type': 'application/geo+json' }
	})) satisfies RequestHandler;
