import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import type { Dataset } from '../../src/lib/data/load.server.ts';
import { curationStats } from '../../src/lib/data/curation-stats.ts';
import { Attack, Place } from '../../src/lib/schema/index.ts';
import { notePrefix } from '../../src/lib/import/claims.ts';

/**
 * Issue 18's targets, counted on the bundled data/. The floors are the values when this test was
 * written; raise them as curated nights land, so that a merge or a re-import cannot silently
 * lose curated nights, settlements with a figure or the sources beside the Air Force.
 */
const floors = { curatedNights: 69, settlementsWithFigure: 38, medianSourcesBesidesAirForce: 4 };

describe('curation targets on data/', () => {
	const { dataset, problems } = loadDataset(resolve(import.meta.dirname, '../../data'));
	const stats = curationStats(dataset);

	it('loads data/ without problems', () => {
		expect(problems).toEqual([]);
	});
	it('keeps at least the curated nights, settlements and sources it had', () => {
		expect(stats.curatedNights).toBeGreaterThanOrEqual(floors.curatedNights);
		expect(stats.settlementsWithFigure).toBeGreaterThanOrEqual(floors.settlementsWithFigure);
		expect(stats.medianSourcesBesidesAirForce).toBeGreaterThanOrEqual(floors.medianSourcesBesidesAirForce);
	});
});

describe('curationStats', () => {
	const place = (id: string, kind: 'settlement' | 'region') =>
		Place.parse({
			id,
			kind,
			names: { en: id },
			country: 'UA',
			region: 'UA-30',
			...(kind === 'settlement' ? { lat: 50, lon: 30 } : {})
		});
	const claim = (id: string, source: string, extra: Record<string, unknown> = {}) => ({
		id,
		source,
		article: 'a',
		quote: 'q',
		figures: { killed: 1 },
		...extra
	});
	const attack = (date: string, places: string[], claims: ReturnType<typeof claim>[]) =>
		Attack.parse({ id: `${date}-x`, date, date_precision: 'exact', attacker: 'RU', places, claims });
	const dataset: Dataset = {
		sources: [],
		articles: [],
		weapons: [],
		places: [place('kyiv', 'settlement'), place('odesa', 'settlement'), place('ua-30', 'region')],
		attacks: [
			// Imported only: not a curated night, but its settlement has a figure.
			attack('2025-01-01', ['odesa'], [claim('af', 'ua-air-force', { note: `${notePrefix} x` })]),
			// Curated: mayor and police beside the Air Force and an air command (2 sources).
			attack(
				'2025-01-02',
				['kyiv', 'ua-30'],
				[
					claim('af', 'ua-air-force', { note: `${notePrefix} x` }),
					claim('south', 'ua-air-command-south', { places: [] }),
					claim('mayor', 'kyiv-mayor', { places: ['kyiv'] }),
					claim('police', 'ua-national-police', { places: ['ua-30'], figures: {} })
				]
			),
			// Curated: four sources, one without figures (a statement still counts as a source).
			attack(
				'2025-01-03',
				[],
				[
					claim('a', 'zelensky', { places: [] }),
					claim('b', 'ru-mod', { places: [], figures: {} }),
					claim('c', 'reuters', { places: [] }),
					claim('d', 'il-post', { places: [] })
				]
			)
		]
	};

	it('counts nights with a curator’s claim, settlements with a figure and the median of other sources', () => {
		expect(curationStats(dataset)).toEqual({
			curatedNights: 2,
			settlementsWithFigure: 2,
			medianSourcesBesidesAirForce: 3
		});
	});
	it('gives zero for an empty dataset', () => {
		expect(curationStats({ ...dataset, attacks: [] })).toEqual({
			curatedNights: 0,
			settlementsWithFigure: 0,
			medianSourcesBesidesAirForce: 0
		});
	});
});
