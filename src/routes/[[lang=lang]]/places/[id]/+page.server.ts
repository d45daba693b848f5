import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { mapData, mapDataForPlace } from '#lib/map/map-data.ts';
import { placeDetail } from '#lib/data/places.ts';

// every place in both languages, attacked or not: links from the map and tables resolve
export const entries = (() =>
	getDataset().places.flatMap((p) => [{ id: p.id }, { lang: 'it', id: p.id }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const place = placeDetail(data, params.id, lang);
	if (!place) error(404, `No place ${params.id}`);
	return {
		/** The place, its attacks over time and every claim about it. */
		place,
		/** The small map: regions' boxes (outlines: /geo/basemap.svg) and the map data, filtered to this place in the page. */
		basemap: basemap(),
		map: mapDataForPlace(mapData(data, lang, project), params.id)
	};
}) satisfies PageServerLoad;
