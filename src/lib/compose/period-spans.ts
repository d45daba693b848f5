/**
 * Period tallies drawn on a compare chart: a weekly or monthly tally is drawn as a bar spanning
 * its period behind the series it speaks about (the pick whose metric it gives and whose source
 * its nightly sum was checked against), when the chart sums by that same period. A tally over
 * another span than the chart's periods would have no bar of its own width, so it is left out.
 */
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import { addDays } from '../stats/night.ts';
import { periodOf } from '../stats/periods.ts';
import { monthNights } from '../stats/reconcile.ts';
import type { ComposedChart } from './composition.ts';

/** A period claim's figure, as the compare page ships it. */
export interface PeriodTally {
	id: string;
	/** Who gave the tally, named in the page's language. */
	sourceName: string;
	metric: Metric;
	/** The source whose nightly claims it is compared with. */
	against: string;
	from: string;
	to: string;
	figure: QualifiedFigure;
}

export interface PeriodSpan {
	/** Index into the chart's periods. */
	period: number;
	/** Index into the chart's picks: the series the bar stands behind. */
	pick: number;
	tally: PeriodTally;
}

/** Whether nights `from`–`to` are exactly one period of the chart's granularity. */
function isOnePeriod(from: string, to: string, by: ComposedChart['by']): boolean {
	if (by === 'week') return periodOf(from, 'week') === from && addDays(from, 6) === to;
	if (by === 'month') {
		const month = monthNights(from.slice(0, 7));
		return month.from === from && month.to === to;
	}
	return false;
}

/** The tallies to draw on a chart whose periods are `periods` (from its built series). */
export function periodSpans(
	tallies: readonly PeriodTally[],
	chart: ComposedChart,
	periods: readonly string[]
): PeriodSpan[] {
	// a running total or a share of the maximum is not on the tallies' scale
	if (chart.values !== 'period' || chart.normalised || chart.by === 'night') return [];
	const index = new Map(periods.map((p, i) => [p, i]));
	const spans: PeriodSpan[] = [];
	for (const tally of tallies) {
		if (!isOnePeriod(tally.from, tally.to, chart.by)) continue;
		const period = index.get(periodOf(tally.from, chart.by));
		if (period === undefined) continue;
		chart.picks.forEach((pick, i) => {
			if (pick.metric === tally.metric && pick.source === tally.against)
				spans.push({ period, pick: i, tally });
		});
	}
	return spans.sort((a, b) => a.period - b.period || a.pick - b.pick);
}
