import type { PageServerLoad } from './$types';
import { getDataset } from '#lib/data/dataset.server.ts';
import { localName } from '#lib/i18n/index.ts';
import { changesPage } from '#lib/publish/changes.server.ts';
import { listedNights } from '#lib/data/record-index.server.ts';

export const load = (async ({ parent }) => {
	const { lang } = await parent();
	const changes = changesPage();
	const names = new Map(getDataset().sources.map((s) => [s.id, localName(lang, s.name)]));
	const used = new Set<string>();
	if (changes.available) {
		for (const c of changes.changes) {
			for (const [source] of c.addedSummary?.sources ?? []) used.add(source);
			for (const b of c.blocks)
				for (const e of [...b.added, ...b.removed, ...b.figures, ...b.edits]) used.add(e.source);
		}
	}
	return {
		/** Every change to the record files, newest first, bounded (changes-view.ts). */
		changes,
		/** Names of the sources the entries name; a source since removed keeps its id. */
		sourceNames: Object.fromEntries([...used].map((id) => [id, names.get(id) ?? id])),
		/** Nights that have a page, so a removed night is not linked. */
		nights: listedNights()
	};
}) satisfies PageServerLoad;
