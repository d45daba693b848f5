import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { buildGazetteer } from '#lib/extract/gazetteer.ts';
import type { ExistingAttack } from '#lib/extract/to-yaml.ts';

export const load = (() => {
	const dataset = getDataset();
	return {
		/** Names of the known sources, places and weapons: extraction matches against them in the browser. */
		gazetteer: buildGazetteer(dataset),
		/** Attacks already recorded, so accepted figures can go into one found by date and attacker. */
		existing: dataset.attacks.map((a): ExistingAttack => ({
			id: a.id,
			date: a.date,
			attacker: a.attacker,
			claimIds: a.claims.map((c) => c.id)
		}))
	};
}) satisfies PageServerLoad;
