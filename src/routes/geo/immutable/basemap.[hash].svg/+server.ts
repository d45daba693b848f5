import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { basemapHash, basemapSvg } from '#lib/geo/basemap.server.ts';

export const prerender = true;

// one file, under the hash of its content: a host may cache it for good (docs/hosting.md)
export const entries = (() => [{ hash: basemapHash() }]) satisfies EntryGenerator;

/**
 * The map's outlines, drawn by every map through `<use>` references: one file, cached across
 * pages, instead of path strings in each page's markup and hydration data.
 */
export const GET = (({ params }) => {
	// under any other hash this would be a file that never changes, yet does
	if (params.hash !== basemapHash()) error(404);
	return new Response(basemapSvg(), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
}) satisfies RequestHandler;
