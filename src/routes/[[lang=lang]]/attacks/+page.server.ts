import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { months } from '#lib/data/nights.ts';

// a document, not an app: no hydration, so the page ships its content once (as markup) and
// no framework code; the header's theme select works through the inline theme script (theme-boot.ts)
export const csr = false;

export const load = (() => {
	const data = getDataset();
	return {
		/** Months with attacks, newest first, with their counts: one page each. */
		months: months(data),
		attackCount: data.attacks.length
	};
}) satisfies PageServerLoad;
