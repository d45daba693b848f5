/**
 * Pure functions that shape the dataset into what one page draws, in one language. Pages get
 * only these shapes from `load`, never the raw records.
 */
import type { Dataset } from './load.server.ts';
import { targetOf } from './claims.ts';
import { formatNight, localName, t, type Lang } from '../i18n/index.ts';
import type { Country } from '../schema/common.ts';
import type { DatePrecision } from '../schema/article.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import type { Attack, Claim } from '../schema/attack.ts';
import { spreadOf } from '../stats/compare.ts';
import { partsOf, wholes } from '../stats/parts.ts';
import { sourceFigure } from '../stats/sources.ts';

export interface PlaceRef {
	id: string;
	name: string;
}

export interface ClaimSummary {
	key: string;
	source: string;
	/** Figures the claim gives, in the catalogue's metric order. */
	figures: [Metric, QualifiedFigure][];
}

export interface AttackSummary {
	id: string;
	date: string;
	datePrecision: DatePrecision;
	attacker: Country;
	target: Country;
	places: PlaceRef[];
	claims: ClaimSummary[];
}

/**
 * One lookup per dataset and language: every prerendered page asks for one, and building the
 * maps of every article anew per page made the build quadratic in the number of attacks.
 */
// keyed by the articles list, not the dataset: views pass `{ ...data, attacks: some }` copies
// that share the reference lists
const lookups = new WeakMap<Dataset['articles'], Partial<Record<Lang, Lookup>>>();
function lookupFor(data: Dataset, lang: Lang): Lookup {
	let byLang = lookups.get(data.articles);
	if (!byLang) lookups.set(data.articles, (byLang = {}));
	return (byLang[lang] ??= new Lookup(data, lang));
}

class Lookup {
	private readonly sources: Map<string, Dataset['sources'][number]>;
	private readonly places: Map<string, Dataset['places'][number]>;
	readonly articles: Map<string, Dataset['articles'][number]>;
	readonly weapons: Map<string, Dataset['weapons'][number]>;

	private readonly lang: Lang;

	constructor(data: Dataset, lang: Lang) {
		this.lang = lang;
		this.sources = new Map(data.sources.map((s) => [s.id, s]));
		this.places = new Map(data.places.map((p) => [p.id, p]));
		this.articles = new Map(data.articles.map((a) => [a.id, a]));
		this.weapons = new Map(data.weapons.map((w) => [w.id, w]));
	}

	sourceName(id: string): string {
		const source = this.sources.get(id);
		return source ? localName(this.lang, source.name) : id;
	}

	source(id: string) {
		return this.sources.get(id);
	}

	place(id: string): PlaceRef {
		const place = this.places.get(id);
		return { id, name: place ? localName(this.lang, place.names) : id };
	}
}

function givenFigures(claim: Claim): [Metric, QualifiedFigure][] {
	return metrics.flatMap((m) => (claim.figures[m] ? [[m, claim.figures[m]] as [Metric, QualifiedFigure]] : []));
}

function newestFirst(a: Attack, b: Attack): number {
	return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** The overview's list: attacks newest first (the `limit` newest), with each source's figures. */
export function attackSummaries(data: Dataset, lang: Lang, limit = Infinity): AttackSummary[] {
	const lookup = lookupFor(data, lang);
	return [...data.attacks].sort(newestFirst).slice(0, limit).map((attack) => ({
		id: attack.id,
		date: attack.date,
		datePrecision: attack.date_precision,
		attacker: attack.attacker,
		target: targetOf(attack.attacker),
		places: attack.places.map((p) => lookup.place(p)),
		claims: attack.claims.map((claim) => ({
			key: `${attack.id}/${claim.id}`,
			source: lookup.sourceName(claim.source),
			figures: givenFigures(claim)
		}))
	}));
}

export interface ClaimDetail {
	id: string;
	/** `partOf`: the name of the source this one is a part of (a regional command's whole). */
	source: { id: string; name: string; side: string; kind: string; person?: string; partOf?: string };
	/** An earlier claim of the same source this one updates or adds a wave to, and why. */
	follows?: { claim: string; as: 'later_report' | 'second_wave'; why: string };
	/** The claim whose later report supersedes this one's figures. */
	supersededBy?: string;
	article: {
		outlet: string;
		title?: string;
		url?: string;
		reference?: string;
		published?: string;
		publishedPrecision?: DatePrecision;
		language: string;
		via?: string;
	};
	places: PlaceRef[];
	quote: string;
	figures: Partial<Record<Metric, QualifiedFigure>>;
	weapons: {
		weapon: string;
		launched?: QualifiedFigure;
		intercepted?: QualifiedFigure;
		suppressed?: QualifiedFigure;
	}[];
	note?: string;
}

export interface MetricComparison {
	metric: Metric;
	/** One cell per claim, in claim order; `undefined` where the claim does not give the metric. */
	cells: (QualifiedFigure | undefined)[];
	min: number;
	max: number;
	disagree: boolean;
}

export interface AttackDetail extends AttackSummary {
	dateNote?: string;
	/** A curator's one-line summary in the UI language, when there is one. */
	summary?: string;
	weapons: string[];
	claimDetails: ClaimDetail[];
	/** Only the metrics some claim gives. */
	comparison: MetricComparison[];
}

/** Sources with more than one claim on an attack (an outlet's headline and its body): their claims are told apart by id. */
export function repeatedSources(attack: Pick<AttackDetail, 'claimDetails'>): Set<string> {
	const ids = attack.claimDetails.map((c) => c.source.id);
	return new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
}

/** Everything the attack page shows: the claims side by side, and each claim in full. */
export function attackDetail(data: Dataset, attack: Attack, lang: Lang): AttackDetail {
	const lookup = lookupFor(data, lang);
	const summary = attackSummaries({ ...data, attacks: [attack] }, lang)[0];
	const parts = partsOf(data.sources);
	const sources = [...new Set(attack.claims.map((c) => c.source))];
	const comparison = metrics.flatMap((metric): MetricComparison[] => {
		// one figure per source, as it counts (waves added, later reports standing), and the
		// regional commands left out beside their whole: a part is never set against a whole
		const given = sources.flatMap((source) => {
			const figure = sourceFigure(attack, source, metric)?.figure;
			return figure ? [{ key: source, figure }] : [];
		});
		const compared = wholes(given, (g) => g.key, parts);
		const onlyParts = compared.length > 1 && compared.every((g) => parts.has(g.key));
		const spread = spreadOf(compared);
		if (!spread) return [];
		// parts of different regions alone are not rival figures either
		if (onlyParts) spread.disagree = false;
		return [
			{
				metric,
				cells: attack.claims.map((c) => c.figures[metric]),
				min: spread.min,
				max: spread.max,
				disagree: spread.disagree
			}
		];
	});
	const claimDetails = attack.claims.map((claim): ClaimDetail => {
		const source = lookup.source(claim.source);
		const article = lookup.articles.get(claim.article);
		const later = attack.claims.find(
			(c) => c.source === claim.source && c.follows?.as === 'later_report' && c.follows.claim === claim.id
		);
		return {
			id: claim.id,
			source: {
				id: claim.source,
				name: lookup.sourceName(claim.source),
				side: source?.side ?? 'other',
				kind: source?.kind ?? 'media',
				...(source?.person ? { person: localName(lang, source.person) } : {}),
				...(source?.part_of ? { partOf: lookup.sourceName(source.part_of) } : {})
			},
			...(claim.follows ? { follows: { ...claim.follows } } : {}),
			...(later ? { supersededBy: later.id } : {}),
			article: {
				outlet: article?.outlet ?? claim.article,
				// a post has no headline: it is named by whose post and which night
				title:
					article?.title ??
					(article?.reference
						? t(lang, 'article.postOfNight', {
								who: lookup.sourceName(claim.source),
								night: formatNight(lang, attack.date)
							})
						: undefined),
				url: article?.url,
				reference: article?.reference,
				published: article?.published,
				publishedPrecision: article?.published_precision,
				language: article?.language ?? 'en',
				via: article?.via
			},
			places: (claim.places ?? attack.places).map((p) => lookup.place(p)),
			quote: claim.quote,
			figures: claim.figures,
			weapons: claim.weapons.map((w) => ({ ...w, weapon: lookup.weapons.get(w.weapon)?.name ?? w.weapon })),
			...(claim.note ? { note: claim.note } : {})
		};
	});
	return {
		...summary,
		...(attack.date_note ? { dateNote: attack.date_note } : {}),
		...(attack.summary ? { summary: (lang === 'it' ? attack.summary.it : undefined) ?? attack.summary.en } : {}),
		weapons: attack.weapons.map((w) => lookup.weapons.get(w)?.name ?? w),
		claimDetails,
		comparison
	};
}

/** One line per attack for the index of all attacks: date, sides and who spoke. */
export function attackIndex(data: Dataset, lang: Lang) {
	const lookup = lookupFor(data, lang);
	return [...data.attacks].sort(newestFirst).map((a) => ({
		id: a.id,
		date: a.date,
		attacker: a.attacker,
		target: targetOf(a.attacker),
		/** Names of the sources that made claims, once each. */
		sources: [...new Set(a.claims.map((c) => lookup.sourceName(c.source)))]
	}));
}
