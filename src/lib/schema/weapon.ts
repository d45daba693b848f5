import { z } from 'zod';
import { Id, Name } from './common.ts';

/** Salvo's catalogue of weapon types, so that claims and importers name them one way. */
export const Weapon = z.strictObject({
	id: Id,
	name: Name,
	category: z.enum(['drone', 'missile', 'bomb']),
	/** attack drone, decoy, reconnaissance, cruise, ballistic, hypersonic, anti-aircraft, guided bomb... */
	kind: Name,
	/** Other spellings, bundled names and Cyrillic names that mean this type. */
	aliases: z.array(Name).default([])
});
export type Weapon = z.infer<typeof Weapon>;
