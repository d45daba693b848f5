/**
 * The development set of real articles: the gold figures in gold.yaml, the texts from a folder
 * outside the repository, and the score of an extraction against them. Zeros ("no casualties")
 * are left out on both sides: whether a zero speaks for the whole attack is the curator's call.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extract, type Candidate, type Lang, type Matchers } from '../../src/lib/extract/extract.ts';
import type { Gazetteer } from '../../src/lib/extract/gazetteer.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface GoldFigure {
	metric: string;
	value: number;
	qualifier: string;
	/** A known source id, `local` (an official sources.yaml does not know) or `outlet` (nobody named). */
	source: string;
	weapon?: string;
	/** Set when the figure is for one place only (a city, a region), not for the whole attack. */
	scope?: string;
}

export interface DevPassage {
	id: string;
	url: string;
	outlet: string;
	lang: 'it' | 'en' | 'uk' | 'ru';
	/** Scored apart: annotated after the rules were written, never used to tune them. */
	holdout?: boolean;
	text: string;
	figures: GoldFigure[];
}

export interface Tally {
	tp: number;
	fp: number;
	fn: number;
	sourceRight: number;
	scopeRight: number;
}

/** Reads gold.yaml and the texts found in `folder`; ids without a text are returned as missing. */
export function loadDevSet(folder: string): { passages: DevPassage[]; missing: string[] } {
	const gold = parse(readFileSync(join(here, 'gold.yaml'), 'utf8')) as Array<Omit<DevPassage, 'text'>>;
	const passages: DevPassage[] = [];
	const missing: string[] = [];
	for (const g of gold) {
		const path = join(folder, `${g.id}.txt`);
		if (!existsSync(path)) {
			missing.push(g.id);
			continue;
		}
		// the first two lines name the page and the outlet; the passage follows
		const text = readFileSync(path, 'utf8').replace(/^URL:.*\n(?:OUTLET:.*\n)?/u, '');
		passages.push({ ...g, text, figures: g.figures ?? [] });
	}
	return { passages, missing };
}

const describe = (f: { metric: string; value: number; qualifier: string; weapon?: string }) =>
	`${f.metric} ${f.qualifier} ${f.value}${f.weapon ? ` (${f.weapon})` : ''}`;

function sourceRight(c: Candidate, g: GoldFigure, officials: Set<string>): boolean {
	if (g.source === 'local' || g.source === 'outlet') return !officials.has(c.source);
	return c.source === g.source;
}

/** Scores an extraction of every passage against its gold figures, per metric. */
export function scoreDev(passages: DevPassage[], matchers: Matchers, gazetteer: Gazetteer) {
	// a local official's or the outlet's figure is right unless it went to a national source (the Air Force, a ministry, the president)
	const officials = new Set(
		gazetteer.sources.filter((s) => s.kind === 'military' || s.kind === 'government').map((s) => s.id)
	);
	const tallies = new Map<string, Tally>();
	const tally = (metric: string) => {
		let t = tallies.get(metric);
		if (!t) tallies.set(metric, (t = { tp: 0, fp: 0, fn: 0, sourceRight: 0, scopeRight: 0 }));
		return t;
	};
	const perPassage: Array<{ id: string; missed: string[]; wrong: string[] }> = [];
	for (const p of passages) {
		const lang: Lang | undefined = p.lang === 'ru' ? undefined : p.lang;
		const candidates = extract(p.text, { outlet: p.outlet, lang }, matchers).candidates.filter(
			(c) => !c.flag && c.value !== 0
		);
		const used = new Set<number>();
		const missed: string[] = [];
		const wrong: string[] = [];
		for (const g of p.figures.filter((f) => f.value !== 0)) {
			const i = candidates.findIndex(
				(c, k) =>
					!used.has(k) &&
					c.metric === g.metric &&
					c.value === g.value &&
					c.qualifier === g.qualifier &&
					(g.weapon === undefined || c.weapon?.id === g.weapon)
			);
			if (i < 0) {
				tally(g.metric).fn++;
				missed.push(describe(g));
				continue;
			}
			used.add(i);
			const t = tally(g.metric);
			t.tp++;
			if (sourceRight(candidates[i], g, officials)) t.sourceRight++;
			else wrong.push(`source ${candidates[i].source} for ${describe(g)} (gold ${g.source})`);
			if ((candidates[i].scope !== undefined) === (g.scope !== undefined)) t.scopeRight++;
			else
				wrong.push(
					`scope ${candidates[i].scope ?? 'whole attack'} for ${describe(g)} (gold ${g.scope ?? 'whole attack'})`
				);
		}
		candidates.forEach((c, k) => {
			if (used.has(k)) return;
			tally(c.metric).fp++;
			wrong.push(`proposed ${describe({ ...c, weapon: c.weapon?.id })}: «${c.quoteText}»`);
		});
		perPassage.push({ id: p.id, missed, wrong });
	}
	return { tallies, passages: perPassage };
}
