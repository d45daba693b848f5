/** The columns of `/data/periods.csv`, apart from the writer so the downloads page can list them without csv-stringify. */
export const periodCsvColumns: ReadonlyArray<readonly [name: string, meaning: string]> = [
	['period_claim', 'period claim id'],
	['source', 'who gave the tally (id from sources)'],
	['article', 'where it was read (id from articles)'],
	['attacker', 'RU or UA'],
	['from', 'first night of the period (Kyiv night, dated by the morning it ends)'],
	['to', 'last night of the period, included'],
	['metric', 'the metric (the nightly ones, or guided_bombs_launched)'],
	['figure', 'the tally as the source qualified it: 420, >420, ≥13, ~50, ≤30'],
	['figure_value', 'the number alone'],
	['figure_qualifier', 'exact, at_least, more_than, about or at_most'],
	['compared_with', 'the source whose nightly claims were summed'],
	['nights', 'nights in the period'],
	['nights_recorded', 'nights with a nightly figure for the metric'],
	['nightly_sum_low', 'the sum over the recorded nights, lower bound; empty = no nightly figure'],
	['nightly_sum_high', 'upper bound; empty when open-ended ("at least") or no nightly figure'],
	['nightly_sum_approx', 'true when a nightly figure was given as "about"'],
	['difference', 'figure value minus the nightly sum (lower bound)'],
	['difference_percent', 'the difference as a percentage of the nightly sum'],
	['verdict', 'agrees, consistent (nights missing, figure at least the sum), above, below, or none'],
	['quote', "the words that carry the tally (text starting with =, +, - or @ gets a leading ')"]
];

