/**
 * The articles of imported posts. A post already cited by an article anywhere in the folder
 * keeps that article and its id; every other post gets an article in
 * `articles/ua-air-force.yaml`, id `<channel>-<night>`, with `-2`, `-3` for further posts of
 * one channel and night in order of their first time, then reference. Articles are only ever
 * added to that file, each at its place in date order, so a re-import is a short diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Article } from '../schema/index.ts';
import { channelOf, postUrl } from './channels.ts';
import { via, type Post } from './claims.ts';
import type { Folder } from './folder.ts';
import type { Plan } from './merge.ts';
import {
	applyEdits,
	blankSeparated,
	blockMap,
	blockSeq,
	insertItems,
	keyColumn,
	renderBlock,
	renderItem,
	replacePair,
	verify,
	type Edit
} from './yaml-text.ts';

export const articlesFile = (dir: string) => join(dir, 'articles', 'ua-air-force.yaml');

const articlesHeader = [
	'# yaml-language-server: $schema=../../static/schema/articles.schema.json',
	'# Air Force posts read through the "Massive Missile Attacks on Ukraine" dataset (Petro Ivaniuk,',
	'# Kaggle), one article per post, written by `npm run import -- --format ua-air-force-daily`.',
	'# Articles are only added here; a post already cited elsewhere in the folder keeps that article.'
].join('\n');

/** Article ids by post reference: existing articles first, then new ones in a stable order. */
export function assignArticles(folder: Folder, posts: Post[], plan: Plan): Map<string, string> {
	const ids = new Map<string, string>();
	const taken = new Set(folder.articleById.keys());
	const fresh: Post[] = [];
	for (const post of posts) {
		const existing = folder.articleByReference.get(post.reference);
		if (existing) {
			ids.set(post.reference, existing.id);
			plan.articlesReused++;
		} else fresh.push(post);
	}
	const date = (p: Post) => p.nights[p.nights.length - 1];
	fresh.sort(
		(a, b) =>
			a.channel.articlePrefix.localeCompare(b.channel.articlePrefix) ||
			date(a).localeCompare(date(b)) ||
			a.firstTime.localeCompare(b.firstTime) ||
			a.reference.localeCompare(b.reference)
	);
	for (const post of fresh) {
		// dated by its last night: a post is published after the last window it reports
		const base = `${post.channel.articlePrefix}-${date(post)}`;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(post.reference, id);
	}
	return ids;
}

/**
 * A post as an article, its fields in the schema's order. A post has no headline, so no title
 * (the site names it "Air Force post, night of ..." from its source and night); its URL is the
 * link the table gives, or the post's address on the network its path is of.
 */
function articleRecord(post: Post, id: string): Article {
	const address = postUrl(post.reference, post.channel);
	const url = address ? { url: address } : {};
	return { id, outlet: post.channel.outlet, ...url, reference: post.reference, language: 'uk', via };
}

/** Article fields in the schema's order, to place a field the importer adds. */
const articleFields = ['id', 'outlet', 'title', 'url', 'reference'];

/** New articles, in `articles/ua-air-force.yaml`, each at its place in date order. */
export function addArticles(
	folder: Folder,
	posts: Post[],
	articleIds: Map<string, string>,
	plan: Plan
): void {
	const records = posts
		.filter((p) => !folder.articleByReference.has(p.reference))
		.map((p) => articleRecord(p, articleIds.get(p.reference)!))
		.sort((a, b) => articleKey(a.id).localeCompare(articleKey(b.id)));
	plan.articlesAdded = records.length;
	const path = articlesFile(folder.dir);
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const doc = parseDocument(text);
	const links = linkEdits(text, doc);
	if (records.length === 0 && links.edits.length === 0) return;
	if (doc.contents === null || doc.contents === undefined) {
		const head = text.trim() === '' ? articlesHeader : text.replace(/\n*$/, '');
		plan.files.set(path, `${head}\n\n${records.map((r) => renderItem(r, 0)).join('\n\n')}\n`);
		return;
	}
	const seq = blockSeq(doc.contents, `${path}`);
	const existing = (doc.toJSON() as { id: string }[]).map((a) => articleKey(String(a.id)));
	plan.articlesLinked = links.edits.length;
	const groups = new Map<number, Article[]>();
	for (const record of records) {
		let index = existing.findIndex((key) => key > articleKey(record.id));
		if (index < 0) index = existing.length;
		groups.set(index, [...(groups.get(index) ?? []), record]);
	}
	const blank = blankSeparated(text, seq, true);
	const edits = links.edits.concat(
		[...groups].map(([index, group]) =>
			insertItems(
				text,
				seq,
				index,
				group.map((r) => renderItem(r, 0)),
				blank
			)
		)
	);
	const next = applyEdits(text, edits);
	const intended: unknown[] = [];
	const old = links.records;
	for (let i = 0; i <= old.length; i++) {
		intended.push(...(groups.get(i) ?? []));
		if (i < old.length) intended.push(old[i]);
	}
	verify(next, intended, path);
	plan.files.set(path, next);
}

/**
 * Links for the importer's articles written before it gave them (an article of a known
 * channel's post, with no URL): a way back to the post. Only this file's articles, which the
 * importer wrote; a curator's article elsewhere is theirs to link.
 */
function linkEdits(
	text: string,
	doc: ReturnType<typeof parseDocument>
): { edits: Edit[]; records: Record<string, unknown>[] } {
	const records = (Array.isArray(doc.toJSON()) ? doc.toJSON() : []) as Record<string, unknown>[];
	if (records.length === 0) return { edits: [], records };
	const seq = blockSeq(doc.contents, 'articles');
	const edits: Edit[] = [];
	const next = records.map((record, index) => {
		const reference = record.reference;
		if (record.url !== undefined || typeof reference !== 'string') return record;
		const channel = channelOf(reference);
		const url = channel && postUrl(reference, channel);
		if (!url) return record;
		const map = blockMap(seq.items[index], `article ${index + 1}`);
		const edit = replacePair(
			text,
			map,
			'url',
			renderBlock({ url }, keyColumn(text, map)),
			articleFields.slice(0, 3)
		);
		if (edit) edits.push(edit);
		return { ...record, url };
	});
	return { edits, records: next };
}

/** Sorts article ids by night, then channel, then suffix number (`-2` before `-10`). */
function articleKey(id: string): string {
	const match = /^(.*)-(\d{4}-\d{2}-\d{2})(?:-(\d+))?$/.exec(id);
	if (!match) return `~${id}`;
	return `${match[2]} ${match[1]} ${(match[3] ?? '1').padStart(4, '0')}`;
}
