import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { listTables, tableCsv, type ListTable } from '#lib/publish/tables.ts';

export const prerender = true;
export const entries = (() => listTables.map((table) => ({ table }))) satisfies EntryGenerator;

/** A record list (sources, articles, places, weapons) as CSV; its Table Schema is in /data/datapackage.json. */
export const GET = (({ params }) => {
	if (!listTables.includes(params.table as ListTable)) error(404, `No table ${params.table}`);
	return new Response(tableCsv(getDataset(), params.table as ListTable), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}) satisfies RequestHandler;
