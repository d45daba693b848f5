/**
 * What the map pages ship to the browser: places with projected positions, and one row per
 * (claim, place it speaks for) with the claim's figures. Compact and pre-shaped at build time;
 * the browser filters it with `placeValues`, a pure function.
 */
import type { Dataset } from '../data/load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { Country } from '../schema/common.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import type { MapMetric } from './filter.ts';
import { metrics } from '../schema/metrics.ts';

export type FigureMetric = Exclude<MapMetric, 'attacks'>;
export const figureMetrics: readonly FigureMetric[] = metrics;

export interface MapPlace {
	id: string;
	name: string;
	kind: 'settlement' | 'region';
	/** ISO 3166-2 region: a settlement's region, or the region itself. */
	region: string;
	country: Country;
	/** Position in map coordinates (settlements only). */
	x?: number;
	y?: number;
}

export interface MapRow {
	/** Index into `attacks`. */
	attack: number;
	/** Index into `places`. */
	place: number;
	/** Index into `sources`; -1 for a place the attack names but no claim speaks for. */
	source: number;
	/**
	 * The claim's position in its attack's record (`claims[i]`), which ties each figure to its
	 * claim, quote and article; -1 as for `source`.
	 */
	claim: number;
	/**
	 * True when the claim speaks for this place alone, so its figures are this place's. A
	 * nationwide tally naming five regions is not split among them: that would invent numbers.
	 */
	sole: boolean;
	figures: Partial<Record<FigureMetric, QualifiedFigure>>;
}

export interface MapData {
	/** In alphabetical order of their names (rows and values refer to places by index). */
	places: MapPlace[];
	sources: { id: string; name: string }[];
	attacks: { id: string; date: string; attacker: Country }[];
	rows: MapRow[];
}

type Project = (lon: number, lat: number) => [number, number];
// prerendering asks for the same shape on the overview, the map and every place page
const shaped = new WeakMap<Dataset['attacks'], Map<string, { project: Project; map: MapData }>>();

/** Shapes the dataset for the map in one language; `project` gives map coordinates. */
export function mapData(data: Dataset, lang: Lang, project: Project): MapData {
	let byLang = shaped.get(data.attacks);
	if (!byLang) shaped.set(data.attacks, (byLang = new Map()));
	const hit = byLang.get(lang);
	if (hit && hit.project === project) return hit.map;
	const map = shapeMapData(data, lang, project);
	byLang.set(lang, { project, map });
	return map;
}

/** Places and sources without attacks and rows: enough to draw values computed elsewhere. */
export function withoutRows(map: MapData): MapData {
	return { ...map, attacks: [], rows: [] };
}

/**
 * The map data a place page needs: the rows of that place, and only the attacks they refer
 * to (re-indexed), so a city's page does not carry every attack of the dataset.
 */
export function mapDataForPlace(map: MapData, placeId: string): MapData {
	const place = map.places.findIndex((p) => p.id === placeId);
	const rows = map.rows.filter((r) => r.place === place);
	const used = [...new Set(rows.map((r) => r.attack))].sort((a, b) => a - b);
	const index = new Map(used.map((a, i) => [a, i]));
	return {
		...map,
		attacks: used.map((a) => map.attacks[a]),
		rows: rows.map((r) => ({ ...r, attack: index.get(r.attack)! }))
	};
}

function shapeMapData(data: Dataset, lang: Lang, project: Project): MapData {
	// places in alphabetical order of their names in this language: the browser breaks ties by
	// index instead of localeCompare, whose first call loads locale data during hydration
	const byName = [...data.places]
		.map((p) => ({ p, name: localName(lang, p.names) }))
		.sort((a, b) => a.name.localeCompare(b.name) || a.p.id.localeCompare(b.p.id))
		.map(({ p }) => p);
	const placeIndex = new Map(byName.map((p, i) => [p.id, i]));
	const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
	const attacks = [...data.attacks].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const rows: MapRow[] = [];
	attacks.forEach((attack, a) => {
		attack.claims.forEach((claim, c) => {
			const places = claim.places ?? attack.places;
			const figures: MapRow['figures'] = {};
			for (const m of figureMetrics) if (claim.figures[m]) figures[m] = claim.figures[m];
			for (const id of places) {
				rows.push({
					attack: a,
					place: placeIndex.get(id)!,
					source: sourceIndex.get(claim.source)!,
					claim: c,
					sole: places.length === 1,
					figures: places.length === 1 ? figures : {}
				});
			}
		});
		// places the attack names but no claim speaks for still count as attacked
		const covered = new Set(attack.claims.flatMap((c) => c.places ?? attack.places));
		for (const id of attack.places) {
			if (!covered.has(id)) {
				rows.push({ attack: a, place: placeIndex.get(id)!, source: -1, claim: -1, sole: false, figures: {} });
			}
		}
	});
	return {
		places: byName.map((p) => {
			const base = {
				id: p.id,
				name: localName(lang, p.names),
				kind: p.kind,
				region: p.region,
				country: p.country
			};
			if (p.lat === undefined || p.lon === undefined) return base;
			const [x, y] = project(p.lon, p.lat);
			return { ...base, x, y };
		}),
		sources: data.sources.map((s) => ({ id: s.id, name: localName(lang, s.name) })),
		attacks: attacks.map((a) => ({ id: a.id, date: a.date, attacker: a.attacker })),
		rows
	};
}
