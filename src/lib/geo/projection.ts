/**
 * Projection helpers for the maps: d3 computes the geometry, Svelte renders the SVG.
 * Pure functions, no DOM.
 */
import {
	geoBounds,
	geoConicConformal,
	geoPath,
	type GeoConicProjection,
	type GeoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';

export type FitOptions = {
	/** Blank margin, in pixels, kept on every side. */
	padding?: number;
	/** Standard parallels: [44, 52] brackets Ukraine (44.4–52.4°N) and southern Russia. */
	parallels?: [number, number];
	/** Central meridian; by default the middle of the features' longitudes, so north is up
	 *  in the middle of the map whether it shows Ukraine alone or western Russia as well. */
	meridian?: number;
};

/**
 * A conformal conic projection (shapes stay true at these latitudes, unlike Mercator which
 * inflates the north) centred on the features and fitted to a width × height box.
 */
export function fitProjection(
	width: number,
	height: number,
	features: GeoPermissibleObjects,
	{ padding = 12, parallels = [44, 52], meridian }: FitOptions = {}
): GeoConicProjection {
	if (meridian === undefined) {
		const [[west], [east]] = geoBounds(features);
		meridian = (west + (east < west ? east + 360 : east)) / 2;
	}
	return geoConicConformal()
		.parallels(parallels)
		.rotate([-meridian, 0])
		.fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding]
			],
			features
		);
}

/** SVG path generator for a projection; one decimal is sub-pixel, and keeps the DOM small. */
export function pathFor(projection: GeoProjection): GeoPath {
	return geoPath(projection).digits(1);
}
