/**
 * The base map's shape, shared by the build (basemap.server.ts) and the map components.
 * The outlines themselves are not in it: they are one SVG file, at `Basemap.file`, written at
 * build time and drawn by `<use>` references. Pages that carried them as path strings sent
 * them twice (in the markup and again in the hydration data, about 100 KB each); the file is
 * fetched once and cached across pages, and hydration never touches it.
 */

/** Element ids in the outlines file: one group per layer, one path per region (its ISO code). */
export const basemapLayers = {
	countries: 'countries',
	regionsUA: 'regions-ua',
	regionsRU: 'regions-ru',
	ukraine: 'ukraine'
} as const;

export interface BaseRegion {
	/** ISO 3166-2 code, also the id of its outline in the outlines file. */
	code: string;
	country: 'UA' | 'RU';
	/** Bounding box in map coordinates [x0, y0, x1, y1], for fitting the view. */
	box: Box;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface Basemap {
	/**
	 * Address of the outlines (before `asset` adds the site's base path), named by a hash of
	 * their content, e.g. `/geo/immutable/basemap.1a2b3c4d5e.svg`: a new build with other
	 * outlines is a new address, so the file may be cached for good.
	 */
	file: string;
	width: number;
	height: number;
	regions: BaseRegion[];
	/** Ukraine's bounding box: every view includes it. */
	ukraineBox: Box;
	attribution: string;
}
