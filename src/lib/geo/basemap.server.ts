/**
 * The base map every map view draws on, computed once at build time: region and country
 * outlines projected to SVG path strings (written as one file, `basemapSvg`, named by a hash
 * of its content), the regions' boxes, plus a projector for places. The browser receives the
 * outlines as that file and projected points, never geometry or d3: zooming to the current
 * filter is a change of viewBox (see `fitView`).
 */
import { createHash } from 'node:crypto';
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
	attribution,
	countryFeatures,
	regionFeatures,
	ukraineOutline,
	type RegionProperties
} from './boundaries.ts';
import { fitProjection, pathFor } from './projection.ts';
import { basemapLayers, type Basemap, type Box } from './basemap.ts';

export type { Basemap, Box } from './basemap.ts';

/** Width and height of the map's coordinate space (the SVG viewBox at full extent). */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 640;

// western Russia only: the part of the country that appears on a map of this war
const inTheatre = (f: Feature<Polygon | MultiPolygon, RegionProperties>) => {
	if (f.properties.country === 'UA') return true;
	const [lon, lat] = geoCentroid(f);
	return lon < 50 && lat < 60;
};

const boxOf = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box => [
	Math.floor(x0),
	Math.floor(y0),
	Math.ceil(x1),
	Math.ceil(y1)
];

/** The outlines as path strings in map coordinates. */
interface Outlines {
	regions: { code: string; country: 'UA' | 'RU'; d: string }[];
	countries: string[];
	ukraine: string;
}

let cached:
	| { basemap: Basemap; svg: string; hash: string; project: (lon: number, lat: number) => [number, number] }
	| undefined;

function build() {
	const regions = regionFeatures().features.filter(inTheatre);
	// fitted to Ukraine and the nearest Russian regions; the viewBox zooms from there
	const fitTo: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			ukraineOutline(),
			...regions.filter((r) => r.properties.country === 'RU' && geoCentroid(r)[0] < 46)
		]
	};
	const projection = fitProjection(MAP_WIDTH, MAP_HEIGHT, fitTo, { padding: 8 });
	// outside a margin around the frame nothing is ever in view: clip it away to keep pages small
	const margin = 0.25;
	projection.clipExtent([
		[-MAP_WIDTH * margin, -MAP_HEIGHT * margin],
		[MAP_WIDTH * (1 + margin), MAP_HEIGHT * (1 + margin)]
	]);
	// whole units are 1/1000 of the map's width: finer than any screen shows it
	const path = pathFor(projection).digits(0);
	const outlines: Outlines = {
		regions: regions.map((f) => ({
			code: f.properties.code,
			country: f.properties.country,
			d: path(f) ?? ''
		})),
		countries: countryFeatures()
			.features.filter((f) => f.properties.iso !== 'UA' && f.properties.iso !== 'RU')
			.map((f) => path(f) ?? '')
			.filter((d) => d !== ''),
		ukraine: path(ukraineOutline()) ?? ''
	};
	const svg = svgOf(outlines);
	const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
	const basemap: Basemap = {
		file: `/geo/immutable/basemap.${hash}.svg`,
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		regions: regions.map((f) => ({
			code: f.properties.code,
			country: f.properties.country,
			box: boxOf(path.bounds(f))
		})),
		ukraineBox: boxOf(path.bounds(ukraineOutline())),
		attribution
	};
	const project = (lon: number, lat: number): [number, number] => {
		const p = projection([lon, lat]) ?? [0, 0];
		return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
	};
	return { basemap, svg, hash, project };
}

/**
 * The outlines as one SVG document: a group per layer, a path per region with its ISO code as
 * id, for `<use>` references. Paths carry no fill or stroke, so they take the referencing
 * element's (which follow the theme); `vector-effect` is not inherited, so each path says it:
 * borders keep their width at any zoom.
 */
function svgOf(outlines: Outlines): string {
	const line = 'vector-effect="non-scaling-stroke"';
	const regions = (country: 'UA' | 'RU') =>
		outlines.regions
			.filter((r) => r.country === country)
			.map((r) => `<path id="${r.code}" ${line} d="${r.d}"/>`)
			.join('\n');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">`,
		`<g id="${basemapLayers.countries}">`,
		...outlines.countries.map((d) => `<path ${line} d="${d}"/>`),
		'</g>',
		`<g id="${basemapLayers.regionsUA}">`,
		regions('UA'),
		'</g>',
		`<g id="${basemapLayers.regionsRU}">`,
		regions('RU'),
		'</g>',
		`<path id="${basemapLayers.ukraine}" ${line} d="${outlines.ukraine}"/>`,
		'</svg>',
		''
	].join('\n');
}

/** The base map, built on first use. */
export function basemap(): Basemap {
	cached ??= build();
	return cached.basemap;
}

/** The outlines file, served at `basemap().file`. */
export function basemapSvg(): string {
	cached ??= build();
	return cached.svg;
}

/** The hash of the outlines file's content that its name carries. */
export function basemapHash(): string {
	cached ??= build();
	return cached.hash;
}

/** A place's position in map coordinates. */
export function project(lon: number, lat: number): [number, number] {
	cached ??= build();
	return cached.project(lon, lat);
}
