/**
 * The words around a number that say what it counts (drones, missiles, the dead, the injured,
 * children), what happened to them (launched, shot down, lost to electronic warfare) and how
 * the source qualified it (oltre, at least, понад, более). Italian, English, Ukrainian and
 * Russian.
 */
import type { Qualifier } from '../schema/figure.ts';
import { russianQualifiers } from '../text/ru-numerals.ts';

/** What a number counts, before it becomes a metric. */
export type Family = 'drones' | 'missiles' | 'people' | 'children' | 'killed' | 'injured';
export type Action = 'launched' | 'intercepted' | 'suppressed';
export type Casualty = 'killed' | 'injured';

// stems, so that inflected forms match (дронів, ракет, поранених)
const drones = String.raw`droni(?:-esca)?|drone|drones|uavs?|unmanned aerial vehicles?|velivol[io] senza pilota|veicoli aerei senza pilota|shahed\p{L}*|geran\p{L}*|gerbera|бпла|дрон\p{L}*|безпілотн\p{L}*|беспилотн\p{L}*|шахед\p{L}*|ударних\s+дрон\p{L}*`;
const missiles = String.raw`missil[ei]|missiles?|rockets?|razzi|ракет\p{L}*`;
const people = String.raw`persone|persona|civili|uomini|donne|donna|uomo|people|persons|civilians|residents|men|women|woman|man|others|altri|altre|людей|людини|осіб|особи|цивільних|мешканців|інших|человека?|людей`;
const children = String.raw`bambin[aeio]|ragazzin[aeio]|minori|minorenni|children|child|kids|boys?|girls?|minors?|teenagers?|infants?|дітей|дитин\p{L}*|діти|дитина|детей|дети|ребен\p{L}*|неповнолітн\p{L}*|підліт\p{L}*`;
const killed = String.raw`mort[aeio]|vittime|vittima|uccis[aeio]|uccidendo|deceduti|decedute|killed|killing|dead|died|deaths|fatalities|загинул\p{L}*|загибл\p{L}*|загинув|загинуло|вбит\p{L}*|убит\p{L}*|погиб\p{L}*|жертв\p{L}*|corpi|bodies|тіла|тела`;
const injured = String.raw`ferit[aeio]|injured|wounded|hurt|injuring|поранен\p{L}*|травмован\p{L}*|постраждал\p{L}*|ранен\p{L}*|пострадал\p{L}*|пострадавш\p{L}*|sought medical (?:help|attention|care)|звернул\p{L}* (?:по|за) (?:медичн\p{L}* )?допомог\p{L}*|обратил\p{L}* за (?:медицинской )?помощью`;

const launched = String.raw`lanciat[aeio]|ha lanciato|hanno lanciato|lanciando|launched|fired|attacco (?:\S+ )?con|attaccato\s+(?:\S+\s+){0,4}con|attacked with|attack with|випустив|випустили|запустив|запустили|атакував|атакували|застосува\p{L}*|пуск\p{L}*|выпустил\p{L}*|запустил\p{L}*|атаковал\p{L}*|применил\p{L}*`;
const intercepted =
	String.raw`abbattut[aeio]|abbatter\p{L}*|abbattendo|intercettat[aeio]|intercetta|distrutt[aeio]|neutralizzat[aeio]|shot down|shoot down|brought down|downs|bloccat[aeio]|intercepted|destroyed|destroying|downed|downing|neutrali[sz]ed|збит[оіи]|збили|збила|збив|збиття|знешкод\p{L}*|знищ\p{L}*|перехоплен\p{L}*|перехвач\p{L}*|уничтож\p{L}*|сбит\p{L}*|сбил\p{L}*|ликвидир\p{L}*|нейтрализ\p{L}*|поразил\p{L}*|поражен\p{L}*|` +
	// "shot down or suppressed" is the neutralised total: intercepted, of which the EW part may follow
	String.raw`(?:abbattut\p{L}*|abbattuto) o (?:neutralizzat|soppress)\p{L}*|shot down or (?:suppressed|jammed)|(?:збил\p{L}*|збито)\s*(?:або|чи|/)\s*подавл\p{L}*`;
const suppressed = String.raw`neutralizzat[aeio] elettronicamente|guerra elettronica|non hanno raggiunto|caduti in zone aperte|electronic warfare|jammed|locally lost|lost locally|suppressed|локаційно втрачен\p{L}*|локаційно|засоб\p{L}* реб|не досягли|подавлен\p{L}*`;

// not after a hyphen: "Russia-launched drones" names who launched them, not an action on the count
const word = (source: string) => new RegExp(String.raw`(?<![\p{L}-])(?:${source})(?![\p{L}])`, 'giu');

/** Cue patterns, exported for tests and for the highlighter's legend. */
export const cues = {
	drones: word(drones),
	missiles: word(missiles),
	people: word(people),
	children: word(children),
	killed: word(killed),
	injured: word(injured),
	launched: word(launched),
	intercepted: word(intercepted),
	suppressed: word(suppressed)
} as const;

/** A cue found in a sentence. */
export interface Cue {
	kind: Family | Action;
	start: number;
	end: number;
}

/** Every cue in a stretch of text, offsets relative to `offset`. */
export function findCues(text: string, offset = 0): Cue[] {
	const found: Cue[] = [];
	for (const [kind, pattern] of Object.entries(cues) as Array<[Family | Action, RegExp]>) {
		for (const m of text.matchAll(pattern)) {
			found.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length });
		}
	}
	// "neutralizzati elettronicamente" is suppression, not the "neutralizzati" inside it
	return found
		.filter(
			(c) =>
				!found.some(
					(o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start
				)
		)
		.sort((a, b) => a.start - b.start);
}

export const families: ReadonlySet<string> = new Set([
	'drones',
	'missiles',
	'people',
	'children',
	'killed',
	'injured'
]);
export const actions: ReadonlySet<string> = new Set(['launched', 'intercepted', 'suppressed']);

const qualifierWords: ReadonlyArray<readonly [RegExp, Qualifier]> = [
	// Russian first, in the shared reader's order: "не более" must win over "более"
	...russianQualifiers.map(
		([phrase, q]) => [new RegExp(`${phrase.replace(' ', '\\s+')}\\s*$`, 'iu'), q] as const
	),
	[/(?:più di|piu di|oltre|more than|over|in excess of|понад|більше ніж|більше)\s*$/iu, 'more_than'],
	[
		/(?:almeno|non meno di|at least|no fewer than|щонайменше|принаймні|не менше ніж|не менше)\s*$/iu,
		'at_least'
	],
	[
		/(?:circa|intorno a|quasi|around|about|approximately|some|roughly|nearly|almost|близько|приблизно|майже|орієнтовно)\s*$/iu,
		'about'
	],
	[/(?:fino a|up to|as many as|до)\s*$/iu, 'at_most']
];

/**
 * The qualifier that the words just before a number give it, with where those words start.
 * "oltre 420" is more than 420; "almeno altri quattro" skips "altri".
 */
export function qualifierBefore(before: string): { qualifier: Qualifier; length: number } {
	const trimmed = before.replace(/(?:altri|altre|another|ще)\s*$/iu, '');
	for (const [pattern, qualifier] of qualifierWords) {
		const m = pattern.exec(trimmed.slice(-40));
		if (m && /(?:^|[\s(«"“,:;])$/u.test(trimmed.slice(0, trimmed.length - m[0].length).slice(-1) || ' ')) {
			return { qualifier, length: before.length - (trimmed.length - m[0].length) };
		}
	}
	return { qualifier: 'exact', length: 0 };
}

/** "tra cui due bambini": a part of a count, said without saying it is all of them. */
export const includingBefore =
	/(?:tra cui|tra i quali|tra le quali|fra cui|tra loro(?: ci sono)?(?: anche)?|tra i feriti(?: risultano)?(?: anche)?|tra le vittime(?: (?:ci sono|figurano))?(?: anche)?|including|among the (?:dead|victims|injured|wounded)|серед (?:постраждалих|загиблих|поранених|жертв)|включаючи|среди (?:погибших|пострадавших|раненых)|among them|among whom|серед них|серед яких|зокрема|у тому числі|среди них|в том числе)\s*$/iu;

/** Sentences that speak of no victims, so a zero that was said: "non ci sono vittime". */
export const noVictims =
	/(?:non ci sono (?:state )?vittime|nessuna vittima|nessun morto|non si registrano vittime|no casualties|no deaths|no fatalities|nobody was killed|no one was killed|загиблих немає|без загиблих|обійшлося без жертв)/iu;
