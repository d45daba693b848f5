import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { defaultFilter } from '#lib/map/filter.ts';
import { mapData, withoutRows } from '#lib/map/map-data.ts';
import { indexMapData } from '#lib/map/map-index.ts';
import { placeValues } from '#lib/map/place-values.ts';

// no JS app: the map is SVG and its tables are HTML, themed by CSS; the page ships no
// framework code at all
export const csr = false;

// no page links to the embeds: list them, in both languages
export const entries = (() => [{}, { lang: 'it' }]) satisfies EntryGenerator;

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const map = mapData(getDataset(), lang, project);
	const used = new Set(map.rows.map((r) => r.source));
	return {
		/** Regions' codes and boxes; the outlines themselves are the file at `basemap.file`. */
		basemap: basemap(),
		/** Places and sources, without the claims' rows: the embed has no filters. */
		map: withoutRows(map),
		/** The default view's figures per place. */
		values: placeValues(indexMapData(map), defaultFilter),
		/** Names of the sources some claim on the map comes from, for the sources line. */
		sources: map.sources.filter((_, i) => used.has(i)).map((s) => s.name)
	};
}) satisfies PageServerLoad;
