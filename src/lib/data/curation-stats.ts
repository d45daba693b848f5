/**
 * How far the hand curation of issue 18 has got, counted on a dataset: the nights with a claim
 * a curator wrote, the settlements that carry a figure, and how many voices beside the Air
 * Force the median curated night has. The unit test keeps these from silently falling.
 */
import type { Dataset } from './load.server.ts';
import { notePrefix } from '../import/claims.ts';
import { notePrefix as ruModNotePrefix } from '../import/ru-mod/build.ts';

/** The Air Force and its air commands: one voice, the one the importer already brings. */
const airForceSources = (id: string) => id === 'ua-air-force' || id.startsWith('ua-air-command-');

export interface CurationStats {
	/** Distinct dates of attacks with at least one claim the importer did not write. */
	curatedNights: number;
	/** Distinct settlements a claim with at least one figure speaks for. */
	settlementsWithFigure: number;
	/** Median, over the curated nights, of the distinct sources other than the Air Force's. */
	medianSourcesBesidesAirForce: number;
}

// claims either importer wrote (the Air Force table's, the Russian MoD's statements)
const imported = (note: string | undefined) =>
	(note?.startsWith(notePrefix) || note?.startsWith(ruModNotePrefix)) ?? false;

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function curationStats(dataset: Dataset): CurationStats {
	const settlements = new Set(dataset.places.filter((p) => p.kind === 'settlement').map((p) => p.id));
	// A night may have more than one attack file (one per attacker); its sources are pooled.
	const sourcesByNight = new Map<string, Set<string>>();
	const withFigure = new Set<string>();

	for (const attack of dataset.attacks) {
		if (!attack.claims.some((c) => !imported(c.note))) continue;
		const sources = sourcesByNight.get(attack.date) ?? new Set<string>();
		sourcesByNight.set(attack.date, sources);
		for (const claim of attack.claims) {
			if (!airForceSources(claim.source)) sources.add(claim.source);
		}
	}
	for (const attack of dataset.attacks) {
		for (const claim of attack.claims) {
			if (Object.keys(claim.figures).length === 0) continue;
			// A claim without places of its own speaks for the attack's.
			for (const place of claim.places ?? attack.places) {
				if (settlements.has(place)) withFigure.add(place);
			}
		}
	}
	return {
		curatedNights: sourcesByNight.size,
		settlementsWithFigure: withFigure.size,
		medianSourcesBesidesAirForce: median([...sourcesByNight.values()].map((s) => s.size))
	};
}
