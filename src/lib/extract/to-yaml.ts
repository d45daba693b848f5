/**
 * Turns the candidates a curator accepted into record YAML that data/ takes as it is: a whole
 * attack file per night and attacker (new, or the existing file with the new claims added),
 * the article entry, and the entries of the sources the curator chose to add. Each is
 * validated with the same zod schemas as data/, and the problems are returned with their
 * field paths so the page can show them beside the YAML.
 */
import { parseDocument, stringify } from 'yaml';
import { Article } from '../schema/article.ts';
import type { Language } from '../schema/common.ts';
import { Attack } from '../schema/attack.ts';
import { formatFigure } from '../schema/figure.ts';
import { Source } from '../schema/source.ts';
import type { Candidate } from './extract.ts';

/** A source the curator adds from the page: an outlet, or an official the press named. */
export interface AddedSource {
	id: string;
	name: string;
	kind: 'media' | 'local_authority' | 'government' | 'military';
	side: 'UA' | 'RU' | 'other';
}

export interface YamlOptions {
	/** The text of existing attack files, by attack id, once the page has fetched them. */
	files?: ReadonlyMap<string, string>;
	/** Known place ids: a figure scoped to one of them becomes a claim for that place. */
	places?: ReadonlySet<string>;
	added?: AddedSource[];
}

/** An attack already in data/, to add claims to instead of starting a file. */
export interface ExistingAttack {
	id: string;
	date: string;
	attacker: 'RU' | 'UA';
	claimIds: string[];
}

export interface ArticleDraft {
	outlet?: string;
	title?: string;
	url?: string;
	date?: string;
	language: Language;
}

export interface YamlBlock {
	/** Where it goes: a new file's path, the existing attack file it replaces, or a list to append to. */
	path: string;
	/** A new attack file, the whole existing file with claims added, or entries to append. */
	kind: 'attack' | 'attack-edit' | 'article' | 'sources';
	yaml: string;
	/** Validation problems, "field: message", empty when the block is valid. */
	problems: string[];
	/** The existing attack whose file is still being fetched: the block is not ready yet. */
	waitingFor?: string;
}

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 5)
		.join('-');

/** The article's id: outlet, date and the first words of the title. */
export function articleId(a: ArticleDraft): string {
	return [slug(a.outlet ?? '') || 'unknown', a.date ?? 'undated', slug(a.title ?? '')]
		.filter(Boolean)
		.join('-');
}

/** A figure as a curator writes it: 420, ">420", "≥13", "~50", "≤30". */
const shortForm = (c: Candidate): number | string => (c.qualifier === 'exact' ? c.value : formatFigure(c));

/** The shortest text carrying every figure: spans close together are one phrase, others joined by "…". */
export function quoteOf(candidates: Candidate[], text: string): string {
	const spans = candidates
		.map((c) => ({ ...c.quote, where: c.where, quoteText: c.quoteText }))
		.sort((a, b) => a.start - b.start);
	const parts: string[] = [];
	let open: { start: number; end: number } | undefined;
	for (const s of spans) {
		if (s.where === 'title') {
			parts.push(s.quoteText);
			continue;
		}
		if (open && s.start - open.end <= 40 && !/[.!?\n]/.test(text.slice(open.end, s.start)))
			open.end = Math.max(open.end, s.end);
		else {
			if (open) parts.push(text.slice(open.start, open.end));
			open = { start: s.start, end: s.end };
		}
	}
	if (open) parts.push(text.slice(open.start, open.end));
	return [...new Set(parts.map((p) => p.replace(/\s+/g, ' ').trim()))].join(' … ');
}

const problemsOf = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) =>
	issues.map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);

/** Splits one source's candidates into claims: a second value for the same figure is a claim of its own. */
function claimsOf(
	candidates: Candidate[],
	articleIdValue: string,
	text: string,
	taken: Set<string>,
	knownPlaces?: ReadonlySet<string>
): Array<Record<string, unknown>> {
	// a figure for one place is a claim of its own, for that place
	const bySource = new Map<string, Candidate[][]>();
	for (const c of candidates) {
		const groupKey = c.scope ? `${c.source}@${c.scope}` : c.source;
		const groups = bySource.get(groupKey) ?? [];
		const key = (x: Candidate) => `${x.metric}/${x.weapon?.id ?? ''}/${x.weapon?.metric ?? ''}`;
		let group = groups.find(
			(g) => !g.some((x) => key(x) === key(c)) && g.every((x) => !!x.flag === !!c.flag)
		);
		if (!group) groups.push((group = []));
		group.push(c);
		bySource.set(groupKey, groups);
	}
	const claims: Array<Record<string, unknown>> = [];
	for (const groups of bySource.values()) {
		for (const group of groups) {
			const source = group[0].source;
			const scope = group[0].scope;
			const base = scope ? `${source}-${scope.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : source;
			let id = group.some((c) => c.flag) ? `${base}-headline` : base;
			for (let n = 2; taken.has(id); n++) id = `${source}-${n}`;
			taken.add(id);
			const figures: Record<string, number | string> = {};
			const weapons = new Map<string, Record<string, number | string>>();
			for (const c of group) {
				if (c.weapon) {
					const w = weapons.get(c.weapon.id) ?? { weapon: c.weapon.id };
					w[c.weapon.metric] = shortForm(c);
					weapons.set(c.weapon.id, w);
				} else figures[c.metric] = shortForm(c);
			}
			// "two Iskander-M missiles" and no other missiles: that is the claim's missile count too,
			// so the figure is not left in the breakdown alone; two types are not summed (not said)
			for (const c of group) {
				if (!c.weapon || figures[c.metric] !== undefined) continue;
				if (group.filter((x) => x.metric === c.metric).length === 1) figures[c.metric] = shortForm(c);
			}
			const scoped = scope !== undefined && knownPlaces?.has(scope);
			const places = scoped ? [scope] : [...new Set(group.flatMap((c) => c.places))];
			claims.push({
				id,
				source,
				article: articleIdValue,
				...(places.length ? { places } : {}),
				quote: quoteOf(group, text),
				figures,
				...(weapons.size ? { weapons: [...weapons.values()] } : {}),
				// a place the gazetteer does not know: said in words, for the curator to map
				...(scope && !scoped ? { note: `Figures for ${scope} only, not for the whole attack.` } : {})
			});
		}
	}
	return claims;
}

/**
 * The YAML for the accepted candidates: one whole attack file per night and attacker (new, or
 * the existing one with the claims added), the article entry for data/articles.yaml, and the
 * entries of the sources added on the page for data/sources.yaml.
 */
export function toYaml(
	accepted: Candidate[],
	text: string,
	article: ArticleDraft,
	existing: ExistingAttack[],
	knownSources: ReadonlySet<string>,
	options: YamlOptions = {}
): YamlBlock[] {
	const id = articleId(article);
	const articleRecord = {
		id,
		outlet: article.outlet?.trim() || 'Unknown outlet',
		...(article.title?.trim() ? { title: article.title.trim() } : {}),
		...(article.url?.trim() ? { url: article.url.trim() } : {}),
		...(article.date ? { published: article.date, published_precision: 'exact' } : {}),
		language: article.language
	};
	const blocks: YamlBlock[] = [
		{
			path: 'data/articles.yaml',
			kind: 'article',
			yaml: stringify([articleRecord], { lineWidth: 0 }),
			problems: problemsOf(Article.safeParse(articleRecord).error?.issues ?? [])
		}
	];
	const added = (options.added ?? []).filter((a) => accepted.some((c) => c.source === a.id));
	if (added.length > 0) {
		const records = added.map((a) => ({ id: a.id, name: { en: a.name }, side: a.side, kind: a.kind }));
		blocks.push({
			path: 'data/sources.yaml',
			kind: 'sources',
			yaml: stringify(records, { lineWidth: 0 }),
			problems: records.flatMap((r, i) =>
				problemsOf(Source.safeParse(r).error?.issues ?? []).map((p) => `${i}.${p}`)
			)
		});
	}
	const sources = new Set([...knownSources, ...added.map((a) => a.id)]);
	const groups = new Map<string, Candidate[]>();
	for (const c of accepted) {
		const key = `${c.date ?? article.date ?? ''}|${c.attacker ?? 'RU'}`;
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	for (const [key, group] of groups) {
		const [date, attacker] = key.split('|') as [string, 'RU' | 'UA'];
		const unknown = [...new Set(group.map((c) => c.source).filter((s) => !sources.has(s)))].map(
			(s) => `source: "${s}" is not in data/sources.yaml yet; add it (the button beside the figure)`
		);
		const places = [...new Set(group.flatMap((c) => c.places))];
		const weapons = [...new Set(group.flatMap((c) => (c.weapon ? [c.weapon.id] : [])))];
		const match = existing.find((a) => a.date === date && a.attacker === attacker);
		if (match) {
			blocks.push(editedFile(match, group, id, text, places, weapons, unknown, options));
			continue;
		}
		const attackId = `${date || 'YYYY-MM-DD'}-${attacker === 'RU' ? 'russian-strike-on-ukraine' : 'ukrainian-drone-attack-on-russia'}`;
		const record = {
			id: attackId,
			date,
			date_precision: 'inferred',
			date_note: 'Dated by the article’s publication date: check which night the article reports.',
			attacker,
			places,
			...(weapons.length ? { weapons } : {}),
			claims: claimsOf(group, id, text, new Set(), options.places)
		};
		blocks.push({
			path: `data/attacks/${date.slice(0, 4) || 'YYYY'}/${attackId}.yaml`,
			kind: 'attack',
			yaml: `${schemaLine}${stringify(record, { lineWidth: 0 })}`,
			problems: [...problemsOf(Attack.safeParse(record).error?.issues ?? []), ...unknown]
		});
	}
	return blocks;
}

const schemaLine = '# yaml-language-server: $schema=../../../static/schema/attack.schema.json\n';

/**
 * The existing attack file with the new claims appended, and the places and weapons they name
 * added to the attack's lists: the whole file, comments kept, to replace the old one.
 */
function editedFile(
	match: ExistingAttack,
	group: Candidate[],
	articleIdValue: string,
	text: string,
	places: string[],
	weapons: string[],
	unknown: string[],
	options: YamlOptions
): YamlBlock {
	const path = `data/attacks/${match.date.slice(0, 4)}/${match.id}.yaml`;
	const raw = options.files?.get(match.id);
	if (raw === undefined) return { path, kind: 'attack-edit', yaml: '', problems: [], waitingFor: match.id };
	const doc = parseDocument(raw);
	const claims = claimsOf(group, articleIdValue, text, new Set(match.claimIds), options.places);
	for (const [field, values] of [
		['places', places],
		['weapons', weapons]
	] as const) {
		const list =
			(doc.get(field) as { items?: Array<{ value?: unknown } | unknown> } | undefined)?.items ?? [];
		const have = new Set(list.map((i) => (i && typeof i === 'object' && 'value' in i ? i.value : i)));
		const missing = values.filter((v) => !have.has(v));
		if (missing.length === 0) continue;
		if (doc.has(field)) for (const v of missing) doc.addIn([field], v);
		else doc.set(field, doc.createNode(missing, { flow: true }));
	}
	for (const claim of claims) doc.addIn(['claims'], doc.createNode(claim));
	const yaml = doc.toString({ lineWidth: 0 });
	const parsed = Attack.safeParse(doc.toJS());
	return {
		path,
		kind: 'attack-edit',
		yaml,
		problems: [...problemsOf(parsed.error?.issues ?? []), ...unknown]
	};
}
