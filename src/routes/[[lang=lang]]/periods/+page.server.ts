import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { periodRows } from '#lib/data/period-view.ts';

export const load = (() => ({
	/** Every figure of every period claim beside its nightly sum, newest period first. */
	rows: periodRows(getDataset())
})) satisfies PageServerLoad;
