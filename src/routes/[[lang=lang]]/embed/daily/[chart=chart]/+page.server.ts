import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyDataOf, dailyFiles } from '#lib/data/daily-data.ts';
import { embedCharts, isEmbedChart } from '#lib/embed/charts.ts';
import { dailyEmbed, embedWithoutClaims } from '#lib/embed/daily-embed.ts';

// no page links to the embeds: list them, in both languages
export const entries = (() =>
	embedCharts.flatMap((chart) => [{ chart }, { lang: 'it', chart }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	if (!isEmbedChart(params.chart)) error(404, `No embed for ${params.chart}`);
	// three charts per language share one shaping of every claim (dailyDataOf)
	const daily = dailyDataOf(getDataset(), lang);
	const dates = daily.attacks.map((a) => a.date);
	return {
		/** The chart's slug, for ids and file names. */
		slug: params.chart,
		/** The default view of the chart, without the claims behind its points. */
		chart: embedWithoutClaims(dailyEmbed(daily, dailyFiles(getDataset()).table, lang, params.chart)),
		/** Sources and weapon types: an address with filters draws its view in the browser. */
		names: { sources: daily.sources, weapons: daily.weapons },
		/** First and last night in the data: a filter's dates are held to them, as on /daily. */
		range: { min: dates[0] ?? '', max: dates.at(-1) ?? '' }
	};
}) satisfies PageServerLoad;
