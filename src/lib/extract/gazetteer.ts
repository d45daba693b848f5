/**
 * What extraction matches names against: the known sources, places and weapon types, cut down
 * from data/ to names and ids so that the page can ship them and match in the browser.
 */
import type { Place } from '../schema/place.ts';
import type { Source } from '../schema/source.ts';
import type { Weapon } from '../schema/weapon.ts';

export interface GazetteerSource {
	id: string;
	kind: Source['kind'];
	/** UA or RU for a side's official: the country such a source speaks for was the one hit. */
	side: Source['side'];
	/** Names of the office and of the person holding it, in every language given. */
	names: string[];
	/**
	 * The person's names alone: only these are also matched by surname ("Vladimirov"), since
	 * the last word of an office ("President of Ukraine") is a country, not a name.
	 */
	people?: string[];
}

export interface GazetteerPlace {
	id: string;
	kind: Place['kind'];
	country: Place['country'];
	/** Names in every language and the press's spellings. */
	names: string[];
}

export interface GazetteerWeapon {
	id: string;
	category: Weapon['category'];
	names: string[];
}

export interface Gazetteer {
	sources: GazetteerSource[];
	places: GazetteerPlace[];
	weapons: GazetteerWeapon[];
}

const unique = (names: Array<string | undefined>) => [...new Set(names.filter((n): n is string => !!n))];

/** The gazetteer for a dataset's sources, places and weapons. */
export function buildGazetteer(data: { sources: Source[]; places: Place[]; weapons: Weapon[] }): Gazetteer {
	return {
		sources: data.sources.map((s) => ({
			id: s.id,
			kind: s.kind,
			side: s.side,
			names: unique([...Object.values(s.name), ...Object.values(s.person ?? {})]),
			people: unique(Object.values(s.person ?? {}))
		})),
		places: data.places.map((p) => ({
			id: p.id,
			kind: p.kind,
			country: p.country,
			names: unique([...Object.values(p.names), ...p.aliases])
		})),
		weapons: data.weapons.map((w) => ({
			id: w.id,
			category: w.category,
			names: unique([w.name, ...w.aliases])
		}))
	};
}

/** Escapes a name for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
