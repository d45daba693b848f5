import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { claimRecords } from '#lib/data/claims.ts';

export const prerender = true;

/** Every claim, one object each, with the sources, articles and places they name. */
export const GET = (() => {
	const data = getDataset();
	return json({
		about: 'Salvo: claims about drone, missile and casualty figures; each figure as its source qualified it. Absent metric = not said.',
		claims: claimRecords(data),
		sources: data.sources,
		articles: data.articles,
		places: data.places,
		weapons: data.weapons
	});
}) satisfies RequestHandler;
