import type { RequestHandler } from './$types';
import { basemapSvg } from '#lib/geo/basemap.server.ts';

export const prerender = true;

/**
 * The map's outlines, drawn by every map through `<use>` references: one file, cached across
 * pages, instead of path strings in each page's markup and hydration data.
 */
export const GET = (() =>
	new Response(basemapSvg(), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	})) satisfies RequestHandler;
