import { describe, expect, it } from 'vitest';
import {
	figureWords,
	formatDate,
	formatMonth,
	formatNumber,
	langs,
	localPath,
	t,
	withMessages
} from './index.ts';
import * as curate from './messages-curate.ts';
import { catalogue } from './catalogues.ts';

// the shared catalogue and the pages' own ones (the curation assistant's) together
const en = { ...catalogue.en, ...curate.en };
const itMessages: Record<string, string> = { ...catalogue.it, ...curate.it };
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
	it("gives a page's own strings, and the shared ones, through withMessages", () => {
		const tc = withMessages(curate);
		expect(tc('it', 'curate.title')).toBe(curate.it['curate.title']);
		expect(tc('en', 'nav.daily')).toBe(t('en', 'nav.daily'));
		// no page's own key is in the catalogue every page loads
		expect(Object.keys(catalogue.en).filter((k) => k.startsWith('curate.'))).toEqual([]);
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
	// numbers, dates and months are written without Intl in the browser (its first formatter
	// costs a page tens of milliseconds of locale data): they must read exactly as Intl's
	it('writes counts as Intl does, in both languages', () => {
		const counts = [0, 1, 7, 42, 999, 1000, 1001, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456];
		counts.push(
			999_999,
			1_000_000,
			1_234_567,
			12_345_678,
			2 ** 31,
			Number.MAX_SAFE_INTEGER,
			-5,
			-1234,
			-12_345
		);
		for (const lang of langs)
			for (const n of counts)
				expect(formatNumber(lang, n), `${lang} ${n}`).toBe(new Intl.NumberFormat(lang).format(n));
		expect(formatNumber('en', 1.5)).toBe('1.5');
		expect(formatNumber('it', 1.5)).toBe('1,5');
		expect(formatNumber('en', Infinity)).toBe('∞');
	});
	it("writes every month's dates and months as Intl does", () => {
		for (let m = 1; m <= 12; m++) {
			const mm = String(m).padStart(2, '0');
			for (const day of [1, 9, 28]) {
				const iso = `2025-${mm}-${String(day).padStart(2, '0')}`;
				const date = new Date(`${iso}T00:00:00Z`);
				const long = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
				expect(formatDate('en', iso)).toBe(new Intl.DateTimeFormat('en-GB', long).format(date));
				expect(formatDate('it', iso)).toBe(new Intl.DateTimeFormat('it-IT', long).format(date));
			}
			const month = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
			const first = new Date(`2024-${mm}-01T00:00:00Z`);
			for (const lang of langs)
				expect(formatMonth(lang, `2024-${mm}`)).toBe(new Intl.DateTimeFormat(lang, month).format(first));
		}
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
