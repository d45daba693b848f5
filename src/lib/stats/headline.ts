/**
 * The overview's headline figures: for the last nights of data, what each source's figures
 * add up to, metric by metric, and how far apart the sources are.
 */
import type { Attack } from '../schema/attack.ts';
import type { Country } from '../schema/common.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import { addIntervals, toInterval, type Interval } from './interval.ts';
import { sourceFigure } from './sources.ts';
import { wholes } from './parts.ts';

/** The nights the headline covers, both ends included (`YYYY-MM-DD`). */
export interface HeadlineWindow {
	from: string;
	to: string;
}

/** One source's figures for one metric, summed over the window. */
export interface SourceTotal {
	source: string;
	/** The sum as an interval, qualifiers carried through ("at least 13" + 2 is "at least 15"). */
	total: Interval;
	/** The sum of the numbers the source wrote (">420" counts as 420): orders the totals. */
	stated: number;
	/** Attacks in the window the source gave the metric for: totals over different attacks differ. */
	attacks: number;
	/** The source this one is a part of (a regional command's whole, the Air Force). */
	partOf?: string;
}

export interface HeadlineFigure {
	metric: Metric;
	/** Every source that gives the metric in the window, largest stated total first. */
	sources: SourceTotal[];
	/**
	 * The range across sources: from the smallest stated total to the largest, each end kept as
	 * the interval it is so that its words keep their qualifier ("at least 15 to 635").
	 */
	range: { low: Interval; high: Interval };
}

export interface Headline {
	window: HeadlineWindow;
	/** Only the metrics some source gives in the window, in the catalogue's order. */
	figures: HeadlineFigure[];
}

/** A calendar date `days` before another (both `YYYY-MM-DD`, no time zone involved). */
export function daysBefore(iso: string, days: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/**
 * Headline figures for the `nights` days ending at the latest attack date in the data, that
 * day included (the data's last night, not today's: a static build must not drift with the
 * clock). `undefined` when there are no attacks. With `attacker`, only that side's attacks are
 * summed, over the same window: the Russian MoD's count of Ukrainian drones and the Air Force's
 * count of Russian ones are not figures for the same attacks and belong to separate headlines.
 *
 * A source's total is the sum, over the attacks in the window, of its figure for each attack,
 * as `sourceFigure` counts it (a night's waves added, each from its latest report; the largest
 * of unrelated claims). With `parts` (part → whole, `partOf`), a part's total is listed under
 * its whole and left out of the range. A source that does not give the metric for an attack adds nothing and is
 * not counted as zero; a source that gives it for no attack in the window is left out.
 *
 * The range runs between stated totals, not from the lowest lower bound to the highest upper
 * bound: one "at least" would make that range endless, and the reader would lose the largest
 * figure a source actually gave. Each end keeps its interval, so its words keep its qualifier.
 */
export function headlineFigures(
	attacks: readonly Attack[],
	nights = 30,
	attacker?: Country,
	parts: ReadonlyMap<string, string> = new Map()
): Headline | undefined {
	if (attacks.length === 0) return undefined;
	const to = attacks.reduce((latest, a) => (a.date > latest ? a.date : latest), attacks[0].date);
	const window = { from: daysBefore(to, nights - 1), to };
	const inWindow = attacks.filter(
		(a) => a.date >= window.from && a.date <= window.to && (!attacker || a.attacker === attacker)
	);
	const figures = metrics.flatMap((metric): HeadlineFigure[] => {
		const totals = new Map<string, SourceTotal>();
		for (const attack of inWindow) {
			for (const source of new Set(attack.claims.map((c) => c.source))) {
				const given = sourceFigure(attack, source, metric);
				if (!given) continue;
				const interval = toInterval(given.figure);
				const sofar = totals.get(source);
				totals.set(
					source,
					sofar
						? {
								source,
								total: addIntervals(sofar.total, interval),
								stated: sofar.stated + given.figure.value,
								attacks: sofar.attacks + 1
							}
						: { source, total: interval, stated: given.figure.value, attacks: 1 }
				);
			}
		}
		if (totals.size === 0) return [];
		// ties on the stated total: the higher lower bound first, then the higher upper bound
		// ("at least 3" above 3, so 3 is the low end), then by id for a stable order
		const order = (a: SourceTotal, b: SourceTotal) =>
			b.stated - a.stated ||
			b.total.lo - a.total.lo ||
			(a.total.hi === b.total.hi ? 0 : b.total.hi > a.total.hi ? 1 : -1) ||
			a.source.localeCompare(b.source);
		for (const total of totals.values()) {
			const whole = parts.get(total.source);
			if (whole) total.partOf = whole;
		}
		// the range runs across whole sources only: a regional command's total is part of its
		// whole's, never a rival figure (issue 16); its parts are listed under it
		const ranked = wholes([...totals.values()], (t) => t.source, parts).sort(order);
		const shown = new Set(ranked);
		const sources: SourceTotal[] = [];
		for (const total of ranked) {
			sources.push(total);
			const under = [...totals.values()]
				.filter((t) => t.partOf === total.source && !shown.has(t))
				.sort(order);
			for (const part of under) shown.add(part);
			sources.push(...under);
		}
		sources.push(...[...totals.values()].filter((t) => !shown.has(t)).sort(order));
		return [{ metric, sources, range: { low: ranked[ranked.length - 1].total, high: ranked[0].total } }];
	});
	return { window, figures };
}
