/**
 * Finds who speaks in a text: the people and institutions of data/sources.yaml by their names
 * (Zelensky, Klitschko, the Air Force), a few institutional wordings the press uses for them,
 * and other mayors and governors by their title and name, who are kept as words when
 * sources.yaml does not know them.
 */
import { escapeRegExp, type GazetteerSource } from './gazetteer.ts';
import { findCues } from './metrics.ts';

export interface SpeakerMention {
	/** The source id, when the speaker is a known source. */
	id?: string;
	/** A ministry of defence not said to be Russian or Ukrainian: the side is worked out later. */
	ministry?: true;
	/** A mayor, governor or regional administration: their figures are for their place. */
	local?: true;
	/** The words that name the speaker. */
	text: string;
	start: number;
	end: number;
}

/** Press wordings for known sources, beyond their names in sources.yaml. */
const wordings: Record<string, string[]> = {
	'ua-air-force': [
		'aeronautica militare ucraina',
		'aeronautica ucraina',
		"dell'aeronautica ucraina",
		'aviazione ucraina',
		'air force',
		'повітряні сили',
		'повітряних сил',
		'повітряних силах',
		'повітряних силах зсу',
		'пс зсу',
		'воздушные силы',
		'воздушных сил',
		'воздушных силах'
	],
	'ru-mod': [
		'ministero della difesa russo',
		'ministero della difesa della russia',
		'ministero della difesa di mosca',
		'difesa russa',
		'russian ministry of defence',
		'russian ministry of defense',
		'russian defence ministry',
		'russian defense ministry',
		'міноборони рф',
		'міноборони росії',
		'міністерство оборони рф',
		'міністерство оборони росії',
		'минобороны рф',
		'минобороны россии',
		'министерство обороны рф',
		'министерства обороны рф',
		'министерстве обороны рф',
		'министерство обороны россии'
	],
	zelensky: [
		'zelensky',
		'zelenskyy',
		'zelenskyj',
		'zelenskiy',
		'зеленський',
		'presidente ucraino',
		'ukrainian president',
		'president of ukraine'
	],
	'kyiv-mayor': ['klitschko', 'klychko', 'кличко', 'sindaco di kiev', 'mayor of kyiv', 'kyiv mayor'],
	'kyiv-city-military-administration': [
		'amministrazione militare della città',
		'amministrazione militare di kiev',
		'kyiv city military administration',
		'кмва',
		'tkachenko',
		'ткаченко'
	]
};

/** A ministry of defence named without its country. */
const genericMinistry = [
	'ministero della difesa',
	'ministry of defence',
	'ministry of defense',
	'defence ministry',
	'defense ministry',
	'міноборони',
	'міністерство оборони',
	'минобороны',
	'министерство обороны'
];

/** Titles of local officials, followed by a capitalised name (governatore Vladimir Vladimirov). */
const officialPattern =
	/(?<![\p{L}])(?:sindac[oa]|governatore|governatrice|governor|mayor|capo dell[’']amministrazione militare regionale|head of the regional military administration|мер|губернатор|голова ОВА|начальник ОВА|міський голова)(?:\s+(?:locale|della regione|of|di|del|della|dell['’]|the|regionale))*(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}/gu;

/**
 * The same offices named without a name ("the regional governor said", "за словами мера",
 * "голова ОВА"): still a local speaker, whose figures are not the Air Force's nor the president's.
 */
const localTitle =
	/(?<![\p{L}])(?:(?:the\s+)?(?:regional\s+)?governor|(?:the\s+)?(?:city\s+)?mayor|regional authorities|local authorities|il sindaco|sindaco|governatore|autorità locali|голов[аи] ОВА|очільник\p{L}* ОВА|керівник\p{L}* ОВА|начальник\p{L}* ОВА|мер[аоі]?|мэр[аеу]?|губернатор\p{L}*|глав[аеуы] ОВА)(?![\p{L}])/giu;

/** A matcher for speakers, given the known sources. */
export function speakerMatcher(sources: GazetteerSource[]): (text: string) => SpeakerMention[] {
	const known = new Set(sources.map((s) => s.id));
	const names: Array<{ name: string; id?: string; ministry?: true; surname?: true }> = [];
	for (const source of sources) {
		if (source.kind === 'media') continue;
		for (const name of source.names) names.push({ name, id: source.id });
		// a person is named by surname too: "Vladimirov ha osservato"
		for (const name of source.people ?? []) {
			const surname = name.split(/\s+/).at(-1);
			// but not a surname that is also a word the figures are read from: "Дронов" is the
			// Novgorod governor and "дронов" the genitive of drones
			if (
				surname &&
				surname !== name &&
				surname.length >= 5 &&
				/^\p{Lu}/u.test(surname) &&
				findCues(surname).length === 0
			)
				names.push({ name: surname, id: source.id, surname: true });
		}
	}
	for (const [id, list] of Object.entries(wordings))
		if (known.has(id)) for (const name of list) names.push({ name, id });
	for (const name of genericMinistry) names.push({ name, ministry: true });
	names.sort((a, b) => b.name.length - a.name.length);
	const byLower = new Map<string, { id?: string; ministry?: true; surname?: true }>();
	for (const n of names) if (!byLower.has(n.name.toLowerCase())) byLower.set(n.name.toLowerCase(), n);
	const regex = new RegExp(
		`(?<![\\p{L}])(?:${[...byLower.keys()].map(escapeRegExp).join('|')})(?![\\p{L}])`,
		'giu'
	);
	return (text) => {
		const found: SpeakerMention[] = [];
		for (const m of text.matchAll(regex)) {
			const hit = byLower.get(m[0].toLowerCase());
			if (!hit) continue;
			// a surname alone names a person only when written as a name
			if (hit.surname && !/^\p{Lu}/u.test(m[0])) continue;
			found.push({
				...(hit.id !== undefined && { id: hit.id }),
				...(hit.ministry && { ministry: true as const }),
				text: m[0],
				start: m.index,
				end: m.index + m[0].length
			});
		}
		for (const m of text.matchAll(officialPattern)) {
			const start = m.index;
			const end = start + m[0].length;
			// a known source inside the title's span (sindaco di Kiev Vitaliy Klitschko) names it already
			if (found.some((f) => f.id && f.start < end && f.end > start)) continue;
			found.push({ text: m[0], start, end, local: true });
		}
		for (const m of text.matchAll(localTitle)) {
			const start = m.index;
			const end = start + m[0].length;
			// "the governor Vladimir Vladimirov": the name that follows is the speaker
			if (found.some((f) => (f.start < end && f.end > start) || (f.start >= end && f.start - end <= 2)))
				continue;
			found.push({ text: m[0], start, end, local: true });
		}
		return found.sort((a, b) => a.start - b.start);
	};
}
