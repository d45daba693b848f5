/**
 * The daily claims file against the objects it replaces: written and read back (through JSON,
 * as the browser gets it), every claim keeps its attack, source, regions, figures and launches
 * by type, and its words are found in its month's file. The series computed from it are
 * checked against a plain reference in daily-reference.spec.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { qualifierCodes } from '../map/map-columns.ts';
import { qualifiers, type QualifiedFigure } from '../schema/figure.ts';
import { metrics } from '../schema/metrics.ts';
import { loadDataset } from '../data/load.server.ts';
import { dailyData } from '../data/daily-data.ts';
import type { DailyClaim, DailyData } from './daily.ts';
import {
	dailyColumns,
	dailyQuotes,
	dailyTable,
	dailyTableOf,
	quoteAt,
	type DailyTable
} from './daily-columns.ts';

const figure: fc.Arbitrary<QualifiedFigure> = fc.record({
	value: fc.integer({ min: 0, max: 1_000_000 }),
	qualifier: fc.constantFrom(...qualifiers)
});
const regions = ['UA-63', 'UA-30', 'RU-BEL', 'UA-46'];
const dateOf = (day: number) => new Date(Date.UTC(2024, 11, 1) + day * 86_400_000).toISOString().slice(0, 10);

const dataset: fc.Arbitrary<DailyData> = fc
	.record({
		sources: fc.integer({ min: 1, max: 12 }),
		weapons: fc.array(fc.constantFrom('drone' as const, 'missile' as const, 'bomb' as const), {
			maxLength: 5
		}),
		// nights across months, in any order (the aggregation does not need them sorted)
		days: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 30 }),
		claims: fc.array(
			fc.record({
				attack: fc.nat(),
				source: fc.nat(),
				regions: fc.subarray(regions),
				figures: fc.dictionary(fc.constantFrom(...metrics), figure, { maxKeys: 5 }),
				byType: fc.array(fc.tuple(fc.nat(), figure), { maxLength: 3 }),
				quote: fc.string({ maxLength: 40 })
			}),
			{ maxLength: 80 }
		)
	})
	.map(({ sources, weapons, days, claims }): DailyData => ({
		sources: Array.from({ length: sources }, (_, i) => ({
			id: `s${i}`,
			name: `S${i}`,
			side: 'other' as const
		})),
		weapons: weapons.map((category, i) => ({ id: `w${i}`, name: `W${i}`, category })),
		attacks: days.map((day, i) => ({ id: `a${i}`, date: dateOf(day), attacker: i % 3 ? 'RU' : 'UA' })),
		claims: claims.map((c, i): DailyClaim => ({
			attack: c.attack % days.length,
			source: c.source % sources,
			id: `c${i}`,
			quote: c.quote,
			regions: c.regions,
			figures: c.figures,
			launchedByType: weapons.length
				? c.byType.map(([w, f]): [number, QualifiedFigure] => [w % weapons.length, f])
				: []
		}))
	}));

/** A claim of the table as the objects spelled it. */
function claimOf(table: DailyTable, claim: number) {
	const figures: Partial<Record<string, QualifiedFigure>> = {};
	for (const [metric, column] of Object.entries(table.figures))
		column.claim.forEach((c, r) => {
			if (c === claim)
				figures[metric] = { value: column.value[r], qualifier: qualifierCodes[column.qualifier[r]] };
		});
	const byType = table.launchedByType;
	const launchedByType: [number, QualifiedFigure][] = [];
	byType.claim.forEach((c, r) => {
		if (c === claim)
			launchedByType.push([
				byType.weapon[r],
				{ value: byType.value[r], qualifier: qualifierCodes[byType.qualifier[r]] }
			]);
	});
	return {
		attack: table.claimAttack[claim],
		source: table.claimSource[claim],
		regions: table.regionSets[table.claimRegions[claim]],
		figures,
		launchedByType
	};
}

describe('the daily claims file', () => {
	it('reads back every claim as the objects gave it, and each claim its words', () => {
		fc.assert(
			fc.property(dataset, (data) => {
				const table = dailyTableOf(data);
				expect(table.sources.map((s) => s.id)).toEqual(data.sources.map((s) => s.id));
				expect(table.weapons).toEqual(data.weapons);
				data.attacks.forEach((a, i) => {
					expect(table.nights[table.attackNight[i]]).toBe(a.date);
					expect(table.attacker[i]).toBe(a.attacker === 'RU' ? 0 : 1);
				});
				const quotes = dailyQuotes(data);
				data.claims.forEach((c, i) => {
					const { attack, source, regions, figures, launchedByType } = c;
					expect(claimOf(table, i)).toEqual({ attack, source, regions, figures, launchedByType });
					const at = quoteAt(table, i);
					expect(quotes.get(at.month)?.[at.index]).toBe(c.quote);
				});
			}),
			{ seed: 20261202, numRuns: 200 }
		);
	});

	it('carries no words but weapon types, and refuses a file of another format', () => {
		const { dataset: seed } = loadDataset(resolve(import.meta.dirname, '../../../data'));
		const columns = dailyColumns(dailyData(seed, 'en'));
		const text = JSON.stringify(columns);
		for (const attack of seed.attacks)
			for (const claim of attack.claims) expect(text).not.toContain(claim.quote);
		// the same file for every language: source names are the page's
		expect(dailyColumns(dailyData(seed, 'it'))).toEqual(columns);
		expect(() => dailyTable({ ...columns, format: 'other/1' as never })).toThrow(/not a daily columns file/);
	});
});
