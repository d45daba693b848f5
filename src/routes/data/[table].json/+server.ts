import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { listTables, tableJson, type ListTable } from '#lib/publish/tables.ts';

export const prerender = true;
export const entries = (() => listTables.map((table) => ({ table }))) satisfies EntryGenerator;

/** A record list (sources, articles, places, weapons) as JSON, the records as the site reads them. */
export const GET = (({ params }) => {
	if (!listTables.includes(params.table as ListTable)) error(404, `No table ${params.table}`);
	return new Response(tableJson(getDataset(), params.table as ListTable), {
		headers: { 'content-type': 'application/json' }
	});
}) satisfies RequestHandler;
