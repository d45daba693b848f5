/**
 * Reads an article and proposes candidate figures: each number with the metric its words give
 * it, its qualifier, who said it, the places and attacker, and the span of text that carries
 * it. Pure: no I/O, no DOM, the same answer for the same text, linear in the text's length.
 * A curator accepts, edits or rejects each candidate; nothing here is a record until then.
 */
import type { Metric } from '../schema/metrics.ts';
import type { Qualifier } from '../schema/figure.ts';
import type { WeaponMetric } from '../schema/metrics.ts';
import { distractorOf, type DistractorKind } from './distractors.ts';
import { escapeRegExp, type Gazetteer, type GazetteerWeapon } from './gazetteer.ts';
import {
	findCues,
	includingBefore,
	noVictims,
	qualifierBefore,
	type Action,
	type Cue,
	type Family
} from './metrics.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { placeMatcher, type PlaceMention } from './places.ts';
import { splitSentences, type Span } from './sentences.ts';
import { speakerMatcher, type SpeakerMention } from './sources.ts';

export type Lang = 'it' | 'en' | 'uk';

/** What the curator knows of the article besides its text. */
export interface ArticleMeta {
	title?: string;
	/** Publication date, YYYY-MM-DD. */
	date?: string;
	outlet?: string;
	url?: string;
	lang?: Lang;
}

/** One proposed figure. */
export interface Candidate {
	id: string;
	metric: Metric;
	/** Set when the words name a weapon type (200 Shahed): the figure belongs to its breakdown. */
	weapon?: { id: string; metric: WeaponMetric };
	value: number;
	qualifier: Qualifier;
	/** Source id: a known source, or the outlet's when nobody is named. */
	source: string;
	/** Whether `source` is in data/sources.yaml. */
	sourceKnown: boolean;
	/** The words naming the speaker, when one was found (known or not). */
	speaker?: string;
	places: string[];
	/**
	 * Set when the figure is said for one place only ("In Kharkiv, two were killed"): the place's
	 * id, or its words when the gazetteer does not know it. The claim is then that place's alone.
	 */
	scope?: string;
	attacker?: 'RU' | 'UA';
	/** The attack's night, YYYY-MM-DD, when the article's date is known. */
	date?: string;
	/** Where the quote is: in the pasted text or in the title field. */
	where: 'text' | 'title';
	quote: Span;
	quoteText: string;
	number: Span;
	/** A candidate that should not be taken as it stands (a headline that disagrees with the body). */
	flag?: DistractorKind;
}

/** A number of the text and what became of it, for highlighting. */
export interface NumberRole extends NumberMention {
	role: 'figure' | 'distractor' | 'other';
	reason?: DistractorKind;
	candidate?: string;
}

export interface Extraction {
	lang: Lang;
	date?: string;
	outlet?: string;
	title?: string;
	candidates: Candidate[];
	numbers: NumberRole[];
}

/** A gazetteer made ready for matching once, then used for many texts. */
export interface Matchers {
	gazetteer: Gazetteer;
	places: (text: string) => PlaceMention[];
	speakers: (text: string) => SpeakerMention[];
	weapons: (text: string) => Array<{ weapon: GazetteerWeapon; start: number; end: number }>;
}

export function prepare(gazetteer: Gazetteer): Matchers {
	const weaponNames = new Map<string, GazetteerWeapon>();
	for (const w of gazetteer.weapons) {
		if (w.category === 'bomb') continue;
		for (const name of w.names)
			if (name.length >= 4 && !weaponNames.has(name.toLowerCase())) weaponNames.set(name.toLowerCase(), w);
	}
	const names = [...weaponNames.keys()].sort((a, b) => b.length - a.length);
	const regex = names.length
		? new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu')
		: undefined;
	return {
		gazetteer,
		places: placeMatcher(gazetteer.places),
		speakers: speakerMatcher(gazetteer.sources),
		weapons: (text) =>
			regex
				? [...text.matchAll(regex)].map((m) => ({
						weapon: weaponNames.get(m[0].toLowerCase())!,
						start: m.index,
						end: m.index + m[0].length
					}))
				: []
	};
}

/** The article's own date line (" date 2026-01-21 …"), as in the seed documents. */
const dateLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
/** The closing line of feeds: "L'articolo <title> proviene da <outlet>." */
const feedFooter = /L['’]articolo\s+(.+?)\s+proviene da\s+([^.\n]+?)\.?\s*$/u;

/** Guesses the language from the words most frequent in each. */
export function guessLang(text: string): Lang {
	const sample = text.slice(0, 5000);
	const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
	if (cyrillic > sample.length / 5) return 'uk';
	const count = (re: RegExp) => (sample.match(re) ?? []).length;
	const it = count(/\b(il|di|che|della|sono|nella|per|gli)\b/gi);
	const en = count(/\b(the|of|and|were|was|that|with|by)\b/gi);
	return en > it ? 'en' : 'it';
}

interface Figure {
	family: 'drones' | 'missiles' | 'killed' | 'injured' | 'children';
	casualty?: 'killed' | 'injured';
	action?: Action;
	weapon?: GazetteerWeapon;
	qualifier: Qualifier;
	start: number;
	end: number;
	/** For a person counted by an article ("una donna"): whether the casualty word follows. */
	casualtyAfter?: boolean;
}

/** Extracts candidate figures from an article. */
export function extract(text: string, meta: ArticleMeta, matchers: Matchers): Extraction {
	const footer = feedFooter.exec(text.slice(-2000));
	const footerStart = footer ? text.length - Math.min(2000, text.length) + footer.index : text.length;
	const title = meta.title?.trim() || footer?.[1];
	const outlet = meta.outlet?.trim() || footer?.[2]?.trim();
	const date = meta.date || dateLine.exec(text)?.[1];
	const lang = meta.lang ?? guessLang(text);
	const outletId = outletSource(outlet, matchers);
	const known = new Set(matchers.gazetteer.sources.map((s) => s.id));
	const sides = new Map(matchers.gazetteer.sources.map((s) => [s.id, s.side]));
	const kinds = new Map(matchers.gazetteer.sources.map((s) => [s.id, s.kind as string]));

	const shared = { outletId, kinds, known, sides, date, matchers };
	const body = read(text, { ...shared, where: 'text', headlineFrom: footerStart });
	// a title typed in its field that the text does not already carry is read on its own
	const titleRead =
		meta.title?.trim() && !text.includes(meta.title.trim())
			? read(meta.title.trim(), { ...shared, where: 'title', headlineFrom: 0 })
			: undefined;

	const all = [...body.candidates, ...(titleRead?.candidates ?? [])];
	const judged = judgeHeadlines(all);
	const dropped = judged.dropped;
	const kept = dropRegionalParts(dropRounded(judged.kept, dropped), text, dropped);
	const numbers = body.numbers.map((n) =>
		n.candidate && dropped.has(n.candidate)
			? { ...n, role: 'distractor' as const, reason: dropped.get(n.candidate) }
			: n
	);
	const candidates = dedupe(kept).map((c, i) => ({ ...c, id: `c${i + 1}` }));
	const ids = new Map(
		kept.map((c) => [c.id, candidates.find((k) => sameFigure(k, c) && k.source === c.source)?.id])
	);
	return {
		lang,
		date,
		outlet,
		title,
		candidates,
		numbers: numbers.map((n) => (n.candidate ? { ...n, candidate: ids.get(n.candidate) ?? undefined } : n))
	};
}

function outletSource(outlet: string | undefined, matchers: Matchers): string {
	if (!outlet) return 'unknown-outlet';
	const lower = outlet.toLowerCase();
	const media = matchers.gazetteer.sources.find(
		(s) => s.kind === 'media' && s.names.some((n) => n.toLowerCase() === lower)
	);
	if (media) return media.id;
	const slug = outlet
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return slug || 'unknown-outlet';
}

interface ReadContext {
	outletId: string;
	/** Each known source's kind: a local authority's figures are for its place. */
	kinds: Map<string, string>;
	known: Set<string>;
	/** Each known source's side. */
	sides: Map<string, string>;
	date?: string;
	matchers: Matchers;
	where: 'text' | 'title';
	/** Offset from which the text is a headline (a feed's closing line). */
	headlineFrom: number;
}

interface Reading {
	candidates: Array<Candidate & { headline: boolean }>;
	numbers: NumberRole[];
}

const personNoun =
	/^(?:un|una|uno|a|an|one)\s+(?=(?:donna|uomo|persona|bambin[oa]|ragazzin[oa]|ragazz[oa]|civile|anzian[oa]|morto|ferito|ferita|woman|man|person|child|boy|girl|civilian|minor|teenager|infant)(?!\p{L}))/iu;
/** "a cruise missile", "un missile balistico": one missile, but not "a missile attack". */
const oneMissile =
	/(?<![\p{L}])(?:a|one|un|uno)\s+(?=(?:(?:cruise|ballistic|guided)\s+)?(?:missile|missile balistico|missile da crociera)(?![\p{L}])(?!\s+(?:attack|strike|threat|alert|danger|attacco|allarme)))/giu;
/** "14 of the wounded", "4 dei feriti": a part of the casualties (those in hospital), not a count of its own. */
const casualtyPart = /^\s+(?:of the|of|dei|degli|delle|з|із|из)\s+$/iu;
/** "X of the Y", "X dei Y", "17 из 22", "18 su 22", "28 out of 31": the part, then the whole. */
const partOf = /^\s+(?:dei|degli|delle|of|of the|out of|su|з|із|из)\s+$/iu;
/** "over the Rostov region", "над Брянской", "nella regione di": a figure for one place. */
const overPlace =
	/^[\s\p{L}'’-]{0,40}?(?<![\p{L}])(?:over|above|над|nei cieli (?:di|della|del|sopra)|sul|sulla|sui|nella|in|в|у)\s+(?:the\s+)?(?:(?:территори\p{L}*|акватори\p{L}*|regione di|regione del|region of|territory of(?: the)?)\s+)?(?!(?:Russian|Ukrainian|Russia|Ukraine|Ucraina|Росси\p{L}*|Российск\p{L}*|Украин\p{L}*|Україн\p{L}*|Росі\p{L}*|Російськ\p{L}*|РФ)(?!\p{L}))([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?(?:\s+(?:region|Region|oblast|областью|области|області))?)/u;
/**
 * A photo's caption: its line credits a photographer or agency. Captions tell of other places
 * and other days (a file photo), so their numbers are never the article's figures.
 */
const captionCredit =
	/(?:REUTERS\/|\/\s*AFP|AFP\/|Getty Images|File Photo|\bPhoto:|\(Photo|Фото:|\/\s*Фото|Foto (?:IPA|ANSA|LaPresse|di repertorio|d['’]archivio)|\(foto di repertorio\))/u;

/**
 * "Earlier…", "Напомним…", "Раніше…": the text turns to another day's events. Such a sentence
 * opening a paragraph starts the article's background, to its end.
 */
const earlierEvent =
	/^\s*(?:earlier|previously|an earlier|in precedenza|nei giorni scorsi|раніше|ранее|напомним|нагадаємо|нагадуємо)(?!\p{L})/iu;

/**
 * "Inizialmente … otto morti. Più tardi il bilancio è stato aggiornato a 12": a first toll that
 * the text then corrects. Only that sentence is left out; the update that follows is the claim.
 */
const supersededToll =
	/^\s*(?:inizialmente|in un primo momento|in un primo tempo|initially|at first|first reports|early reports|спочатку|первоначально|сначала|изначально)(?!\p{L})/iu;

/** A relative clause after a number ("15 drones that Russia launched"): its verb is not the number's action. */
const relativeBefore = /(?:that|which|che|які|котор\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const ukrainianAttacker =
	/(?:droni|missili|drones|missiles|дрон\p{L}*|ракет\p{L}*|бпла|attacco|attack|incursion\p{L}*)\s+(?:\p{L}+\s+)?(?:ucrain\p{L}*|ukrainian|українськ\p{L}*|nemici)(?!\p{L})|(?:ucrain\p{L}*|ukrainian|українськ\p{L}*|украинск\p{L}*)\s+(?:\p{L}+\s+)?(?:drones?|missiles?|uavs?|дрон\p{L}*|беспилотн\p{L}*|бпла|attack)|(?:дрон\p{L}*|бпла|беспилотн\p{L}*)\s+всу|киевского режима/iu;
const russianAttacker =
	/(?:droni|missili|drones|missiles|дрон\p{L}*|ракет\p{L}*|bombardamenti|attacco|attacchi|attack|strikes?|raid)\s+(?:\p{L}+\s+)?(?:russ[aio]\p{L}*|russian|російськ\p{L}*)(?!\p{L})|(?:russian|російськ\p{L}*)\s+(?:drones?|missiles?|attack|strikes?)|(?:la russia|russia has|росія|ворог|противник|росіян\p{L}*|окупант\p{L}*)/iu;
const allIntercepted =
	/(?<![\p{L}])(?:tutti i|all(?: the)?|всі|усі)\s+(missili|droni|missiles|drones|ракети|дрони)\s+(?:\p{L}+\s+){0,3}?(?:abbattut\p{L}*|intercettat\p{L}*|distrutt\p{L}*|shot down|intercepted|destroyed|збит\p{L}*|знищен\p{L}*)|(?:shot down|downed|destroyed|intercepted|ha abbattuto|hanno abbattuto|збили|знищили)\s+(?:all|tutti)(?: of)?(?: the| i)?(?: [\p{L}-]+)?\s+(missili|droni|missiles|drones)/iu;
const continuation =
	/^\s*(?:lo|l['’]ha|così|this|that|це|про це|об этом|come riporta|как сообщ\p{L}*)(?!\p{L})/iu;
const reportingVerb =
	/(?:ha (?:riferito|detto|dichiarato|scritto|affermato|reso noto|fatto sapere|spiegato|annunciato)|riferisce|afferma|said|says|reported|wrote|announced|stated|повідомив|повідомила|повідомили|заявив|заявила|написав)/iu;

function read(text: string, ctx: ReadContext): Reading {
	const sentences = splitSentences(text);
	const mentions = findNumbers(text);
	// "una donna", "un ragazzino": an article that counts one person
	for (const m of text.matchAll(new RegExp(personNoun.source.slice(1), 'giu'))) {
		const start = m.index;
		if (start > 0 && /\p{L}/u.test(text[start - 1])) continue;
		mentions.push({ value: 1, start, end: start + m[0].trimEnd().length, text: m[0].trim(), form: 'words' });
	}
	for (const m of text.matchAll(oneMissile))
		mentions.push({
			value: 1,
			start: m.index,
			end: m.index + m[0].trimEnd().length,
			text: m[0].trim(),
			form: 'words'
		});
	mentions.sort((a, b) => a.start - b.start);
	// "KYIV (Reuters) -", "KYIV, July 4:": the dateline says where the story was filed, not what was hit
	// "Mosca ha lanciato", "Kyiv said": a capital that acts or speaks is its government, not a place hit
	const places = ctx.matchers
		.places(text)
		.filter((p) => !datelineAt(text, p) && !actorVerb.test(text.slice(p.end, p.end + 30)));
	const speakers = ctx.matchers.speakers(text);
	const weapons = ctx.matchers.weapons(text);

	const candidates: Reading['candidates'] = [];
	const numbers: NumberRole[] = [];
	let mi = 0;
	let background = false;
	let earlierSentence = -1;
	sentences.forEach((s, si) => {
		const sentenceText = text.slice(s.start, s.end);
		const inSentence: NumberMention[] = [];
		while (mi < mentions.length && mentions[mi].start < s.end) {
			if (mentions[mi].start >= s.start) inSentence.push(mentions[mi]);
			mi++;
		}
		if (earlierEvent.test(sentenceText)) {
			if (/(?:^|\n)\s*$/.test(text.slice(Math.max(0, s.start - 3), s.start))) background = true;
			else earlierSentence = si;
		}
		if (supersededToll.test(sentenceText)) earlierSentence = si;
		const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
		const lineEnd = text.indexOf('\n', s.start);
		const caption = captionCredit.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
		const cues = findCues(sentenceText, s.start);
		const sentenceWeapons = weapons.filter((w) => w.start >= s.start && w.end <= s.end);
		const figures: Array<Figure | undefined> = [];
		inSentence.forEach((n, k) => {
			const figure = readFigure(
				text,
				n,
				inSentence[k + 1],
				cues,
				sentenceWeapons,
				figures.findLast((f) => f),
				s,
				inSentence[k - 1]
			);
			const distractor: DistractorKind | undefined = caption
				? 'caption'
				: background || earlierSentence === si
					? 'earlier'
					: distractorOf(text, n, sentenceText, figure !== undefined);
			// "one" is a numeral; "un", "una", "a" may be only an article
			const isArticleOne =
				n.form === 'words' && n.value === 1 && /^(?:un|una|uno|a|an)\s/iu.test(n.text + ' ');
			if (distractor || !figure || (isArticleOne && !articleOneCounts(text, n, figure))) {
				figures.push(undefined);
				numbers.push({ ...n, role: distractor ? 'distractor' : 'other', reason: distractor });
				return;
			}
			figures.push(figure);
			const candidate = toCandidate(text, n, figure, s, si, sentences, { places, speakers }, ctx);
			if (!candidate) {
				numbers.push({ ...n, role: 'other' });
				return;
			}
			if (isBreakdown(text, n, candidate, figure, s, candidates, sentences[Math.max(0, si - 4)].start)) {
				figures.push(undefined);
				numbers.push({ ...n, role: 'distractor', reason: 'breakdown' });
				return;
			}
			candidates.push(candidate);
			numbers.push({ ...n, role: 'figure', candidate: candidate.id });
		});
		// "Tutti i missili sono stati abbattuti": as many intercepted as the count just given
		const all = caption ? null : allIntercepted.exec(sentenceText);
		if (all) {
			const family = /^(?:missil|missile|ракет)/iu.test(all[1] ?? all[2]) ? 'missiles' : 'drones';
			const launched = candidates.findLast(
				(c) =>
					c.metric === `${family}_launched` &&
					!c.weapon &&
					c.number.start >= sentences[Math.max(0, si - 2)].start
			);
			if (launched) {
				const start = s.start + all.index;
				const figure: Figure = {
					family,
					action: 'intercepted',
					qualifier: launched.qualifier,
					start,
					end: start + all[0].length
				};
				const n: NumberMention = {
					value: launched.value,
					start,
					end: figure.end,
					text: all[0],
					form: 'words'
				};
				const candidate = toCandidate(text, n, figure, s, si, sentences, { places, speakers }, ctx);
				if (candidate) candidates.push(candidate);
			}
		}
		// "non ci sono vittime": a zero that was said
		const none = caption ? null : noVictims.exec(sentenceText);
		if (none) {
			const start = s.start + none.index;
			const zero: Figure = { family: 'killed', qualifier: 'exact', start, end: start + none[0].length };
			const n: NumberMention = { value: 0, start, end: zero.end, text: none[0], form: 'words' };
			const candidate = toCandidate(text, n, zero, s, si, sentences, { places, speakers }, ctx);
			if (candidate) candidates.push(candidate);
		}
	});
	return { candidates, numbers };
}

const actorVerb =
	/^\s+(?:ha|hanno|has|have|had|launched|fired|said|says|claimed|attacked|sent|lanciato|lancia|атакувала|атаковала|запустила|випустила|выпустила|заявила|заявляє|заявляет)(?!\p{L})/iu;

/** A dateline: the place's name in capitals at a line's start, then "(Reuters)", ":" or a dash. */
function datelineAt(text: string, p: PlaceMention): boolean {
	const name = text.slice(p.start, p.end);
	if (name !== name.toUpperCase()) return false;
	if (p.start > 0 && !/\n\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start))) return false;
	return /^\s*(?:,[^\n:]{0,20})?\s*(?:\(|:|—|–|-|>>)/u.test(text.slice(p.end, p.end + 30));
}

/**
 * "…destroyed 49 drones: 21 over the Rostov region, seven over…": a part of a total just given
 * by the same source, place by place. The total is the claim; its parts would count it twice.
 */
function isBreakdown(
	text: string,
	n: NumberMention,
	c: Candidate,
	figure: Figure,
	s: Span,
	before: Candidate[],
	from: number
): boolean {
	if (figure.family !== 'drones' && figure.family !== 'missiles') return false;
	// "по два дрона над Брянской и Курской": so many each, always a part
	if (/(?<![\p{L}])(?:по|ще по|еще по|ещё по)\s+$/iu.test(text.slice(Math.max(0, n.start - 10), n.start)))
		return true;
	if (!overPlace.test(text.slice(figure.end, s.end))) return false;
	// "ещё один … над Орловской": one more of a list, place by place
	if (/(?<![\p{L}])(?:еще|ещё|ще|another)\s+$/iu.test(text.slice(Math.max(0, n.start - 8), n.start)))
		return true;
	return before.some(
		(b) =>
			b.metric === c.metric &&
			b.value > c.value &&
			b.number.start >= from &&
			(b.source === c.source || c.speaker === undefined)
	);
}

/** "una donna è rimasta ferita" counts one; "le vittime sono un uomo di 77 anni" names who died. */
function articleOneCounts(text: string, n: NumberMention, figure: Figure): boolean {
	if (figure.family === 'children' && includingBefore.test(text.slice(Math.max(0, n.start - 40), n.start)))
		return true;
	if (
		(figure.family === 'killed' || figure.family === 'injured' || figure.family === 'missiles') &&
		figure.start <= n.start &&
		/^\s+(?:(?:cruise|ballistic|guided)\s+)?\p{L}+/u.test(text.slice(n.end, figure.end)) &&
		figure.end - n.end <= 30
	)
		return true;
	return figure.start === n.start && figure.end > n.end && figure.casualtyAfter === true;
}

/** Works out what a number counts from the words in its sentence. */
function readFigure(
	text: string,
	n: NumberMention,
	next: NumberMention | undefined,
	cues: Cue[],
	weapons: Array<{ weapon: GazetteerWeapon; start: number; end: number }>,
	previous: Figure | undefined,
	sentence: Span,
	previousNumber?: NumberMention
): Figure | undefined {
	const qualifier = qualifierBefore(text.slice(Math.max(sentence.start, n.start - 40), n.start));
	// "un centinaio" is about a hundred, whatever precedes it
	if (n.form === 'approximate' && qualifier.qualifier === 'exact') qualifier.qualifier = 'about';
	const start = n.start - qualifier.length;
	const near = (pos: number) =>
		pos - n.end <= 30 &&
		/^[\s\p{L}'’-]*$/u.test(text.slice(n.end, pos)) &&
		text.slice(n.end, pos).trim().split(/\s+/).filter(Boolean).length <= 2;
	const weapon = weapons.find((w) => w.start >= n.end && near(w.start));
	const noun = cues.find(
		(c) => c.start >= n.end && near(c.start) && !['launched', 'intercepted', 'suppressed'].includes(c.kind)
	);
	// "8 drone attacks": a count of attacks, not of drones
	if (
		noun &&
		!weapon &&
		/^\s*(?:attacks?|strikes?|attacchi|атак\p{L}*)(?!\p{L})/iu.test(text.slice(noun.end, noun.end + 12))
	)
		return undefined;
	let family: Family | undefined = weapon
		? weapon.weapon.category === 'drone'
			? 'drones'
			: 'missiles'
		: (noun?.kind as Family | undefined);
	let nounEnd = weapon?.end ?? noun?.end ?? n.end;
	let action: Action | undefined;
	let inherited: Figure | undefined;

	const between = next ? text.slice(n.end, next.start) : '';
	// "14 of the wounded were taken to hospital": a part of the casualties, not a new count
	const ofNoun = cues.find((c) => c.start >= n.end && casualtyPart.test(text.slice(n.end, c.start)));
	if (ofNoun && ['killed', 'injured', 'people'].includes(ofNoun.kind)) return undefined;
	if (!family && next && partOf.test(between)) {
		// "ventiquattro dei quarantacinque missili": the first is the part, the second the whole;
		// the part is what was shot down, and without such a word ("72 of the 550 drones
		// got through") it is no figure at all
		const whole = readFigure(text, next, undefined, cues, weapons, previous, sentence);
		if (whole && (whole.family === 'drones' || whole.family === 'missiles')) {
			const partAction = nearestAction(cues, n, ['intercepted', 'suppressed'], text);
			if (!partAction) return undefined;
			inherited = whole;
			family = whole.family;
			nounEnd = whole.end;
			action = partAction;
		}
	}
	// "18 of the drones", "67 dei quali": the part of the whole just named
	if (
		family &&
		ofNoun === undefined &&
		/^\s+(?:of the|dei|degli|delle)\s+$/iu.test(text.slice(n.end, noun?.start ?? n.end))
	)
		action = nearestAction(cues, n, ['intercepted', 'suppressed'], text);
	if (
		!family &&
		previous &&
		(previous.family === 'drones' || previous.family === 'missiles') &&
		// "the missiles, of which it shot down two, … the drones, of which 11": the nearer noun's
		!cues.some(
			(c) => (c.kind === 'drones' || c.kind === 'missiles') && c.start >= previous.end && c.end <= n.start
		)
	) {
		// "426 droni lanciati, 400 abbattuti" and "…, 400 dei quali abbattuti"
		const after = cues.find(
			(c) =>
				c.start >= n.end &&
				c.start - n.end <= 20 &&
				['intercepted', 'suppressed', 'launched'].includes(c.kind)
		);
		if (
			after &&
			/^[\s\p{L}'’]*$/u.test(text.slice(n.end, after.start)) &&
			/^\s*(?:(?:dei|delle|degli) quali|of which|of them|з них)?\s*(?:sono stati\s+|were\s+|було\s+)?$/iu.test(
				text.slice(n.end, after.start)
			)
		) {
			family = previous.family;
			action = after.kind as Action;
			nounEnd = after.end;
			inherited = previous;
		}
	}
	if (
		!family &&
		previous &&
		(previous.family === 'drones' || previous.family === 'missiles') &&
		/^\s+(?:of them|of these|dei quali|delle quali|з них|из них)(?!\p{L})/iu.test(
			text.slice(n.end, n.end + 20)
		)
	) {
		// "shot down 50 of them": a part of the drones just counted, with the verb before it
		const partAction = nearestAction(cues, n, ['intercepted', 'suppressed'], text);
		if (partAction) {
			family = previous.family;
			action = partAction;
			inherited = previous;
			nounEnd = n.end + (/^\s+\S+\s+\S+/u.exec(text.slice(n.end))?.[0].length ?? 0);
		}
	}
	if (!family) {
		// "the missiles, of which it shot down two": the family is named before "of which"
		const named = cues.findLast(
			(c) =>
				(c.kind === 'drones' || c.kind === 'missiles') &&
				c.end <= n.start &&
				n.start - c.end <= 40 &&
				/^\s*,?\s*(?:of which|dei quali|delle quali|di cui|з яких|из которых|из них)(?!\p{L})[\s\p{L}]*$/iu.test(
					text.slice(c.end, n.start)
				)
		);
		const partAction = named && nearestAction(cues, n, ['intercepted', 'suppressed'], text);
		if (named && partAction) {
			family = named.kind as Family;
			action = partAction;
			nounEnd = n.end;
		}
	}
	if (!family) {
		// "i feriti sono 52", "il numero dei morti … sale a due": the noun before, the count after
		const before = text.slice(Math.max(sentence.start, n.start - 40), n.start);
		const m =
			/(morti|vittime|feriti|dead|killed|injured|wounded|загиблих|поранених|постраждалих|погибших|пострадавших)\s+(?:sono|sono saliti a|è salito a|sale a|salgono a|is|are|rose to|has risen to|зросла до|зросло до|возросло до|увеличилось до)\s*$/iu.exec(
				before
			) ??
			/^\s+(?:il numero dei|il bilancio dei)\s+(morti|feriti|vittime)/iu.exec(text.slice(n.end, n.end + 40));
		if (m) {
			const kind = findCues(m[1])[0]?.kind;
			if (kind === 'killed' || kind === 'injured')
				return { family: kind, qualifier: qualifier.qualifier, start, end: n.end };
		}
	}
	if (!family) return undefined;

	if (family === 'drones' || family === 'missiles') {
		if (!action && previousNumber && partOf.test(text.slice(previousNumber.end, n.start)))
			action = 'launched';
		action ??= nearestAction(cues, n, ['suppressed', 'intercepted', 'launched'], text) ?? 'launched';
		return {
			family,
			action,
			weapon: weapon?.weapon ?? inherited?.weapon,
			qualifier: qualifier.qualifier,
			start,
			end: nounEnd
		};
	}
	// "almeno nove morti e 70 feriti": the qualifier is said once for both counts
	const carried =
		qualifier.qualifier === 'exact' &&
		previous &&
		(previous.family === 'killed' || previous.family === 'injured') &&
		previous.qualifier !== 'exact' &&
		/^\s*(?:e|and|та|і|и)\s*$/iu.test(text.slice(previous.end, n.start))
			? previous.qualifier
			: qualifier.qualifier;
	if (family === 'killed' || family === 'injured') return { family, qualifier: carried, start, end: nounEnd };
	// people and children: the casualty word is nearby, after first ("due persone sono morte")
	const casualtyAfter = cues.find(
		(c) =>
			(c.kind === 'killed' || c.kind === 'injured') &&
			c.start >= nounEnd &&
			c.start - nounEnd <= 50 &&
			// "загинули двоє людей, ще троє людей поранені": a word past the next number is that number's
			(!next || c.start < next.start)
	);
	const casualtyBefore = cues.findLast(
		(c) =>
			(c.kind === 'killed' || c.kind === 'injured') &&
			c.end <= start &&
			start - c.end <= (family === 'children' ? 200 : 15) &&
			(family === 'children' || !previous || c.start >= previous.end)
	);
	// "killing at least 12 people and injuring dozens": the verb just before is the count's
	const casualty =
		(casualtyBefore && start - casualtyBefore.end <= 15 ? casualtyBefore : undefined) ??
		casualtyAfter ??
		casualtyBefore;
	if (!casualty) return undefined;
	qualifier.qualifier = carried;
	const including = family === 'children' && includingBefore.test(text.slice(Math.max(0, start - 40), start));
	return {
		family: family === 'children' ? 'children' : (casualty.kind as 'killed' | 'injured'),
		casualty: casualty.kind as Casualty,
		qualifier: including && qualifier.qualifier === 'exact' ? 'at_least' : qualifier.qualifier,
		start,
		end: casualty === casualtyAfter ? Math.max(nounEnd, casualtyAfter.end) : nounEnd,
		casualtyAfter: casualty === casualtyAfter
	};
}
type Casualty = 'killed' | 'injured';

/** The action cue nearest a number in its sentence, within reach. */
function nearestAction(cues: Cue[], n: NumberMention, kinds: Action[], text?: string): Action | undefined {
	let best: { kind: Action; distance: number } | undefined;
	for (const c of cues) {
		if (!kinds.includes(c.kind as Action)) continue;
		// "shot down 15 drones that Russia launched": the relative clause's verb is not the count's
		if (
			text &&
			c.start >= n.end &&
			c.kind === 'launched' &&
			relativeBefore.test(text.slice(Math.max(n.end, c.start - 40), c.start))
		)
			continue;
		const distance = c.start >= n.end ? c.start - n.end : n.start - c.end;
		if (distance > 120 || distance < 0) continue;
		if (!best || distance < best.distance) best = { kind: c.kind as Action, distance };
	}
	return best?.kind;
}

const metricOf = (f: Figure): Metric => {
	if (f.family === 'killed' || f.family === 'injured') return f.family;
	if (f.family === 'children') return f.casualty === 'killed' ? 'children_killed' : 'children_injured';
	if (f.family === 'missiles') return f.action === 'launched' ? 'missiles_launched' : 'missiles_intercepted';
	return f.action === 'launched'
		? 'drones_launched'
		: f.action === 'suppressed'
			? 'drones_suppressed'
			: 'drones_intercepted';
};

function toCandidate(
	text: string,
	n: NumberMention,
	figure: Figure,
	s: Span,
	si: number,
	sentences: Span[],
	found: { places: PlaceMention[]; speakers: SpeakerMention[] },
	ctx: ReadContext
): (Candidate & { headline: boolean }) | undefined {
	const within = <T extends { start: number }>(list: T[], span: Span) =>
		list.filter((x) => x.start >= span.start && x.start < span.end);
	const sentenceAt = (k: number) => text.slice(sentences[k].start, sentences[k].end);

	// the speaker: in the sentence, else in a following "Lo riporta…", else a speaker still talking
	const center = (figure.start + figure.end) / 2;
	let speaker = nearest(within(found.speakers, s), center);
	if (!speaker && sentences[si + 1] && continuation.test(sentenceAt(si + 1)))
		speaker = nearest(within(found.speakers, sentences[si + 1]), center);
	if (!speaker && si > 0 && reportingVerb.test(sentenceAt(si - 1))) {
		const before = nearest(within(found.speakers, sentences[si - 1]), center);
		// the Air Force and the ministries count weapons, not the dead of a city
		const casualty = figure.family !== 'drones' && figure.family !== 'missiles';
		if (!(casualty && before?.id && ctx.kinds.get(before.id) === 'military')) speaker = before;
	}

	// the attacker: a side's official speaks for the country that was hit; else the words
	// ("droni ucraini"), else the country of the places named, looking back a few sentences
	const side = speaker?.id ? ctx.sides.get(speaker.id) : undefined;
	let attacker: 'RU' | 'UA' | undefined = side === 'UA' ? 'RU' : side === 'RU' ? 'UA' : undefined;
	for (let k = si; k >= Math.max(0, si - 4) && !attacker; k--) {
		const sentenceText = sentenceAt(k);
		attacker = ukrainianAttacker.test(sentenceText)
			? 'UA'
			: russianAttacker.test(sentenceText)
				? 'RU'
				: undefined;
		const named = within(found.places, sentences[k]);
		if (!attacker && named.length > 0)
			attacker = named.filter((p) => p.country === 'UA').length * 2 >= named.length ? 'RU' : 'UA';
	}
	if (speaker?.ministry && !attacker) attacker = 'UA';
	// the places: in the country that was hit, from the sentence or the nearest before it
	const hit = attacker === 'UA' ? 'RU' : attacker === 'RU' ? 'UA' : undefined;
	let placeList: PlaceMention[] = [];
	for (let k = si; k >= Math.max(0, si - 4) && placeList.length === 0; k--)
		placeList = within(found.places, sentences[k]).filter(
			// in the figure's own sentence, a place far past it belongs to what the sentence says next
			(p) => (!hit || p.country === hit) && (k !== si || p.start < figure.end + 80)
		);
	const placeIds = [...new Set(placeList.map((p) => p.id))];
	const scope = scopeOf(text, figure, s, speaker, placeIds, ctx);

	let source = ctx.outletId;
	if (speaker?.id) source = speaker.id;
	else if (speaker?.ministry && attacker === 'UA' && ctx.known.has('ru-mod')) source = 'ru-mod';

	const metric = metricOf(figure);
	const weapon =
		figure.weapon && (figure.family === 'drones' || figure.family === 'missiles')
			? { id: figure.weapon.id, metric: (figure.action ?? 'launched') as WeaponMetric }
			: undefined;
	return {
		id: `${ctx.where}-${n.start}`,
		metric,
		weapon,
		value: n.value,
		qualifier: figure.qualifier,
		source,
		sourceKnown: ctx.known.has(source),
		speaker: speaker?.text,
		places: placeIds,
		...(scope ? { scope } : {}),
		attacker,
		date: ctx.date,
		where: ctx.where,
		quote: { start: figure.start, end: figure.end },
		quoteText: text.slice(figure.start, figure.end),
		number: { start: n.start, end: n.end },
		headline: ctx.where === 'title' || n.start >= ctx.headlineFrom
	};
}

/**
 * The one place a figure is for, when it is not the whole attack's: a local official's count
 * is for their place, the dead and injured are where the sentence puts them, and drones "over
 * the Rostov region" were over that region. A national source (the Air Force, a ministry, the
 * president) speaks for the whole attack unless the words say otherwise.
 */
function scopeOf(
	text: string,
	figure: Figure,
	s: Span,
	speaker: SpeakerMention | undefined,
	placeIds: string[],
	ctx: ReadContext
): string | undefined {
	const local =
		speaker?.local === true || (speaker?.id !== undefined && ctx.kinds.get(speaker.id) === 'local_authority');
	const rest = text.slice(figure.end, s.end);
	const overMatch = overPlace.exec(rest);
	// "in Odesa, Kherson and Mykolaiv regions": a list is not one place
	const over =
		overMatch && !/^\s*(?:,|and|e|та|і|и)\s+\p{Lu}/u.test(rest.slice(overMatch.index + overMatch[0].length))
			? overMatch
			: undefined;
	const casualty = figure.family !== 'drones' && figure.family !== 'missiles';
	if (speaker?.id && !local && !over) return undefined;
	if (!local && !over && !casualty) return undefined;
	if (placeIds.length === 1) return placeIds[0];
	if (placeIds.length > 1) return undefined;
	// a place the gazetteer does not know: the words that name it, for the curator to map
	if (over) return over[1];
	return local && speaker ? speaker.text : undefined;
}

function nearest<T extends { start: number; end: number }>(list: T[], at: number): T | undefined {
	let best: T | undefined;
	for (const x of list)
		if (!best || Math.abs((x.start + x.end) / 2 - at) < Math.abs((best.start + best.end) / 2 - at)) best = x;
	return best;
}

/**
 * "Più di 100 droni … 102 droni", "Более 20 … 26": a lede rounds the figure the text then gives
 * exactly. The exact one is the claim; the rounded one would be a second, vaguer claim.
 */
function dropRounded(candidates: Candidate[], dropped: Map<string, DistractorKind>): Candidate[] {
	return candidates.filter((c) => {
		if ((c.qualifier !== 'more_than' && c.qualifier !== 'about') || c.flag) return true;
		const exact = candidates.find(
			(o) =>
				o !== c &&
				!o.flag &&
				o.qualifier === 'exact' &&
				o.metric === c.metric &&
				// a lede that names no attacker rounds the figure the body then attributes
				(o.attacker === c.attacker || c.attacker === undefined) &&
				o.scope === c.scope &&
				(c.qualifier === 'more_than' ? o.value > c.value : o.value >= c.value * 0.8) &&
				o.value <= c.value * 1.3
		);
		if (exact) dropped.set(c.id, 'rounded');
		return !exact;
	});
}

/** A region a clause places its count in: "над территорией Брянской области", "over the Kursk region". */
const regionWord =
	/(?<!\p{L})(?:над|в|у|over|in|nel|nella|sulla|sopra)\s+(?:[\p{L}'’-]+\s+){0,3}(?:област\p{L}*|облас\p{L}*|oblasts?|regions?|regione|provincia|акватори\p{L}*|кра[йяюе]|краем|республик\p{L}*|Крым\p{L}*|Криму?)(?!\p{L})/iu;
const ownRegion =
	/(?<!\p{L})(?:his|her|their|its|своей|своем|своїй|своєю)\s+(?:region|област\p{L}*|oblast)/iu;
/** "20 – над территорией", "семь - в Смоленской": a list's item, a count then its place. */
const listItemAfter = /^\s*[-–—]\s*(?:над|в|у|на|over|in|nel|nella|sulla)(?!\p{L})/iu;

/** The clause a number stands in: from the last , ; : or dash before it to the next after it. */
function clauseAround(text: string, at: Span): string {
	const from = Math.max(0, at.start - 120);
	const before = text.slice(from, at.start);
	const cut = Math.max(...[',', ';', ':', '.', '\n'].map((p) => before.lastIndexOf(p)));
	const after = text.slice(at.end, at.end + 120);
	const stop = after.search(/[,;:.\n]/);
	return before.slice(cut + 1) + text.slice(at.start, at.end) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * "Перехвачены и уничтожены 47 беспилотников: 20 – над Брянской областью, 15 – над Курской",
 * "17 drones over the Bryansk region": a region's share of a total the article gives. The total
 * is the claim; the parts are not the night's figures, and a curator who wants them records
 * them by region on purpose. Only drones and missiles: casualties are scoped by place instead.
 */
function dropRegionalParts(
	candidates: Candidate[],
	text: string,
	dropped: Map<string, DistractorKind>
): Candidate[] {
	const regional = (c: Candidate) => {
		if (c.where !== 'text') return false;
		const clause = clauseAround(text, c.number);
		// "over his region": a governor's count of his own region is his claim, not a share
		if (ownRegion.test(clause)) return false;
		return regionWord.test(clause) || listItemAfter.test(text.slice(c.number.end));
	};
	const isWeaponCount = (c: Candidate) => /^(drones|missiles)_/.test(c.metric);
	return candidates.filter((c) => {
		if (c.flag || !isWeaponCount(c) || !regional(c)) return true;
		const total = candidates.some(
			(o) =>
				o !== c &&
				!o.flag &&
				o.metric === c.metric &&
				o.attacker === c.attacker &&
				o.value > c.value &&
				!regional(o) &&
				// a governor who gives his own region's count makes a claim of his own, scoped to it
				(c.speaker === undefined || c.source === o.source)
		);
		if (total) dropped.set(c.id, 'region-count');
		return !total;
	});
}

const sameFigure = (a: Candidate, b: Candidate) =>
	a.metric === b.metric &&
	// not the scope: one number said twice in an article, once with its place, is one figure

	a.weapon?.id === b.weapon?.id &&
	a.value === b.value &&
	a.qualifier === b.qualifier &&
	a.attacker === b.attacker;

/**
 * The same count, told once by the outlet and once in its speaker's words: "16 injured, among
 * them two children" in a lede and "among them at least two children, Fedorov said" below. The
 * lede may leave out the attacker; children counted "among them" are read as "at least".
 */
const sameClaim = (a: Candidate, b: Candidate) =>
	a.metric === b.metric &&
	a.weapon?.id === b.weapon?.id &&
	a.value === b.value &&
	(a.attacker === b.attacker || a.attacker === undefined || b.attacker === undefined) &&
	(a.qualifier === b.qualifier ||
		// children said "among them" become "at least" (a part of a toll): the same two children
		(a.metric.startsWith('children_') &&
			[a.qualifier, b.qualifier].includes('exact') &&
			[a.qualifier, b.qualifier].includes('at_least')));

/**
 * A headline that repeats the body adds nothing; one that disagrees with it is kept, flagged,
 * for the curator to take only on purpose.
 */
function judgeHeadlines(all: Array<Candidate & { headline: boolean }>): {
	kept: Candidate[];
	dropped: Map<string, DistractorKind>;
} {
	const bodyFigures = all.filter((c) => !c.headline);
	const kept: Candidate[] = [];
	const dropped = new Map<string, DistractorKind>();
	for (const c of all) {
		const { headline, ...candidate } = c;
		if (!headline) {
			kept.push(candidate);
			continue;
		}
		const same = bodyFigures.filter((b) => b.metric === c.metric && b.weapon?.id === c.weapon?.id);
		if (same.some((b) => b.value === c.value && b.qualifier === c.qualifier))
			dropped.set(c.id, 'headline-repeats');
		else if (same.length > 0) kept.push({ ...candidate, flag: 'headline-disagrees' });
		else kept.push(candidate);
	}
	return { kept, dropped };
}

/**
 * One figure said twice is one candidate; an outlet repeating a named source's figure is the
 * source's.
 */
function dedupe(candidates: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const c of candidates) {
		if (out.some((o) => sameFigure(o, c) && o.source === c.source)) continue;
		out.push(c);
	}
	return out.filter(
		(c) =>
			(c.speaker !== undefined || !out.some((o) => o !== c && sameClaim(o, c) && o.speaker !== undefined)) &&
			// "destroyed 28 drones … destroyed 28 Shahed drones": one figure, its weapon named once
			(c.weapon !== undefined ||
				!out.some((o) => o.weapon !== undefined && sameFigure(o, { ...c, weapon: o.weapon })))
	);
}
