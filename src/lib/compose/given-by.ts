/**
 * Which sources a pick stands for: one source, or a group. "Press" is every outlet that gives
 * figures without attributing them (sources of kind media); "official" is every military,
 * government and local authority, of any side.
 */
import type { SourceGroup } from './composition.ts';
import { t, type Lang } from '../i18n/index.ts';

export type SourceKind = 'military' | 'government' | 'local_authority' | 'media';

export function groupOf(kind: SourceKind): SourceGroup {
	return kind === 'media' ? '_press' : '_official';
}

/** The ids a pick's source stands for, given every source's kind. */
export function givenBy(source: string, kinds: ReadonlyMap<string, SourceKind>): Set<string> {
	if (source === '_press' || source === '_official')
		return new Set([...kinds].flatMap(([id, kind]) => (groupOf(kind) === source ? [id] : [])));
	return new Set(kinds.has(source) ? [source] : []);
}

/** A pick's source by name: the source's own, or the group's ("The press (any outlet)"). */
export function pickSourceName(
	id: string,
	sources: readonly { id: string; name: string }[],
	lang: Lang
): string {
	if (id === '_press' || id === '_official') return t(lang, `compose.group.${id}`);
	return sources.find((s) => s.id === id)?.name ?? id;
}
