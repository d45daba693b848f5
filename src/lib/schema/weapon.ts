import { z } from 'zod';
import { Id, Text } from './common.ts';

/** Salvo's catalogue of weapon types, so that claims and importers name them one way. */
export const Weapon = z.strictObject({
	id: Id,
	name: Text,
	category: z.enum(['drone', 'missile', 'bomb']),
	/** attack drone, decoy, reconnaissance, cruise, ballistic, hypersonic, anti-aircraft, guided bomb... */
	kind: Text,
	/** Other spellings, bundled names and Cyrillic names that mean this type. */
	aliases: z.array(Text).default([])
});
export type Weapon = z.infer<typeof Weapon>;
