/**
 * The base map's shape, shared by the build (basemap.server.ts) and the map components.
 * The outlines themselves are not in it: they are one SVG file, `BASEMAP_FILE`, written at
 * build time and drawn by `<use>` references. Pages that carried them as path strings sent
 * them twice (in the markup and again in the hydration data, about 100 KB each); the file is
 * fetched once and cached across pages, and hydration never touches it.
 */

/** Address of the outlines (with the site's base path added by `asset`). */
export const BASEMAP_FILE = '/geo/basemap.svg';

/** Element ids in `BASEMAP_FILE`: one group per layer, one path per region (its ISO code). */
export const basemapLayers = {
	countries: 'countries',
	regionsUA: 'regions-ua',
	regionsRU: 'regions-ru',
	ukraine: 'ukraine'
} as const;

export interface BaseRegion {
	/** ISO 3166-2 code, also the id of its outline in `BASEMAP_FILE`. */
	code: string;
	country: 'UA' | 'RU';
	/** Bounding box in map coordinates [x0, y0, x1, y1], for fitting the view. */
	box: Box;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface Basemap {
	width: number;
	height: number;
	regions: BaseRegion[];
	/** Ukraine's bounding box: every view includes it. */
	ukraineBox: Box;
	attribution: string;
}
