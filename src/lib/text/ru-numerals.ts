/**
 * Russian cardinal numbers as the press and ministries write them: digits (`76`, `1 234`,
 * `1 234`) and words in every case and gender ("один", "одна", "одного", "две", "двух",
 * "двадцать пять", "ста", "двухсот", "тысячи"), with the qualifier words in front of them
 * ("более 100" is more than 100, "не менее 20" at least 20, "около 50" about 50, "до 30" at
 * most 30). Shared by the Russian MoD importer and the curation assistant.
 *
 * Pure: no locale data, no regular expression over the whole text per word. Words are matched
 * whole and case-insensitively; "ё" and "е" are the same letter, as Russian print often
 * drops the dots.
 */
import type { Qualifier } from '../schema/figure.ts';

/** One number word's value and its rank (units, tens, hundreds, thousands). */
interface WordValue {
	value: number;
	rank: 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand';
}

/** Every case form of each number word (ё written е), nominative first. */
const forms: ReadonlyArray<readonly [number, WordValue['rank'], string]> = [
	[0, 'unit', 'ноль нуль ноля нуля нолю нулю нолём нулём нолем нулем ноле нуле'],
	[1, 'unit', 'один одна одно одни одного одной одному одним одну одном одних одними'],
	[2, 'unit', 'два две двух двум двумя'],
	[3, 'unit', 'три трех трем тремя'],
	[4, 'unit', 'четыре четырех четырем четырьмя'],
	[5, 'unit', 'пять пяти пятью'],
	[6, 'unit', 'шесть шести шестью'],
	[7, 'unit', 'семь семи семью'],
	[8, 'unit', 'восемь восьми восьмью восемью'],
	[9, 'unit', 'девять девяти девятью'],
	[10, 'teen', 'десять десяти десятью'],
	[11, 'teen', 'одиннадцать одиннадцати одиннадцатью'],
	[12, 'teen', 'двенадцать двенадцати двенадцатью'],
	[13, 'teen', 'тринадцать тринадцати тринадцатью'],
	[14, 'teen', 'четырнадцать четырнадцати четырнадцатью'],
	[15, 'teen', 'пятнадцать пятнадцати пятнадцатью'],
	[16, 'teen', 'шестнадцать шестнадцати шестнадцатью'],
	[17, 'teen', 'семнадцать семнадцати семнадцатью'],
	[18, 'teen', 'восемнадцать восемнадцати восемнадцатью'],
	[19, 'teen', 'девятнадцать девятнадцати девятнадцатью'],
	[20, 'ten', 'двадцать двадцати двадцатью'],
	[30, 'ten', 'тридцать тридцати тридцатью'],
	[40, 'ten', 'сорок сорока'],
	[50, 'ten', 'пятьдесят пятидесяти пятьюдесятью'],
	[60, 'ten', 'шестьдесят шестидесяти шестьюдесятью'],
	[70, 'ten', 'семьдесят семидесяти семьюдесятью'],
	[80, 'ten', 'восемьдесят восьмидесяти восемьюдесятью'],
	[90, 'ten', 'девяносто девяноста'],
	[100, 'hundred', 'сто ста'],
	[200, 'hundred', 'двести двухсот двумстам двумястами двухстах'],
	[300, 'hundred', 'триста трехсот тремстам тремястами трехстах'],
	[400, 'hundred', 'четыреста четырехсот четыремстам четырьмястами четырехстах'],
	[500, 'hundred', 'пятьсот пятисот пятистам пятьюстами пятистах'],
	[600, 'hundred', 'шестьсот шестисот шестистам шестьюстами шестистах'],
	[700, 'hundred', 'семьсот семисот семистам семьюстами семистах'],
	[800, 'hundred', 'восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах'],
	[900, 'hundred', 'девятьсот девятисот девятистам девятьюстами девятистах'],
	[1000, 'thousand', 'тысяча тысячи тысяче тысячу тысячей тысячею тысяч тысячам тысячами тысячах']
];

const words = new Map<string, WordValue>();
for (const [value, rank, list] of forms) for (const w of list.split(' ')) words.set(w, { value, rank });

/** Lower case, ё as е: the key words are looked up by. */
export function foldRussian(word: string): string {
	return word.toLowerCase().replaceAll('ё', 'е');
}

/** The value of one number word in any case and gender, or undefined. */
export function russianNumberWord(word: string): number | undefined {
	return words.get(foldRussian(word))?.value;
}

/**
 * The value of a run of number words ("двадцать пять", "двухсот сорока трех", "одна тысяча
 * двести"), or undefined when the words do not make one number in Russian order (a ten after
 * a unit, two hundreds). Each word may be in any case: the case is the noun's business.
 */
export function russianWordsValue(run: readonly string[]): number | undefined {
	if (run.length === 0) return undefined;
	let total = 0;
	let group = 0;
	// the smallest rank used so far in the current group: words must come in falling order
	let last = 4;
	const order = { thousand: 4, hundred: 3, ten: 2, teen: 1, unit: 0 } as const;
	for (const word of run) {
		const w = words.get(foldRussian(word));
		if (!w) return undefined;
		if (w.rank === 'thousand') {
			if (total > 0) return undefined;
			total = (group === 0 ? 1 : group) * 1000;
			group = 0;
			last = 4;
			continue;
		}
		const rank = order[w.rank];
		// "двадцать пять" falls; "пять двадцать" does not; a teen takes no unit after it
		if (rank >= last || (last === 1 && rank === 0)) return undefined;
		if (w.value === 0 && (group > 0 || total > 0 || run.length > 1)) return undefined;
		group += w.value;
		last = rank === 1 ? 1 : rank;
	}
	return total + group;
}

/** A number found in a text, with where it is and how it was written. */
export interface RussianNumber {
	value: number;
	qualifier: Qualifier;
	/** Where the number (its qualifier included) starts and ends in the text. */
	start: number;
	end: number;
	/** The text as written, qualifier included. */
	text: string;
	form: 'digits' | 'words';
}

/**
 * Qualifier words before a number. "около" and "до" are also prepositions of time ("около
 * 16.30 мск", "до 7.00 мск"): a caller asks about counts, and a number followed by a time
 * separator is not read as one (see {@link findRussianNumbers}).
 */
export const russianQualifiers: ReadonlyArray<readonly [string, Qualifier]> = [
	// the negated phrases first: "не более 5" is at most 5, not "более 5" with a stray "не"
	['не менее', 'at_least'],
	['не меньше', 'at_least'],
	['не более', 'at_most'],
	['не больше', 'at_most'],
	['как минимум', 'at_least'],
	['минимум', 'at_least'],
	['более чем', 'more_than'],
	['более', 'more_than'],
	['больше', 'more_than'],
	['свыше', 'more_than'],
	['около', 'about'],
	['порядка', 'about'],
	['примерно', 'about'],
	['почти', 'about'],
	['до', 'at_most']
];

const letter = /[\p{L}\p{M}]/u;
const digit = /\d/;

/**
 * Every number in a text, in order: runs of digits (a thin or plain space may group
 * thousands: "1 234") and runs of number words, each with the qualifier word just before it.
 * A number that is part of a time or date ("20.00", "7:00", "21.12") or of a word ("Су-34",
 * "С-400") is left out: those are not counts.
 */
export function findRussianNumbers(text: string): RussianNumber[] {
	const found: RussianNumber[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (digit.test(ch)) {
			let end = i;
			let value = '';
			// digits, with a space, no-break space or thin space between groups of three
			for (;;) {
				let j = end;
				while (j < text.length && digit.test(text[j])) j++;
				value += text.slice(end, j);
				end = j;
				const gap = text[end];
				if (
					(gap === ' ' || gap === '\u00a0' || gap === '\u202f' || gap === '\u2009') &&
					/^\d{3}(?!\d)/.test(text.slice(end + 1, end + 5)) &&
					value.length <= 3 &&
					!/^\d{3}[.:]\d/.test(text.slice(end + 1, end + 6))
				) {
					end += 1;
					continue;
				}
				break;
			}
			const before = text[i - 1] ?? '';
			const after = text.slice(end, end + 2);
			const partOfWord = letter.test(before) || before === '-' || /^[\p{L}]/u.test(after);
			const timeOrDate = /^[.:,]\d/.test(after) || before === '.' || before === ':';
			if (!partOfWord && !timeOrDate) {
				pushWithQualifier(found, text, i, end, Number(value), 'digits');
			}
			i = end;
			continue;
		}
		if (letter.test(ch) && !letter.test(text[i - 1] ?? '')) {
			// a run of number words, separated by spaces only
			const run: { word: string; start: number; end: number }[] = [];
			let j = i;
			for (;;) {
				let k = j;
				while (k < text.length && letter.test(text[k])) k++;
				const word = text.slice(j, k);
				if (!words.has(foldRussian(word))) break;
				run.push({ word, start: j, end: k });
				let s = k;
				while (text[s] === ' ' || text[s] === '\u00a0') s++;
				if (s === k || !letter.test(text[s] ?? '')) break;
				j = s;
			}
			if (run.length > 0) {
				// the longest prefix that is one number ("двадцать пять" of "двадцать пять два")
				for (let n = run.length; n > 0; n--) {
					const value = russianWordsValue(run.slice(0, n).map((r) => r.word));
					if (value !== undefined) {
						pushWithQualifier(found, text, run[0].start, run[n - 1].end, value, 'words');
						i = run[n - 1].end;
						break;
					}
					if (n === 1) i = run[0].end;
				}
				continue;
			}
			while (i < text.length && letter.test(text[i])) i++;
			continue;
		}
		i++;
	}
	return found;
}

function pushWithQualifier(
	found: RussianNumber[],
	text: string,
	start: number,
	end: number,
	value: number,
	form: RussianNumber['form']
): void {
	let qualifier: Qualifier = 'exact';
	let from = start;
	const b0 = Math.max(0, start - 16);
	// lower case and ё → е keep every letter's length, so indices carry over to the text
	const before = foldRussian(text.slice(b0, start));
	for (const [phrase, q] of qualifierPatterns) {
		const match = phrase.exec(before);
		if (match) {
			qualifier = q;
			from = b0 + match.index + match[0].indexOf(match[1]);
			break;
		}
	}
	found.push({ value, qualifier, start: from, end, text: text.slice(from, end), form });
}

/** Each qualifier as a pattern that ends where the number starts. */
const qualifierPatterns = russianQualifiers.map(
	([phrase, q]) => [new RegExp(`(?:^|[^\\p{L}])(${phrase.replace(' ', '\\s+')})\\s+$`, 'u'), q] as const
);
