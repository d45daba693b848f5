import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { mapData } from '#lib/map/map-data.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const map = mapData(data, lang, project);
	const dates = map.attacks.map((a) => a.date);
	return {
		/** Outlines as SVG paths, projected at build time. */
		basemap: basemap(),
		/** Places, sources, attacks and one row per claim × place, for filtering in the browser. */
		map,
		/** First and last night in the data, bounds of the date filter. */
		range: { min: dates[0] ?? '', max: dates.at(-1) ?? '' }
	};
}) satisfies PageServerLoad;
