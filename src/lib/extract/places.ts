/**
 * Finds the places a text names, through the gazetteer's names and aliases (Kiev, Kyiv, Київ;
 * Kryvyj Rih, Kryvyi Rih), including the Ukrainian case forms (Києві, Харкові, Одесі).
 */
import { escapeRegExp, type GazetteerPlace } from './gazetteer.ts';

export interface PlaceMention {
	id: string;
	country: 'UA' | 'RU';
	start: number;
	end: number;
}

/** A Cyrillic name as a pattern that also matches its case forms: Київ → Ки[їєіо]в\p{L}{0,3}. */
function cyrillicPattern(name: string): string {
	const stem = name.length >= 5 && /[аяоеиуюь]$/iu.test(name) ? name.slice(0, -1) : name;
	const escaped = escapeRegExp(stem).replace(/[іїєо](?=[^іїєоаеиуюя]*$)/u, '[іїєо]');
	return `${escaped}\\p{L}{0,3}`;
}

/** A matcher for every place in a gazetteer; longer names win ("regione di Kiev" over "Kiev"). */
export function placeMatcher(places: GazetteerPlace[]): (text: string) => PlaceMention[] {
	const byName = new Map<string, GazetteerPlace>();
	const patterns: Array<{ source: string; length: number }> = [];
	for (const place of places) {
		for (const name of place.names) {
			if (name.length < 3) continue;
			const key = name.toLowerCase();
			if (byName.has(key)) continue;
			byName.set(key, place);
			const cyrillic = /\p{Script=Cyrillic}/u.test(name);
			patterns.push({ source: cyrillic ? cyrillicPattern(name) : escapeRegExp(name), length: name.length });
		}
	}
	if (patterns.length === 0) return () => [];
	patterns.sort((a, b) => b.length - a.length);
	const regex = new RegExp(
		`(?<![\\p{L}])(?:${patterns.map((p) => `(${p.source})`).join('|')})(?![\\p{L}])`,
		'giu'
	);
	const order = patterns.map((p) => p.source);
	const placeFor = new Map<string, GazetteerPlace>();
	for (const place of places)
		for (const name of place.names) {
			const cyrillic = /\p{Script=Cyrillic}/u.test(name);
			const source = cyrillic ? cyrillicPattern(name) : escapeRegExp(name);
			if (!placeFor.has(source)) placeFor.set(source, place);
		}
	return (text) => {
		const found: PlaceMention[] = [];
		for (const m of text.matchAll(regex)) {
			const group = m.slice(1).findIndex((g) => g !== undefined);
			const place = placeFor.get(order[group]);
			if (place)
				found.push({ id: place.id, country: place.country, start: m.index, end: m.index + m[0].length });
		}
		return found;
	};
}
