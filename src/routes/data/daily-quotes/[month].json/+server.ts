import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyFiles } from '#lib/data/daily-data.ts';
import { listedMonths } from '#lib/data/record-index.server.ts';

export const prerender = true;
// listed from the folder's file names: reading every record to list them cost a second read
export const entries = (() => listedMonths().map((month) => ({ month }))) satisfies EntryGenerator;

/**
 * The words of a month's claims with figures, in the order of /data/daily.json's claims
 * (`quoteAt` finds a claim's): fetched when a tooltip or the keyboard reads a point of that
 * month. A month's words rather than every claim's: at 100k attacks those were most of the
 * daily file. In the source's language, so one file serves every page language.
 */
export const GET = (({ params }) => {
	if (!/^\d{4}-\d{2}$/.test(params.month)) error(404, `No month ${params.month}`);
	// a month with attack files but no figure has an empty list
	return json({ month: params.month, quotes: dailyFiles(getDataset()).quotes.get(params.month) ?? [] });
}) satisfies RequestHandler;
