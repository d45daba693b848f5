import { z } from 'zod';
import { Id, Names, Note, Side } from './common.ts';

export const SourceKind = z.enum(['military', 'government', 'local_authority', 'media']);

/** Who made a statement: the Ukrainian Air Force, a mayor, a ministry, an outlet. */
export const Source = z.strictObject({
	id: Id,
	name: Names,
	side: Side,
	kind: SourceKind,
	/** The person speaking, when the source is an office held by someone (a mayor). */
	person: Names.optional(),
	/**
	 * The source this one is a part of (an Air Force regional command): its figures speak for
	 * its own region and are shown under the whole's, never set against them.
	 */
	part_of: Id.optional(),
	note: Note.optional()
});
export type Source = z.infer<typeof Source>;
