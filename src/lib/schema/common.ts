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

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
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
	);

/** Only http(s) links reach the page: no `javascript:`, `data:` or relative URLs. */
export const HttpUrl = z
	.string()
	.max(limits.url, tooLong(limits.url))
	.pipe(z.url({ protocol: /^https?$/, message: 'a URL must start with http:// or https://' }));

// C0 controls and DEL, and the bidirectional overrides and isolates that can make text read in
// another order than it is stored (a name that displays as something else). Written as a
// pattern so the published JSON Schema carries it to editors too.
const lineControls = '\\u0000-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069';
// prose may keep its line breaks and tabs
const proseControls = '\\u0000-\\u0008\\u000b-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069';

function text(max: number, controls: string, what: string) {
	const any = new RegExp(`[${controls}]`);
	return z
		.string()
		.trim()
		.min(1, { message: 'cannot be empty' })
		.max(max, tooLong(max))
		.regex(new RegExp(`^[^${controls}]*$`), {
			error: (issue) => {
				const input = String(issue.input);
				const at = input.search(any);
				const code = input.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
				return `contains a control character (U+${code} at character ${at + 1}); ${what}`;
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
