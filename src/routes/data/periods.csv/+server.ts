import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { periodRows } from '#lib/data/period-view.ts';
import { periodsCsv } from '#lib/data/period-export.ts';

export const prerender = true;

/** One row per figure of a period claim, beside its nightly sum; columns on the downloads page. */
export const GET = (() =>
	new Response(periodsCsv(periodRows(getDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	})) satisfies RequestHandler;
