import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { months } from '#lib/data/nights.ts';

export const load = (() => {
	const data = getDataset();
	return {
		/** Months with attacks, newest first, with their counts: one page each. */
		months: months(data),
		attackCount: data.attacks.length
	};
}) satisfies PageServerLoad;
