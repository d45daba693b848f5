/**
 * What the source page draws, in one language: who the source is, and how its figures compare
 * with every other source's on the attacks both reported. Pure: dataset in, page data out.
 */
import type { Dataset } from './load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { Side } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Source } from '../schema/source.ts';
import { partsOf } from '../stats/parts.ts';
import { compareSource, type PairSummary, type SourceFigure } from '../stats/sources.ts';

export interface SourceRef {
	id: string;
	name: string;
}

/** One side of a row: the figure compared, and what the source's other claims said. */
export interface FigureCell {
	figure: QualifiedFigure;
	/** Smaller figures the same source gave in other claims about the attack. */
	others: QualifiedFigure[];
}

export interface SharedRow {
	attack: string;
	date: string;
	mine: FigureCell;
	theirs: FigureCell;
	/** `undefined` when the two figures speak for different places and are not compared. */
	agree: boolean | undefined;
}

export interface SharedMetric {
	metric: Metric;
	/** The most recent shared attacks, newest first: at most `rowLimit` of `summary.shared`. */
	rows: SharedRow[];
	/** Over every shared attack, not only the rows shown. */
	summary: PairSummary;
}

/**
 * Rows shown per table. Two Air Force channels share years of nights: the page shows the
 * latest ones and sums up all of them, and the downloads carry every claim.
 */
export const rowLimit = 30;

export interface SourceComparisonView {
	other: SourceRef;
	/** Attacks both sources made a claim about, whatever the figures. */
	sharedAttacks: number;
	/** Only the metrics both gave on some shared attack. */
	metrics: SharedMetric[];
}

export interface SourceDetail extends SourceRef {
	side: Side;
	kind: Source['kind'];
	person?: string;
	note?: string;
	/** Attacks the source made a claim about. */
	attacks: number;
	claims: number;
	/** Every other source with a shared attack, most shared first. */
	comparisons: SourceComparisonView[];
}

const cell = ({ figure, others }: SourceFigure): FigureCell => ({ figure, others });

// each source page is built in two languages from the same comparison
const compared = new WeakMap<Dataset['attacks'], Map<string, ReturnType<typeof compareSource>>>();
function comparisonsOf(data: Dataset, id: string) {
	let bySource = compared.get(data.attacks);
	if (!bySource) compared.set(data.attacks, (bySource = new Map()));
	let pairs = bySource.get(id);
	if (!pairs) bySource.set(id, (pairs = compareSource(data.attacks, id, partsOf(data.sources))));
	return pairs;
}

/** Everything the source page shows; `undefined` for an unknown id. */
export function sourceDetail(data: Dataset, id: string, lang: Lang): SourceDetail | undefined {
	const source = data.sources.find((s) => s.id === id);
	if (!source) return undefined;
	const names = new Map(data.sources.map((s) => [s.id, localName(lang, s.name)]));
	const claims = data.attacks.flatMap((a) => a.claims.filter((c) => c.source === id));
	return {
		id,
		name: names.get(id) ?? id,
		side: source.side,
		kind: source.kind,
		...(source.person ? { person: localName(lang, source.person) } : {}),
		...(source.note ? { note: source.note } : {}),
		attacks: data.attacks.filter((a) => a.claims.some((c) => c.source === id)).length,
		claims: claims.length,
		comparisons: comparisonsOf(data, id).map((pair) => ({
			other: { id: pair.other, name: names.get(pair.other) ?? pair.other },
			sharedAttacks: pair.sharedAttacks,
			metrics: pair.metrics.map((m) => ({
				metric: m.metric,
				rows: m.rows.slice(0, rowLimit).map((r) => ({
					attack: r.attack,
					date: r.date,
					mine: cell(r.mine),
					theirs: cell(r.theirs),
					agree: r.agree
				})),
				summary: m.summary
			}))
		}))
	};
}
