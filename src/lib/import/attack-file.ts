/**
 * Writes an attack file: a new one for a night the folder has no Russian attack for, or an
 * edit of an existing one (hand-curated or written by an earlier import) that adds, updates
 * and removes claims and adds places by splicing the file's text, so that everything the
 * import does not change stays byte for byte. A hand-curated claim keeps its quote and note:
 * the importer sets only the figures it derives and the weapons breakdown, and its places
 * when it has none of its own.
 *
 * Places. Every claim the importer writes says which places it speaks for: `places:` lists the
 * region places its post names, and is `places: []` when the post names none (only "Ukraine",
 * "south", ...). An empty list is not "not said": every reader takes a claim's places as
 * `claim.places ?? attack.places`, so `[]` is the one way, within the schema, for a claim to
 * speak for no named place whatever the attack's places are or later become (a curator adding
 * a city, a later import adding regions). Leaving the field out would make a nationwide tally
 * speak for every place of the attack.
 *
 * An attack's places are only added to. Before the import adds any, every claim of the file
 * that has no places of its own (and that the import does not give places to) is pinned to
 * the attack's places as they were, with a `places:` line of the same ids, so that what it
 * speaks for does not change: a president's nationwide toll does not start speaking for the
 * regions an Air Force post named.
 */
import { readFileSync } from 'node:fs';
import { isSeq, parseDocument, type ParsedNode } from 'yaml';
import { Figure, type Attack } from '../schema/index.ts';
import { importedMetrics, notePrefix, type PostClaim } from './claims.ts';
import type { Plan } from './merge.ts';
import {
	applyEdits,
	blankSeparated,
	blockMap,
	blockSeq,
	contentEnd,
	dashColumn,
	insertItems,
	keyColumn,
	lineEnd,
	lineStart,
	pairOf,
	removeItem,
	renderBlock,
	renderIdList,
	renderItem,
	replacePair,
	sameJson,
	verify,
	type Edit
} from './yaml-text.ts';

const attackHeader = [
	'# yaml-language-server: $schema=../../../static/schema/attack.schema.json',
	'# Written by `npm run import -- --format ua-air-force-daily` from the Air Force table (Massive',
	'# Missile Attacks on Ukraine, Kaggle). A re-import updates the claims it wrote and keeps the rest.'
].join('\n');

/** Field order of a claim, so that a field the importer adds lands where a curator expects it. */
const claimFields = ['id', 'source', 'article', 'places', 'quote', 'figures', 'weapons', 'follows', 'note'];
const fieldsBefore = (field: string) => claimFields.slice(0, claimFields.indexOf(field));

/** What the import does to one attack file. */
export interface FileOps {
	path: string;
	night: string;
	/** The attack in the file, when it exists already. */
	attack?: Attack;
	updates: Map<number, PostClaim>;
	additions: PostClaim[];
	/** Claim index → the reference of the post it cites. */
	removals: Map<number, string>;
	/** The attack's places after the import: the union of its claims' places. */
	places: Set<string>;
	/** The places each imported claim speaks for: the region places its post names, sorted. */
	claimPlaces: Map<PostClaim, string[]>;
	/** Replace a curator's own figures with the table's (else a differing one is a conflict, kept). */
	overwriteCurated?: boolean;
}

/** Orders figures as the schema lists the metrics. */
function orderedFigures(figures: PostClaim['figures']): Record<string, number> {
	return Object.fromEntries(
		importedMetrics.filter((m) => figures[m] !== undefined).map((m) => [m, figures[m]!])
	);
}

/** The claim's `follows`, with the id the earlier claim has in this file; undefined when it has none here. */
function followsOf(claim: PostClaim, ids: Map<PostClaim, string>): Record<string, unknown> | undefined {
	if (!claim.follows) return undefined;
	const id = ids.get(claim.follows.claim);
	return id === undefined ? undefined : { claim: id, as: claim.follows.as, why: claim.follows.why };
}

function claimRecord(
	claim: PostClaim,
	id: string,
	article: string,
	places: string[],
	ids: Map<PostClaim, string>
): Record<string, unknown> {
	const record: Record<string, unknown> = {
		id,
		source: claim.channel.source,
		article,
		places: [...places],
		quote: claim.quote
	};
	if (Object.keys(claim.figures).length > 0) record.figures = orderedFigures(claim.figures);
	record.weapons = claim.weapons.map((w) => ({ ...w }));
	const follows = followsOf(claim, ids);
	if (follows) record.follows = follows;
	record.note = claim.note;
	return record;
}

const placesOf = (o: FileOps, claim: PostClaim) => o.claimPlaces.get(claim) ?? [];

const byTime = (a: PostClaim, b: PostClaim) =>
	a.firstTime.localeCompare(b.firstTime) || a.reference.localeCompare(b.reference);

function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** A new attack file for a night the folder has no Russian attack for. */
export function writeAttackFile(o: FileOps, articleIds: Map<string, string>, plan: Plan): void {
	const stem = `${o.night}-russian-strikes`;
	const taken = new Set<string>();
	const sorted = [...o.additions].sort(byTime);
	const ids = new Map(sorted.map((claim) => [claim, uniqueId(articleIds.get(claim.reference)!, taken)]));
	const claims = sorted.map((claim) => {
		const article = articleIds.get(claim.reference)!;
		return renderItem(claimRecord(claim, ids.get(claim)!, article, placesOf(o, claim), ids), 2);
	});
	const text = [
		attackHeader,
		`id: ${stem}`,
		`date: ${o.night}`,
		'date_precision: exact',
		'attacker: RU',
		`places: ${renderIdList([...o.places].sort())}`,
		'claims:',
		claims.join('\n\n'),
		''
	].join('\n');
	for (const claim of o.additions)
		plan.outcomes.push({ reference: claim.reference, night: claim.night, outcome: 'added', file: o.path });
	plan.files.set(o.path, text);
	plan.attackFilesCreated++;
}

/** Normal form of a figure, for comparing what a file says with what the import would write. */
function normalFigure(value: unknown): unknown {
	const parsed = Figure.safeParse(value);
	return parsed.success ? parsed.data : { invalid: value };
}

function normalWeapons(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	return value.map((w: Record<string, unknown>) =>
		Object.fromEntries(Object.entries(w ?? {}).map(([k, v]) => [k, k === 'weapon' ? v : normalFigure(v)]))
	);
}

function normalFigures(value: unknown): unknown {
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalFigure(v)]));
}

/** Adds, updates and removes claims in an existing attack file by splicing its text. */
export function editAttackFile(
	o: FileOps,
	articleIds: Map<string, string>,
	plan: Plan,
	rel: (path: string) => string
): void {
	const text = readFileSync(o.path, 'utf8');
	const doc = parseDocument(text);
	const root = blockMap(doc.contents, 'an attack file');
	const intended = doc.toJSON() as Record<string, unknown> & {
		claims: Record<string, unknown>[];
		places?: string[];
	};
	const claimsPair = pairOf(root, 'claims');
	const seq = blockSeq(claimsPair?.value, 'claims');
	const edits: Edit[] = [];
	// every imported claim's id in this file, before any is written: `follows` names them
	const ids = new Map<PostClaim, string>();
	for (const [index, claim] of o.updates) ids.set(claim, String(intended.claims[index].id));
	const taken = new Set(intended.claims.map((c) => String(c.id)));
	for (const claim of [...o.additions].sort(byTime))
		ids.set(claim, uniqueId(articleIds.get(claim.reference)!, taken));

	// updates, field by field
	const updated = new Map<number, Record<string, unknown>>();
	for (const [index, claim] of o.updates) {
		const raw = intended.claims[index];
		const map = blockMap(seq.items[index], `claim ${index + 1}`);
		const column = keyColumn(text, map);
		const owned = typeof raw.note === 'string' && raw.note.startsWith(notePrefix);
		const next: Record<string, unknown> = { ...raw };
		const set = (field: string, value: unknown, same: boolean) => {
			if (same) return;
			if (value === undefined) delete next[field];
			else next[field] = value;
			const rendered = value === undefined ? undefined : renderBlock({ [field]: value }, column);
			const edit = replacePair(text, map, field, rendered, fieldsBefore(field));
			if (edit) edits.push(edit);
		};
		if (owned) set('quote', claim.quote, raw.quote === claim.quote);
		const where = `${rel(o.path)}: claim ${String(intended.id)}/${String(raw.id)}`;
		const replace = owned || o.overwriteCurated === true;
		// a curator's figure that the table gives otherwise is a conflict: unless told, the
		// curator's claim keeps its figures and breakdown as written (adding the table's other
		// figures beside a kept one could contradict it: 403 intercepted of a kept 400 launched)
		const conflicts: string[] = [];
		const changes: string[] = [];
		const figures = mergeFigures(raw.figures, claim.figures, replace, (metric, before, after) => {
			if (owned) changes.push(`${where} ${metric}: ${before} → ${after}`);
			else if (replace)
				changes.push(`${where} ${metric}: ${before} → ${after} (a curator's figure, replaced as told)`);
			else
				conflicts.push(
					`${where} ${metric}: the curator wrote ${before}, the table gives ${after}; the curator's claim is kept as written`
				);
		});
		plan.changedFigures.push(...changes);
		plan.conflicts.push(...conflicts);
		if (conflicts.length === 0) {
			set(
				'figures',
				Object.keys(figures).length > 0 ? figures : undefined,
				sameJson(normalFigures(raw.figures), normalFigures(figures))
			);
			if (replace || raw.weapons === undefined)
				set(
					'weapons',
					claim.weapons,
					sameJson(normalWeapons(raw.weapons ?? []), normalWeapons(claim.weapons))
				);
			else if (!sameJson(normalWeapons(raw.weapons), normalWeapons(claim.weapons)))
				plan.conflicts.push(
					`${where} weapons: the curator's breakdown differs from the table's; the curator's is kept`
				);
		}
		if (owned || raw.follows === undefined) {
			const follows = followsOf(claim, ids);
			set('follows', follows, sameJson(raw.follows, follows));
		}
		if (owned || raw.note === undefined) set('note', claim.note, raw.note === claim.note);
		// the post's places; a curator's own places stay (they may be finer: a city, not its region)
		const places = placesOf(o, claim);
		if (owned || raw.places === undefined) set('places', places, sameJson(raw.places, places));
		const changed = !sameJson(raw, next);
		updated.set(index, next);
		plan.outcomes.push({
			reference: claim.reference,
			night: claim.night,
			outcome: changed ? 'changed' : 'unchanged',
			file: o.path
		});
	}

	// removals: never the last claim of a file a curator named
	const remaining = seq.items.length - o.removals.size + o.additions.length;
	const stem = o.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (remaining === 0 && stem === `${o.night}-russian-strikes`) {
		for (const reference of o.removals.values())
			plan.removed.push({ reference, night: o.night, file: o.path });
		plan.files.set(o.path, null);
		return;
	}
	const removals = new Set(o.removals.keys());
	if (remaining === 0) {
		const kept = Math.max(...removals);
		removals.delete(kept);
		plan.warnings.push(
			`${rel(o.path)}: kept claim ${String(intended.claims[kept].id)}, its last one, though the table no longer dates its post ${o.night}; check it`
		);
	}
	for (const index of removals) {
		edits.push(removeItem(text, seq, index));
		plan.removed.push({ reference: o.removals.get(index)!, night: o.night, file: o.path });
	}

	// additions, in order of time among the claims the importer knows the time of
	const keys = new Map<number, PostClaim>([...o.updates].filter(([i]) => !removals.has(i)));
	const insertAt = new Map<number, PostClaim[]>();
	for (const claim of [...o.additions].sort(byTime)) {
		const before = [...keys].filter(([, c]) => byTime(c, claim) < 0).map(([i]) => i);
		const index =
			before.length > 0
				? Math.max(...before) + 1
				: keys.size > 0
					? Math.min(...keys.keys())
					: seq.items.length;
		insertAt.set(index, [...(insertAt.get(index) ?? []), claim]);
	}
	const dash = dashColumn(text, seq.items[0].range[0]);
	const blank = blankSeparated(text, seq, true);
	const newRecords = new Map<number, Record<string, unknown>[]>();
	for (const [index, claims] of [...insertAt].sort((a, b) => a[0] - b[0])) {
		const records = claims.map((claim) => {
			const article = articleIds.get(claim.reference)!;
			plan.outcomes.push({ reference: claim.reference, night: claim.night, outcome: 'added', file: o.path });
			return claimRecord(claim, ids.get(claim)!, article, placesOf(o, claim), ids);
		});
		newRecords.set(index, records);
		edits.push(
			insertItems(
				text,
				seq,
				index,
				records.map((r) => renderItem(r, dash)),
				blank
			)
		);
	}

	// places: added, never removed; first the claims that speak for the attack's places are
	// pinned to them as they were
	const existingPlaces = Array.isArray(intended.places) ? intended.places.map(String) : [];
	const newPlaces = [...o.places].filter((p) => !existingPlaces.includes(p)).sort();
	if (newPlaces.length > 0) {
		intended.claims.forEach((raw, index) => {
			if (removals.has(index) || (updated.get(index) ?? raw).places !== undefined) return;
			const map = blockMap(seq.items[index], `claim ${index + 1}`);
			const rendered = renderBlock({ places: existingPlaces }, keyColumn(text, map));
			edits.push(replacePair(text, map, 'places', rendered, fieldsBefore('places'))!);
			updated.set(index, { ...raw, places: [...existingPlaces] });
		});
		edits.push(placesEdit(text, root, claimsPair!.key, existingPlaces, newPlaces));
		intended.places = [...existingPlaces, ...newPlaces];
	}

	if (edits.length === 0) return;
	const claims: Record<string, unknown>[] = [];
	for (let i = 0; i <= intended.claims.length; i++) {
		claims.push(...(newRecords.get(i) ?? []));
		if (i < intended.claims.length && !removals.has(i)) claims.push(updated.get(i) ?? intended.claims[i]);
	}
	intended.claims = claims;
	const next = applyEdits(text, edits);
	verify(next, intended, rel(o.path));
	if (next !== text) {
		plan.files.set(o.path, next);
		plan.attackFilesUpdated++;
	}
}

/** A figure as written, for a report: `298`, `">420"`. */
const shown = (value: unknown) => (value === undefined ? 'not said' : String(value));

/**
 * The claim's figures after the import: the importer's metrics from the table, a curator's
 * other metrics kept. `replace` is false for a hand-curated claim: a figure of its own that the
 * table gives otherwise is kept and reported as a conflict; one it does not give is added.
 * Every figure that differs is reported (`changed(metric, before, after)`).
 */
function mergeFigures(
	raw: unknown,
	ours: PostClaim['figures'],
	replace: boolean,
	changed: (metric: string, before: string, after: string) => void
): Record<string, unknown> {
	const existing = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const merged: Record<string, unknown> = {};
	for (const [metric, value] of Object.entries(existing)) {
		if (!(importedMetrics as readonly string[]).includes(metric)) {
			merged[metric] = value;
			continue;
		}
		const next = ours[metric as keyof typeof ours];
		const same = next !== undefined && sameJson(normalFigure(value), normalFigure(next));
		if (!same) changed(metric, shown(value), shown(next));
		if (same || replace) {
			if (next !== undefined) merged[metric] = next;
		} else merged[metric] = value;
	}
	for (const [metric, value] of Object.entries(orderedFigures(ours))) {
		if (!(metric in merged)) merged[metric] = value;
	}
	return merged;
}

function placesEdit(
	text: string,
	root: ReturnType<typeof blockMap>,
	claimsKey: { range: [number, number, number] },
	existing: string[],
	added: string[]
): Edit {
	const pair = pairOf(root, 'places');
	const all = renderIdList([...existing, ...added]);
	if (!pair) {
		const at = lineStart(text, claimsKey.range[0]);
		return { start: at, end: at, text: `${' '.repeat(claimsKey.range[0] - at)}places: ${all}\n` };
	}
	const value = pair.value;
	if (isSeq(value) && !value.flow && value.items.length > 0) {
		const items = value.items as ParsedNode[];
		const dash = dashColumn(text, items[0].range[0]);
		const at = lineEnd(text, contentEnd(text, items[items.length - 1]));
		return { start: at, end: at, text: added.map((id) => `\n${' '.repeat(dash)}- ${id}`).join('') };
	}
	// a flow list, or `places:` with nothing after it: the whole pair is rewritten
	const end =
		value && value.range[1] > pair.key.range[1]
			? Math.max(contentEnd(text, value), pair.key.range[1] + 1)
			: pair.key.range[1] + 1;
	return { start: pair.key.range[0], end, text: `places: ${all}` };
}
