/**
 * What the /periods page and the period downloads show: one row per figure of a period claim,
 * beside the nightly sum it is checked against (stats/reconcile.ts), with the names and the
 * article it needs and nothing else.
 */
import type { Names } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { PeriodMetric } from '../schema/metrics.ts';
import type { Interval } from '../stats/interval.ts';
import { periodKind, reconcilePeriods, type Verdict } from '../stats/reconcile.ts';
import type { Dataset } from './load.server.ts';

export interface PeriodRow {
	/** The period claim's id; with `metric`, unique. */
	id: string;
	source: string;
	sourceName: Names;
	article: { id: string; outlet: string; title?: string; url?: string; published?: string };
	attacker: 'RU' | 'UA';
	from: string;
	to: string;
	kind: 'month' | 'week' | 'nights';
	periodNote?: string;
	quote: string;
	metric: PeriodMetric;
	figure: QualifiedFigure;
	/** The source whose nightly figures were summed, and its name. */
	against: string;
	againstName: Names;
	nights: number;
	recorded: number;
	/** First and last night summed. */
	first?: string;
	last?: string;
	/** The sum over the recorded nights; `hi` is Infinity for an open-ended one. */
	sum?: Interval;
	verdict: Verdict;
	difference?: { count: number; percent?: number };
}

/** Every figure of every period claim, newest period first, then by source and metric. */
export function periodRows(data: Dataset): PeriodRow[] {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const articles = new Map(data.articles.map((a) => [a.id, a]));
	const nameOf = (id: string): Names => sources.get(id)?.name ?? { en: id };
	const rows = reconcilePeriods(data.periods ?? [], data.attacks).flatMap(({ period, figures }) => {
		const article = articles.get(period.article);
		return figures.map(
			(r): PeriodRow => ({
				id: period.id,
				source: period.source,
				sourceName: nameOf(period.source),
				article: {
					id: period.article,
					outlet: article?.outlet ?? period.article,
					title: article?.title,
					url: article?.url,
					published: article?.published
				},
				attacker: period.attacker,
				from: period.from,
				to: period.to,
				kind: periodKind(period.from, period.to),
				periodNote: period.period_note,
				quote: period.quote,
				metric: r.metric,
				figure: r.figure,
				against: r.against,
				againstName: nameOf(r.against),
				nights: r.nights,
				recorded: r.recorded,
				first: r.first,
				last: r.last,
				sum: r.sum,
				verdict: r.verdict,
				difference: r.difference
			})
		);
	});
	return rows.sort(
		(a, b) =>
			b.to.localeCompare(a.to) || a.source.localeCompare(b.source) || a.id.localeCompare(b.id) || a.metric.localeCompare(b.metric)
	);
}

/** The rows a reader chose: one source and one metric, or all (empty string). */
export function filterPeriodRows(rows: readonly PeriodRow[], source: string, metric: string): PeriodRow[] {
	return rows.filter((r) => (!source || r.source === source) && (!metric || r.metric === metric));
}

/** How many rows have each verdict, and the period claims they come from. */
export function verdictCounts(rows: readonly PeriodRow[]): Record<Verdict, number> & { claims: number } {
	const counts = { agrees: 0, consistent: 0, above: 0, below: 0, none: 0 };
	for (const r of rows) counts[r.verdict]++;
	return { ...counts, claims: new Set(rows.map((r) => r.id)).size };
}

/**
 * The figure furthest from its nightly sum, in percent, among those with every night recorded
 * (with nights missing, a sum is only a lower bound, and its percentage says little).
 */
export function largestDisagreement(rows: readonly PeriodRow[]): PeriodRow | undefined {
	let worst: PeriodRow | undefined;
	for (const r of rows) {
		if (r.verdict !== 'above' && r.verdict !== 'below') continue;
		if (r.recorded !== r.nights || r.difference?.percent === undefined) continue;
		if (!worst || Math.abs(r.difference.percent) > Math.abs(worst.difference!.percent!)) worst = r;
	}
	return worst;
}
