import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { project } from '#lib/geo/basemap.server.ts';
import { mapColumns } from '#lib/map/map-columns.ts';
import { mapData } from '#lib/map/map-data.ts';

export const prerender = true;

/**
 * Every claim's figures per place as columns (see `MapColumns`), fetched by /map on the
 * reader's first filter change: the page itself ships only the default view's values, so its
 * weight does not grow with the number of claims. One file for every language: it names
 * places and sources by id, and the page has their names.
 */
export const GET = (() => json(mapColumns(mapData(getDataset(), 'en', project)))) satisfies RequestHandler;
