import type { QualifiedFigure } from '../schema/figure.ts';
import { intervalToFigure, type Interval } from '../stats/interval.ts';
import type { Names } from '../schema/common.ts';
import * as core from './messages.ts';
import * as sources from './messages-sources.ts';
import * as daily from './messages-daily.ts';
import * as embed from './messages-embed.ts';
import * as compose from './messages-compose.ts';

/**
 * The catalogue every page loads, assembled from one file per area so that areas can grow
 * independently. Each file exports `en` and an `it` typed against it. A page's own strings that
 * no other page needs (the curation assistant's) are added by that page with `withMessages`.
 */
const en = { ...core.en, ...sources.en, ...daily.en, ...embed.en, ...compose.en };
const it: Record<keyof typeof en, string> = {
	...core.it,
	...sources.it,
	...daily.it,
	...embed.it,
	...compose.it
};
export type MessageKey = keyof typeof en;
/** Every key with its English and Italian text, for the catalogue's tests. */
export const catalogue = { en, it } as const;

/** UI languages. English is served at `/`, Italian under `/it`. */
export const langs = ['en', 'it'] as const;
export type Lang = (typeof langs)[number];

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, it };

export function isLang(value: string | undefined): value is Lang {
	return value === 'en' || value === 'it';
}

const fill = (text: string, params: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** A UI string in a language, with `{name}` parameters filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return fill(catalogues[lang][key], params);
}

/** A page's own catalogue, in the shape of the area files: `en`, and `it` with the same keys. */
export interface AreaMessages<K extends string> {
	en: Record<K, string>;
	it: Record<K, string>;
}

/** A `t` that also knows a page's own strings (`area`), for the page that imports them. */
export function withMessages<K extends string>(area: AreaMessages<K>) {
	return (lang: Lang, key: MessageKey | K, params: Record<string, string | number> = {}): string =>
		fill((area[lang] as Record<string, string>)[key] ?? catalogues[lang][key as MessageKey], params);
}

// Counts, dates and months are written by hand, not with Intl: a page's first Intl formatter
// loads the browser's locale data, 30–80 ms of main thread on a laptop (four times that on a
// mid-range phone) inside hydration, for the same few patterns. The unit tests check these
// against Intl, in both languages.
const groupSeparators: Record<Lang, { sep: string; min: number }> = {
	en: { sep: ',', min: 1000 },
	// Italian groups only from five digits: 1234, 12.345 (CLDR's minimum grouping digits)
	it: { sep: '.', min: 10000 }
};
const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** A count in the language's digits grouping (12,500 / 12.500). */
export function formatNumber(lang: Lang, n: number): string {
	if (Number.isSafeInteger(n)) {
		const { sep, min } = groupSeparators[lang];
		const digits = String(Math.abs(n));
		const grouped = Math.abs(n) < min ? digits : digits.replace(/\B(?=(\d{3})+$)/g, sep);
		return n < 0 ? `-${grouped}` : grouped;
	}
	// fractions and infinities: rare, left to Intl
	let format = numberFormats.get(lang);
	if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
	return format.format(n);
}

const monthNames: Record<Lang, string[]> = {
	en: 'January February March April May June July August September October November December'.split(' '),
	it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(
		' '
	)
};

/** A figure in words, as the source qualified it: "more than 420", "oltre 420". */
export function figureWords(lang: Lang, figure: QualifiedFigure): string {
	return t(lang, `qualifier.${figure.qualifier}`, { n: formatNumber(lang, figure.value) });
}

/** A date written for readers: "21 July 2025", "21 luglio 2025". Dates are calendar days: no time zone. */
export function formatDate(lang: Lang, iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${monthNames[lang][m - 1]} ${y}`;
}

/** A month (`2025-07`) as "July 2025" / "luglio 2025". */
export function formatMonth(lang: Lang, month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${monthNames[lang][m - 1]} ${y}`;
}

/** A record's name in the UI language, falling back to English. */
export function localName(lang: Lang, names: Names): string {
	return (lang === 'it' ? names.it : undefined) ?? names.en;
}

/** A site path in a language: `/attacks/x` in English, `/it/attacks/x` in Italian. */
export function localPath(lang: Lang, path: string): string {
	if (lang === 'en') return path;
	return path === '/' ? '/it' : `/it${path}`;
}

/** A sum of figures in words: "at least 15", "about 53", or a range "10–15". */
export function intervalWords(lang: Lang, interval: Interval): string {
	const figure = intervalToFigure(interval);
	if (figure) return figureWords(lang, figure);
	return `${formatNumber(lang, interval.lo)}–${formatNumber(lang, interval.hi)}`;
}
