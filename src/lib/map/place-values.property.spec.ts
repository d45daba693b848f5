import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifiers, type QualifiedFigure } from '../schema/figure.ts';
import { metrics } from '../schema/metrics.ts';
import type { Filter } from './filter.ts';
import { mapColumns, qualifierCodes } from './map-columns.ts';
import type { MapData, MapRow } from './map-data.ts';
import { indexColumns, indexMapData } from './map-index.ts';
import { placeValues } from './place-values.ts';
import { placeValuesReference } from './place-values.reference.ts';

// `placeValues` scans typed arrays and `placeValuesReference` (the first implementation) row
// objects: on any data, both must give the same places, counts and intervals, with qualified
// figures and figures not said among them

const regions = ['UA-30', 'UA-63', 'RU-STA'];
const dates = ['2024-01-01', '2024-01-02', '2024-02-10', '2024-02-11', '2025-06-30'];

/**
 * Random map data. `dense`: few places, two metrics and values up to 3, so that one source's
 * several claims on one attack and place, and equal figures with different qualifiers (the
 * tie rules, per place and per source), come up in most runs rather than in a few.
 */
const mapDataArb = (dense: boolean): fc.Arbitrary<MapData> => {
	const figure: fc.Arbitrary<QualifiedFigure> = fc.record({
		// small values so that equal values with different qualifiers (the tie rule) come up often
		value: dense
			? fc.integer({ min: 0, max: 3 })
			: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1_000_000 })),
		qualifier: fc.constantFrom(...qualifiers)
	});
	const metricArb = dense
		? fc.constantFrom('killed' as const, 'injured' as const)
		: fc.constantFrom(...metrics);
	const figures = fc.dictionary(metricArb, figure, { maxKeys: dense ? 2 : 4 });
	return fc
		.record({
			// place ids out of alphabetical order, as a language's name order leaves them
			places: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: dense ? 2 : 8 }),
			placeRegions: fc.array(fc.constantFrom(...regions), { minLength: 8, maxLength: 8 }),
			nSources: fc.integer({ min: 1, max: 4 }),
			attacks: fc.array(
				fc.record({
					date: fc.constantFrom(...dates),
					attacker: fc.constantFrom('RU' as const, 'UA' as const),
					// each claim: its source, the places it speaks for (by index, taken modulo), figures
					claims: fc.array(
						fc.record({
							source: fc.nat(),
							places: fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1, maxLength: dense ? 2 : 3 }),
							figures
						}),
						{ maxLength: dense ? 8 : 5 }
					),
					unclaimed: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 })
				}),
				{ maxLength: 12 }
			)
		})
		.map(({ places, placeRegions, nSources, attacks }) => {
			const sorted = attacks
				.map((a, i) => ({ ...a, id: `${a.date}-attack-${i}` }))
				.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
			const rows: MapRow[] = [];
			sorted.forEach((attack, a) => {
				attack.claims.forEach((claim, c) => {
					const at = [...new Set(claim.places.map((p) => p % places.length))];
					for (const place of at) {
						const sole = at.length === 1;
						rows.push({
							attack: a,
							place,
							source: claim.source % nSources,
							claim: c,
							sole,
							figures: sole ? claim.figures : {}
						});
					}
				});
				for (const p of attack.unclaimed)
					rows.push({ attack: a, place: p % places.length, source: -1, claim: -1, sole: false, figures: {} });
			});
			return {
				places: places.map((id, i) => ({
					id,
					name: id,
					kind: 'settlement' as const,
					region: placeRegions[i],
					country: 'UA' as const
				})),
				sources: Array.from({ length: nSources }, (_, i) => ({ id: `source-${i}`, name: `Source ${i}` })),
				attacks: sorted.map(({ id, date, attacker }) => ({ id, date, attacker })),
				rows
			};
		});
};

const filterArb = (dense: boolean): fc.Arbitrary<Filter> =>
	fc.record({
		from: fc.constantFrom('', ...dates, '2024-01-15', '2026-01-01'),
		to: fc.constantFrom('', ...dates, '2024-01-15', '2023-01-01'),
		attacker: fc.constantFrom('all' as const, 'RU' as const, 'UA' as const),
		// an unknown id (a hand-edited link) filters nothing
		source: fc.constantFrom('all', 'source-0', 'source-1', 'source-3', 'unknown'),
		// dense data gives two metrics: filters mostly ask for those
		metric: dense
			? fc.constantFrom('attacks' as const, 'killed' as const, 'injured' as const)
			: fc.constantFrom('attacks' as const, ...metrics),
		region: fc.constantFrom('', ...regions),
		by: fc.constant('night' as const)
	});

/** Values in place order: the reference lists places in the order it first meets them. */
const byPlace = <T extends { place: number }>(values: T[]) => [...values].sort((a, b) => a.place - b.place);

describe('placeValues against the reference implementation', () => {
	// sparse and dense data, each through the index of the map data (as the build computes the
	// first view) and through the later data file (JSON, matched by id, as the browser does)
	for (const dense of [false, true]) {
		const data = dense ? 'dense data' : 'sparse data';
		it(`gives the same places, counts and intervals from the index of the map data (${data})`, () => {
			fc.assert(
				fc.property(mapDataArb(dense), filterArb(dense), (map, filter) => {
					expect(placeValues(indexMapData(map), filter)).toEqual(byPlace(placeValuesReference(map, filter)));
				}),
				{ numRuns: 1000 }
			);
		});

		it(`gives the same from the later data file, through JSON and matched by id (${data})`, () => {
			fc.assert(
				fc.property(mapDataArb(dense), filterArb(dense), (map, filter) => {
					const columns = JSON.parse(JSON.stringify(mapColumns(map)));
					const index = indexColumns({ places: map.places, sources: map.sources }, columns);
					expect(placeValues(index, filter)).toEqual(byPlace(placeValuesReference(map, filter)));
				}),
				{ numRuns: 1000 }
			);
		});
	}

	// one index answers many filters (its sums are built on the first and kept): a filter must
	// not see what an earlier one built or left behind
	it('gives the same for a run of filters on one index', () => {
		fc.assert(
			fc.property(
				mapDataArb(true),
				fc.array(filterArb(true), { minLength: 2, maxLength: 6 }),
				(map, filters) => {
					const index = indexMapData(map);
					for (const filter of filters)
						expect(placeValues(index, filter)).toEqual(byPlace(placeValuesReference(map, filter)));
				}
			),
			{ numRuns: 300 }
		);
	});

	// the tie rule: of two figures with the same value, the first in record order counts, so
	// "more than 3" then "3" is at least 4, and "3" then "more than 3" is exactly 3
	it('keeps the first of equal figures, as the reference does', () => {
		const base = (first: QualifiedFigure, second: QualifiedFigure): MapData => ({
			places: [{ id: 'kyiv', name: 'Kyiv', kind: 'settlement', region: 'UA-30', country: 'UA' }],
			sources: [
				{ id: 'a', name: 'A' },
				{ id: 'b', name: 'B' }
			],
			attacks: [{ id: 'x', date: '2024-01-01', attacker: 'RU' }],
			rows: [
				{ attack: 0, place: 0, source: 0, claim: 0, sole: true, figures: { killed: first } },
				{ attack: 0, place: 0, source: 1, claim: 1, sole: true, figures: { killed: second } }
			]
		});
		const filter: Filter = {
			from: '',
			to: '',
			attacker: 'all',
			source: 'all',
			metric: 'killed',
			region: '',
			by: 'night'
		};
		const exact = { value: 3, qualifier: 'exact' } as const;
		const more = { value: 3, qualifier: 'more_than' } as const;
		// the same rule within one source's claims, when the reader picks that source
		const twice = (first: QualifiedFigure, second: QualifiedFigure): MapData => {
			const map = base(first, second);
			return { ...map, rows: map.rows.map((row) => ({ ...row, source: 0 })) };
		};
		for (const [data, f] of [
			[base, filter],
			[twice, { ...filter, source: 'a' }]
		] as const) {
			const value = (first: QualifiedFigure, second: QualifiedFigure) =>
				placeValues(indexMapData(data(first, second)), f)[0].value;
			expect(value(more, exact)).toEqual({ lo: 4, hi: Infinity, approx: false });
			expect(value(exact, more)).toEqual({ lo: 3, hi: 3, approx: false });
		}
	});

	it('codes qualifiers in the schema order', () => {
		expect([...qualifierCodes]).toEqual([...qualifiers]);
	});
});
