/**
 * What one commit changed in the records, read from the two versions of each file it touched.
 * Pure: history.server.ts reads the versions from git and hands them here as YAML text. An
 * attack file is compared claim by claim (claims are keyed by their id within the attack) and
 * figure by figure; a list file (sources, articles, places, weapons) is compared record by
 * record, by id, and only counted.
 */
import { parseFast } from '../data/yaml-fast.ts';
import { formatFigure, parseShortFigure, qualifiers, type Qualifier } from '../schema/figure.ts';
import { metrics, weaponMetrics } from '../schema/metrics.ts';

/** A claim added or removed by a change, with the figures it gave. */
export interface ClaimEntry {
	night: string;
	attack: string;
	claim: string;
	source: string;
	/** Metric → the figure as written in short form (`>420`, `~50`). */
	figures: Record<string, string>;
}

/** One figure of a claim that a change set, corrected or took away. */
export interface FigureEntry {
	night: string;
	attack: string;
	claim: string;
	source: string;
	/** A metric, or `<weapon id> <launched|intercepted|suppressed>` for a weapon's figure. */
	figure: string;
	/** Absent: the claim did not give it before. */
	before?: string;
	/** Absent: the claim no longer gives it. */
	after?: string;
}

/** A claim whose words or citation changed (quote, article, places, source). */
export interface EditEntry {
	night: string;
	attack: string;
	claim: string;
	source: string;
	fields: string[];
}

/** Records of a list file added, removed or changed, counted. */
export interface ListCount {
	file: string;
	added: number;
	removed: number;
	changed: number;
}

export interface FileChanges {
	nights: string[];
	added: ClaimEntry[];
	removed: ClaimEntry[];
	figures: FigureEntry[];
	edits: EditEntry[];
	lists: ListCount[];
	/** Files one version of which could not be read as records (named, never skipped silently). */
	unreadable: string[];
}

export function emptyChanges(): FileChanges {
	return { nights: [], added: [], removed: [], figures: [], edits: [], lists: [], unreadable: [] };
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The YAML text's value, `null` for a missing version, `undefined` when it cannot be read. */
function read(text: string | undefined): unknown {
	if (text === undefined) return null;
	const parsed = parseFast(text.replace(/^\uFEFF/, ''));
	// a text the fast parser refuses (too deep, a number it will not guess) is not read here
	return parsed && 'value' in parsed ? parsed.value : undefined;
}

/** A figure as the downloads write it (`>420`); text that is no figure is shown as written. */
function figureText(raw: unknown): string | undefined {
	if (raw === undefined || raw === null) return undefined;
	// the figure's own forms (figure.ts) without zod: a history is thousands of files
	if (typeof raw === 'number') return formatFigure({ value: raw, qualifier: 'exact' });
	if (typeof raw === 'string') {
		const parsed = parseShortFigure(raw);
		if (typeof parsed !== 'string') return formatFigure(parsed);
	}
	if (isObject(raw) && typeof raw.value === 'number' && qualifiers.includes(raw.qualifier as Qualifier)) {
		return formatFigure({ value: raw.value, qualifier: raw.qualifier as Qualifier });
	}
	return JSON.stringify(raw);
}

/** Every figure of a raw claim, by its name on the changes page. */
function claimFigures(claim: Raw): Map<string, string> {
	const out = new Map<string, string>();
	const figures = isObject(claim.figures) ? claim.figures : {};
	for (const metric of metrics) {
		const text = figureText(figures[metric]);
		if (text !== undefined) out.set(metric, text);
	}
	for (const row of Array.isArray(claim.weapons) ? claim.weapons : []) {
		if (!isObject(row) || typeof row.weapon !== 'string') continue;
		for (const m of weaponMetrics) {
			const text = figureText(row[m]);
			if (text !== undefined) out.set(`${row.weapon} ${m}`, text);
		}
	}
	return out;
}

const claimFields = ['source', 'article', 'places', 'quote'] as const;

interface AttackDoc {
	id: string;
	night: string;
	claims: Map<string, Raw>;
}

/** An attack file's value as the few fields the diff needs; `undefined` when it is not an attack. */
function attackDoc(value: unknown, file: string): AttackDoc | undefined {
	if (!isObject(value) || !Array.isArray(value.claims)) return undefined;
	const id = typeof value.id === 'string' ? value.id : file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	const night = typeof value.date === 'string' ? value.date : (/^(\d{4}-\d{2}-\d{2})/.exec(id)?.[1] ?? '');
	const claims = new Map<string, Raw>();
	for (const claim of value.claims)
		if (isObject(claim) && typeof claim.id === 'string') claims.set(claim.id, claim);
	return { id, night, claims };
}

const sourceOf = (claim: Raw) => (typeof claim.source === 'string' ? claim.source : '');

/** Adds what changed between two versions of an attack file to `out`. */
export function diffAttackFile(
	file: string,
	before: string | undefined,
	after: string | undefined,
	out: FileChanges
) {
	const valueBefore = read(before);
	const valueAfter = read(after);
	const a = valueBefore === null ? null : attackDoc(valueBefore, file);
	const b = valueAfter === null ? null : attackDoc(valueAfter, file);
	if (a === undefined || b === undefined) {
		out.unreadable.push(file);
		return;
	}
	const nights = new Set([a?.night, b?.night].filter((n): n is string => !!n));
	let touched = false;
	const entry = (doc: AttackDoc, id: string, claim: Raw): ClaimEntry => ({
		night: doc.night,
		attack: doc.id,
		claim: id,
		source: sourceOf(claim),
		figures: Object.fromEntries(claimFigures(claim))
	});
	for (const [id, claim] of a?.claims ?? []) {
		if (!b?.claims.has(id)) {
			out.removed.push(entry(a!, id, claim));
			touched = true;
		}
	}
	for (const [id, claim] of b?.claims ?? []) {
		const old = a?.claims.get(id);
		if (!old) {
			out.added.push(entry(b!, id, claim));
			touched = true;
			continue;
		}
		const where = { night: b!.night, attack: b!.id, claim: id, source: sourceOf(claim) };
		const was = claimFigures(old);
		const now = claimFigures(claim);
		for (const figure of new Set([...was.keys(), ...now.keys()])) {
			const before = was.get(figure);
			const after = now.get(figure);
			if (before === after) continue;
			out.figures.push({
				...where,
				figure,
				...(before !== undefined ? { before } : {}),
				...(after !== undefined ? { after } : {})
			});
			touched = true;
		}
		const fields = claimFields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(claim[f]));
		if (fields.length > 0) {
			out.edits.push({ ...where, fields });
			touched = true;
		}
	}
	// a change to the attack's own fields (its places, weapons, summary) touches its night too
	if (touched || JSON.stringify(valueBefore) !== JSON.stringify(valueAfter)) out.nights.push(...nights);
}

/** Adds the records a change added, removed or changed in a list file (by id) to `out`. */
export function diffListFile(
	file: string,
	before: string | undefined,
	after: string | undefined,
	out: FileChanges
) {
	const byId = (value: unknown): Map<string, string> | undefined => {
		if (value === null) return new Map();
		if (!Array.isArray(value)) return undefined;
		return new Map(
			value.flatMap((r) =>
				isObject(r) && typeof r.id === 'string' ? [[r.id, JSON.stringify(r)] as const] : []
			)
		);
	};
	const a = byId(read(before));
	const b = byId(read(after));
	if (!a || !b) {
		out.unreadable.push(file);
		return;
	}
	const count: ListCount = { file, added: 0, removed: 0, changed: 0 };
	for (const id of a.keys()) if (!b.has(id)) count.removed++;
	for (const [id, text] of b) {
		if (!a.has(id)) count.added++;
		else if (a.get(id) !== text) count.changed++;
	}
	if (count.added + count.removed + count.changed > 0) out.lists.push(count);
}

/** A path inside the data folder that holds an attack (`attacks/YYYY/…yaml`). */
export const isAttackFile = (path: string) => /^attacks\/.+\.ya?ml$/.test(path);
