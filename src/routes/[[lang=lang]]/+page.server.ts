import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { attackSummaries } from '#lib/data/views.ts';
import { headlineView } from '#lib/data/headline-view.ts';
import { basemap, project } from '#lib/geo/basemap.server.ts';
import { mapData, withoutRows } from '#lib/map/map-data.ts';
import { indexMapData } from '#lib/map/map-index.ts';
import { placeValues } from '#lib/map/place-values.ts';
import { defaultFilter } from '#lib/map/filter.ts';
import { serverRendered } from '#lib/server-rendered.ts';

// a document, not an app, like the night and place pages: the overview has nothing to filter,
// and hydrating its attack cards and compact map was its main-thread work (Lighthouse's total
// blocking time at 10k attacks: 670-890 ms of script, style and layout for an unchanging page).
// Its markers are links to the place pages, labelled, and the full map is one link away.
export const csr = false;

/** How many of the newest attacks the overview lists; `/attacks` lists them all. */
const RECENT = 12;

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const map = mapData(data, lang, project);
	return {
		/** The newest attacks, with each source's figures in this language. */
		attacks: serverRendered(attackSummaries(data, lang, RECENT)),
		/** How many attacks and claims there are in all. */
		attackCount: data.attacks.length,
		claimCount: data.attacks.reduce((n, a) => n + a.claims.length, 0),
		/** Number of distinct sources, for the headline count. */
		sourceCount: new Set(data.attacks.flatMap((a) => a.claims.map((c) => c.source))).size,
		/** Headline figures of the last 30 nights of data, by attacking side: source totals and their range. */
		headline: serverRendered(headlineView(data, lang)),
		/** The compact map: regions' boxes (outlines: the file at `basemap.file`), places, and their figures in the default view (no rows: it never filters). */
		basemap: serverRendered(basemap()),
		map: serverRendered(withoutRows(map)),
		mapValues: serverRendered(placeValues(indexMapData(map), defaultFilter))
	};
}) satisfies PageServerLoad;
