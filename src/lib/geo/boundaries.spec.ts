import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
	attribution,
	countryFeatures,
	countryOutline,
	regionAt,
	regionCodes,
	regionFeatures,
	regionName,
	ukraineOutline
} from './boundaries.ts';
import topology from './boundaries.json' with { type: 'json' };

const UKRAINE_CODES = [
	'UA-05',
	'UA-07',
	'UA-09',
	'UA-12',
	'UA-14',
	'UA-18',
	'UA-21',
	'UA-23',
	'UA-26',
	'UA-30',
	'UA-32',
	'UA-35',
	'UA-40',
	'UA-43',
	'UA-46',
	'UA-48',
	'UA-51',
	'UA-53',
	'UA-56',
	'UA-59',
	'UA-61',
	'UA-63',
	'UA-65',
	'UA-68',
	'UA-71',
	'UA-74',
	'UA-77'
];

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];

const region = (code: string) => regionFeatures().features.find((f) => f.properties.code === code)!;

describe('region codes', () => {
	it('has every Ukrainian oblast, city and Crimea, each drawn and Ukrainian', () => {
		const ukrainian = regionFeatures().features.filter((f) => f.properties.country === 'UA');
		expect(ukrainian.map((f) => f.properties.code).sort()).toEqual(UKRAINE_CODES);
	});

	it('has no duplicate codes and only ISO 3166-2 shaped ones', () => {
		const codes = regionCodes();
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(/^(UA-\d\d|RU-[A-Z]{2,3})$/);
	});

	it('lists all 83 Russian federal subjects, drawn or not, with English names', () => {
		const russian = regionCodes().filter((c) => c.startsWith('RU-'));
		expect(russian).toHaveLength(83);
		expect(russian).toEqual(
			expect.arrayContaining([
				'RU-STA',
				'RU-AD',
				'RU-KDA',
				'RU-BEL',
				'RU-KRS',
				'RU-BRY',
				'RU-MOS',
				'RU-MOW',
				'RU-ROS',
				'RU-IRK'
			])
		);
		expect(regionName('RU-MOW')).toBe('Moscow');
		expect(regionName('UA-30')).toBe('Kyiv');
		expect(regionName('RU-IRK')).toBe('Irkutsk'); // listed though not drawn
		expect(regionFeatures().features.some((f) => f.properties.code === 'RU-IRK')).toBe(false);
	});

	it('has no region of Russia in Crimea', () => {
		expect(regionCodes()).not.toContain('RU-CR');
		expect(regionCodes()).not.toContain('RU-SEV');
	});
});

describe('regionAt', () => {
	it('puts Crimea and Sevastopol in Ukraine', () => {
		expect(regionAt(...SIMFEROPOL)).toBe('UA-43');
		expect(regionAt(...SEVASTOPOL)).toBe('UA-40');
	});

	it('tells Kyiv city from Kyiv oblast', () => {
		expect(regionAt(...KYIV)).toBe('UA-30');
		expect(geoContains(region('UA-32'), KYIV)).toBe(false); // the oblast has a hole for the city
		expect(regionAt(30.11, 49.8)).toBe('UA-32'); // Bila Tserkva
	});

	it('finds cities in their regions', () => {
		expect(regionAt(36.23, 49.99)).toBe('UA-63'); // Kharkiv
		expect(regionAt(33.39, 47.91)).toBe('UA-12'); // Kryvyi Rih
		expect(regionAt(30.73, 46.48)).toBe('UA-51'); // Odesa
		expect(regionAt(44.14, 44.78)).toBe('RU-STA'); // Budyonnovsk
		expect(regionAt(36.59, 50.6)).toBe('RU-BEL'); // Belgorod
		expect(regionAt(...MOSCOW)).toBe('RU-MOW');
		expect(regionAt(56.04, 54.74)).toBe('RU-BA'); // Ufa
	});

	it('returns undefined at sea, abroad and east of the drawn extent', () => {
		expect(regionAt(34, 43.5)).toBeUndefined(); // Black Sea
		expect(regionAt(27.56, 53.9)).toBeUndefined(); // Minsk
		expect(regionAt(104.3, 52.29)).toBeUndefined(); // Irkutsk: listed, not drawn
	});
});

describe('country outlines', () => {
	it('merges Crimea into Ukraine and keeps it out of Russia', () => {
		const russia = countryOutline('RU')!;
		for (const p of [SIMFEROPOL, SEVASTOPOL]) {
			expect(geoContains(ukraineOutline(), p)).toBe(true);
			expect(geoContains(russia, p)).toBe(false);
		}
		expect(geoContains(ukraineOutline(), KYIV)).toBe(true);
		expect(geoContains(ukraineOutline(), MOSCOW)).toBe(false);
		expect(geoContains(russia, MOSCOW)).toBe(true);
	});

	it('has outlines of plausible size (rings not inverted)', () => {
		const km2 = (f: Parameters<typeof geoArea>[0]) => geoArea(f) * 6371 ** 2;
		expect(km2(ukraineOutline())).toBeGreaterThan(560_000); // 603,628 km²
		expect(km2(ukraineOutline())).toBeLessThan(650_000);
		for (const f of regionFeatures().features) expect(km2(f)).toBeLessThan(1_000_000);
	});

	it('has the neighbours, named and coded, and no world-atlas Ukraine or Russia', () => {
		const isos = countryFeatures().features.map((f) => f.properties.iso);
		expect(new Set(isos).size).toBe(isos.length);
		expect(isos).toEqual(expect.arrayContaining(['UA', 'RU', 'BY', 'PL', 'MD', 'RO', 'GE', 'KZ', 'TR']));
		expect(countryOutline('BY')?.properties.name).toBe('Belarus');
		for (const f of countryFeatures().features) {
			expect(geoContains(f, SIMFEROPOL)).toBe(f.properties.iso === 'UA');
		}
	});
});

describe('boundaries.json', () => {
	it('stays small and credits Natural Earth', () => {
		// measured as shipped (bundlers inline JSON compactly), whatever the file's formatting
		expect(Buffer.byteLength(JSON.stringify(topology))).toBeLessThan(150_000);
		expect(attribution).toMatch(/Natural Earth/);
	});
});
