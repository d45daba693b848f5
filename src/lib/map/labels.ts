import { intervalWords, t, type Lang } from '../i18n/index.ts';
import type { Filter } from './filter.ts';
import type { PlaceValue } from './place-values.ts';

/** "3 attacks" / "1 attacco". */
export function attacksWords(lang: Lang, n: number): string {
	return n === 1 ? t(lang, 'map.attacks1') : t(lang, 'map.attacks', { n });
}

/** A place's figure under the filter in words: "at least 15", or "no figure given". */
export function valueWords(lang: Lang, filter: Filter, v: PlaceValue): string {
	if (filter.metric === 'attacks') return attacksWords(lang, v.attacks);
	return v.value ? intervalWords(lang, v.value) : t(lang, 'map.noFigure');
}

/** Each source's own total, in one line: "Air Force: 12; Mayor: at least 3". */
export function bySourceWords(lang: Lang, sources: { name: string }[], v: PlaceValue): string {
	return v.bySource.map((s) => `${sources[s.source].name}: ${intervalWords(lang, s.value)}`).join('; ');
}

/** The accessible name of a marker: place, figure, and number of attacks. */
export function markerLabel(lang: Lang, filter: Filter, name: string, v: PlaceValue): string {
	const metric = t(lang, `metric.${filter.metric}`);
	return filter.metric === 'attacks'
		? `${name}: ${attacksWords(lang, v.attacks)}`
		: `${name}: ${metric} ${valueWords(lang, filter, v)} (${attacksWords(lang, v.attacks)})`;
}
