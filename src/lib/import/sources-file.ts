/** The speakers of the imported channels, added to the folder's sources.yaml when it lacks them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { channelSources } from './channels.ts';
import type { Built } from './claims.ts';
import type { Folder } from './folder.ts';
import type { Plan } from './merge.ts';
import { applyEdits, blankSeparated, blockSeq, insertItems, renderItem, verify } from './yaml-text.ts';

const sourcesHeader = '# yaml-language-server: $schema=../static/schema/sources.schema.json';

/** Appends the missing sources, after a blank line when the file separates its records so. */
export function addSources(folder: Folder, built: Built, plan: Plan): void {
	const path = join(folder.dir, 'sources.yaml');
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const doc = parseDocument(text);
	// a source anywhere in the folder (sources.yaml or sources/*.yaml, a curator's) is not added again
	const have = new Set([
		...folder.dataset.sources.map((s) => s.id),
		...(Array.isArray(doc.toJSON()) ? (doc.toJSON() as { id?: unknown }[]).map((s) => String(s?.id)) : [])
	]);
	const needed = new Set(built.claims.map((c) => c.channel.source));
	const missing = channelSources.filter((s) => needed.has(s.id) && !have.has(s.id));
	if (missing.length === 0) return;
	plan.sourcesAdded = missing.map((s) => s.id);
	const rendered = missing.map((s) => renderItem(s, 0));
	if (doc.contents === null || doc.contents === undefined) {
		const head = text.trim() === '' ? sourcesHeader : text.replace(/\n*$/, '');
		plan.files.set(path, `${head}\n\n${rendered.join('\n\n')}\n`);
		return;
	}
	const seq = blockSeq(doc.contents, `${path}`);
	const next = applyEdits(text, [
		insertItems(text, seq, seq.items.length, rendered, blankSeparated(text, seq, true))
	]);
	verify(next, [...(doc.toJSON() as unknown[]), ...missing], path);
	plan.files.set(path, next);
}
