import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { monthDetail } from '#lib/data/nights.ts';
import { listedMonths } from '#lib/data/record-index.server.ts';
import { serverRendered } from '#lib/server-rendered.ts';

// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;

export const entries = (() =>
	listedMonths().flatMap((month) => [{ month }, { lang: 'it', month }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const month = monthDetail(getDataset(), params.month, lang);
	if (!month) error(404, `No attack recorded in ${params.month}`);
	return {
		/** The month's attacks, one line each, newest first. */
		month: serverRendered(month)
	};
}) satisfies PageServerLoad;
