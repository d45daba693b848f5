import { z } from 'zod';

/** A record id: lower-case letters, digits and dashes, as used in file names and URLs. */
export const Id = z
	.string()
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
export const HttpUrl = z.url({ protocol: /^https?$/, message: 'a URL must start with http:// or https://' });

/** Text that carries meaning: not empty once trimmed, no control characters. */
export const Text = z
	.string()
	.trim()
	.min(1, { message: 'cannot be empty' })
	// eslint-disable-next-line no-control-regex
	.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, {
		message: 'contains control characters'
	});

/** ISO 639-1 codes of the languages Salvo records names and quotes in. */
export const Language = z.enum(['en', 'it', 'uk', 'ru', 'de', 'fr', 'es', 'pl']);
export type Language = z.infer<typeof Language>;

/** Names by language; English is required, others as known. */
export const Names = z.strictObject({
	en: Text,
	it: Text.optional(),
	uk: Text.optional(),
	ru: Text.optional()
});
export type Names = z.infer<typeof Names>;

/** Sides of the war, and `other` for outlets and third parties. */
export const Side = z.enum(['UA', 'RU', 'other']);
export type Side = z.infer<typeof Side>;

/** Countries Salvo maps: the two at war. */
export const Country = z.enum(['UA', 'RU']);
export type Country = z.infer<typeof Country>;
