import { describe, expect, it } from 'vitest';
import { findRussianNumbers, russianNumberWord, russianWordsValue } from './ru-numerals.ts';

const values = (text: string) => findRussianNumbers(text).map((n) => [n.value, n.qualifier]);

describe('russianNumberWord', () => {
	it.each([
		['один', 1],
		['одна', 1],
		['одно', 1],
		['одного', 1],
		['одну', 1],
		['одним', 1],
		['два', 2],
		['две', 2],
		['двух', 2],
		['двумя', 2],
		['три', 3],
		['трёх', 3],
		['трех', 3],
		['четырьмя', 4],
		['пяти', 5],
		['восьми', 8],
		['одиннадцать', 11],
		['двадцати', 20],
		['сорока', 40],
		['пятидесяти', 50],
		['девяноста', 90],
		['сто', 100],
		['ста', 100],
		['двухсот', 200],
		['пятьсот', 500],
		['тысячи', 1000],
		['ОДИН', 1]
	])('%s is %i', (word, value) => {
		expect(russianNumberWord(word)).toBe(value);
	});

	it('knows no other words', () => {
		for (const word of ['беспилотник', 'одинокий', 'двор', 'сотня', 'тридцатый', ''])
			expect(russianNumberWord(word)).toBeUndefined();
	});
});

describe('russianWordsValue', () => {
	it('adds words in falling order', () => {
		expect(russianWordsValue(['двадцать', 'пять'])).toBe(25);
		expect(russianWordsValue(['двадцати', 'пяти'])).toBe(25);
		expect(russianWordsValue(['сто', 'двадцать', 'один'])).toBe(121);
		expect(russianWordsValue(['двухсот', 'сорока', 'трех'])).toBe(243);
		expect(russianWordsValue(['одна', 'тысяча', 'двести'])).toBe(1200);
		expect(russianWordsValue(['тысяча'])).toBe(1000);
		expect(russianWordsValue(['две', 'тысячи', 'пятьсот'])).toBe(2500);
	});

	it('refuses words that are not one number', () => {
		expect(russianWordsValue(['пять', 'двадцать'])).toBeUndefined();
		expect(russianWordsValue(['двадцать', 'тридцать'])).toBeUndefined();
		expect(russianWordsValue(['одиннадцать', 'два'])).toBeUndefined();
		expect(russianWordsValue(['сто', 'двести'])).toBeUndefined();
		expect(russianWordsValue(['ноль', 'один'])).toBeUndefined();
		expect(russianWordsValue([])).toBeUndefined();
	});
});

describe('findRussianNumbers', () => {
	it('reads digits and words, with where they are', () => {
		const text = 'уничтожены 76 украинских беспилотных летательных аппаратов';
		const [n] = findRussianNumbers(text);
		expect(n).toMatchObject({ value: 76, qualifier: 'exact', form: 'digits', text: '76' });
		expect(text.slice(n.start, n.end)).toBe('76');
		expect(values('уничтожены три украинских беспилотных летательных аппарата')).toEqual([[3, 'exact']]);
		expect(values('уничтожен двадцать один украинский беспилотник')).toEqual([[21, 'exact']]);
		expect(values('перехвачены и уничтожены двадцать пять украинских БПЛА')).toEqual([[25, 'exact']]);
		expect(values('уничтожены две украинские ракеты')).toEqual([[2, 'exact']]);
	});

	it('takes the qualifier in front of a count', () => {
		const [n] = findRussianNumbers('уничтожены более 100 украинских беспилотников');
		expect(n).toMatchObject({ value: 100, qualifier: 'more_than', text: 'более 100' });
		expect(values('свыше двухсот БПЛА')).toEqual([[200, 'more_than']]);
		expect(values('не менее 20 БПЛА')).toEqual([[20, 'at_least']]);
		expect(values('около пятидесяти БПЛА')).toEqual([[50, 'about']]);
		expect(values('Более ста беспилотников')).toEqual([[100, 'more_than']]);
	});

	it('reads a negated "more" as at most, not more than', () => {
		expect(values('не более пяти БПЛА')).toEqual([[5, 'at_most']]);
		expect(values('не больше 12 ракет')).toEqual([[12, 'at_most']]);
	});

	it('leaves out times, dates and numbers inside names', () => {
		expect(values('Около 16.30 мск дежурными средствами ПВО уничтожен')).toEqual([]);
		expect(values('с 20.00 мск 10 апреля до 7.00 мск 11 апреля')).toEqual([
			[10, 'exact'],
			[11, 'exact']
		]);
		expect(values('В период с 23:30 мск 21.12 до 07:00 мск 22.12')).toEqual([]);
		expect(values('зенитный ракетный комплекс С-400 и Су-34')).toEqual([]);
	});

	it('groups thousands written with a space', () => {
		expect(values('уничтожены 1 234 беспилотника')).toEqual([[1234, 'exact']]);
		expect(values('уничтожены 12 300 беспилотников')).toEqual([[12300, 'exact']]);
		// two counts side by side are not one number
		expect(values('▫️ 3 – над территорией, ▫️ 2 – над')).toEqual([
			[3, 'exact'],
			[2, 'exact']
		]);
	});

	it('reads markdown-wrapped figures', () => {
		expect(values('▫️ **14** БПЛА – над территорией **Ростовской области**')).toEqual([[14, 'exact']]);
	});

	it('does not read a word that only starts like a number', () => {
		expect(values('одинокий дом, трехэтажный, сотня')).toEqual([]);
	});
});
