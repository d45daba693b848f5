import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyData, dailyFiles } from '#lib/data/daily-data.ts';
import { embedCharts, isEmbedChart } from '#lib/embed/charts.ts';
import { dailyEmbed } from '#lib/embed/daily-embed.ts';
import type { Lang } from '#lib/i18n/index.ts';
import type { DailyData } from '#lib/stats/daily.ts';

// no page links to the embeds: list them, in both languages
export const entries = (() =>
	embedCharts.flatMap((chart) => [{ chart }, { lang: 'it', chart }])) satisfies EntryGenerator;

// three charts per language share one shaping of every claim
const shaped = new Map<Lang, DailyData>();

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	if (!isEmbedChart(params.chart)) error(404, `No embed for ${params.chart}`);
	let daily = shaped.get(lang);
	if (!daily) shaped.set(lang, (daily = dailyData(getDataset(), lang)));
	return {
		/** The chart's slug, for ids and file names. */
		slug: params.chart,
		/** The default view of the chart, without the claims behind its points. */
		chart: dailyEmbed(daily, dailyFiles(getDataset()).table, lang, params.chart)
	};
}) satisfies PageServerLoad;
