/**
 * The overview's headline figures in one language: the stats of `headline.ts` with source
 * names in place of ids. Pure: dataset in, page data out.
 */
import type { Dataset } from './load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { Country } from '../schema/common.ts';
import type { Metric } from '../schema/metrics.ts';
import { partsOf } from '../stats/parts.ts';
import { headlineFigures, type HeadlineWindow } from '../stats/headline.ts';
import type { Interval } from '../stats/interval.ts';

export interface HeadlineSourceView {
	id: string;
	name: string;
	total: Interval;
	/** Attacks in the window the source gave the metric for. */
	attacks: number;
	/** Name of the source this one is a part of (a regional command's: the Air Force). */
	partOf?: string;
}

export interface HeadlineFigureView {
	metric: Metric;
	/** Lowest and highest source totals (by stated value). */
	low: Interval;
	high: Interval;
	/** Largest stated total first. */
	sources: HeadlineSourceView[];
}

/** The headline of one side's attacks. */
export interface HeadlineGroupView {
	attacker: Country;
	figures: HeadlineFigureView[];
}

export interface HeadlineView {
	window: HeadlineWindow;
	/** The length of the window in nights, for its caption. */
	nights: number;
	/** Russian strikes first, then Ukrainian ones; a side with no figure in the window is left out. */
	groups: HeadlineGroupView[];
}

/**
 * Headline figures for the last `nights` nights of data, one group per attacking side (a sum
 * of Russian drones and Ukrainian ones would describe no attack); `undefined` when there is no
 * attack.
 */
export function headlineView(data: Dataset, lang: Lang, nights = 30): HeadlineView | undefined {
	const names = new Map(data.sources.map((s) => [s.id, localName(lang, s.name)]));
	const sides = (['RU', 'UA'] as const).map((attacker) => ({
		attacker,
		headline: headlineFigures(data.attacks, nights, attacker, partsOf(data.sources))
	}));
	const window = sides[0].headline?.window;
	if (!window) return undefined;
	return {
		window,
		nights,
		groups: sides.flatMap(({ attacker, headline }) =>
			headline?.figures.length
				? [
						{
							attacker,
							figures: headline.figures.map((f) => ({
								metric: f.metric,
								low: f.range.low,
								high: f.range.high,
								sources: f.sources.map((s) => ({
									id: s.source,
									name: names.get(s.source) ?? s.source,
									total: s.total,
									attacks: s.attacks,
									...(s.partOf ? { partOf: names.get(s.partOf) ?? s.partOf } : {})
								}))
							}))
						}
					]
				: []
		)
	};
}
