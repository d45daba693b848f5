import type { Dataset } from './load.server.ts';
import { attackDetail, attackSummaries, type AttackSummary, type ClaimDetail } from './views.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { Place } from '../schema/place.ts';

export interface PlaceDetail {
	id: string;
	name: string;
	kind: Place['kind'];
	region: string;
	country: Place['country'];
	/** Other names and spellings, for readers searching for them. */
	aliases: string[];
	lat?: number;
	lon?: number;
	/** Attacks that hit or targeted the place, newest first: the `attackLimit` latest. */
	attacks: AttackSummary[];
	/** All attacks that hit or targeted the place. */
	attackCount: number;
	/** Claims that speak for the place (alone or with others), by attack. */
	claims: { attack: string; date: string; claim: ClaimDetail }[];
}

/** Attacks listed in full on a place page. */
export const attackLimit = 30;

/** Everything the place page shows. */
export function placeDetail(data: Dataset, id: string, lang: Lang): PlaceDetail | undefined {
	const place = data.places.find((p) => p.id === id);
	if (!place) return undefined;
	const hit = data.attacks.filter(
		(a) => a.places.includes(id) || a.claims.some((c) => c.places?.includes(id))
	);
	// years of nightly records name a city thousands of times: the page lists the latest
	// attacks in full and counts all of them; the downloads carry every claim
	const attacks = attackSummaries({ ...data, attacks: hit }, lang, attackLimit);
	const byId = new Map(hit.map((a) => [a.id, a]));
	const claims = attacks.flatMap((a) => {
		const detail = attackDetail(data, byId.get(a.id)!, lang);
		return detail.claimDetails
			.filter((c) => c.places.some((p) => p.id === id))
			.map((claim) => ({ attack: a.id, date: a.date, claim }));
	});
	const names = Object.values(place.names).filter((n): n is string => Boolean(n));
	return {
		id,
		name: localName(lang, place.names),
		kind: place.kind,
		region: place.region,
		country: place.country,
		aliases: [...new Set([...names, ...place.aliases])].filter((n) => n !== localName(lang, place.names)),
		...(place.lat !== undefined ? { lat: place.lat, lon: place.lon } : {}),
		attacks,
		attackCount: hit.length,
		claims
	};
}
