/**
 * A toll that rose over the following days, as the night page tells it: the reports one source
 * gave of one casualty figure for the same places, the latest first. The comparison table puts
 * them side by side as separate claims; read as a history they say how the count grew.
 */
import type { AttackDetail, ClaimDetail, PlaceRef } from './views.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';

/** The figures a toll is counted in: they rise as the dead are found and the injured counted. */
const tollMetrics = ['killed', 'injured', 'children_killed', 'children_injured'] as const satisfies readonly Metric[];

export interface TollReport {
	/** The claim, for its card's anchor. */
	claimId: string;
	figure: QualifiedFigure;
	/** The article's date (ISO); absent when the article has none. */
	published?: string;
	outlet: string;
}

export interface TollHistory {
	source: ClaimDetail['source'];
	metric: Metric;
	places: PlaceRef[];
	/** Latest first. */
	reports: TollReport[];
}

const sameFigure = (a: QualifiedFigure, b: QualifiedFigure) => a.value === b.value && a.qualifier === b.qualifier;

/**
 * Every toll of the attack that a source gave more than once with different figures. Reports
 * are ordered by their article's date, newest first; reports of one day (or undated ones) keep
 * the order in which the curator recorded them, reversed, since a night's file lists a
 * source's updates as they came. Undated reports go last.
 */
export function tollHistories(attack: Pick<AttackDetail, 'claimDetails'>): TollHistory[] {
	const groups = new Map<string, TollHistory & { order: number[] }>();
	attack.claimDetails.forEach((claim, index) => {
		for (const metric of tollMetrics) {
			const figure = claim.figures[metric];
			if (!figure) continue;
			const key = [claim.source.id, metric, ...claim.places.map((p) => p.id).sort()].join('\u0000');
			let group = groups.get(key);
			if (!group) groups.set(key, (group = { source: claim.source, metric, places: claim.places, reports: [], order: [] }));
			group.reports.push({
				claimId: claim.id,
				figure,
				...(claim.article.published ? { published: claim.article.published } : {}),
				outlet: claim.article.outlet
			});
			group.order.push(index);
		}
	});
	return [...groups.values()]
		.filter((g) => g.reports.some((r) => !sameFigure(r.figure, g.reports[0].figure)))
		.map(({ order, reports, ...group }) => ({
			...group,
			reports: reports
				.map((report, i) => ({ report, index: order[i] }))
				.sort(
					(a, b) =>
						(b.report.published ?? '').localeCompare(a.report.published ?? '') || b.index - a.index
				)
				.map(({ report }) => report)
		}));
}
