/**
 * Reads and validates a data folder (server-only: build time and CLI). Every problem is
 * collected, never thrown one at a time, so a curator sees all of them at once; valid records
 * are kept and returned beside the problems, and nothing is clamped or dropped silently.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { Article, Attack, Place, Source, Weapon, type PeriodClaim } from '../schema/index.ts';
import { readPeriods } from './load-periods.server.ts';
import type { Problem } from './problems.ts';
import { parseFast } from './yaml-fast.ts';
import { boundProblem } from './problems.ts';
import { listFileKind, readRecordFile, recordFiles, type EntryProblem } from './record-files.server.ts';
import { numberFormMessage, plainNumberTags } from './yaml-numbers.ts';

export interface Dataset {
	sources: Source[];
	articles: Article[];
	places: Place[];
	weapons: Weapon[];
	attacks: Attack[];
	/** Weekly and monthly tallies (data/periods/); absent in data sets built before them. */
	periods?: PeriodClaim[];
}

export interface LoadResult {
	dataset: Dataset;
	problems: Problem[];
	/** Files read, relative to the data folder's parent. */
	files: string[];
}

export interface LoadOptions {
	/** The day validation treats as today (YYYY-MM-DD): dates after it are in the future. */
	today?: string;
}

/**
 * Lists `*.yaml` files below a folder, sorted so that problems come out in a stable order.
 * Entries that cannot be read (links to nothing or outside `root`, pipes, `.YAML`) go to
 * `problems` (see record-files.server.ts).
 */
export function yamlFiles(dir: string, root = dir, problems: EntryProblem[] = []): string[] {
	return recordFiles(dir, root, problems);
}

/**
 * Files past this size are read by js-yaml alone: the `yaml` package, which finds lines, keeps
 * every node and takes about fifty times the text in memory. A large file with a problem gets
 * js-yaml's message and line instead; no real record file comes near it.
 */
const maxCarefulBytes = 4 * 1024 * 1024;

export interface ParsedFile {
	value: unknown;
	/** Line of the node at a path, for messages. */
	lineOf: (path: (string | number)[]) => number | undefined;
}

/**
 * Parses one YAML file, reporting encoding and syntax errors with their line. Valid files
 * take js-yaml's fast path; line numbers, needed only for problems, come from the `yaml`
 * package's document, parsed when first asked for.
 */
export function readYaml(path: string, file: string, problems: Problem[]): ParsedFile | undefined {
	const decoded = readRecordFile(path);
	if ('problem' in decoded) {
		problems.push({ file, line: decoded.line, message: decoded.problem });
		return undefined;
	}
	const text = decoded.text;
	const large = text.length > maxCarefulBytes;
	const fast = parseFast(text);
	if (fast && 'value' in fast) {
		let careful: ParsedFile | undefined;
		return {
			value: fast.value,
			// read the file again rather than keep its text: most files never need a line; a
			// large file's problems go without one rather than cost the careful parse
			lineOf: (p) =>
				large
					? undefined
					: (careful ??= parseCarefully(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))).lineOf(p)
		};
	}
	if (large) {
		problems.push({
			file,
			line: fast?.line,
			message: fast?.error
				? `YAML syntax: ${fast.error}`
				: 'YAML: anchors and aliases (&name, *name) in a file this large: write the values out'
		});
		return undefined;
	}
	let parsed: ReturnType<typeof parseCarefully>;
	try {
		parsed = parseCarefully(text);
	} catch (error) {
		// the `yaml` package throws, rather than reports, on runaway alias expansion
		problems.push({ file, message: refusedYaml(error) });
		return undefined;
	}
	if (parsed.errors.length > 0) {
		problems.push(
			...parsed.errors.map((e) => ({
				file,
				line: e.line,
				// the parsers recurse: a runaway nesting of [[[[... ends in a stack overflow
				message: /call stack/i.test(e.message)
					? 'YAML syntax: nested too deeply to read (a record is a few levels deep)'
					: `YAML syntax: ${e.message}`
			}))
		);
		return undefined;
	}
	return parsed;
}

/** Why a file the `yaml` package refused to turn into values was refused, in a curator's words. */
function refusedYaml(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// `[*kyiv]` with no `&kyiv` before it: a typo or a missing anchor, not an attack (issue 24)
	const unresolved = /unresolved alias.*?:\s*(\S+)/i.exec(message);
	if (unresolved) {
		return `YAML: the alias *${unresolved[1]} names no anchor: write &${unresolved[1]} on the value before it, or write the value out`;
	}
	if (/excessive alias|alias/i.test(message)) {
		return 'YAML: too many aliases (*name) expanding into each other, as in a "billion laughs" file: write the values out';
	}
	return `YAML could not be read: ${message.split('\n')[0]}`;
}

/** The `yaml` package's reading of a text: its value, its errors, and a line for any path. */
function parseCarefully(text: string): ParsedFile & { errors: { line: number; message: string }[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, customTags: plainNumberTags });
	return {
		errors: doc.errors.map((error) => ({
			line: lineCounter.linePos(error.pos[0]).line,
			message: error.message.split('\n')[0]
		})),
		value: doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 }),
		// the line of the field, or of the nearest enclosing node when the field is missing
		lineOf: (p) => {
			for (let n = p.length; n > 0; n--) {
				const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
				if (node?.range) return lineCounter.linePos(node.range[0]).line;
			}
			return undefined;
		}
	};
}

/** Turns zod issues for one record into problems naming the record and the field. */
export function issuesToProblems(
	issues: z.core.$ZodIssue[],
	file: string,
	record: string,
	base: (string | number)[],
	parsed: ParsedFile,
	recordOf?: (path: PropertyKey[]) => { record: string; path: PropertyKey[] }
): Problem[] {
	return issues.map((issue) => {
		const scoped = recordOf ? recordOf(issue.path) : { record, path: issue.path };
		const field = scoped.path.map(String).join('.');
		const fullPath = [...base, ...(issue.path as (string | number)[])];
		const missing =
			['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code) &&
			valueAt(parsed.value, fullPath) === undefined;
		const message =
			issue.code === 'unrecognized_keys'
				? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
				: missing
					? 'is required'
					: (numberFormMessage(valueAt(parsed.value, fullPath)) ?? issue.message);
		const line = parsed.lineOf(fullPath);
		return { file, record: scoped.record, field: field || undefined, line, message };
	});
}

/** Validates a YAML list of records (sources, places, ...) record by record. */
function readList<S extends z.ZodType>(
	path: string,
	file: string,
	schema: S,
	problems: Problem[],
	ids: IdRef[]
): z.output<S>[] {
	const parsed = readYaml(path, file, problems);
	if (!parsed) return [];
	if (parsed.value === null || parsed.value === undefined) return [];
	if (!Array.isArray(parsed.value)) {
		problems.push({ file, message: 'must be a list of records (each starting with "- id: ...")' });
		return [];
	}
	const records: z.output<S>[] = [];
	parsed.value.forEach((item: unknown, index: number) => {
		const id = idOf(item);
		if (id) ids.push({ id, file, line: () => parsed.lineOf([index, 'id']) });
		const result = schema.safeParse(item);
		if (result.success) records.push(result.data);
		else problems.push(...issuesToProblems(result.error.issues, file, id ?? `#${index + 1}`, [index], parsed));
	});
	return records;
}

/** An id as written in a file, valid record or not: for duplicate and unknown-id checks. */
export interface IdRef {
	id: string;
	file: string;
	/** Asked only when the id has a problem: finding lines is the slow part of reading. */
	line: () => number | undefined;
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
	let v = value;
	for (const key of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
	return v;
}

function idOf(item: unknown): string | undefined {
	if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
	return undefined;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The ids an attack file refers to, read from the raw YAML so that an attack with a schema
 * error still gets its unknown sources, places and duplicate claims reported in the same run.
 */
interface AttackRefs {
	file: string;
	id: string;
	lineOf: ParsedFile['lineOf'];
	places: string[];
	weapons: string[];
	claims: { id?: string; source?: string; article?: string; places: string[]; weapons: string[] }[];
}

function attackRefs(raw: unknown, id: string, file: string, lineOf: ParsedFile['lineOf']): AttackRefs {
	const claims = valueAt(raw, ['claims']);
	return {
		file,
		id,
		lineOf,
		places: strings(valueAt(raw, ['places'])),
		weapons: strings(valueAt(raw, ['weapons'])),
		claims: (Array.isArray(claims) ? claims : []).map((c) => ({
			id: idOf(c),
			source: str(valueAt(c, ['source'])),
			article: str(valueAt(c, ['article'])),
			places: strings(valueAt(c, ['places'])),
			weapons: (Array.isArray(valueAt(c, ['weapons'])) ? (valueAt(c, ['weapons']) as unknown[]) : []).flatMap(
				(w) => str(valueAt(w, ['weapon'])) ?? []
			)
		}))
	};
}

/** Reads one attack file, checking that its id matches its file name and folder. */
function readAttack(
	path: string,
	file: string,
	problems: Problem[]
): { attack?: Attack; refs?: AttackRefs } {
	const parsed = readYaml(path, file, problems);
	if (!parsed) return {};
	if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
		problems.push({
			file,
			message:
				parsed.value === null || parsed.value === undefined
					? 'is empty: an attack file holds one attack (id, date, attacker, claims, ...)'
					: 'must hold one attack, its fields (id, date, attacker, claims, ...) one per line, not a list or a single value'
		});
		return {};
	}
	const stem = basename(path).replace(/\.ya?ml$/, '');
	const id = idOf(parsed.value) ?? stem;
	const refs = attackRefs(parsed.value, id, file, parsed.lineOf);
	// problems inside a claim name the claim (`attack/claim`) and the field within it
	const recordOf = (p: PropertyKey[]) => {
		if (p[0] === 'claims' && typeof p[1] === 'number') {
			return { record: `${id}/${refs.claims[p[1]]?.id ?? `#${p[1] + 1}`}`, path: p.slice(2) };
		}
		return { record: id, path: p };
	};
	const result = Attack.safeParse(parsed.value);
	if (!result.success) {
		problems.push(...issuesToProblems(result.error.issues, file, id, [], parsed, recordOf));
		return { refs };
	}
	const attack = result.data;
	const at = (field: string | undefined, message: string) =>
		problems.push({ file, record: id, field, line: field ? parsed.lineOf([field]) : undefined, message });
	if (attack.id !== stem) at('id', `must match the file name (${stem})`);
	if (!attack.id.startsWith(attack.date)) at('id', `must start with the attack's date (${attack.date})`);
	const folder = basename(join(path, '..'));
	if (/^\d{4}$/.test(folder) && folder !== attack.date.slice(0, 4)) {
		at(undefined, `is in folder ${folder} but dated ${attack.date}`);
	}
	return { attack, refs };
}

/**
 * The files of a list of records: `sources.yaml` and any `sources/*.yaml`, those that exist;
 * entries there that cannot be read go to `problems`.
 */
export function listFiles(
	dir: string,
	name: 'source' | 'article' | 'place' | 'weapon',
	problems: EntryProblem[] = []
): string[] {
	const top = join(dir, `${name}s.yaml`);
	const kind = listFileKind(top, dir);
	if (typeof kind === 'object') problems.push({ path: top, message: kind.problem });
	return [...(kind === 'file' ? [top] : []), ...yamlFiles(join(dir, `${name}s`), dir, problems)];
}

/** Reads a data folder: sources, articles, places, weapons and attacks. */
export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
	const problems: Problem[] = [];
	const root = join(dir, '..');
	const rel = (path: string) => relative(root, path);
	const files: string[] = [];
	const ids: Record<'source' | 'article' | 'place' | 'weapon', IdRef[]> = {
		source: [],
		article: [],
		place: [],
		weapon: []
	};
	const unreadable: EntryProblem[] = [];
	const list = <S extends z.ZodType>(name: keyof typeof ids, schema: S): z.output<S>[] => {
		const before = unreadable.length;
		const existing = listFiles(dir, name, unreadable);
		if (existing.length === 0 && unreadable.length === before) {
			problems.push({ file: rel(join(dir, `${name}s.yaml`)), message: 'is missing' });
		}
		files.push(...existing.map(rel));
		return existing.flatMap((p) => readList(p, rel(p), schema, problems, ids[name]));
	};

	const sources = list('source', Source);
	const articles = list('article', Article);
	const places = list('place', Place);
	const weapons = list('weapon', Weapon);
	const attackFiles = yamlFiles(join(dir, 'attacks'), dir, unreadable);
	files.push(...attackFiles.map(rel));
	problems.push(...unreadable.map((u) => ({ file: rel(u.path), message: u.message })));
	const read = attackFiles.map((p) => readAttack(p, rel(p), problems));
	const attacks = read.flatMap((r) => r.attack ?? []);

	const today = options.today ?? new Date().toISOString().slice(0, 10);
	problems.push(...checkIds(ids, read.flatMap((r) => r.refs ?? [])));
	problems.push(...checkDates(articles, read, ids.article, today));
	const periods = readPeriods(join(dir, 'periods'), rel, { files, problems, sources: ids.source, articles: ids.article, today });
	return { dataset: { sources, articles, places, weapons, attacks, periods }, problems: problems.map(boundProblem), files };
}

/** `data/sources.yaml:12`: where a record is, for a message about another. */
function where(ref: Pick<IdRef, 'file' | 'line'>): string {
	const line = ref.line();
	return line ? `${ref.file}:${line}` : ref.file;
}

/** Checks what no single record can: duplicate ids, and ids that name nothing. */
function checkIds(ids: Record<'source' | 'article' | 'place' | 'weapon', IdRef[]>, attacks: AttackRefs[]): Problem[] {
	const problems: Problem[] = [];
	const known = (kind: keyof typeof ids) => {
		const seen = new Map<string, IdRef>();
		for (const ref of ids[kind]) {
			const first = seen.get(ref.id);
			if (first) {
				problems.push({ file: ref.file, record: ref.id, field: 'id', line: ref.line(), message: `duplicate ${kind} id (first in ${where(first)})` });
			} else seen.set(ref.id, ref);
		}
		return seen;
	};
	const sources = known('source');
	const articles = known('article');
	const places = known('place');
	const weapons = known('weapon');

	const attackIds = new Map<string, AttackRefs>();
	for (const a of attacks) {
		const at = (record: string, path: (string | number)[], message: string) =>
			problems.push({ file: a.file, record, field: path.join('.'), line: a.lineOf(path), message });
		const first = attackIds.get(a.id);
		if (first) at(a.id, ['id'], `duplicate attack id (first in ${where({ file: first.file, line: () => first.lineOf(['id']) })})`);
		else attackIds.set(a.id, a);
		a.places.forEach((p, i) => places.has(p) || at(a.id, ['places', i], `unknown place "${p}"`));
		a.weapons.forEach((w, i) => weapons.has(w) || at(a.id, ['weapons', i], `unknown weapon "${w}"`));
		const claimIds = new Set<string>();
		a.claims.forEach((claim, c) => {
			const record = `${a.id}/${claim.id ?? `#${c + 1}`}`;
			const inClaim = (path: (string | number)[], message: string) =>
				problems.push({ file: a.file, record, field: path.join('.'), line: a.lineOf(['claims', c, ...path]), message });
			if (claim.id && claimIds.has(claim.id)) inClaim(['id'], 'duplicate claim id in this attack');
			if (claim.id) claimIds.add(claim.id);
			if (claim.source && !sources.has(claim.source)) inClaim(['source'], `unknown source "${claim.source}"`);
			if (claim.article && !articles.has(claim.article)) inClaim(['article'], `unknown article "${claim.article}"`);
			claim.places.forEach((p, i) => {
				if (!places.has(p)) inClaim(['places', i], `unknown place "${p}"`);
				else if (!a.places.includes(p)) inClaim(['places', i], `"${p}" is not one of the attack's places`);
			});
			claim.weapons.forEach((w, i) => weapons.has(w) || inClaim(['weapons', i, 'weapon'], `unknown weapon "${w}"`));
		});
	}
	return problems;
}

/** Dates after today: a typo for a past year, or a record filed before the event. */
function checkDates(
	articles: Article[],
	read: { attack?: Attack; refs?: AttackRefs }[],
	articleIds: IdRef[],
	today: string
): Problem[] {
	const problems: Problem[] = [];
	for (const { attack, refs } of read) {
		if (attack && refs && attack.date > today) {
			problems.push({ file: refs.file, record: attack.id, field: 'date', line: refs.lineOf(['date']), message: `${attack.date} is in the future` });
		}
	}
	for (const article of articles) {
		if (article.published && article.published > today) {
			const ref = articleIds.find((r) => r.id === article.id);
			problems.push({ file: ref?.file ?? 'articles.yaml', record: article.id, field: 'published', message: `${article.published} is in the future` });
		}
	}
	return problems;
}
