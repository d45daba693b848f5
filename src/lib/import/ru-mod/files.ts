/**
 * The files the MoD import writes, as text, without writing anything:
 * - `attacks/YYYY/<night>-ukrainian-strikes-HHMM.yaml`, one per attack (see build.ts), whole
 *   files of the importer's own (their header says so): a re-import writes them again, and
 *   the same table gives the same bytes; one the table no longer gives is deleted.
 * - `articles/ru-mod.yaml`: one article per post read, the importer's own file too.
 * - A night whose folder already holds a hand-curated Ukrainian attack citing the MoD (a
 *   figure read in the press, "stanotte" in TASS) gets that night's overnight statements in
 *   that attack instead, as claims beside the curator's: they are versions of one count, and
 *   in two attacks they would add. Those claims are spliced into the file (yaml-text.ts), as
 *   the Air Force importer does: every byte a curator wrote stays, claims without places of
 *   their own are pinned to the attack's places before any is added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Attack } from '../../schema/index.ts';
import type { Folder } from '../folder.ts';
import {
	applyEdits,
	blankSeparated,
	blockMap,
	blockSeq,
	dashColumn,
	insertItems,
	keyColumn,
	pairOf,
	removeItem,
	renderBlock,
	renderIdList,
	renderItem,
	replacePair,
	verify,
	type Edit
} from '../yaml-text.ts';
import { notePrefix, source, via, type Built, type BuiltAttack, type BuiltClaim } from './build.ts';

export const format = 'ru-mod-telegram';
const header = (schema: string) =>
	[
		`# yaml-language-server: $schema=${schema}`,
		`# Written by \`npm run import -- --format ${format}\` from the Russian MoD's Telegram statements`,
		'# (as collected in Androm2018/ukraine-drone-weather-analysis). A re-import rewrites this file.'
	].join('\n');
const ownMark = `--format ${format}\``;

export interface FilePlan {
	/** New contents by absolute path, only for files that change; null deletes the file. */
	files: Map<string, string | null>;
	created: number;
	updated: number;
	unchanged: number;
	deleted: number;
	/** Attacks written into hand-curated files, by file. */
	intoCurated: string[];
	claims: number;
	/** Regions with no region place in the folder: left out of the claims' places. */
	missingPlaces: Map<string, number>;
}

export const articlesFile = (dir: string) => join(dir, 'articles', 'ru-mod.yaml');

const figureText = (f: BuiltClaim['figure']) =>
	f.qualifier === 'exact'
		? f.value
		: `${{ more_than: '>', at_least: '≥', about: '~', at_most: '≤' }[f.qualifier] ?? ''}${f.value}`;

function claimRecord(c: BuiltClaim, places: string[]): Record<string, unknown> {
	return {
		id: c.id,
		source,
		article: c.article,
		places,
		quote: c.quote,
		figures: { drones_intercepted: figureText(c.figure) },
		note: c.note
	};
}

export function planFiles(folder: Folder, built: Built): FilePlan {
	const plan: FilePlan = {
		files: new Map(),
		created: 0,
		updated: 0,
		unchanged: 0,
		deleted: 0,
		intoCurated: [],
		claims: 0,
		missingPlaces: new Map()
	};
	const placesOf = (codes: string[]) => {
		const ids: string[] = [];
		for (const code of codes) {
			const id = folder.regionPlaces.get(code);
			if (id) ids.push(id);
			else plan.missingPlaces.set(code, (plan.missingPlaces.get(code) ?? 0) + 1);
		}
		return [...new Set(ids)].sort();
	};
	const setFile = (path: string, text: string | null) => {
		let old: string | undefined;
		try {
			old = readFileSync(path, 'utf8');
		} catch {
			old = undefined;
		}
		if (text === null) {
			if (old !== undefined) {
				plan.files.set(path, null);
				plan.deleted++;
			}
			return;
		}
		if (old === text) plan.unchanged++;
		else {
			plan.files.set(path, text);
			if (old === undefined) plan.created++;
			else plan.updated++;
		}
	};

	// the importer's own attack files, and hand-curated Ukrainian attacks citing the MoD
	const own = new Set<string>();
	const curated = new Map<string, Attack>();
	for (const [id, path] of folder.attackFiles) {
		const text = readFileSync(path, 'utf8');
		if (text.slice(0, 400).includes(ownMark)) own.add(id);
	}
	for (const attack of folder.dataset.attacks) {
		if (own.has(attack.id) || attack.attacker !== 'UA') continue;
		const cites = attack.claims.some((c) => c.source === source && !c.note?.startsWith(notePrefix));
		if (cites && !curated.has(attack.date)) curated.set(attack.date, attack);
	}

	const spliced = new Map<string, BuiltAttack>();
	// the importer's own periods that went into a curated attack: their old files must go, or a
	// night curated after an earlier import would count the same statement twice
	const splicedFrom = new Set<string>();
	for (const attack of built.attacks) {
		const target = curated.get(attack.night);
		// the overnight period: the statement the press quotes as "last night"
		if (target && covers(attack, overnightMoment(attack.night)) && !spliced.has(target.id)) {
			spliced.set(target.id, attack);
			splicedFrom.add(attack.id);
			continue;
		}
		const claims = attack.claims.map((c) => claimRecord(c, placesOf(c.regions)));
		plan.claims += claims.length;
		const places = [...new Set(claims.flatMap((c) => c.places as string[]))].sort();
		const text = [
			header('../../../static/schema/attack.schema.json'),
			`id: ${attack.id}`,
			`date: ${attack.night}`,
			'date_precision: exact',
			'attacker: UA',
			`places: ${renderIdList(places)}`,
			'claims:',
			claims.map((c) => renderItem(c, 2)).join('\n\n'),
			''
		].join('\n');
		setFile(join(folder.dir, 'attacks', attack.night.slice(0, 4), `${attack.id}.yaml`), text);
	}
	const produced = new Set(built.attacks.map((a) => a.id));
	for (const id of own)
		if (!produced.has(id) || splicedFrom.has(id)) setFile(folder.attackFiles.get(id)!, null);

	// hand-curated attacks: ours spliced in, or taken out when the table no longer gives them
	for (const attack of curated.values()) {
		const path = folder.attackFiles.get(attack.id);
		if (!path) continue;
		const ours = spliced.get(attack.id);
		const hasOurs = attack.claims.some((c) => c.note?.startsWith(notePrefix));
		if (!ours && !hasOurs) continue;
		const claims = (ours?.claims ?? []).map((c) => claimRecord(c, placesOf(c.regions)));
		plan.claims += claims.length;
		setFile(path, spliceClaims(readFileSync(path, 'utf8'), claims, path));
		if (ours) plan.intoCurated.push(`${attack.id} ← ${ours.id}`);
	}

	// one article per post, in the importer's own file
	const articles = built.posts.map((p) => ({
		id: p.article,
		outlet: 'Russian Ministry of Defence (Telegram channel mod_russia)',
		url: 'https://t.me/mod_russia',
		reference: `mod_russia post of ${p.posted} UTC (line ${p.line} of the collected table)`,
		published: p.posted.slice(0, 10),
		language: 'ru',
		via
	}));
	setFile(
		articlesFile(folder.dir),
		articles.length === 0
			? null
			: `${header('../../static/schema/articles.schema.json')}\n\n${articles.map((a) => renderItem(a, 0)).join('\n\n')}\n`
	);
	return plan;
}

/** 04:00 Moscow time on the morning of a night: inside the overnight statement's period. */
function overnightMoment(night: string): number {
	return Date.parse(`${night}T00:00:00Z`) / 60_000 + 4 * 60;
}

function covers(attack: BuiltAttack, moment: number): boolean {
	return attack.to !== undefined && attack.from <= moment && moment <= attack.to;
}

/**
 * A hand-curated attack file with the importer's claims replaced by `claims`: the old ones
 * (their note starts with the importer's prefix) removed, the new ones added at the end, the
 * attack's places added to, never removed.
 */
export function spliceClaims(text: string, claims: Record<string, unknown>[], file: string): string {
	const doc = parseDocument(text);
	const root = blockMap(doc.contents, 'an attack file');
	const intended = doc.toJSON() as Record<string, unknown> & {
		claims: Record<string, unknown>[];
		places?: string[];
	};
	const seq = blockSeq(pairOf(root, 'claims')?.value, 'claims');
	const edits: Edit[] = [];
	const ours = (c: Record<string, unknown>) => typeof c.note === 'string' && c.note.startsWith(notePrefix);
	const kept: Record<string, unknown>[] = [];
	intended.claims.forEach((c, i) => {
		if (ours(c)) edits.push(removeItem(text, seq, i));
		else kept.push(c);
	});
	if (kept.length === 0) throw new Error(`${file}: a hand-curated attack with no claims of its own`);

	const existing = Array.isArray(intended.places) ? intended.places.map(String) : [];
	const added = [...new Set(claims.flatMap((c) => c.places as string[]))]
		.filter((p) => !existing.includes(p))
		.sort();
	if (added.length > 0) {
		// claims speaking for the attack's places keep speaking for those only
		intended.claims.forEach((c, i) => {
			if (ours(c) || c.places !== undefined) return;
			const map = blockMap(seq.items[i], `claim ${i + 1}`);
			edits.push(
				replacePair(text, map, 'places', renderBlock({ places: existing }, keyColumn(text, map)), [
					'id',
					'source',
					'article'
				])!
			);
			c.places = [...existing];
		});
		edits.push(
			replacePair(text, root, 'places', `places: ${renderIdList([...existing, ...added])}`, ['attacker'])!
		);
		intended.places = [...existing, ...added];
	}
	// the last claim a curator wrote is the anchor: ours follow it
	const last = intended.claims.map(ours).lastIndexOf(false);
	const dash = dashColumn(text, seq.items[0].range[0]);
	if (claims.length > 0)
		edits.push(
			insertItems(
				text,
				seq,
				last + 1,
				claims.map((c) => renderItem(c, dash)),
				blankSeparated(text, seq, true)
			)
		);
	intended.claims = [...kept, ...claims];
	const next = applyEdits(text, edits);
	verify(next, intended, file);
	return next;
}
