import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { defaultFilter } from '#lib/map/filter.ts';
import { mapData, withoutRows } from '#lib/map/map-data.ts';
import { indexMapData } from '#lib/map/map-index.ts';
import { placeValues } from '#lib/map/place-values.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const map = mapData(getDataset(), lang, project);
	const dates = map.attacks.map((a) => a.date);
	return {
		/** Regions' codes and boxes; the outlines themselves are the file at `basemap.file`. */
		basemap: basemap(),
		/** Places and sources; every claim's figures come from /data/map.json on the first filter change. */
		map: withoutRows(map),
		/** The default view's figures per place, computed here so the page ships no claims. */
		values: placeValues(indexMapData(map), defaultFilter),
		/** Sources some claim on the map comes from, for the source filter. */
		usedSources: map.sources.filter((_, i) => map.rows.some((r) => r.source === i)),
		/** First and last night in the data, bounds of the date filter. */
		range: { min: dates[0] ?? '', max: dates.at(-1) ?? '' }
	};
}) satisfies PageServerLoad;
