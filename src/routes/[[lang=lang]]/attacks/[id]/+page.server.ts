import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { attackDetail } from '#lib/data/views.ts';

// every attack in both languages, even one no page links to yet
export const entries = (() =>
	getDataset().attacks.flatMap((a) => [{ id: a.id }, { lang: 'it', id: a.id }])) satisfies EntryGenerator;

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const attack = attackDetail(getDataset(), params.id, lang);
	if (!attack) error(404, `No attack ${params.id}`);
	return {
		/** The attack with every claim in full and the side-by-side comparison. */
		attack
	};
}) satisfies PageServerLoad;
