/**
 * Tells drones from missiles and bombs. Salvo's catalogue (`weapons.yaml` of the folder
 * imported into) is the authority: a model is known when it is a weapon's id, name or alias,
 * and takes that weapon's category. The publisher's models table (`missiles_and_uavs.csv`),
 * when given, is checked against it, so a catalogue entry that contradicts the publisher is
 * caught rather than silently mis-summing drones as missiles.
 */
import { parse } from 'csv-parse/sync';
import type { Weapon } from '../schema/index.ts';

export type Category = Weapon['category'];

export interface CatalogueIndex {
	/** Weapon for a normalised name. */
	byName: Map<string, Weapon>;
	/** Aliases that point at two weapons: the catalogue must be fixed before importing. */
	problems: string[];
}

/** Case, spacing and Unicode form do not tell models apart; letters (Latin X vs Cyrillic Х) do. */
export function normaliseModel(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function indexCatalogue(weapons: Weapon[]): CatalogueIndex {
	const byName = new Map<string, Weapon>();
	const problems: string[] = [];
	for (const weapon of weapons) {
		for (const name of new Set([weapon.id, weapon.name, ...weapon.aliases].map(normaliseModel))) {
			const other = byName.get(name);
			if (other && other.id !== weapon.id) {
				problems.push(`weapons.yaml: "${name}" names both ${other.id} and ${weapon.id}`);
				continue;
			}
			byName.set(name, weapon);
		}
	}
	return { byName, problems };
}

export function classify(model: string, index: CatalogueIndex): Weapon | undefined {
	return index.byName.get(normaliseModel(model));
}

/** One row of the publisher's models table. */
export interface ModelInfo {
	model: string;
	/** The table's category: `UAV`, `cruise missile`, `guided bomb`, ... */
	tableCategory: string;
	/** What that category means in Salvo's terms, when it is clear. */
	category?: Category;
}

/** The publisher's categories in Salvo's terms: `UAV` is a drone, anything "missile" a missile. */
export function categoryOfTable(tableCategory: string): Category | undefined {
	const c = tableCategory.trim().toLowerCase();
	if (c === 'uav' || c.includes('drone')) return 'drone';
	if (c.includes('bomb')) return 'bomb';
	if (c.includes('missile') || c.includes('ballistic')) return 'missile';
	return undefined;
}

/** Reads `missiles_and_uavs.csv`: needs its `model` and `category` columns. */
export function readModelsTable(text: string): { models: ModelInfo[]; problem?: string } {
	let records: string[][];
	try {
		records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true }) as string[][];
	} catch (error) {
		return { models: [], problem: `is not a readable CSV table: ${(error as Error).message}` };
	}
	const header = (records[0] ?? []).map((h) => h.trim());
	const modelAt = header.indexOf('model');
	const categoryAt = header.indexOf('category');
	if (modelAt < 0 || categoryAt < 0) {
		return {
			models: [],
			problem: 'is not the models table (missiles_and_uavs.csv): it needs the columns "model" and "category"'
		};
	}
	const models = records
		.slice(1)
		.map((r) => ({ model: (r[modelAt] ?? '').trim(), tableCategory: (r[categoryAt] ?? '').trim() }))
		.filter((m) => m.model !== '')
		.map((m) => ({ ...m, category: categoryOfTable(m.tableCategory) }));
	return { models };
}

/** Disagreements between the publisher's categories and the catalogue's: each one fails the import. */
export function checkAgainstModels(models: ModelInfo[], index: CatalogueIndex): string[] {
	const problems: string[] = [];
	for (const m of models) {
		const weapon = classify(m.model, index);
		if (!weapon || !m.category) continue;
		if (weapon.category !== m.category) {
			problems.push(
				`"${m.model}" is a ${m.category} in the models table ("${m.tableCategory}") but ${weapon.id} is a ${weapon.category} in weapons.yaml`
			);
		}
	}
	return problems;
}
