/**
 * `/data/places.geojson`: each attacked place, as a GeoJSON Feature with its
 * names, region, the number of attacks that hit or targeted it, and each metric's sum by
 * source. A figure counts for a place only when its claim speaks for that place alone, the
 * map's rule: a national total is not split among the places its attack names. Sums are
 * intervals, as everywhere in Salvo: "at least 13" plus 2 is { min: 15, max: null }.
 * A settlement is a Point at its coordinates; a whole region (most of the Air Force's claims
 * speak for regions) has no point of its own, and Salvo does not invent one: its feature has
 * a null geometry (RFC 7946, 3.2), so its figures are in the file and no map draws a false dot.
 */
import type { Dataset } from '../data/load.server.ts';
import { eachClaimRecord } from '../data/claims.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import { metrics, type Metric } from '../schema/metrics.ts';
import { sumFigures } from '../stats/interval.ts';

/** A sum of figures: `max` null when open upwards ("at least"), `approximate` when any was "about". */
export interface FigureSum {
	min: number;
	max: number | null;
	approximate: boolean;
	/** How many claims gave a figure to the sum. */
	claims: number;
}

export interface PlaceProperties {
	id: string;
	kind: 'settlement' | 'region';
	name_en: string;
	name_it?: string;
	name_uk?: string;
	name_ru?: string;
	country: string;
	/** ISO 3166-2. */
	region: string;
	geonames_id?: number;
	/** Attacks that hit or targeted the place. */
	attacks: number;
	first_night: string;
	last_night: string;
	/** Metric → source → the sum of the source's figures for this place alone. */
	figures: Partial<Record<Metric, Record<string, FigureSum>>>;
}

export interface PlacesGeoJson {
	type: 'FeatureCollection';
	features: {
		type: 'Feature';
		id: string;
		geometry: { type: 'Point'; coordinates: [number, number] } | null;
		properties: PlaceProperties;
	}[];
}

/** The places that some attack names, with their figures. */
export function placesGeoJson(data: Dataset): PlacesGeoJson {
	const nights = new Map<string, string[]>();
	for (const attack of data.attacks) {
		for (const place of new Set(attack.places)) {
			const list = nights.get(place) ?? [];
			list.push(attack.date);
			nights.set(place, list);
		}
	}
	// place → metric → source → figures
	const given = new Map<string, Map<Metric, Map<string, QualifiedFigure[]>>>();
	for (const claim of eachClaimRecord(data)) {
		if (claim.places.length !== 1) continue;
		const place = claim.places[0];
		for (const metric of metrics) {
			const figure = claim.figures[metric];
			if (!figure) continue;
			const byMetric = given.get(place) ?? new Map<Metric, Map<string, QualifiedFigure[]>>();
			given.set(place, byMetric);
			const bySource = byMetric.get(metric) ?? new Map<string, QualifiedFigure[]>();
			byMetric.set(metric, bySource);
			bySource.set(claim.source, [...(bySource.get(claim.source) ?? []), figure]);
		}
	}
	const features = data.places.flatMap((place) => {
		const dates = nights.get(place.id);
		if (!dates) return [];
		dates.sort();
		const figures: PlaceProperties['figures'] = {};
		for (const metric of metrics) {
			const bySource = given.get(place.id)?.get(metric);
			if (!bySource) continue;
			figures[metric] = Object.fromEntries(
				[...bySource]
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([source, list]) => {
						const sum = sumFigures(list)!;
						return [
							source,
							{
								min: sum.lo,
								max: sum.hi === Infinity ? null : sum.hi,
								approximate: sum.approx,
								claims: list.length
							}
						];
					})
			);
		}
		const { names } = place;
		return [
			{
				type: 'Feature' as const,
				id: place.id,
				geometry:
					place.lat !== undefined && place.lon !== undefined
						? { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] }
						: null,
				properties: {
					id: place.id,
					kind: place.kind,
					name_en: names.en,
					...(names.it ? { name_it: names.it } : {}),
					...(names.uk ? { name_uk: names.uk } : {}),
					...(names.ru ? { name_ru: names.ru } : {}),
					country: place.country,
					region: place.region,
					...(place.geonames_id ? { geonames_id: place.geonames_id } : {}),
					attacks: dates.length,
					first_night: dates[0],
					last_night: dates[dates.length - 1],
					figures
				}
			}
		];
	});
	return { type: 'FeatureCollection', features };
}
