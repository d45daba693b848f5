/**
 * A chart's facts (stats/lede.ts) as the one sentence that opens the view, in the reader's
 * language: "In the 30 nights to 31 December 2025 Russia launched 6,726 drones, Ukrainian Air
 * Force says; it reports 91% of them intercepted." Figures keep their qualifiers (intervalWords).
 */
import type { Filter } from '../map/filter.ts';
import type { Metric } from '../schema/metrics.ts';
import type { LedeFacts } from '../stats/lede.ts';
import { formatDate, formatMonth, formatNight, formatNumber, intervalWords, t, type Lang } from './index.ts';

/** A period in the words of its grouping: a night's date, "week of …" (the date), a month. */
function periodDate(lang: Lang, by: Filter['by'], p: string): string {
	return by === 'month' ? formatMonth(lang, p) : formatDate(lang, p);
}

/** A share as a whole percentage: "91%". */
export function percentWords(lang: Lang, share: number): string {
	return `${formatNumber(lang, Math.round(share * 100))}%`;
}

function spanWords(lang: Lang, facts: LedeFacts, by: Filter['by']): string {
	const first = periodDate(lang, by, facts.first);
	const last = periodDate(lang, by, facts.last);
	if (by === 'night')
		return facts.count === 1
			? t(lang, 'lede.span.night', { night: formatNight(lang, facts.first) })
			: t(lang, 'lede.span.nights', { n: formatNumber(lang, facts.count), last });
	const key = by === 'week' ? 'week' : 'month';
	return facts.count === 1
		? t(lang, `lede.span.${key}`, { first })
		: t(lang, `lede.span.${key}s`, { first, last });
}

export interface LedeContext {
	by: Filter['by'];
	attacker: Filter['attacker'];
	metric: Metric;
	/** A source's name by its index in the table. */
	sourceName: (source: number) => string;
}

/** How many sources besides the lead one the sentence names. */
export const ledeOthers = 2;

export function ledeSentence(lang: Lang, facts: LedeFacts, c: LedeContext): string {
	const [main, ...others] = facts.totals;
	const span = spanWords(lang, facts, c.by);
	const figure = intervalWords(lang, main.total);
	const source = c.sourceName(main.source);
	const family = c.metric.startsWith('missiles') ? 'missiles' : 'drones';
	// "Russia launched …" only says who launched when the filter says it: else the metric's name
	let text =
		c.metric.endsWith('_launched') && c.attacker !== 'all'
			? t(lang, 'lede.launched', {
					span,
					country: t(lang, `lede.country.${c.attacker}`),
					figure,
					family: t(lang, `lede.family.${family}`),
					source
				})
			: t(lang, 'lede.metric', { span, metric: t(lang, `metric.${c.metric}`).toLowerCase(), figure, source });
	const partial = (given: number) =>
		given < facts.count
			? t(lang, 'lede.partial', {
					given: formatNumber(lang, given),
					unit: t(lang, `lede.unit.${c.by}`, { count: formatNumber(lang, facts.count) })
				})
			: '';
	text += partial(main.given);
	if (facts.rate) text += t(lang, 'lede.rate', { rate: percentWords(lang, facts.rate.value) });
	// one sentence, not a list: the two sources after the lead one by name, the rest counted
	// (the summary row and the chart's table give every source)
	for (const o of others.slice(0, ledeOthers))
		text +=
			t(lang, 'lede.other', { source: c.sourceName(o.source), figure: intervalWords(lang, o.total) }) +
			partial(o.given);
	if (others.length > ledeOthers)
		text += t(lang, 'lede.more', { n: formatNumber(lang, others.length - ledeOthers) });
	return `${text}.`;
}
