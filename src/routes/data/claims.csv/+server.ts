import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { eachClaimRecord } from '#lib/data/claims.ts';
import { claimsCsvChunks } from '#lib/data/export.ts';
import { byteStream } from '#lib/data/byte-stream.ts';

export const prerender = true;

/** One row per claim; columns documented on the downloads page. Streamed in chunks, as claims.json. */
export const GET = (() =>
	new Response(byteStream(claimsCsvChunks(eachClaimRecord(getDataset()))), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	})) satisfies RequestHandler;
