import { describe, expect, it } from 'vitest';
import { catalogue, figureWords, formatDate, localPath, t } from './index.ts';

const { en, it: itMessages } = catalogue;
import { resolveRoute } from './paths.ts';

describe('the message catalogue', () => {
	it('has every English key in Italian, and no extra ones', () => {
		expect(Object.keys(itMessages).sort()).toEqual(Object.keys(en).sort());
	});
	it('keeps the same parameters in both languages', () => {
		const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(params(itMessages[key]), key).toEqual(params(en[key]));
		}
	});
});

describe('words for figures and dates', () => {
	it('says qualifiers in words', () => {
		expect(figureWords('en', { value: 420, qualifier: 'more_than' })).toBe('more than 420');
		expect(figureWords('it', { value: 420, qualifier: 'more_than' })).toBe('oltre 420');
		expect(figureWords('en', { value: 13, qualifier: 'at_least' })).toBe('at least 13');
		expect(figureWords('it', { value: 2500, qualifier: 'exact' })).toBe('2500');
		expect(figureWords('en', { value: 12500, qualifier: 'about' })).toBe('about 12,500');
		expect(figureWords('it', { value: 12500, qualifier: 'at_most' })).toBe('fino a 12.500');
	});
	it('writes calendar dates without shifting them by time zone', () => {
		expect(formatDate('en', '2025-07-21')).toBe('21 July 2025');
		expect(formatDate('it', '2025-07-21')).toBe('21 luglio 2025');
	});
	it('fills parameters', () => {
		expect(t('en', 'attack.claims', { n: 3 })).toBe('3 claims');
	});
});

describe('paths by language', () => {
	it('prefixes Italian and strips the prefix back', () => {
		expect(localPath('it', '/')).toBe('/it');
		expect(localPath('it', '/attacks/x')).toBe('/it/attacks/x');
		expect(localPath('en', '/attacks/x')).toBe('/attacks/x');
		expect(resolveRoute('/it/attacks/x')).toBe('/attacks/x');
		expect(resolveRoute('/it')).toBe('/');
		expect(resolveRoute('/italy')).toBe('/italy');
	});
});
