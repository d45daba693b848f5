import { metrics } from '../schema/metrics.ts';

/**
 * The columns of `/data/claims.csv`, with what each means: the downloads page documents them
 * from this same list.
 */
export const csvColumns: ReadonlyArray<readonly [name: string, meaning: string]> = [
	['claim', 'attack id / claim id, unique'],
	['attack', 'attack id (YYYY-MM-DD-slug)'],
	['date', 'the night of the attack, Kyiv time, dated by the morning it ends'],
	['attacker', 'RU or UA'],
	['target', 'the country attacked: UA or RU'],
	['source', 'who made the claim (id from sources)'],
	['article', 'where it was read (id from articles)'],
	['places', 'place ids the claim speaks for, separated by |'],
	['quote', "the words that carry the figures, in the original language (text starting with =, +, - or @ gets a leading ' so spreadsheets read it as text)"],
	...metrics.map((m) => [m, `${m} as the source qualified it: 420, >420, ≥13, ~50, ≤30; empty = not said`] as const),
	...metrics.map((m) => [`${m}_value`, `the number alone`] as const),
	...metrics.map((m) => [`${m}_qualifier`, `exact, at_least, more_than, about or at_most`] as const)
];
