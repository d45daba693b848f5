import type { Dataset } from './load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { DailyData } from '../stats/daily.ts';
import type { QualifiedFigure } from '../schema/figure.ts';

/** Shapes the dataset for the daily charts in one language: only what the charts draw. */
export function dailyData(data: Dataset, lang: Lang): DailyData {
	const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
	const regionOf = new Map(data.places.map((p) => [p.id, p.region]));
	// only weapon types some claim breaks its launches down by reach the browser
	const used = [...new Set(data.attacks.flatMap((a) => a.claims.flatMap((c) => c.weapons.filter((w) => w.launched).map((w) => w.weapon))))];
	const weaponIndex = new Map(used.map((id, i) => [id, i]));
	const weaponById = new Map(data.weapons.map((w) => [w.id, w]));
	const attacks = [...data.attacks].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	return {
		sources: data.sources.map((s) => ({ id: s.id, name: localName(lang, s.name), side: s.side })),
		weapons: used.map((id) => {
			const w = weaponById.get(id)!;
			return { id, name: w.name, category: w.category };
		}),
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
					figures: claim.figures,
					launchedByType: claim.weapons.flatMap((w) =>
						w.launched ? [[weaponIndex.get(w.weapon)!, w.launched] as [number, QualifiedFigure]] : []
					)
				}))
		)
	};
}
