/**
 * Turns the candidates a curator accepted into record YAML: a new attack file per night and
 * attacker, or the claims to add to an attack that already exists, and the article entry.
 * Each is validated with the same zod schemas as data/, and the problems are returned with
 * their field paths so the page can show them beside the YAML.
 */
import { stringify } from 'yaml';
import { Article } from '../schema/article.ts';
import type { Language } from '../schema/common.ts';
import { Attack, Claim } from '../schema/attack.ts';
import { formatFigure } from '../schema/figure.ts';
import type { Candidate } from './extract.ts';

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
	/** Where it goes: a new file's path, or the existing attack file to add claims to. */
	path: string;
	kind: 'attack' | 'claims' | 'article';
	yaml: string;
	/** Validation problems, "field: message", empty when the block is valid. */
	problems: string[];
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
	taken: Set<string>
): Array<Record<string, unknown>> {
	const bySource = new Map<string, Candidate[][]>();
	for (const c of candidates) {
		const groups = bySource.get(c.source) ?? [];
		const key = (x: Candidate) => `${x.metric}/${x.weapon?.id ?? ''}/${x.weapon?.metric ?? ''}`;
		let group = groups.find(
			(g) => !g.some((x) => key(x) === key(c)) && g.every((x) => !!x.flag === !!c.flag)
		);
		if (!group) groups.push((group = []));
		group.push(c);
		bySource.set(c.source, groups);
	}
	const claims: Array<Record<string, unknown>> = [];
	for (const [source, groups] of bySource) {
		for (const group of groups) {
			let id = group.some((c) => c.flag) ? `${source}-headline` : source;
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
			const places = [...new Set(group.flatMap((c) => c.places))];
			claims.push({
				id,
				source,
				article: articleIdValue,
				...(places.length ? { places } : {}),
				quote: quoteOf(group, text),
				figures,
				...(weapons.size ? { weapons: [...weapons.values()] } : {})
			});
		}
	}
	return claims;
}

/**
 * The YAML for the accepted candidates: one block per night and attacker (a new attack file,
 * or claims for an existing attack), and the article entry for data/articles.yaml.
 */
export function toYaml(
	accepted: Candidate[],
	text: string,
	article: ArticleDraft,
	existing: ExistingAttack[],
	knownSources: ReadonlySet<string>
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
	const groups = new Map<string, Candidate[]>();
	for (const c of accepted) {
		const key = `${c.date ?? article.date ?? ''}|${c.attacker ?? 'RU'}`;
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	for (const [key, group] of groups) {
		const [date, attacker] = key.split('|') as [string, 'RU' | 'UA'];
		const unknown = [...new Set(group.map((c) => c.source).filter((s) => !knownSources.has(s)))].map(
			(s) =>
				`source: "${s}" is not in data/sources.yaml yet; add it there (an outlet is a source of kind media)`
		);
		const match = existing.find((a) => a.date === date && a.attacker === attacker);
		if (match) {
			const claims = claimsOf(group, id, text, new Set(match.claimIds));
			const problems = claims.flatMap((c, i) =>
				problemsOf(Claim.safeParse(c).error?.issues ?? []).map((p) => `claims.${i}.${p}`)
			);
			blocks.push({
				path: `data/attacks/${date.slice(0, 4)}/${match.id}.yaml`,
				kind: 'claims',
				yaml: stringify(claims, { lineWidth: 0 }),
				problems: [...problems, ...unknown]
			});
			continue;
		}
		const attackId = `${date || 'YYYY-MM-DD'}-${attacker === 'RU' ? 'russian-strike-on-ukraine' : 'ukrainian-drone-attack-on-russia'}`;
		const weapons = [...new Set(group.flatMap((c) => (c.weapon ? [c.weapon.id] : [])))];
		const record = {
			id: attackId,
			date,
			date_precision: 'inferred',
			date_note: 'Dated by the article’s publication date: check which night the article reports.',
			attacker,
			places: [...new Set(group.flatMap((c) => c.places))],
			...(weapons.length ? { weapons } : {}),
			claims: claimsOf(group, id, text, new Set())
		};
		blocks.push({
			path: `data/attacks/${date.slice(0, 4) || 'YYYY'}/${attackId}.yaml`,
			kind: 'attack',
			yaml: `# yaml-language-server: $schema=../../../static/schema/attack.schema.json\n${stringify(record, { lineWidth: 0 })}`,
			problems: [...problemsOf(Attack.safeParse(record).error?.issues ?? []), ...unknown]
		});
	}
	return blocks;
}
