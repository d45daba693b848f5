/**
 * How one source's figures compare with every other source's, on the attacks both reported.
 * Pure: attacks in, comparisons out; the page's view turns ids into names.
 */
import type { Attack } from '../schema/attack.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import { intersects, toInterval } from './interval.ts';
import { accountsOf, type Account } from './counted.ts';

/** A source's figure for one metric of one attack, after the several-claims rule. */
export interface SourceFigure {
	/** The figure compared: the largest stated value among the source's claims on the attack. */
	figure: QualifiedFigure;
	/** Id of the claim (within the attack) that gives it. */
	claim: string;
	/** The places the claim speaks for: its own, or else the attack's. */
	places: string[];
	/** Figures the same source's other claims on the attack give, set aside but kept for display. */
	others: QualifiedFigure[];
}

/**
 * A source's figure for a metric on an attack; `undefined` when none of its claims gives it
 * (not said, never zero).
 *
 * Claims that follow one another (`follows`: a later report, a second wave) are one account:
 * its figure is the sum over its waves of each wave's latest report (counted.ts). When a
 * source has several accounts on one attack that give the metric (an outlet's headline and
 * its body, "426 droni" and "oltre 420 droni"), the one with the largest stated value is
 * used: the source did say that number, and taking the largest means a comparison never
 * makes a source look more cautious than it was. Ties go to the figure with the higher lower
 * bound ("more than 420" before "420"), then to the first claim in file order.
 */
export function sourceFigure(attack: Attack, source: string, metric: Metric): SourceFigure | undefined {
	const claims = attack.claims.filter((c) => c.source === source);
	let best: Account | undefined;
	for (const account of accountsOf(claims, (c) => c.figures[metric])) {
		const figure = account.figure;
		if (
			!best ||
			figure.value > best.figure.value ||
			(figure.value === best.figure.value && toInterval(figure).lo > toInterval(best.figure).lo)
		)
			best = account;
	}
	if (!best) return undefined;
	const chosen = new Set(best.claims);
	const first = claims.find((c) => c.id === best.claim)!;
	return {
		figure: best.figure,
		claim: best.claim,
		places: first.places ?? attack.places,
		others: claims.flatMap((c) => {
			const f = c.figures[metric];
			return f && !chosen.has(c.id) ? [f] : [];
		})
	};
}

/** One attack both sources gave a metric for, with the two figures side by side. */
export interface SharedFigure {
	attack: string;
	date: string;
	/** The compared source's figure. */
	mine: SourceFigure;
	/** The other source's figure. */
	theirs: SourceFigure;
	/**
	 * Whether both could be right (their intervals intersect); `undefined` for a toll the two
	 * claims count over different places (a mayor's city against a nationwide count), which no
	 * number can settle.
	 */
	agree: boolean | undefined;
	/** mine / theirs on the stated values, when both are above zero and the row is compared. */
	ratio: number | undefined;
}

/** The comparison of two sources on one metric, summed up. */
export interface PairSummary {
	/** Attacks where both sources give the metric. */
	shared: number;
	/** Of those, the attacks where the figures are compared (see `placeBound`). */
	compared: number;
	/** Of those, the attacks where both could be right. */
	agree: number;
	/** Median of mine / theirs over compared attacks with both above zero; `undefined` when there are none. */
	medianRatio: number | undefined;
}

export interface MetricPair {
	metric: Metric;
	/** Shared attacks, newest first. */
	rows: SharedFigure[];
	summary: PairSummary;
}

/** One source set against another. */
export interface SourcePair {
	/** The other source's id. */
	other: string;
	/** Attacks both sources made a claim about, whatever the figures. */
	sharedAttacks: number;
	/** Only the metrics both gave on at least one shared attack, in the catalogue's order. */
	metrics: MetricPair[];
}

/** The median of some numbers; `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Tolls are counted where people were hit, so a mayor's dead are those of one city: the
 * places a claim speaks for bound what it counts, and two tolls over different places are not
 * compared. Launches and interceptions are tallies of the attack as a whole (an Air Force post
 * names the regions hit, not the regions its count is limited to), so they are compared
 * whatever places the two claims name, as on the attack page.
 */
export const placeBound: ReadonlySet<Metric> = new Set([
	'killed',
	'injured',
	'children_killed',
	'children_injured'
]);

function samePlaces(a: readonly string[], b: readonly string[]): boolean {
	const set = new Set(a);
	return set.size === new Set(b).size && b.every((p) => set.has(p));
}

function summarise(rows: readonly SharedFigure[]): PairSummary {
	const compared = rows.filter((r) => r.agree !== undefined);
	return {
		shared: rows.length,
		compared: compared.length,
		agree: compared.filter((r) => r.agree).length,
		medianRatio: median(rows.flatMap((r) => (r.ratio === undefined ? [] : [r.ratio])))
	};
}

/**
 * Sets `source` against every other source on the attacks both reported: for each metric, the
 * attacks where both give it, whether the two figures could both be right, and the median
 * ratio of their stated values. A metric either source leaves out of an attack is not said,
 * so that attack does not count for it. Other sources come most-shared first.
 *
 * A part of a source (`parts`: an Air Force regional command → the Air Force) counts its own
 * region: its figures are compared only with another part's for the same places, never with
 * a whole's or a national count; such rows are listed, not compared (`agree` undefined).
 */
export function compareSource(
	attacks: readonly Attack[],
	source: string,
	parts: ReadonlyMap<string, string> = new Map()
): SourcePair[] {
	const mine = attacks
		.filter((a) => a.claims.some((c) => c.source === source))
		.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
	// rows per other source and metric, gathered in one pass over this source's attacks: asking
	// every pair for every metric on every shared attack was most of a 10k build's source pages
	const others = new Map<string, { shared: number; rows: Map<Metric, SharedFigure[]> }>();
	for (const attack of mine) {
		const bySource = figuresOf(attack);
		const own = bySource.get(source)!;
		for (const [other, theirs] of bySource) {
			if (other === source) continue;
			let pair = others.get(other);
			if (!pair) others.set(other, (pair = { shared: 0, rows: new Map() }));
			pair.shared++;
			for (const [metric, a] of own) {
				const b = theirs.get(metric);
				if (!b) continue;
				const regional = parts.has(source) || parts.has(other);
				const comparable = regional
					? parts.has(source) && parts.has(other) && samePlaces(a.places, b.places)
					: !placeBound.has(metric) || samePlaces(a.places, b.places);
				const agree = comparable ? intersects(toInterval(a.figure), toInterval(b.figure)) : undefined;
				const ratio =
					comparable && a.figure.value > 0 && b.figure.value > 0
						? a.figure.value / b.figure.value
						: undefined;
				let rows = pair.rows.get(metric);
				if (!rows) pair.rows.set(metric, (rows = []));
				rows.push({ attack: attack.id, date: attack.date, mine: a, theirs: b, agree, ratio });
			}
		}
	}
	const pairs = [...others].map(([other, { shared, rows }]): SourcePair => ({
		other,
		sharedAttacks: shared,
		metrics: metrics.flatMap((metric): MetricPair[] => {
			const found = rows.get(metric);
			return found ? [{ metric, rows: found, summary: summarise(found) }] : [];
		})
	}));
	return pairs.sort((a, b) => b.sharedAttacks - a.sharedAttacks || a.other.localeCompare(b.other));
}

/**
 * Every source's figure for every metric it gives on an attack (as `sourceFigure` finds it),
 * found once per attack for all the source pages of a build.
 */
const figuresByAttack = new WeakMap<Attack, Map<string, Map<Metric, SourceFigure>>>();
function figuresOf(attack: Attack): Map<string, Map<Metric, SourceFigure>> {
	let bySource = figuresByAttack.get(attack);
	if (bySource) return bySource;
	bySource = new Map();
	for (const claim of attack.claims) {
		let figures = bySource.get(claim.source);
		if (!figures) bySource.set(claim.source, (figures = new Map()));
		for (const metric of Object.keys(claim.figures) as Metric[]) {
			if (figures.has(metric) || !claim.figures[metric]) continue;
			figures.set(metric, sourceFigure(attack, claim.source, metric)!);
		}
	}
	figuresByAttack.set(attack, bySource);
	return bySource;
}
