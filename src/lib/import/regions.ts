/**
 * Names of Ukrainian regions as the Air Force table writes them (`Kharkiv oblast`,
 * `Lutsk oblast`, `Kyiv`), mapped to ISO 3166-2:UA codes. A city or raion maps to the region
 * that contains it: that is geography, not a guess. A name that is not here is reported by the
 * importer, never matched loosely.
 */
import { parsePythonStringList } from './python-literal.ts';

/** ISO 3166-2:UA code → the names that mean that region (English spellings seen in the table). */
const regionNames: Record<string, string[]> = {
	'UA-05': ['Vinnytsia oblast', 'Vinnytsia region', 'Vinnytsia'],
	// the table sometimes names Volyn oblast after its capital, Lutsk
	'UA-07': ['Volyn oblast', 'Volyn region', 'Volyn', 'Lutsk oblast', 'Lutsk'],
	'UA-09': ['Luhansk oblast', 'Luhansk region', 'Luhansk'],
	'UA-12': [
		'Dnipropetrovsk oblast',
		'Dnipropetrovsk region',
		'Dnipropetrovsk oblas', // a typo in the 2025 table
		'Dnipro',
		'Dnipro Raion',
		'Kryvyi Rih',
		'Kryvyi Rih Raion',
		'Synelnykove Raion',
		'Pavlohrad',
		'Pavlohrad Raion',
		'Novomoskovsk Raion',
		'Kamianske',
		'Kamianske Raion',
		'Nikopol',
		'Nikopol Raion'
	],
	'UA-14': ['Donetsk oblast', 'Donetsk region', 'Kramatorsk', 'Sloviansk'],
	'UA-18': ['Zhytomyr oblast', 'Zhytomyr region', 'Zhytomyr'],
	'UA-21': ['Zakarpattia oblast', 'Zakarpattia region', 'Zakarpattia', 'Uzhhorod'],
	'UA-23': ['Zaporizhzhia oblast', 'Zaporizhzhia region', 'Zaporizhzhia'],
	'UA-26': ['Ivano-Frankivsk oblast', 'Ivano-Frankivsk region', 'Ivano-Frankivsk', 'Kolomyia'],
	'UA-30': ['Kyiv', 'Kyiv city'],
	'UA-32': ['Kyiv oblast', 'Kyiv region', 'Bila Tserkva'],
	'UA-35': ['Kirovohrad oblast', 'Kirovohrad region', 'Kropyvnytskyi'],
	'UA-40': ['Sevastopol'],
	'UA-43': ['Crimea', 'Autonomous Republic of Crimea'],
	'UA-46': ['Lviv oblast', 'Lviv region', 'Lviv'],
	'UA-48': ['Mykolaiv oblast', 'Mykolaiv region', 'Mykolaiv', 'Ochakiv'],
	// Snake Island (Zmiinyi) belongs to Izmail Raion of Odesa oblast
	'UA-51': ['Odesa oblast', 'Odesa region', 'Odesa', 'Izmail', 'Snake Island'],
	'UA-53': ['Poltava oblast', 'Poltava region', 'Poltava', 'Kremenchuk', 'Myrhorod', 'Myrhorod Raion'],
	'UA-56': ['Rivne oblast', 'Rivne region', 'Rivne'],
	'UA-59': ['Sumy oblast', 'Sumy region', 'Sumy'],
	'UA-61': ['Ternopil oblast', 'Ternopil region', 'Ternopil'],
	'UA-63': ['Kharkiv oblast', 'Kharkiv region', 'Kharkiv'],
	'UA-65': ['Kherson oblast', 'Kherson region', 'Kherson'],
	'UA-68': ['Khmelnytskyi oblast', 'Khmelnytskyi region', 'Khmelnytskyi', 'Starokostiantyniv'],
	'UA-71': ['Cherkasy oblast', 'Cherkasy region', 'Cherkasy'],
	'UA-74': ['Chernihiv oblast', 'Chernihiv region', 'Chernihiv'],
	'UA-77': ['Chernivtsi oblast', 'Chernivtsi region', 'Chernivtsi']
};

/** The 27 first-level regions of Ukraine (24 oblasts, Crimea, Kyiv and Sevastopol). */
export const regionCodes: readonly string[] = Object.keys(regionNames).sort();

/**
 * Words the table uses where it names no region: the whole country, the Air Force's
 * compass zones, the front. They are left out of an attack's places on purpose.
 */
const notRegions = [
	'Ukraine',
	'south',
	'north',
	'east',
	'west',
	'center',
	'centre',
	'south-east',
	'south-west',
	'north-east',
	'north-west',
	'front line'
];

/** Lower case, one space, straight apostrophes, no parenthesised detail (`Kyiv oblast (south)`). */
function normalise(name: string): string {
	return name
		.normalize('NFC')
		.replace(/[’ʼ`]/g, "'")
		.replace(/\s*\([^)]*\)\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

const codeByName = new Map<string, string>();
for (const [code, names] of Object.entries(regionNames)) {
	for (const name of names) codeByName.set(normalise(name), code);
}
const notRegionSet = new Set(notRegions.map(normalise));

export type RegionMatch = { kind: 'region'; code: string } | { kind: 'not-a-region' } | { kind: 'unknown' };

/** Maps one name to its ISO 3166-2:UA code, or says that it names no region, or that it is unknown. */
export function matchRegion(name: string): RegionMatch {
	const key = normalise(name);
	const code = codeByName.get(key);
	if (code) return { kind: 'region', code };
	if (notRegionSet.has(key)) return { kind: 'not-a-region' };
	return { kind: 'unknown' };
}

/**
 * Splits a place cell into names: a Python list (`['Kharkiv oblast', 'Sumy oblast']`) or free
 * text joined with "and" or commas (`Kharkiv oblast and Poltava oblast`, `Kryvyi Rih, Kharkiv`).
 */
export function placeNames(cell: string): string[] {
	const text = cell.trim();
	if (text === '') return [];
	const list = parsePythonStringList(text);
	const parts = list ?? text.split(/\s+and\s+|\s*,\s*/);
	return parts.map((p) => p.trim()).filter((p) => p !== '');
}
