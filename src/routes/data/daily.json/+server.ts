import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyFiles } from '#lib/data/daily-data.ts';

export const prerender = true;

/**
 * Every claim with figures as columns (see `DailyColumns`), fetched by /daily when the reader
 * first filters or reads a chart, and by /compare on mount: the page ships only the default
 * view's series, so its weight grows with nights, not claims. One file for every language: it
 * names sources by id (the pages have their names), and the claims' words are in
 * /data/daily-quotes/<month>.json.
 */
export const GET = (() => json(dailyFiles(getDataset()).columns)) satisfies RequestHandler;
