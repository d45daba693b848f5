import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { defaultFilter } from '#lib/map/filter.ts';
import { mapData, mapDataForPlace, withoutRows } from '#lib/map/map-data.ts';
import { indexMapData } from '#lib/map/map-index.ts';
import { placeValues } from '#lib/map/place-values.ts';
import { placeDetail } from '#lib/data/places.ts';
import { listedIds } from '#lib/data/record-index.server.ts';
import { serverRendered } from '#lib/server-rendered.ts';

// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the small map is a locator with no filters, drawn from figures computed
// here, and the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;

// every place in both languages, attacked or not: links from the map and tables resolve
export const entries = (() =>
	listedIds('place').flatMap((id) => [{ id }, { lang: 'it', id }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const place = placeDetail(data, params.id, lang);
	if (!place) error(404, `No place ${params.id}`);
	const map = mapDataForPlace(mapData(data, lang, project), params.id);
	return {
		/** The place, its attacks over time and every claim about it. */
		place: serverRendered(place),
		/** The small map: regions' boxes (outlines: the file at `basemap.file`), places and sources; no claims' rows, it has no filters. */
		basemap: serverRendered(basemap()),
		map: serverRendered(withoutRows(map)),
		/** The default view's figures for this place. */
		values: serverRendered(placeValues(indexMapData(map), defaultFilter))
	};
}) satisfies PageServerLoad;
