/**
 * What the night page says of the Russian MoD's statements: several in one night are periods
 * of it, each an attack of its own whose figures add; those whose periods overlap restate one
 * another and share an attack (see import/ru-mod/build.ts).
 */
import type { Attack } from '../schema/index.ts';
import { notePrefix, source } from '../import/ru-mod/build.ts';

export interface ModPeriods {
	/** Attacks of the night holding the MoD's imported statements: one per period. */
	periods: number;
	/** Of those, attacks whose statements restate one another (several posts in one attack). */
	restated: number;
}

export function modPeriods(attacks: readonly Attack[]): ModPeriods | undefined {
	let periods = 0;
	let restated = 0;
	for (const attack of attacks) {
		const posts = new Set(
			attack.claims
				.filter((c) => c.source === source && c.note?.startsWith(notePrefix))
				.map((c) => c.article)
		);
		if (posts.size === 0) continue;
		periods++;
		if (posts.size > 1) restated++;
	}
	return periods > 1 || restated > 0 ? { periods, restated } : undefined;
}
