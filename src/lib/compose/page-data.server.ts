import { getDataset } from '../data/dataset.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import { periodRows } from '../data/period-view.ts';
import { isNightlyMetric } from '../stats/reconcile.ts';
import type { PeriodTally } from './period-spans.ts';

/**
 * What the compare page and its embed need before any claim arrives: the sources that can be
 * picked and the date bounds. Both pages are shells: the composition lives in the URL, which
 * prerendering cannot see, so every chart is built in the browser from
 * /data/daily.json, fetched once on mount.
 */
export function composePageData(lang: Lang) {
	const data = getDataset();
	const given = new Set(
		data.attacks.flatMap((a) => a.claims.filter((c) => Object.keys(c.figures).length).map((c) => c.source))
	);
	const dates = data.attacks.map((a) => a.date).sort();
	return {
		/** Sources with some figure, named in the page's language, with the kind that puts them in a group. */
		sources: data.sources
			.filter((s) => given.has(s.id))
			.map((s) => ({ id: s.id, name: localName(lang, s.name), side: s.side, kind: s.kind })),
		/** First and last night in the data, bounds of the date inputs. */
		range: { min: dates[0] ?? '', max: dates.at(-1) ?? '' },
		/** Weekly and monthly tallies of nightly metrics, drawn behind the series they speak about. */
		tallies: periodRows(data).flatMap((r): PeriodTally[] =>
			isNightlyMetric(r.metric)
				? [
						{
							id: r.id,
							sourceName: localName(lang, r.sourceName),
							metric: r.metric,
							against: r.against,
							from: r.from,
							to: r.to,
							figure: r.figure
						}
					]
				: []
		)
	};
}
