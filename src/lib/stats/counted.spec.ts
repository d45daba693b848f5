/**
 * Issue 16: several posts of one source on one night are counted as the importer told them
 * apart (a later report supersedes, a second wave adds), never by silently keeping the larger;
 * and a regional command is a part of the Air Force, never a rival figure in a headline's range,
 * a night's spread or a "disagree" flag.
 */
import { describe, expect, it } from 'vitest';
import { Attack, type AttackInput } from '../schema/attack.ts';
import type { Dataset } from '../data/load.server.ts';
import { attackDetail } from '../data/views.ts';
import { countedFigures, countedLaunches } from './counted.ts';
import { headlineFigures } from './headline.ts';
import { sourceFigure, compareSource } from './sources.ts';

function attack(id: string, claims: AttackInput['claims']): Attack {
	return Attack.parse({ id, date: id.slice(0, 10), date_precision: 'exact', attacker: 'RU', claims });
}
const claim = (id: string, source: string, figures: Record<string, unknown>, more: object = {}) => ({
	id,
	source,
	article: 'a',
	quote: 'q',
	figures,
	...more
});
const follows = (claim: string, as: 'later_report' | 'second_wave') => ({
	follows: { claim, as, why: 'windows' }
});

describe('a source’s several posts on one night', () => {
	// 31 March – 1 April 2026 as the issue tells it: 339, then 361 of the same wave
	const update = attack('2026-04-01-x', [
		claim('first', 'ua-air-force', { drones_launched: 339 }, {}),
		claim('later', 'ua-air-force', { drones_launched: 361 }, follows('first', 'later_report'))
	]);
	// 1–2 September 2025: 150 overnight, then 53 in the day
	const waves = attack('2025-09-02-x', [
		claim('night', 'ua-air-force', { drones_launched: 150, drones_intercepted: 120 }),
		claim(
			'day',
			'ua-air-force',
			{ drones_launched: 53, drones_intercepted: 48 },
			follows('night', 'second_wave')
		)
	]);

	it('takes a later report for the wave it updates, whatever its size', () => {
		const smaller = attack('2026-04-01-y', [
			claim('first', 'ua-air-force', { drones_launched: 361 }),
			claim('later', 'ua-air-force', { drones_launched: 339 }, follows('first', 'later_report'))
		]);
		expect(sourceFigure(update, 'ua-air-force', 'drones_launched')).toMatchObject({
			figure: { value: 361 },
			claim: 'later',
			others: [{ value: 339, qualifier: 'exact' }]
		});
		// no silent max: the update stands even when it is the smaller figure
		expect(sourceFigure(smaller, 'ua-air-force', 'drones_launched')?.figure.value).toBe(339);
	});

	it('adds a second wave, in the headline and in the charts', () => {
		expect(sourceFigure(waves, 'ua-air-force', 'drones_launched')?.figure).toEqual({
			value: 203,
			qualifier: 'exact'
		});
		expect(headlineFigures([waves])!.figures[0].sources[0].stated).toBe(203);
		const counted = countedFigures(waves);
		expect(counted.get(waves.claims[0])).toEqual({
			drones_launched: { value: 203, qualifier: 'exact' },
			drones_intercepted: { value: 168, qualifier: 'exact' }
		});
		expect(counted.get(waves.claims[1])).toEqual({});
		expect([...countedFigures(update).values()].map((f) => f.drones_launched?.value)).toEqual([
			undefined,
			361
		]);
	});

	it('adds waves and supersedes reports by weapon type too', () => {
		const typed = attack('2025-10-04-x', [
			claim(
				'a',
				'ua-air-force',
				{},
				{
					weapons: [
						{ weapon: 'shahed', launched: 109 },
						{ weapon: 'iskander', launched: 3 }
					]
				}
			),
			claim(
				'b',
				'ua-air-force',
				{},
				{ weapons: [{ weapon: 'iskander', launched: 2 }], ...follows('a', 'second_wave') }
			)
		]);
		const launches = countedLaunches(typed);
		expect(Object.fromEntries([...launches.get(typed.claims[0])!].map(([w, f]) => [w, f.value]))).toEqual({
			shahed: 109,
			iskander: 5
		});
		expect(launches.get(typed.claims[1])!.size).toBe(0);
	});

	it('keeps the largest of unrelated claims, as before (an outlet’s headline and its body)', () => {
		const outlet = attack('2025-07-21-x', [
			claim('body', 'open', { drones_launched: '>420' }),
			claim('headline', 'open', { drones_launched: 426 })
		]);
		expect(sourceFigure(outlet, 'open', 'drones_launched')?.claim).toBe('headline');
	});
});

describe('regional commands are parts of the Air Force', () => {
	const parts = new Map([['ua-air-command-south', 'ua-air-force']]);
	const night = attack('2026-04-01-x', [
		claim('af', 'ua-air-force', { drones_launched: 361 }),
		claim('south', 'ua-air-command-south', { drones_launched: 32 }, { places: [] })
	]);

	it('never sets a part against the whole in the headline’s range, and lists it under the whole', () => {
		const [figure] = headlineFigures([night], 30, 'RU', parts)!.figures;
		expect(figure.range.low).toEqual(figure.range.high);
		expect(figure.range.high.lo).toBe(361);
		expect(figure.sources.map((s) => [s.source, s.partOf])).toEqual([
			['ua-air-force', undefined],
			['ua-air-command-south', 'ua-air-force']
		]);
		// without the rule, the range would read "32 to 361"
		expect(headlineFigures([night])!.figures[0].range.low.lo).toBe(32);
	});

	it('lists a part beside the whole on the source page, compared with neither', () => {
		const [pair] = compareSource([night], 'ua-air-force', parts);
		expect(pair.other).toBe('ua-air-command-south');
		const [row] = pair.metrics[0].rows;
		expect(row.agree).toBeUndefined();
		expect(pair.metrics[0].summary.compared).toBe(0);
	});
});

describe('the night page', () => {
	const source = (id: string, part_of?: string) => ({
		id,
		name: { en: id },
		side: 'UA' as const,
		kind: 'military' as const,
		...(part_of ? { part_of } : {})
	});
	const night = attack('2026-04-01-x', [
		claim('af', 'ua-air-force', { drones_launched: 339 }),
		claim('af-2', 'ua-air-force', { drones_launched: 361 }, follows('af', 'later_report')),
		claim('south', 'ua-air-command-south', { drones_launched: 32 }, { places: [] })
	]);
	const data = {
		sources: [source('ua-air-force'), source('ua-air-command-south', 'ua-air-force')],
		articles: [{ id: 'a', outlet: 'Ukrainian Air Force', reference: 'kpszsu/posts/pfbidX', language: 'uk' }],
		places: [],
		weapons: [],
		attacks: [night]
	} as unknown as Dataset;

	it('flags no disagreement between a part, an earlier report and the whole, and says which is which', () => {
		const detail = attackDetail(data, night, 'en');
		expect(detail.comparison).toEqual([
			expect.objectContaining({ metric: 'drones_launched', min: 361, max: 361, disagree: false })
		]);
		const [first, later, south] = detail.claimDetails;
		expect(first.supersededBy).toBe('af-2');
		expect(later.follows).toEqual({ claim: 'af', as: 'later_report', why: 'windows' });
		expect(south.source.partOf).toBe('ua-air-force');
		// a post is named by whose it is and which night, in each language
		expect(first.article.title).toBe('ua-air-force post, night of 31 March – 1 April 2026');
		expect(attackDetail(data, night, 'it').claimDetails[0].article.title).toBe(
			'ua-air-force, post della notte del 31 marzo – 1 aprile 2026'
		);
	});
});
