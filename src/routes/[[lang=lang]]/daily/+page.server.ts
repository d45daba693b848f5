import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { dailyDataOf, dailyFiles } from '#lib/data/daily-data.ts';
import { localName } from '#lib/i18n/index.ts';
import { dailyDefaultFilter } from '#lib/map/filter.ts';
import { dailyViews } from '#lib/stats/daily-views.ts';
import { packViews } from '#lib/stats/packed-views.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const data = getDataset();
	const daily = dailyDataOf(data, lang);
	const dates = daily.attacks.map((a) => a.date);
	const regionCodes = new Set(daily.claims.flatMap((c) => c.regions));
	return {
		/** Sources and weapon types, by index as the series name them. */
		names: { sources: daily.sources, weapons: daily.weapons },
		/** The first view's series in columns, without their claims: /data/daily.json has those. */
		first: packViews(dailyViews(dailyFiles(data).table, dailyDefaultFilter)),
		/** Sources with some claim with figures, for the source filter. */
		usedSources: daily.sources.filter((_, i) => daily.claims.some((c) => c.source === i)),
		/** First and last night in the data, bounds of the date filter. */
		range: { min: dates[0] ?? '', max: dates.at(-1) ?? '' },
		/** Regions some claim speaks for, named from their region place when there is one. */
		regions: [...regionCodes].sort().map((code) => {
			const place = data.places.find((p) => p.kind === 'region' && p.region === code);
			return { code, name: place ? localName(lang, place.names) : code };
		})
	};
}) satisfies PageServerLoad;
