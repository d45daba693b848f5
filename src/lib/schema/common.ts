import { z } from 'zod';

/**
 * Upper bounds on record fields. A record is a few words of evidence, never a document: a
 * field past its bound is a paste gone wrong (or an attempt to bloat every page that shows it),
 * so it is refused with its field named rather than shipped to every reader.
 */
export const limits = {
	/** ids: file names and URL segments */
	id: 100,
	/** names, aliases, outlets, weapon names and kinds */
	name: 200,
	/** titles, references, summaries: one line of prose */
	text: 1000,
	/** a claim's quote: "the shortest phrase that carries the figures", with room for a table row */
	quote: 2000,
	/** curators' notes */
	note: 5000,
	/** links */
	url: 2000
} as const;

/** A value quoted inside a problem message, cut short so a 10 MB field never floods the report. */
export function quoted(value: string, max = 60): string {
	const text = value.length > max ? `${value.slice(0, max)}…` : value;
	return JSON.stringify(text);
}

const tooLong = (max: number) => ({
	error: (issue: { input?: unknown }) =>
		`is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long: at most ${max}`
});

/** A record id: lower-case letters, digits and dashes, as used in file names and URLs. */
export const Id = z
	.string()
	.max(limits.id, tooLong(limits.id))
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'an id is lower-case letters, digits and dashes' });

/**
 * The first night a record may be dated: 20 February 2014, when Russia's seizure of Crimea began
 * the war (the date Ukraine's law gives). Nothing Salvo records happened before it, so an
 * earlier date is a typo (1900 for 2024, a two-digit year) and would stretch every chart's axis
 * back to it (issue 24: a 1900 attack grew an embed from 26 KB to 1.9 MB).
 */
export const firstDate = '2014-02-20';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30), from the start of the war on. */
export const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD' })
	.refine(
		(text) => {
			const [y, m, d] = text.split('-').map(Number);
			const date = new Date(Date.UTC(y, m - 1, d));
			return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
		},
		{ message: 'this date does not exist' }
	)
	.refine((text) => text >= firstDate, {
		error: (issue) =>
			`${String(issue.input)} is before ${firstDate}, the start of the war: a typo for a later year?`
	});

// C0, DEL and C1: written as a string, as the text rules' patterns are
const urlControls = '\\u0000-\\u001f\\u007f-\\u009f';

/**
 * Only http(s) links reach the page: no `javascript:`, `data:` or relative URLs. No user name or
 * password either: `https://www.bbc.co.uk@evil.com/` goes to evil.com while reading as the BBC;
 * and no raw line breaks or tabs, which URL parsers silently strip, so the link followed would not
 * be the one written.
 */
export const HttpUrl = z
	.string()
	.max(limits.url, tooLong(limits.url))
	.regex(new RegExp(`^[^${urlControls}]*$`), {
		message: 'a URL has no line breaks, tabs or other control characters: remove them'
	})
	.pipe(
		z
			.url({ protocol: /^https?$/, message: 'a URL must start with http:// or https://' })
			.refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), {
				message:
					'a URL cannot carry a user name or password (user:pass@ or name@ before the host): it hides the site the link goes to'
			})
	);

// Characters refused in text, as a pattern so the published JSON Schema carries it to editors
// too. Controls: C0 and DEL, C1 (U+0080–009F, mojibake or binary), the line and paragraph
// separators U+2028/2029 (line breaks to some readers and not to others). Invisible: the
// zero-width space, joiners and word joiner, the soft hyphen, a stray byte-order mark. Bidi:
// the overrides, isolates and marks that can make text read in another order than it is
// stored (a name that displays as something else). None belongs in a name, title or quote.
const invisible = '\\u00ad\\u180e\\u200b-\\u200f\\u2060-\\u2064\\ufeff';
const bidi = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const lineControls = `\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${invisible}${bidi}`;
// prose may keep its line breaks and tabs
const proseControls = `\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${invisible}${bidi}`;

const invisibleOrBidi = new RegExp(`[${invisible}${bidi}]`);

/** What a refused character is, in a curator's words. */
function characterKind(char: string): string {
	const code = char.charCodeAt(0);
	if (code === 0x2028 || code === 0x2029) return 'a line or paragraph separator';
	if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(char))
		return 'a bidirectional mark or override, which changes the order text is shown in';
	if (invisibleOrBidi.test(char)) return 'an invisible character (a zero-width space, joiner or soft hyphen)';
	return 'a control character';
}

// whitespace and the invisible characters: a name made only of them is empty (U+200B passed
// "cannot be empty" before, issue 24)
const blank = new RegExp(`^[\\s${invisible}${bidi}]*$`);

function text(max: number, controls: string, what: string) {
	const any = new RegExp(`[${controls}]`);
	return z
		.string()
		.trim()
		.refine((value) => !blank.test(value), { message: 'cannot be empty' })
		.max(max, tooLong(max))
		.regex(new RegExp(`^[^${controls}]*$`), {
			error: (issue) => {
				const input = String(issue.input);
				const at = input.search(any);
				const char = input.charAt(at);
				const hex = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
				// an invisible character is deleted, not rewritten: the reader never sees it
				const hint = invisibleOrBidi.test(char) ? 'delete it: no reader can see it is there' : what;
				return `contains ${characterKind(char)} (U+${hex} at character ${at + 1}); ${hint}`;
			}
		});
}

/** Text that carries meaning on one line: not empty once trimmed, no control characters. */
export const Text = text(limits.text, lineControls, 'one line of text, no tabs or line breaks');
/** A name or alias: as Text, shorter. */
export const Name = text(limits.name, lineControls, 'a name is one line, no tabs or line breaks');
/** A claim's quote: line breaks and tabs allowed, other control characters not. */
export const Quote = text(limits.quote, proseControls, 'only line breaks and tabs are allowed');
/** Prose: summaries, date notes. */
export const Prose = text(limits.text, proseControls, 'only line breaks and tabs are allowed');
/** A curator's note; may be longer than prose. */
export const Note = text(limits.note, proseControls, 'only line breaks and tabs are allowed');

/** ISO 639-1 codes of the languages Salvo records names and quotes in. */
export const Language = z.enum(['en', 'it', 'uk', 'ru', 'de', 'fr', 'es', 'pl']);
export type Language = z.infer<typeof Language>;

/** Names by language; English is required, others as known. */
export const Names = z.strictObject({
	en: Name,
	it: Name.optional(),
	uk: Name.optional(),
	ru: Name.optional()
});
export type Names = z.infer<typeof Names>;

/** Sides of the war, and `other` for outlets and third parties. */
export const Side = z.enum(['UA', 'RU', 'other']);
export type Side = z.infer<typeof Side>;

/** Countries Salvo maps: the two at war. */
export const Country = z.enum(['UA', 'RU']);
export type Country = z.infer<typeof Country>;
