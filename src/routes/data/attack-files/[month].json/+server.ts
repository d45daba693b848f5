import { error, json } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EntryGenerator, RequestHandler } from './$types';
import { dataFolder } from '#lib/data/folder.server.ts';
import { yamlFiles } from '#lib/data/load.server.ts';
import { listedMonths } from '#lib/data/record-index.server.ts';

export const prerender = true;
export const entries = (() => listedMonths().map((month) => ({ month }))) satisfies EntryGenerator;

/**
 * The text of a month's attack files, by attack id: /curate fetches it when accepted figures
 * belong to a night already recorded, to give back the whole file with the new claims added
 * (comments and all) rather than a fragment to paste. A month's files, not every file: only
 * the curator's page asks, and only for the night at hand.
 */
export const GET = (({ params }) => {
	if (!/^\d{4}-\d{2}$/.test(params.month)) error(404, `No month ${params.month}`);
	const files: Record<string, string> = {};
	for (const path of yamlFiles(join(dataFolder(), 'attacks'))) {
		const name = basename(path, '.yaml');
		if (name.startsWith(`${params.month}-`)) files[name] = readFileSync(path, 'utf8');
	}
	return json({ month: params.month, files });
}) satisfies RequestHandler;
