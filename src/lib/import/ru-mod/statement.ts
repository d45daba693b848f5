/**
 * Reads one post of the MoD's channel: is it a statement on Ukrainian drones brought down, and
 * if so what it says, in the ministry's own words. The scraper's `drone_count` is not used
 * here (see the importer: it is only a cross-check).
 *
 * - A statement gives a total ("перехвачены и уничтожены 99 украинских беспилотных
 *   летательных аппаратов", "украинский беспилотный летательный аппарат уничтожен": a
 *   singular noun with no numeral is one), and often a list by region ("▫️ 30 – над
 *   территорией Курской области", "по одному – над территориями Курской и Липецкой
 *   областей": one each). A post may add a restating total for a longer period ("Всего в
 *   ночное время с 20:00 … до 07:00 …"): that is a second statement of the post.
 * - Texts are cut at 400 characters. A figure whose phrase runs into the cut (the number, its
 *   noun or, for a list item, its place) is left out and reported, never completed.
 * - Quotes are the words that carry each figure, as written, without Telegram's markup.
 */
import type { Qualifier } from '../../schema/figure.ts';
import { findRussianNumbers, type RussianNumber } from '../../text/ru-numerals.ts';
import { regionsIn } from './regions.ts';
import { windowOf, type Window } from './window.ts';

export interface Found {
	value: number;
	qualifier: Qualifier;
	quote: string;
}

export interface RegionFigure extends Found {
	/** ISO 3166-2 codes the item names. */
	codes: string[];
	/** "по одному – над …": the value is each region's, not theirs together. */
	each: boolean;
}

export interface Statement {
	window: Window;
	total?: Found;
	/** Regions the total's sentence names, when there is no list by region. */
	named: string[];
	items: RegionFigure[];
	/** Items over a sea: no region of Salvo's, their figures stay in the total only. */
	seaItems: number;
	/** A "Всего …" total of a longer period: it restates the night's other statements. */
	restates: boolean;
	/** What was left out, each with its reason. */
	left: string[];
}

export type Reading =
	{ kind: 'statement'; statements: Statement[] } | { kind: 'skipped'; reason: SkipReason; left?: string[] };

export const skipReasons = {
	summary:
		'daily war summaries, digests and army groups\' front reports ("Сводка", "Главное за день", "пресс-центра группировки")',
	'no-drone-figure': 'about drones, but no Ukrainian drone brought down by air defence',
	'not-drones': 'no drones at all (units, videos, Russian strikes, missiles only)',
	cut: 'a drone statement whose figure the 400-character cut splits'
} as const;
export type SkipReason = keyof typeof skipReasons;

/** The text without Telegram markup: `**bold**`, `__italic__`, `[label](url)`, emoji bullets as lines. */
export function plainText(snippet: string): string {
	return (
		snippet
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			// a link the cut left open
			.replace(/\[([^\]]*)\]\([^)]*$/, '$1')
			.replace(/\*\*|__/g, '')
			.replace(/[▫◽▪•]\uFE0F?/g, '\n•')
			.replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
			.replace(/[ \t\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.trim()
	);
}

const summary =
	/пресс-центра группировки|Сводка Министерства обороны|Главное за день|о ходе проведения специальной военной операции|по состоянию на \d/i;
const droneWords = /беспилотн|БПЛА|БпЛА/iu;
const airDefence = /ПВО|дежурными средствами|перехвачен|противовоздушн/iu;
const downed = /уничтож|перехвач|сбит|подавлен/iu;
const ukrainian = /украинск|киевск\p{L}* режим/iu;

/** A drone noun phrase: "украинских беспилотных летательных аппаратов", "БПЛА", "беспилотник". */
const dronePhrase =
	/(украинск\p{L}*\s+)?(?:(?:беспилотн\p{L}*\s+)?летательн\p{L}*\s+аппарат\p{L}*|беспилотник\p{L}*|БПЛА|БпЛА|беспилотн\p{L}*\s+аппарат\p{L}*)(?![\p{L}])/giu;
const verb =
	/(?:перехвачен\p{L}*\s+и\s+уничтожен\p{L}*|уничтожен\p{L}*\s+и\s+перехвачен\p{L}*|уничтожен\p{L}*|перехвачен\p{L}*|сбит\p{L}*|подавлен\p{L}*)/iu;
const singular =
	/^(?:украинский\s+)?(?:беспилотный\s+летательный\s+аппарат|беспилотник)$|^украинский\s+(?:БПЛА|БпЛА)$/iu;

/** Reads a post's text (`cut`: the table cut it at 400 characters). */
export function readPost(snippet: string, postedUtc: string, cut: boolean): Reading {
	const text = plainText(snippet);
	if (summary.test(text)) return { kind: 'skipped', reason: 'summary' };
	if (!droneWords.test(text)) return { kind: 'skipped', reason: 'not-drones' };
	if (!airDefence.test(text) || !downed.test(text) || !ukrainian.test(text))
		return { kind: 'skipped', reason: 'no-drone-figure' };

	// a restating total ("Всего …") is a statement of its own, for its own period
	const split = /(?:^|[\s.])Всего\s/u.exec(text);
	const parts = split ? [text.slice(0, split.index), text.slice(split.index)] : [text];
	const statements: Statement[] = [];
	const left: string[] = [];
	parts.forEach((part, n) => {
		const last = n === parts.length - 1;
		const s = readStatement(part, postedUtc, cut && last);
		if (n > 0) s.restates = true;
		left.push(...s.left);
		if (s.total || s.items.length > 0) statements.push(s);
	});
	if (statements.length === 0) {
		// the figure fell to the cut, or the post speaks of drones without giving one
		return cut && left.length > 0
			? { kind: 'skipped', reason: 'cut', left }
			: { kind: 'skipped', reason: 'no-drone-figure', left };
	}
	return { kind: 'statement', statements };
}

function readStatement(text: string, postedUtc: string, cut: boolean): Statement {
	const statement: Statement = {
		window: windowOf(text, postedUtc),
		named: [],
		items: [],
		seaItems: 0,
		restates: false,
		left: []
	};
	const numbers = findRussianNumbers(text);
	const listStart = readItems(text, numbers, cut, statement);

	// the total: the first drone phrase before the list with a count (or a singular noun)
	let totalEnd = -1;
	for (const m of text.matchAll(dronePhrase)) {
		if (m.index >= listStart) break;
		const end = m.index + m[0].length;
		if (cut && end >= text.length) {
			statement.left.push(`total cut: "${tail(text)}"`);
			break;
		}
		const number = numbers.find(
			(n) => n.end <= m.index && /^\s*(?:ещ[её]\s+)?$/iu.test(text.slice(n.end, m.index))
		);
		const noun = m[0].replace(/\s+/g, ' ');
		if (!number && !m[1]) continue; // "с применением БПЛА самолетного типа": no count
		if (!number && !singular.test(noun)) continue; // "украинские БПЛА" without a number
		if (number && cut && number.end >= text.length) break;
		const from = number ? number.start : m.index;
		const quote = withVerb(text, from, end);
		// "атаку пятью беспилотными аппаратами": drones of the attack, not drones brought down
		if (quote === undefined) continue;
		totalEnd = end;
		statement.total = {
			value: number ? number.value : 1,
			qualifier: number ? number.qualifier : 'exact',
			quote
		};
		if (statement.items.length === 0) {
			// regions named in the total's sentence, without a split between them
			const sentence = text.slice(from, sentenceEnd(text, end));
			const over = /над\s+[^.•\n]*/u.exec(sentence);
			if (over && !(cut && from + over.index + over[0].length >= text.length))
				statement.named = regionsIn(over[0]).codes;
			else if (over) statement.left.push(`regions cut: "${tail(text)}"`);
		}
		break;
	}
	// "Еще один БПЛА подавлен средствами РЭБ": a further figure of the statement, which adds
	// to its total in words only; not summed (a sum is not a figure it gave), but reported
	if (statement.total)
		for (const m of text.matchAll(
			/(?:^|[\s•])(Е|е)щ[её]\s+([^.•\n]{1,80}?(?:БПЛА|БпЛА|беспилотн\p{L}*|аппарат\p{L}*)[^.•\n]{0,60})/gu
		))
			if (m.index > totalEnd) statement.left.push(`further figure not added: "${m[0].trim()}"`);
	if (!statement.total && cut && statement.items.length === 0 && downed.test(text.slice(-120)))
		statement.left.push(`total cut: "${tail(text)}"`);
	return statement;
}

/** The last words of a cut text, for a report. */
const tail = (text: string) => `…${text.slice(-50).replace(/\s+/g, ' ')}`;

function sentenceEnd(text: string, from: number): number {
	const m = /\.(?:\s|$)|\n|•/u.exec(text.slice(from));
	return m ? from + m.index : text.length;
}

/**
 * The figure's words with the verb that says what happened to them ("уничтожены 76 …",
 * "украинский БПЛА уничтожен", "четыре украинских БПЛА на территории … уничтожены"), or
 * undefined when no such verb is near: then the number counts something else.
 */
function withVerb(text: string, from: number, end: number): string | undefined {
	const span = (a: number, b: number) => text.slice(a, b).replace(/\s+/g, ' ').trim();
	const before = text.slice(Math.max(0, from - 40), from);
	const verbs = [...before.matchAll(new RegExp(verb.source, 'giu'))];
	const lastVerb = verbs.at(-1);
	// a bracketed count belongs to the region before it (see readBracketItems)
	if (/\(\s*$/u.test(before)) return undefined;
	if (lastVerb && /^[\s:]*$/u.test(before.slice(lastVerb.index + lastVerb[0].length)))
		return span(from - before.length + lastVerb.index, end);
	const after = new RegExp(`^[^.•\\n]{0,60}?${verb.source}`, 'iu').exec(text.slice(end));
	if (after) return span(from, end + after[0].length);
	// "уничтожены семнадцать реактивных снарядов, 5 управляемых авиационных бомб и один БпЛА":
	// the verb heads a list of weapons in the same sentence
	const wide = text.slice(Math.max(0, from - 160), from);
	const head = [...wide.matchAll(new RegExp(verb.source, 'giu'))].at(-1);
	if (head && /^[^.•\n()]*$/u.test(wide.slice(head.index)) && /(?:,|\sи)\s*$/u.test(wide))
		return span(from - wide.length + head.index, end);
	return undefined;
}

/**
 * The list by region: each "N – над …" (or "по N – над …") item. Returns where the list
 * starts (the first item), or the text's length when there is none.
 */
function readItems(text: string, numbers: RussianNumber[], cut: boolean, statement: Statement): number {
	const dashes = [...text.matchAll(/\s*[–—-]\s*над(?:\s|$)/gu)];
	let listStart = text.length;
	const items: { at: number; number: RussianNumber; each: boolean; placeFrom: number }[] = [];
	for (const d of dashes) {
		// the count just before the dash: "30", "**3** БПЛА", "по одному"
		const number = [...numbers].reverse().find((n) => n.end <= d.index);
		if (!number) continue;
		const between = text.slice(number.end, d.index);
		if (!/^\s*(?:(?:БПЛА|БпЛА|беспилотн\p{L}*(?:\s+летательн\p{L}*\s+аппарат\p{L}*)?)\s*)?$/iu.test(between))
			continue;
		const lead = text.slice(Math.max(0, number.start - 4), number.start);
		const each = /по\s+$/iu.test(lead);
		items.push({
			at: each ? number.start - 3 : number.start,
			number,
			each,
			placeFrom: d.index + d[0].indexOf('над')
		});
	}
	readBracketItems(text, cut, statement);
	items.forEach((item, k) => {
		if (k === 0) listStart = Math.min(listStart, item.at);
		const next = items[k + 1]?.at ?? text.length;
		let stop = next;
		const terminator = /[;\n•]|\.(?:\s|$)|Всего\s/u.exec(text.slice(item.placeFrom, next));
		if (terminator) stop = item.placeFrom + terminator.index;
		// up to the next item: "три – над … Тульской области и два – над …" leaves its "и" behind
		const place = text
			.slice(item.placeFrom, stop)
			.replace(/[\s,.:]+$/u, '')
			.replace(/\s+(?:и|а также)$/u, '');
		const quote = text
			.slice(item.at, item.placeFrom + place.length)
			.replace(/\s+/g, ' ')
			.trim();
		// the last item of a cut text may have lost words of its place: left out
		if (cut && !terminator && k === items.length - 1) {
			statement.left.push(`item cut: "${quote}"`);
			return;
		}
		const { codes, sea } = regionsIn(place);
		if (codes.length === 0) {
			if (sea) statement.seaItems++;
			else statement.left.push(`no region in "${quote}"`);
			return;
		}
		statement.items.push({
			value: item.number.value,
			qualifier: item.number.qualifier,
			quote,
			codes,
			each: item.each
		});
	});
	return listStart;
}

/**
 * The list written in brackets: "над территориями Курской (2 БпЛА), Белгородской (3 БпЛА) и
 * Воронежской (2 БпЛА) областей": each count belongs to the region named just before it.
 */
function readBracketItems(text: string, cut: boolean, statement: Statement): void {
	const pattern = /((?:[\p{L}-]+\s+)?[\p{L}-]+)\s*\(([^()]{1,30}?)\s*(?:БПЛА|БпЛА|беспилотник\p{L}*)\)/gu;
	for (const m of text.matchAll(pattern)) {
		const [number, ...rest] = findRussianNumbers(m[2]);
		if (!number || rest.length > 0 || m[2].trim() !== number.text) continue;
		const { codes, sea } = regionsIn(m[1]);
		if (codes.length === 0 && sea) {
			statement.seaItems++;
			continue;
		}
		if (codes.length !== 1) {
			statement.left.push(`no region in "${m[0]}"`);
			continue;
		}
		statement.items.push({
			value: number.value,
			qualifier: number.qualifier,
			quote: m[0],
			codes,
			each: false
		});
	}
	// a bracket the cut opened and never closed
	if (cut && /\([^)]*$/u.test(text.slice(-40))) statement.left.push(`item cut: "${tail(text)}"`);
}
