/** The base map's shape, shared by the build (basemap.server.ts) and the map components. */

export interface BaseRegion {
	/** ISO 3166-2 code. */
	code: string;
	country: 'UA' | 'RU';
	/** SVG path in map coordinates. */
	d: string;
	/** Bounding box in map coordinates [x0, y0, x1, y1], for fitting the view. */
	box: Box;
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

export interface Basemap {
	width: number;
	height: number;
	regions: BaseRegion[];
	/** Neighbouring countries, drawn faintly for orientation. */
	countries: { iso: string; d: string }[];
	/** Ukraine's outline (Crimea included), drawn on top for a clear border. */
	ukraine: string;
	/** Ukraine's bounding box: every view includes it. */
	ukraineBox: Box;
	attribution: string;
}
