import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { eachClaimRecord } from '#lib/data/claims.ts';
import { claimsJsonChunks } from '#lib/data/export.ts';
import { byteStream } from '#lib/data/byte-stream.ts';

export const prerender = true;

/**
 * Every claim, one object each, with the sources, articles and places they name. Streamed in
 * chunks: as one string the file passes V8's longest string a little above 100k attacks.
 * The content type is the one `json()` sets.
 */
export const GET = (() => {
	const data = getDataset();
	return new Response(byteStream(claimsJsonChunks(data, eachClaimRecord(data))), {
		headers: { 'content-type': 'application/json' }
	});
}) satisfies RequestHandler;
