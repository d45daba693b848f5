import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { claimRecords } from '#lib/data/claims.ts';
import { claimsCsv } from '#lib/data/export.ts';

export const prerender = true;

/** One row per claim; columns documented on the downloads page. */
export const GET = (() =>
	new Response(claimsCsv(claimRecords(getDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	})) satisfies RequestHandler;
