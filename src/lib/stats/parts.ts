/**
 * Sources that are parts of another (an Air Force regional command is part of the Air Force,
 * `part_of` in sources.yaml). A part counts its own region, so its figures are never set
 * against the whole's, nor against any national count: not in a headline's range, a night's
 * spread or a "sources disagree" flag.
 */
import type { Source } from '../schema/source.ts';

const cache = new WeakMap<readonly Source[], Map<string, string>>();

/** Part → whole, by source id. */
export function partsOf(sources: readonly Pick<Source, 'id' | 'part_of'>[]): Map<string, string> {
	let parts = cache.get(sources as readonly Source[]);
	if (!parts) {
		parts = new Map(sources.flatMap((s) => (s.part_of ? [[s.id, s.part_of] as const] : [])));
		cache.set(sources as readonly Source[], parts);
	}
	return parts;
}

/**
 * Which of some sources stand in a comparison: all but the parts, unless only parts are there
 * (two regional commands can be compared with each other, for the same places, by the caller).
 */
export function wholes<T>(
	entries: readonly T[],
	sourceOf: (entry: T) => string,
	parts: ReadonlyMap<string, string>
): T[] {
	const kept = entries.filter((e) => !parts.has(sourceOf(e)));
	return kept.length > 0 ? kept : [...entries];
}
