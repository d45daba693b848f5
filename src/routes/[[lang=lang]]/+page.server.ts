import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { attackSummaries } from '#lib/data/views.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	return {
		/** Every attack, newest first, with each source's figures in this language. */
		attacks: attackSummaries(data, lang),
		/** Number of distinct sources, for the headline count. */
		sourceCount: new Set(data.attacks.flatMap((a) => a.claims.map((c) => c.source))).size
	};
}) satisfies PageServerLoad;
