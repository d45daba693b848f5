import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { sourceDetail } from '#lib/data/source-view.ts';
import { listedIds } from '#lib/data/record-index.server.ts';
import { serverRendered } from '#lib/server-rendered.ts';

// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;

// every source in both languages, even one with no claim yet: claim cards link to them all
export const entries = (() =>
	listedIds('source').flatMap((id) => [{ id }, { lang: 'it', id }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const source = sourceDetail(getDataset(), params.id, lang);
	if (!source) error(404, `No source ${params.id}`);
	return {
		/** The source, and its figures set against every other source's on shared attacks. */
		source: serverRendered(source)
	};
}) satisfies PageServerLoad;
