import type { Dataset } from './load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { DailyData } from '../stats/daily.ts';

/** Shapes the dataset for the daily charts in one language: only what the charts draw. */
export function dailyData(data: Dataset, lang: Lang): DailyData {
	const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
	const regionOf = new Map(data.places.map((p) => [p.id, p.region]));
	const attacks = [...data.attacks].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	return {
		sources: data.sources.map((s) => ({ id: s.id, name: localName(lang, s.name), side: s.side })),
		attacks: attacks.map((a) => ({ id: a.id, date: a.date, attacker: a.attacker })),
		claims: attacks.flatMap((attack, a) =>
			attack.claims
				.filter((c) => Object.keys(c.figures).length > 0)
				.map((claim) => ({
					attack: a,
					source: sourceIndex.get(claim.source)!,
					id: claim.id,
					quote: claim.quote,
					regions: [...new Set((claim.places ?? attack.places).map((p) => regionOf.get(p)!))],
					figures: claim.figures
				}))
		)
	};
}
