import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { periodRows } from '#lib/data/period-view.ts';
import { periodsJson } from '#lib/data/period-export.ts';

export const prerender = true;

/** The same rows as periods.csv, with the article and names for each. */
export const GET = (() =>
	new Response(periodsJson(periodRows(getDataset())), {
		headers: { 'content-type': 'application/json' }
	})) satisfies RequestHandler;
