import { z } from 'zod';
import { HttpUrl, Id, IsoDate, Language, Name, Note, Text } from './common.ts';

/** How sure we are of a date: given by the article, or worked out from its context. */
export const DatePrecision = z.enum(['exact', 'inferred']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Where we read a claim: an article, or an official post. The URL is optional: some records
 * come from print or from documents without one.
 */
export const Article = z.strictObject({
	id: Id,
	outlet: Name,
	/** Headline as published; posts without one leave it out. */
	title: Text.optional(),
	url: HttpUrl.optional(),
	/** A reference that is not a URL: a post path, a page of a print edition. */
	reference: Text.optional(),
	published: IsoDate.optional(),
	published_precision: DatePrecision.optional(),
	/** When a curator read the page at `url`: pages change after publication, and a quote is
	 * checked against the page as it was read. */
	accessed: IsoDate.optional(),
	language: Language,
	/** Where we got it from when not from the publisher itself (a dataset that compiled it). */
	via: Text.optional(),
	note: Note.optional()
});
export type Article = z.infer<typeof Article>;
