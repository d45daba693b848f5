import type { Dataset } from './load.server.ts';
import { localName, type Lang } from '../i18n/index.ts';
import type { DailyData } from '../stats/daily.ts';
import { dailyColumns, dailyQuotes, dailyTable, type DailyColumns, type DailyTable } from '../stats/daily-columns.ts';
import type { QualifiedFigure } from '../schema/figure.ts';
import { countedFigures, countedLaunches } from '../stats/counted.ts';

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
		// figures as they count: a night's waves of one source added on its first claim, a
		// superseded report's left out (counted.ts), so the charts never keep the larger silently
		claims: attacks.flatMap((attack, a) => {
			const counted = countedFigures(attack);
			const launches = countedLaunches(attack);
			return attack.claims
				.filter((c) => Object.keys(counted.get(c)!).length > 0)
				.map((claim) => ({
					attack: a,
					source: sourceIndex.get(claim.source)!,
					id: claim.id,
					quote: claim.quote,
					regions: [...new Set((claim.places ?? attack.places).map((p) => regionOf.get(p)!))],
					figures: counted.get(claim)!,
					launchedByType: [...launches.get(claim)!].map(
						([weapon, figure]) => [weaponIndex.get(weapon)!, figure] as [number, QualifiedFigure]
					)
				}));
		})
	};
}

const shaped = new WeakMap<Dataset, Partial<Record<Lang, DailyData>>>();

/**
 * `dailyData` once per dataset and language: the daily pages, their embeds and the files below
 * share it (each had shaped every claim again, three times in English per build).
 */
export function dailyDataOf(data: Dataset, lang: Lang): DailyData {
	let byLang = shaped.get(data);
	if (!byLang) shaped.set(data, (byLang = {}));
	return (byLang[lang] ??= dailyData(data, lang));
}

/** What the daily files and pages share, whatever their language: shaped once per dataset. */
interface Neutral {
	columns: DailyColumns;
	table: DailyTable;
	quotes: Map<string, string[]>;
}
const neutral = new WeakMap<Dataset, Neutral>();

/**
 * The daily data as /data/daily.json writes it and the browser reads it back, and the claims'
 * words by month: the build draws the first views from the same table the browser filters.
 */
export function dailyFiles(data: Dataset): Neutral {
	let hit = neutral.get(data);
	if (!hit) {
		// names are the only words in a language, and the files carry none but weapon types'
		const daily = dailyDataOf(data, 'en');
		const columns = dailyColumns(daily);
		neutral.set(data, (hit = { columns, table: dailyTable(columns), quotes: dailyQuotes(daily) }));
	}
	return hit;
}
