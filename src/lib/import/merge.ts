/**
 * Works out what the import changes in a data folder, as new file contents, without writing
 * anything. The rules that make a re-import a readable diff:
 * - a post already cited by an article anywhere in the folder keeps that article (and its id);
 *   other posts get new articles in `articles/ua-air-force.yaml`, ids
 *   `<channel>-<night>` with `-2`, `-3` in order of first time, then reference;
 * - a claim is found again by its article's reference and its night, and updated in place;
 *   a hand-curated claim citing the post keeps its quote and note, the importer only sets the
 *   figures it derives and the weapons breakdown;
 * - a night that already has a Russian attack in the folder (any file name) gets its new
 *   claims there; otherwise they go to `attacks/YYYY/YYYY-MM-DD-russian-strikes.yaml`;
 * - a claim the importer wrote for a night on which the table no longer has rows of its post
 *   (the publisher re-dated a row) is removed; nothing a curator wrote is ever removed;
 * - every imported claim says which places it speaks for: `places:` lists the region places its
 *   post names, `[]` when it names none (see attack-file.ts); a hand-curated claim citing the
 *   post gets them only when it has no places of its own;
 * - an attack's places are only added (a curator may have added the ones already there), and
 *   before they are, the file's claims without places of their own are pinned to the places
 *   they spoke for until then.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Attack } from '../schema/index.ts';
import { addArticles, assignArticles } from './articles-file.ts';
import { editAttackFile, writeAttackFile, type FileOps } from './attack-file.ts';
import { notePrefix, type Built, type PostClaim } from './claims.ts';
import type { Folder } from './folder.ts';
import { addSources } from './sources-file.ts';
import { EditError } from './yaml-text.ts';

export type Outcome = 'added' | 'changed' | 'unchanged';

export interface Plan {
	/** New contents by absolute path, only for files that change; null deletes the file. */
	files: Map<string, string | null>;
	/** What happened to each imported claim, and where it lives. */
	outcomes: { reference: string; night: string; outcome: Outcome; file: string }[];
	/** Claims the importer had written for nights the table no longer gives their post. */
	removed: { reference: string; night: string; file: string }[];
	/** Claims citing posts of these channels that this table does not hold (left as they are). */
	notInTable: number;
	articlesAdded: number;
	articlesReused: number;
	/** The importer's articles given the link to their post they lacked. */
	articlesLinked: number;
	/** Figures of claims already in the folder that the import changes, before → after. */
	changedFigures: string[];
	/** Hand-curated figures that differ from the table's, kept unless told (`overwriteCurated`). */
	conflicts: string[];
	sourcesAdded: string[];
	attackFilesCreated: number;
	attackFilesUpdated: number;
	warnings: string[];
	failures: string[];
}

interface Existing {
	attack: Attack;
	file: string;
	index: number;
	owned: boolean;
}

/** What the user allowed on the command line. */
export interface PlanOptions {
	/** Import a table that looks older than the one the folder was imported from (`--older`). */
	allowOlder?: boolean;
	/** Import a table that lacks many of the posts the folder holds (`--partial`). */
	allowPartial?: boolean;
	/** Replace a curator's own figures with the table's (`--overwrite-curated`). */
	overwriteCurated?: boolean;
}

/** More than this share of the folder's imported posts missing from a table looks like a cut file. */
const sharpFall = 0.1;

export function planImport(folder: Folder, built: Built, options: PlanOptions = {}): Plan {
	const plan: Plan = {
		files: new Map(),
		outcomes: [],
		removed: [],
		notInTable: 0,
		articlesAdded: 0,
		articlesReused: 0,
		articlesLinked: 0,
		changedFigures: [],
		conflicts: [],
		sourcesAdded: [],
		attackFilesCreated: 0,
		attackFilesUpdated: 0,
		warnings: [],
		failures: []
	};
	const rel = (path: string) => relative(join(folder.dir, '..'), path);
	const articleIds = assignArticles(folder, built.posts, plan);
	const postByReference = new Map(built.posts.map((p) => [p.reference, p]));

	// every claim in the folder that cites a post, by the post's reference
	const citing = new Map<string, Existing[]>();
	for (const attack of folder.dataset.attacks) {
		const file = folder.attackFiles.get(attack.id);
		if (!file) continue;
		attack.claims.forEach((claim, index) => {
			const reference = folder.articleById.get(claim.article)?.reference;
			if (!reference) return;
			const owned = claim.note?.startsWith(notePrefix) ?? false;
			const list = citing.get(reference) ?? [];
			list.push({ attack, file, index, owned });
			citing.set(reference, list);
		});
	}

	// find each imported claim in the folder
	const matched = new Set<Existing>();
	const placed: { claim: PostClaim; existing?: Existing }[] = [];
	for (const claim of built.claims) {
		const list = citing.get(claim.reference) ?? [];
		let hit = list.find((e) => e.attack.date === claim.night && !matched.has(e));
		if (!hit && postByReference.get(claim.reference)!.nights.length === 1) {
			// a curator dated the post's attack differently: theirs is the claim, not a second one
			const curated = list.filter((e) => !e.owned && !matched.has(e));
			if (curated.length === 1) {
				hit = curated[0];
				plan.warnings.push(
					`${rel(hit.file)}: claim ${hit.attack.id}/${hit.attack.claims[hit.index].id} cites post ${claim.reference}, ` +
						`which the table dates ${claim.night}: updated where it is, check the date`
				);
			}
		}
		if (hit) matched.add(hit);
		placed.push({ claim, existing: hit });
	}
	checkCopy(folder, built, citing, postByReference, options, plan);
	const removals: { existing: Existing; reference: string }[] = [];
	for (const [reference, list] of citing) {
		const post = postByReference.get(reference);
		for (const e of list) {
			if (matched.has(e)) continue;
			if (!post) {
				if (e.owned) plan.notInTable++;
				continue;
			}
			if (e.owned) removals.push({ existing: e, reference });
			else {
				const what = post.nights.includes(e.attack.date)
					? 'a second claim citing this post in one attack'
					: `dated ${e.attack.date}, a night the table gives this post no rows for`;
				plan.warnings.push(
					`${rel(e.file)}: hand-curated claim ${e.attack.id}/${e.attack.claims[e.index].id} cites post ${reference}: ${what}; left as it is`
				);
			}
		}
	}

	// the file of each claim: where it was found, or the night's Russian attack, or a new file
	const ops = new Map<string, FileOps>();
	const opsFor = (path: string, night: string, attack?: Attack) => {
		let o = ops.get(path);
		if (!o) {
			o = {
				path,
				night,
				attack,
				updates: new Map(),
				additions: [],
				removals: new Map(),
				places: new Set(),
				claimPlaces: new Map(),
				overwriteCurated: options.overwriteCurated
			};
			ops.set(path, o);
		}
		return o;
	};
	const fileForNight = new Map<string, { path: string; attack?: Attack }>();
	const chooseFile = (night: string) => {
		const known = fileForNight.get(night);
		if (known) return known;
		const candidates = folder.dataset.attacks
			.filter((a) => a.date === night && a.attacker === 'RU' && folder.attackFiles.has(a.id))
			.sort((a, b) => folder.attackFiles.get(a.id)!.localeCompare(folder.attackFiles.get(b.id)!));
		const withUpdates = candidates.find((a) => placed.some((p) => p.existing?.attack === a));
		const ours = candidates.find((a) => a.id === `${night}-russian-strikes`);
		const attack = withUpdates ?? ours ?? candidates[0];
		let choice: { path: string; attack?: Attack };
		if (attack) choice = { path: folder.attackFiles.get(attack.id)!, attack };
		else {
			const stem = `${night}-russian-strikes`;
			// a file of that night the loader refused may be the curator's attack for it
			const valid = new Set(folder.dataset.attacks.map((a) => a.id));
			const broken = [...folder.attackFiles.keys()].filter(
				(id) => id.startsWith(`${night}-`) && id !== stem && !valid.has(id)
			);
			if (broken.length > 0) {
				plan.warnings.push(
					`${broken.map((id) => rel(folder.attackFiles.get(id)!)).join(', ')}: does not pass check:data, so the claims of ${night} go to a new file; check it`
				);
			}
			const path = join(folder.dir, 'attacks', night.slice(0, 4), `${stem}.yaml`);
			if (folder.attackFiles.has(stem) || existsSync(path)) {
				plan.failures.push(
					`${rel(folder.attackFiles.get(stem) ?? path)}: exists but is not a valid Russian attack dated ${night}; fix it (npm run check:data) before importing`
				);
			}
			choice = { path };
		}
		fileForNight.set(night, choice);
		return choice;
	};
	const missingRegions = new Map<string, number>();
	for (const { claim, existing } of placed) {
		const target = existing ? { path: existing.file, attack: existing.attack } : chooseFile(claim.night);
		const o = opsFor(target.path, target.attack?.date ?? claim.night, target.attack);
		if (existing) o.updates.set(existing.index, claim);
		else o.additions.push(claim);
		const places = new Set<string>();
		for (const code of claim.regions) {
			const place = folder.regionPlaces.get(code);
			if (place) places.add(place);
			else missingRegions.set(code, (missingRegions.get(code) ?? 0) + 1);
		}
		o.claimPlaces.set(claim, [...places].sort());
		for (const place of places) o.places.add(place);
	}
	for (const { existing: e, reference } of removals)
		opsFor(e.file, e.attack.date, e.attack).removals.set(e.index, reference);
	for (const [code, count] of [...missingRegions].sort()) {
		plan.warnings.push(
			`places.yaml has no region place for ${code} (id ${code.toLowerCase()}): left out of the places of ${count} claim${count > 1 ? 's' : ''}`
		);
	}
	if (plan.failures.length > 0) return plan;

	// the files' new contents
	for (const o of [...ops.values()].sort((a, b) => a.path.localeCompare(b.path))) {
		try {
			if (o.attack) editAttackFile(o, articleIds, plan, rel);
			else writeAttackFile(o, articleIds, plan);
		} catch (error) {
			if (!(error instanceof EditError)) throw error;
			plan.failures.push(
				`${rel(o.path)}: ${error.message}; the importer edits such files only in the house style (see data/README.md)`
			);
		}
	}
	try {
		addArticles(folder, built.posts, articleIds, plan);
		addSources(folder, built, plan);
	} catch (error) {
		if (!(error instanceof EditError)) throw error;
		plan.failures.push(error.message);
	}
	return plan;
}

/**
 * Whether the table is a whole, current copy, judged against what the folder holds from an
 * earlier import (the claims the importer wrote). A table whose posts stop before nights the
 * folder already has is an older copy: importing it reverts figures, so it needs `allowOlder`.
 * A table without many of the older posts the folder holds was cut (a download stopped at a
 * line boundary reads as a whole CSV): it needs `allowPartial`. The table announces neither
 * its row count nor its last date, so the folder is the only thing to compare it with.
 */
function checkCopy(
	folder: Folder,
	built: Built,
	citing: Map<string, Existing[]>,
	posts: Map<string, unknown>,
	options: PlanOptions,
	plan: Plan
): void {
	if (built.claims.length === 0) return;
	const nights = built.claims.map((c) => c.night).sort();
	const [first, last] = [nights[0], nights[nights.length - 1]];
	const rel = (path: string) => relative(join(folder.dir, '..'), path);
	let imported = 0;
	const later: Existing[] = [];
	const earlier: Existing[] = [];
	for (const [reference, list] of citing) {
		for (const e of list) {
			if (!e.owned) continue;
			imported++;
			if (posts.has(reference)) continue;
			if (e.attack.date > last) later.push(e);
			else if (e.attack.date < first) earlier.push(e);
		}
	}
	const span = (list: Existing[]) => {
		const dates = list.map((e) => e.attack.date).sort();
		return dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
	};
	if (later.length > 0) {
		const message =
			`the table's last night is ${last}, but ${rel(folder.dir)} holds ${later.length} imported claim${later.length > 1 ? 's' : ''} ` +
			`of posts it does not have, of later nights (${span(later)}): an older copy of the table`;
		if (options.allowOlder)
			plan.warnings.push(`${message}; imported as told (--older): every figure it changes is listed`);
		else
			plan.failures.push(
				`${message}. Importing it would put older figures back; to do so anyway, pass --older (every changed figure is then listed)`
			);
	}
	if (earlier.length > 0 && earlier.length > imported * sharpFall) {
		const message =
			`the table starts on ${first}, but ${rel(folder.dir)} holds ${earlier.length} of its ${imported} imported claims ` +
			`for posts of earlier nights that the table does not have (${span(earlier)}): a cut or partial copy`;
		if (options.allowPartial)
			plan.warnings.push(`${message}; imported as told (--partial), the earlier claims left as they are`);
		else
			plan.failures.push(
				`${message}. Check the download (a file cut at a line boundary still reads as a table); to import it anyway, pass --partial`
			);
	}
}
