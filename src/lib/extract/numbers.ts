/**
 * Finds the numbers in a text: digits with Italian or English thousands separators (`2.500`,
 * `2,500`, `2 500`) and numbers written as words in Italian, English, Ukrainian and Russian
 * (`quattrocento`, `twenty-four`, `двадцять чотири`, `a dozen`, `un centinaio`).
 * Russian words are read by the shared Russian reader (src/lib/text/ru-numerals.ts).
 * Pure and linear in the text's length.
 */
import { foldRussian, russianNumberWord } from '../text/ru-numerals.ts';

/** A number found in the text, with the characters it spans. */
export interface NumberMention {
	value: number;
	start: number;
	end: number;
	/** The text as written. */
	text: string;
	/** How it was written: digits, words, or an approximate word such as "un centinaio". */
	form: 'digits' | 'words' | 'approximate';
}

/** Italian morphemes that compose number words (ventiquattro, quattrocentomila). */
const itParts: ReadonlyArray<readonly [string, number]> = [
	['diciassette', 17],
	['diciannove', 19],
	['quattordici', 14],
	['diciotto', 18],
	['quindici', 15],
	['tredici', 13],
	['sedici', 16],
	['dodici', 12],
	['undici', 11],
	['dieci', 10],
	['venti', 20],
	['vent', 20],
	['trenta', 30],
	['trent', 30],
	['quaranta', 40],
	['quarant', 40],
	['cinquanta', 50],
	['cinquant', 50],
	['sessanta', 60],
	['sessant', 60],
	['settanta', 70],
	['settant', 70],
	['ottanta', 80],
	['ottant', 80],
	['novanta', 90],
	['novant', 90],
	['cento', 100],
	['mille', 1000],
	['mila', 1000],
	['quattro', 4],
	['cinque', 5],
	['sette', 7],
	['otto', 8],
	['nove', 9],
	['uno', 1],
	['una', 1],
	['due', 2],
	['tre', 3],
	['tré', 3],
	['sei', 6],
	['un', 1]
];

/**
 * Reads one Italian number word by splitting it into morphemes. Returns undefined for a
 * word that is not entirely a number ("settembre", "treno").
 */
export function italianWord(word: string): number | undefined {
	const w = word.toLowerCase();
	let total = 0;
	let current = 0;
	let i = 0;
	let parts = 0;
	while (i < w.length) {
		const part = itParts.find(([p]) => w.startsWith(p, i));
		if (!part) return undefined;
		const [p, v] = part;
		i += p.length;
		parts++;
		if (v === 100) current = (current || 1) * 100;
		else if (v === 1000) {
			total += (current || 1) * 1000;
			current = 0;
		} else current += v;
	}
	// "un", "una", "uno" alone are articles; the caller decides when they mean one
	if (parts === 1 && ['un', 'una', 'uno', 'mila'].includes(w)) return undefined;
	return parts > 0 ? total + current : undefined;
}

const enUnits: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

/** Ukrainian number words; case forms the press uses for counts (двадцяти, п'ятьох). */
const ukWords: Record<string, number> = {
	один: 1,
	одна: 1,
	одного: 1,
	два: 2,
	дві: 2,
	двох: 2,
	три: 3,
	трьох: 3,
	чотири: 4,
	чотирьох: 4,
	"п'ять": 5,
	"п'ятьох": 5,
	шість: 6,
	шістьох: 6,
	сім: 7,
	вісім: 8,
	"дев'ять": 9,
	десять: 10,
	одинадцять: 11,
	дванадцять: 12,
	тринадцять: 13,
	чотирнадцять: 14,
	"п'ятнадцять": 15,
	шістнадцять: 16,
	сімнадцять: 17,
	вісімнадцять: 18,
	"дев'ятнадцять": 19,
	двадцять: 20,
	двадцяти: 20,
	тридцять: 30,
	тридцяти: 30,
	сорок: 40,
	"п'ятдесят": 50,
	шістдесят: 60,
	сімдесят: 70,
	вісімдесят: 80,
	"дев'яносто": 90,
	сто: 100,
	двісті: 200,
	триста: 300,
	чотириста: 400,
	"п'ятсот": 500,
	шістсот: 600,
	сімсот: 700,
	вісімсот: 800,
	"дев'ятсот": 900,
	// collective numerals, the usual way to count people: "загинули двоє людей"
	двоє: 2,
	троє: 3,
	четверо: 4,
	"п'ятеро": 5,
	шестеро: 6,
	семеро: 7,
	восьмеро: 8,
	"дев'ятеро": 9,
	десятеро: 10
};
/** Russian collective numerals, the usual way to count people ("погибли двое"). */
const ruCollective: Record<string, number> = {
	двое: 2,
	трое: 3,
	четверо: 4,
	пятеро: 5,
	шестеро: 6,
	семеро: 7,
	восьмеро: 8,
	девятеро: 9,
	десятеро: 10
};
/** "тисяча" and "тысяча" in their case forms multiply the number before them. */
const thousandWords = new Set(['тисяча', 'тисячі', 'тисяч', 'thousand']);
/**
 * Russian forms the Russian reader knows but that are ordinary words in a news sentence:
 * "семью" is also "a family", "одни" "alone", "одно" "one thing"; a zero is never proposed
 * (not said is not zero, and "ноль" is said of temperatures and scores).
 */
const russianNotCounts = new Set([
	'семью',
	'одни',
	'одно',
	'одной',
	'одному',
	'одним',
	'одну',
	'одном',
	'одних',
	'одними',
	'ноль',
	'нуль'
]);

/** The value of one word in Italian, English, Ukrainian or Russian, or undefined. */
export function wordValue(word: string): number | undefined {
	const w = word.toLowerCase().replace(/[’ʼ`]/g, "'");
	if (w in enUnits) return enUnits[w];
	if (w in ukWords) return ukWords[w];
	if (/^[a-zàèéìòù]+$/.test(w)) return italianWord(w);
	// Cyrillic that is not Ukrainian: the Russian reader, every case and gender ("восьми", "двух")
	if (/^\p{Script=Cyrillic}+$/u.test(w)) {
		const folded = foldRussian(w);
		if (russianNotCounts.has(folded)) return undefined;
		if (folded in ruCollective) return ruCollective[folded];
		const value = russianNumberWord(folded);
		// "тысячи людей" alone is "thousands of people"; after a number it multiplies (below)
		return value === 0 || value === 1000 ? undefined : value;
	}
	return undefined;
}

function isThousand(word: string): boolean {
	return thousandWords.has(word) || russianNumberWord(word) === 1000;
}

/** Words that make the following or preceding number approximate or multiply it. */
const dozenWords = /^(dozzina|dozzine|dozen|dozens|дюжина|дюжини)$/i;
/** "una decina", "una ventina", "un centinaio", "un migliaio": round numbers said as about. */
const roundWords: Record<string, number> = {
	decina: 10,
	quindicina: 15,
	ventina: 20,
	trentina: 30,
	quarantina: 40,
	cinquantina: 50,
	sessantina: 60,
	settantina: 70,
	ottantina: 80,
	novantina: 90,
	centinaio: 100,
	migliaio: 1000
};

const wordPattern = /[\p{L}'’ʼ]+(?:-[\p{L}'’ʼ]+)*/gu;
/** Digits, with optional thousands groups (2.500, 2,500, 2 500) but not decimals or times. */
const digitPattern =
	/(?<![\d.,:])\d{1,3}(?:([.,\u00a0\u202f])\d{3}(?!\d))(?:\1\d{3}(?!\d))*|(?<![\d.,:])\d+/g;

interface Word {
	text: string;
	start: number;
	end: number;
}

/** Finds every number in a text, in order. */
export function findNumbers(text: string): NumberMention[] {
	const found: NumberMention[] = [];
	for (const m of text.matchAll(digitPattern)) {
		const raw = m[0];
		const start = m.index;
		// "3,5" or "2.5": a decimal, not a count
		const after = text.slice(start + raw.length, start + raw.length + 2);
		if (/^[.,]\d/.test(after)) continue;
		// "Kh-59", "Shahed-136/131", "Tu-95MS", "S-300": a model's name, not a count
		const before = text.slice(Math.max(0, start - 12), start);
		// and "15th", "95MS": a letter right after the digits makes an ordinal or a name
		if (/\p{L}[-‐‑]$|\p{L}[-‐‑]\d+\/$/u.test(before) || /^\p{L}/u.test(text.slice(start + raw.length)))
			continue;
		const value = Number(raw.replace(/[.,\u00a0\u202f]/g, ''));
		if (!Number.isSafeInteger(value)) continue;
		found.push({ value, start, end: start + raw.length, text: raw, form: 'digits' });
	}
	found.push(...findWordNumbers(text));
	return found.sort((a, b) => a.start - b.start);
}

function findWordNumbers(text: string): NumberMention[] {
	const words: Word[] = [];
	for (const m of text.matchAll(wordPattern))
		words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	const found: NumberMention[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const lower = w.text.toLowerCase();
		const next = words[i + 1];
		const gapOk = (a: Word, b: Word | undefined) =>
			b !== undefined && /^[\s-]*$/.test(text.slice(a.end, b.start));
		// "un centinaio", "a dozen", "una dozzina": the article is the number's start
		if (/^(un|una|a)$/.test(lower) && gapOk(w, next)) {
			const round = roundWords[next.text.toLowerCase()];
			if (round !== undefined) {
				found.push(mention(text, w.start, next.end, round, 'approximate'));
				i++;
				continue;
			}
			if (dozenWords.test(next.text)) {
				found.push(mention(text, w.start, next.end, 12, 'words'));
				i++;
				continue;
			}
		}
		let value = hyphenated(lower);
		if (value === undefined) continue;
		let end = w.end;
		let j = i + 1;
		// "tre dozzine" is 36; "двадцять чотири" and "twenty four" are one number
		if (gapOk(words[j - 1], words[j]) && dozenWords.test(words[j].text)) {
			value *= 12;
			end = words[j].end;
			j++;
		} else {
			while (gapOk(words[j - 1], words[j])) {
				const nextWord = words[j].text.toLowerCase();
				if (isThousand(nextWord) || nextWord === 'hundred') {
					value = nextWord === 'hundred' ? value * 100 : value * 1000;
				} else if (
					nextWord === 'and' &&
					words[j + 1] &&
					(hyphenated(words[j + 1].text.toLowerCase()) ?? 100) < 100
				) {
					j++;
					value += hyphenated(words[j].text.toLowerCase()) ?? 0;
				} else {
					const v = hyphenated(nextWord);
					// only a smaller part joins: "двадцять чотири", not "due tre"
					if (v === undefined || !joins(value, v)) break;
					value += v;
				}
				end = words[j].end;
				j++;
			}
		}
		found.push(mention(text, w.start, end, value, 'words'));
		i = j - 1;
	}
	return found;
}

/** Whether a following number word adds to the one before it (twenty + four, сто + двадцять). */
function joins(before: number, next: number): boolean {
	if (before % 10 !== 0 || next >= before) return false;
	const magnitude = before >= 1000 ? 1000 : before >= 100 ? 100 : 10;
	return next < magnitude;
}

/** "twenty-four" is 24; other hyphenated words are read only when every part is a number. */
function hyphenated(word: string): number | undefined {
	if (!word.includes('-')) return wordValue(word);
	const parts = word.split('-').map(wordValue);
	if (parts.some((p) => p === undefined) || parts.length > 2) return undefined;
	const [a, b] = parts as number[];
	return joins(a, b) ? a + b : undefined;
}

function mention(
	text: string,
	start: number,
	end: number,
	value: number,
	form: NumberMention['form']
): NumberMention {
	return { value, start, end, text: text.slice(start, end), form };
}
