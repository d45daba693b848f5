import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { attackIndex } from '#lib/data/views.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	return {
		/** Every attack, newest first, one line each: the overview shows only the latest. */
		attacks: attackIndex(getDataset(), lang)
	};
}) satisfies PageServerLoad;
