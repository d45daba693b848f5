import type { QualifiedFigure } from '../schema/figure.ts';
import { intervalToFigure, type Interval } from '../stats/interval.ts';
import type { Names } from '../schema/common.ts';
import type { MessageKey } from './catalogue-en.ts';

export type { MessageKey };

/** UI languages. English is served at `/`, Italian under `/it`. */
export const langs = ['en', 'it'] as const;
export type Lang = (typeof langs)[number];

/**
 * The catalogues `t` reads, by language. The strings live one file per area and language
 * (messages.ts and messages.it.ts, ...), assembled per language in catalogue-en.ts and
 * catalogue-it.ts: a page in the browser loads its own language's strings only
 * (`loadCatalogue`, from the root layout's load, before it renders), where shipping both had
 * been 10.5 KB gzip of every page's script. The server and the tests hold both
 * (catalogues.ts). A page's own strings that no other page needs (the curation assistant's)
 * are added by that page with `withMessages`.
 */
const catalogues: Partial<Record<Lang, Record<MessageKey, string>>> = {};

/** Gives `t` a language's catalogue. */
export function useCatalogue(lang: Lang, messages: Record<MessageKey, string>): void {
	catalogues[lang] = messages;
}

/** Loads a language's catalogue, once; the root layout awaits it before any page renders. */
export async function loadCatalogue(lang: Lang): Promise<void> {
	if (catalogues[lang]) return;
	useCatalogue(
		lang,
		lang === 'it' ? (await import('./catalogue-it.ts')).it : (await import('./catalogue-en.ts')).en
	);
}

function messagesOf(lang: Lang): Record<MessageKey, string> {
	const messages = catalogues[lang];
	if (!messages)
		throw new Error(`The ${lang} UI strings are not loaded: await loadCatalogue('${lang}') first`);
	return messages;
}

export function isLang(value: string | undefined): value is Lang {
	return value === 'en' || value === 'it';
}

const fill = (text: string, params: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** A UI string in a language, with `{name}` parameters filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return fill(messagesOf(lang)[key], params);
}

/** A page's own catalogue, in the shape of the area files: `en`, and `it` with the same keys. */
export interface AreaMessages<K extends string> {
	en: Record<K, string>;
	it: Record<K, string>;
}

/** A `t` that also knows a page's own strings (`area`), for the page that imports them. */
export function withMessages<K extends string>(area: AreaMessages<K>) {
	return (lang: Lang, key: MessageKey | K, params: Record<string, string | number> = {}): string =>
		fill((area[lang] as Record<string, string>)[key] ?? messagesOf(lang)[key as MessageKey], params);
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

/**
 * A night, dated by the morning it ends, as the two days it spans: "20–21 July 2025",
 * "31 July – 1 August 2025", "31 December 2025 – 1 January 2026".
 */
export function formatNight(lang: Lang, iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const eve = new Date(Date.UTC(y, m - 1, d - 1));
	const [ey, em, ed] = [eve.getUTCFullYear(), eve.getUTCMonth() + 1, eve.getUTCDate()];
	const month = (n: number) => monthNames[lang][n - 1];
	if (em === m) return `${ed}–${d} ${month(m)} ${y}`;
	if (ey === y) return `${ed} ${month(em)} – ${d} ${month(m)} ${y}`;
	return `${ed} ${month(em)} ${ey} – ${d} ${month(m)} ${y}`;
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
