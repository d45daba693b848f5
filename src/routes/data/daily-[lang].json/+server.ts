import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyData } from '#lib/data/daily-data.ts';
import { isLang, langs } from '#lib/i18n/index.ts';

export const prerender = true;
export const entries = (() => langs.map((lang) => ({ lang }))) satisfies EntryGenerator;

/**
 * Every claim with figures, shaped for the daily charts, fetched by /daily (and /compare) when
 * the reader first filters or reads a chart's tooltips: the page ships only the default view's
 * series, so its weight grows with nights, not claims.
 */
export const GET = (({ params }) => {
	if (!isLang(params.lang)) error(404, `No language ${params.lang}`);
	return json(dailyData(getDataset(), params.lang));
}) satisfies RequestHandler;
