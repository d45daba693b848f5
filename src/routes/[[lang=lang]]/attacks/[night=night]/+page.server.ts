import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { modPeriods } from '#lib/data/mod-periods.ts';
import { nightDetail } from '#lib/data/nights.ts';
import { listedNights } from '#lib/data/record-index.server.ts';
import { serverRendered } from '#lib/server-rendered.ts';
import { changesOfNight } from '#lib/publish/changes.server.ts';

// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;

// every night with records in both languages, even one no page links to yet
export const entries = (() =>
	listedNights().flatMap((night) => [{ night }, { lang: 'it', night }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const night = nightDetail(data, params.night, lang);
	if (!night) error(404, `No attack recorded on ${params.night}`);
	return {
		/** The night's attacks, each with every claim in full and the side-by-side comparison. */
		night: serverRendered(night),
		/** The Russian MoD's statements of the night as periods that add, when it made several. */
		modPeriods: modPeriods(data.attacks.filter((a) => a.date === params.night)),
		/** The changes that touched this night's records, newest first (issue 22). */
		changes: changesOfNight(params.night)
	};
}) satisfies PageServerLoad;
