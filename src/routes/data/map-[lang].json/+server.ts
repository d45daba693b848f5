import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { project } from '#lib/geo/basemap.server.ts';
import { isLang, langs } from '#lib/i18n/index.ts';
import { mapData } from '#lib/map/map-data.ts';

export const prerender = true;
export const entries = (() => langs.map((lang) => ({ lang }))) satisfies EntryGenerator;

/**
 * The map's rows (one per claim and place), fetched by /map on the reader's first filter
 * change: the page itself ships only the default view's values, so its weight does not grow
 * with the number of claims.
 */
export const GET = (({ params }) => {
	if (!isLang(params.lang)) error(404, `No language ${params.lang}`);
	return json(mapData(getDataset(), params.lang, project));
}) satisfies RequestHandler;
