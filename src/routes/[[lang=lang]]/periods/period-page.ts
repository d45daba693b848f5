/** The /periods page's pure helpers: its filter in the URL, and the sizes of its at-a-glance bars. */
import type { Verdict } from '#lib/stats/reconcile.ts';
import type { PeriodRow } from '#lib/data/period-view.ts';

export interface PeriodFilter {
	source: string;
	metric: string;
	verdict: string;
}

const verdicts: ReadonlySet<string> = new Set<Verdict>(['agrees', 'consistent', 'above', 'below', 'none']);
const idLike = /^[a-z0-9_-]{1,100}$/;

/** The filter a URL asks for; anything that is not an id or a verdict is ignored, not echoed. */
export function readPeriodFilter(params: Pick<URLSearchParams, 'get'>): PeriodFilter {
	const id = (key: string) => {
		const value = params.get(key) ?? '';
		return idLike.test(value) ? value : '';
	};
	const verdict = params.get('verdict') ?? '';
	return { source: id('source'), metric: id('metric'), verdict: verdicts.has(verdict) ? verdict : '' };
}

/** `?source=zelensky&metric=drones_launched`, or '' for no filter. */
export function periodFilterSearch(filter: PeriodFilter): string {
	const params = new URLSearchParams();
	for (const key of ['source', 'metric', 'verdict'] as const) if (filter[key]) params.set(key, filter[key]);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** A mark beside each verdict's words, so it does not rest on colour alone. */
export const verdictMark: Record<Verdict, string> = {
	agrees: '✓',
	consistent: '≈',
	above: '▲',
	below: '▼',
	none: '–'
};

/**
 * The tally's and the nightly sum's bar widths, in percent of the larger; undefined without a
 * nightly sum. An open-ended tally ("more than 1,300") is drawn at its lower end.
 */
export function barWidths(
	row: Pick<PeriodRow, 'figure' | 'sum'>
): { tally: number; sum: number } | undefined {
	if (!row.sum) return undefined;
	const tally = row.figure.value;
	const sum = row.sum.lo;
	const max = Math.max(tally, sum);
	if (max === 0) return { tally: 0, sum: 0 };
	return { tally: (tally / max) * 100, sum: (sum / max) * 100 };
}
