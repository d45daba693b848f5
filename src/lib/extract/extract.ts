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

	const body = read(text, {
		outletId,
		known,
		sides,
		date,
		matchers,
		where: 'text',
		headlineFrom: footerStart
	});
	// a title typed in its field that the text does not already carry is read on its own
	const titleRead =
		meta.title?.trim() && !text.includes(meta.title.trim())
			? read(meta.title.trim(), { outletId, known, sides, date, matchers, where: 'title', headlineFrom: 0 })
			: undefined;

	const all = [...body.candidates, ...(titleRead?.candidates ?? [])];
	const { kept, dropped } = judgeHeadlines(all);
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
	/^(?:un|una|uno|a|an|one)\s+(?=(?:donna|uomo|persona|bambin[oa]|ragazzin[oa]|ragazz[oa]|civile|anzian[oa]|woman|man|person|child|boy|girl|civilian)(?!\p{L}))/iu;
const ukrainianAttacker =
	/(?:droni|missili|drones|missiles|дрон\p{L}*|ракет\p{L}*|бпла|attacco|attack|incursion\p{L}*)\s+(?:\p{L}+\s+)?(?:ucrain\p{L}*|ukrainian|українськ\p{L}*|nemici)(?!\p{L})|(?:ucrain\p{L}*|ukrainian|українськ\p{L}*)\s+(?:drones?|missiles?|дрон\p{L}*|attack)/iu;
const russianAttacker =
	/(?:droni|missili|drones|missiles|дрон\p{L}*|ракет\p{L}*|bombardamenti|attacco|attacchi|attack|strikes?|raid)\s+(?:\p{L}+\s+)?(?:russ[aio]\p{L}*|russian|російськ\p{L}*)(?!\p{L})|(?:russian|російськ\p{L}*)\s+(?:drones?|missiles?|attack|strikes?)|(?:la russia|russia has|росія|ворог|противник|росіян\p{L}*|окупант\p{L}*)/iu;
const allIntercepted =
	/(?<![\p{L}])(?:tutti i|all(?: the)?|всі|усі)\s+(missili|droni|missiles|drones|ракети|дрони)\s+(?:\p{L}+\s+){0,3}?(?:abbattut\p{L}*|intercettat\p{L}*|distrutt\p{L}*|shot down|intercepted|destroyed|збит\p{L}*|знищен\p{L}*)/iu;
const continuation = /^\s*(?:lo|l['’]ha|così|this|that|це|про це)(?!\p{L})/iu;
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
	mentions.sort((a, b) => a.start - b.start);
	const places = ctx.matchers.places(text);
	const speakers = ctx.matchers.speakers(text);
	const weapons = ctx.matchers.weapons(text);

	const candidates: Reading['candidates'] = [];
	const numbers: NumberRole[] = [];
	let mi = 0;
	sentences.forEach((s, si) => {
		const sentenceText = text.slice(s.start, s.end);
		const inSentence: NumberMention[] = [];
		while (mi < mentions.length && mentions[mi].start < s.end) {
			if (mentions[mi].start >= s.start) inSentence.push(mentions[mi]);
			mi++;
		}
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
			const distractor = distractorOf(text, n, sentenceText, figure !== undefined);
			const isArticleOne =
				n.form === 'words' && n.value === 1 && /^(?:un|una|uno|a|an|one)\s/iu.test(n.text + ' ');
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
			candidates.push(candidate);
			numbers.push({ ...n, role: 'figure', candidate: candidate.id });
		});
		// "Tutti i missili sono stati abbattuti": as many intercepted as the count just given
		const all = allIntercepted.exec(sentenceText);
		if (all) {
			const family = /^(?:missil|missile|ракет)/iu.test(all[1]) ? 'missiles' : 'drones';
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
		const none = noVictims.exec(sentenceText);
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

/** "una donna è rimasta ferita" counts one; "le vittime sono un uomo di 77 anni" names who died. */
function articleOneCounts(text: string, n: NumberMention, figure: Figure): boolean {
	if (figure.family === 'children' && includingBefore.test(text.slice(Math.max(0, n.start - 20), n.start)))
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
	let family: Family | undefined = weapon
		? weapon.weapon.category === 'drone'
			? 'drones'
			: 'missiles'
		: (noun?.kind as Family | undefined);
	let nounEnd = weapon?.end ?? noun?.end ?? n.end;
	let action: Action | undefined;
	let inherited: Figure | undefined;

	const between = next ? text.slice(n.end, next.start) : '';
	if (!family && next && /^\s+(?:dei|degli|delle|of|of the|з|із)\s+$/iu.test(between)) {
		// "ventiquattro dei quarantacinque missili": the first is the part, the second the whole
		const whole = readFigure(text, next, undefined, cues, weapons, previous, sentence);
		if (whole && (whole.family === 'drones' || whole.family === 'missiles')) {
			inherited = whole;
			family = whole.family;
			nounEnd = whole.end;
			action = nearestAction(cues, n, ['intercepted', 'suppressed']) ?? 'intercepted';
		}
	}
	if (!family && previous && (previous.family === 'drones' || previous.family === 'missiles')) {
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
	if (!family) return undefined;

	if (family === 'drones' || family === 'missiles') {
		if (
			!action &&
			previousNumber &&
			/^\s+(?:dei|degli|delle|of|of the|з|із)\s+$/iu.test(text.slice(previousNumber.end, n.start))
		)
			action = 'launched';
		action ??= nearestAction(cues, n, ['suppressed', 'intercepted', 'launched']) ?? 'launched';
		return {
			family,
			action,
			weapon: weapon?.weapon ?? inherited?.weapon,
			qualifier: qualifier.qualifier,
			start,
			end: nounEnd
		};
	}
	if (family === 'killed' || family === 'injured')
		return { family, qualifier: qualifier.qualifier, start, end: nounEnd };
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
	const casualty = casualtyAfter ?? casualtyBefore;
	if (!casualty) return undefined;
	const including = family === 'children' && includingBefore.test(text.slice(Math.max(0, start - 20), start));
	return {
		family: family === 'children' ? 'children' : (casualty.kind as 'killed' | 'injured'),
		casualty: casualty.kind as Casualty,
		qualifier: including && qualifier.qualifier === 'exact' ? 'at_least' : qualifier.qualifier,
		start,
		end: casualtyAfter ? Math.max(nounEnd, casualtyAfter.end) : nounEnd,
		casualtyAfter: casualtyAfter !== undefined
	};
}
type Casualty = 'killed' | 'injured';

/** The action cue nearest a number in its sentence, within reach. */
function nearestAction(cues: Cue[], n: NumberMention, kinds: Action[]): Action | undefined {
	let best: { kind: Action; distance: number } | undefined;
	for (const c of cues) {
		if (!kinds.includes(c.kind as Action)) continue;
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
	if (!speaker && si > 0 && reportingVerb.test(sentenceAt(si - 1)))
		speaker = nearest(within(found.speakers, sentences[si - 1]), center);

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
		placeList = within(found.places, sentences[k]).filter((p) => !hit || p.country === hit);
	const placeIds = [...new Set(placeList.map((p) => p.id))];

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
		attacker,
		date: ctx.date,
		where: ctx.where,
		quote: { start: figure.start, end: figure.end },
		quoteText: text.slice(figure.start, figure.end),
		number: { start: n.start, end: n.end },
		headline: ctx.where === 'title' || n.start >= ctx.headlineFrom
	};
}

function nearest<T extends { start: number; end: number }>(list: T[], at: number): T | undefined {
	let best: T | undefined;
	for (const x of list)
		if (!best || Math.abs((x.start + x.end) / 2 - at) < Math.abs((best.start + best.end) / 2 - at)) best = x;
	return best;
}

const sameFigure = (a: Candidate, b: Candidate) =>
	a.metric === b.metric &&
	a.weapon?.id === b.weapon?.id &&
	a.value === b.value &&
	a.qualifier === b.qualifier &&
	a.attacker === b.attacker;

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
		(c) => c.speaker !== undefined || !out.some((o) => o !== c && sameFigure(o, c) && o.speaker !== undefined)
	);
}
