/**
 * Reads and validates a data folder (server-only: build time and CLI). Every problem is
 * collected, never thrown one at a time, so a curator sees all of them at once; valid records
 * are kept and returned beside the problems, and nothing is clamped or dropped silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { Article, Attack, Place, Source, Weapon } from '../schema/index.ts';
import type { Problem } from './problems.ts';

export interface Dataset {
	sources: Source[];
	articles: Article[];
	places: Place[];
	weapons: Weapon[];
	attacks: Attack[];
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lists `*.yaml` files below a folder, sorted so that problems come out in a stable order. */
function yamlFiles(dir: string): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return entries.flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return yamlFiles(path);
		return name.endsWith('.yaml') || name.endsWith('.yml') ? [path] : [];
	});
}

interface ParsedFile {
	value: unknown;
	/** Line of the node at a path, for messages. */
	lineOf: (path: (string | number)[]) => number | undefined;
}

/** Parses one YAML file, reporting encoding and syntax errors with their line. */
function readYaml(path: string, file: string, problems: Problem[]): ParsedFile | undefined {
	let text: string;
	try {
		text = utf8.decode(readFileSync(path));
	} catch {
		problems.push({ file, message: 'is not valid UTF-8 text' });
		return undefined;
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = lineCounter.linePos(error.pos[0]).line;
			problems.push({ file, line, message: `YAML syntax: ${error.message.split('\n')[0]}` });
		}
		return undefined;
	}
	return {
		value: doc.toJS({ maxAliasCount: 100 }),
		lineOf: (p) => {
			const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
			return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
		}
	};
}

/** Turns zod issues for one record into problems naming the record and the field. */
function issuesToProblems(
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
		const message =
			issue.code === 'unrecognized_keys'
				? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
				: issue.code === 'invalid_type' && issue.input === undefined
					? 'is required'
					: issue.message;
		const line = parsed.lineOf([...base, ...(issue.path as (string | number)[])]);
		return { file, record: scoped.record, field: field || undefined, line, message };
	});
}

/** Validates a YAML list of records (sources, places, ...) record by record. */
function readList<S extends z.ZodType>(
	path: string,
	file: string,
	schema: S,
	problems: Problem[]
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
		const id = idOf(item) ?? `#${index + 1}`;
		const result = schema.safeParse(item);
		if (result.success) records.push(result.data);
		else problems.push(...issuesToProblems(result.error.issues, file, id, [index], parsed));
	});
	return records;
}

function idOf(item: unknown): string | undefined {
	if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
	return undefined;
}

/** Reads one attack file, checking that its id matches its file name and folder. */
function readAttack(path: string, file: string, problems: Problem[]): Attack | undefined {
	const parsed = readYaml(path, file, problems);
	if (!parsed) return undefined;
	const stem = basename(path).replace(/\.ya?ml$/, '');
	const id = idOf(parsed.value) ?? stem;
	const claims = (parsed.value as { claims?: unknown })?.claims;
	// problems inside a claim name the claim (`attack/claim`) and the field within it
	const recordOf = (p: PropertyKey[]) => {
		if (p[0] === 'claims' && typeof p[1] === 'number' && Array.isArray(claims)) {
			return { record: `${id}/${idOf(claims[p[1]]) ?? `#${p[1] + 1}`}`, path: p.slice(2) };
		}
		return { record: id, path: p };
	};
	const result = Attack.safeParse(parsed.value);
	if (!result.success) {
		problems.push(...issuesToProblems(result.error.issues, file, id, [], parsed, recordOf));
		return undefined;
	}
	const attack = result.data;
	if (attack.id !== stem) {
		problems.push({ file, record: id, field: 'id', message: `must match the file name (${stem})` });
	}
	if (!attack.id.startsWith(attack.date)) {
		problems.push({ file, record: id, field: 'id', message: `must start with the attack's date (${attack.date})` });
	}
	const folder = basename(join(path, '..'));
	if (/^\d{4}$/.test(folder) && folder !== attack.date.slice(0, 4)) {
		problems.push({ file, record: id, message: `is in folder ${folder} but dated ${attack.date}` });
	}
	return attack;
}

/** Reads a data folder: sources, articles, places, weapons and attacks. */
export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
	const problems: Problem[] = [];
	const root = join(dir, '..');
	const rel = (path: string) => relative(root, path);
	const files: string[] = [];
	const list = <S extends z.ZodType>(name: string, schema: S, required: boolean): z.output<S>[] => {
		const paths = [join(dir, `${name}.yaml`), ...yamlFiles(join(dir, name))];
		const existing = paths.filter((p) => {
			try {
				return statSync(p).isFile();
			} catch {
				return false;
			}
		});
		if (required && existing.length === 0) problems.push({ file: rel(paths[0]), message: 'is missing' });
		files.push(...existing.map(rel));
		return existing.flatMap((p) => readList(p, rel(p), schema, problems));
	};

	const sources = list('sources', Source, true);
	const articles = list('articles', Article, true);
	const places = list('places', Place, true);
	const weapons = list('weapons', Weapon, true);
	const attackFiles = yamlFiles(join(dir, 'attacks'));
	files.push(...attackFiles.map(rel));
	const attacks = attackFiles.flatMap((p) => readAttack(p, rel(p), problems) ?? []);

	const dataset = { sources, articles, places, weapons, attacks };
	problems.push(...crossCheck(dataset, attackFiles.map(rel), rel, dir, options));
	return { dataset, problems, files };
}

/** Checks what no single record can: unknown and duplicate ids, dates in the future. */
function crossCheck(
	data: Dataset,
	attackFiles: string[],
	rel: (path: string) => string,
	dir: string,
	options: LoadOptions
): Problem[] {
	const problems: Problem[] = [];
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const fileOf = (name: string) => rel(join(dir, `${name}.yaml`));

	const idSet = (name: string, records: { id: string }[]) => {
		const seen = new Set<string>();
		for (const r of records) {
			if (seen.has(r.id)) problems.push({ file: fileOf(name), record: r.id, field: 'id', message: `duplicate ${name.replace(/s$/, '')} id` });
			seen.add(r.id);
		}
		return seen;
	};
	const sources = idSet('sources', data.sources);
	const articles = idSet('articles', data.articles);
	const places = idSet('places', data.places);
	const weapons = idSet('weapons', data.weapons);

	const attackIds = new Set<string>();
	data.attacks.forEach((attack) => {
		const file = attackFiles.find((f) => f.endsWith(`/${attack.id}.yaml`)) ?? rel(join(dir, 'attacks'));
		const at = (record: string, field: string, message: string) => problems.push({ file, record, field, message });
		if (attackIds.has(attack.id)) at(attack.id, 'id', 'duplicate attack id');
		attackIds.add(attack.id);
		if (attack.date > today) at(attack.id, 'date', `${attack.date} is in the future`);
		attack.places.forEach((p, i) => places.has(p) || at(attack.id, `places.${i}`, `unknown place "${p}"`));
		attack.weapons.forEach((w, i) => weapons.has(w) || at(attack.id, `weapons.${i}`, `unknown weapon "${w}"`));
		const claimIds = new Set<string>();
		for (const claim of attack.claims) {
			const record = `${attack.id}/${claim.id}`;
			if (claimIds.has(claim.id)) at(record, 'id', 'duplicate claim id in this attack');
			claimIds.add(claim.id);
			if (!sources.has(claim.source)) at(record, 'source', `unknown source "${claim.source}"`);
			if (!articles.has(claim.article)) at(record, 'article', `unknown article "${claim.article}"`);
			claim.places?.forEach((p, i) => {
				if (!places.has(p)) at(record, `places.${i}`, `unknown place "${p}"`);
				else if (!attack.places.includes(p)) at(record, `places.${i}`, `"${p}" is not one of the attack's places`);
			});
			claim.weapons.forEach((w, i) => weapons.has(w.weapon) || at(record, `weapons.${i}.weapon`, `unknown weapon "${w.weapon}"`));
		}
	});
	for (const article of data.articles) {
		if (article.published && article.published > today) {
			problems.push({ file: fileOf('articles'), record: article.id, field: 'published', message: `${article.published} is in the future` });
		}
	}
	return problems;
}
