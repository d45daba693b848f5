import type { Dataset } from './load.server.ts';
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { Metric } from '../schema/metrics.ts';
import type { Follows, WeaponFigures } from '../schema/attack.ts';

/** One claim with its attack's context: the row of the downloads and of most views. */
export interface ClaimRecord {
	/** `attack-id/claim-id`, unique across the dataset. */
	key: string;
	attack: string;
	date: string;
	attacker: Country;
	/** The country attacked: the other side. */
	target: Country;
	source: string;
	article: string;
	/** The places the claim speaks for: its own, or else the attack's. */
	places: string[];
	quote: string;
	figures: Partial<Record<Metric, QualifiedFigure>>;
	weapons: WeaponFigures[];
	/** A later report of the same wave as, or a second wave after, another claim of the same source (its id). */
	follows?: Follows;
	note?: string;
}

export function targetOf(attacker: Country): Country {
	return attacker === 'RU' ? 'UA' : 'RU';
}

/**
 * Every claim of the dataset, newest attack first, then in file order, made one at a time:
 * the downloads write a million claims without holding a million records at once.
 */
export function* eachClaimRecord(data: Pick<Dataset, 'attacks'>): Generator<ClaimRecord> {
	const attacks = [...data.attacks].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
	for (const attack of attacks) {
		for (const claim of attack.claims) {
			yield {
				key: `${attack.id}/${claim.id}`,
				attack: attack.id,
				date: attack.date,
				attacker: attack.attacker,
				target: targetOf(attack.attacker),
				source: claim.source,
				article: claim.article,
				places: claim.places ?? attack.places,
				quote: claim.quote,
				figures: claim.figures,
				weapons: claim.weapons,
				...(claim.follows ? { follows: claim.follows } : {}),
				...(claim.note ? { note: claim.note } : {})
			};
		}
	}
}
