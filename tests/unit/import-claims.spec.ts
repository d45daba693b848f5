/**
 * How the table's rows become claims: figures from cells (absent is not zero), totals by
 * category, bundles, places, channels; and the weapon catalogue against both reference tables.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Weapon } from '../../src/lib/schema/index.ts';
import { channelName, channelOf, channelSources, postUrl } from '../../src/lib/import/channels.ts';
import { buildClaims, rowFigures, zeroNotSaidFrom } from '../../src/lib/import/claims.ts';
import { readDailyTable } from '../../src/lib/import/daily-table.ts';
import type { DailyRow } from '../../src/lib/import/daily-table.ts';
import { parsePythonStringList } from '../../src/lib/import/python-literal.ts';
import { matchRegion, placeNames, regionCodes } from '../../src/lib/import/regions.ts';
import {
	checkAgainstModels,
	classify,
	indexCatalogue,
	readModelsTable
} from '../../src/lib/import/weapon-catalogue.ts';
import { parseLocal } from '../../src/lib/stats/night.ts';
import { dailyTable, modelsTable, repoRoot } from './import-fixtures.ts';

// the catalogue alone: the rest of data/ is being curated and need not be valid for these tests
const weapons = z
	.array(Weapon)
	.parse(parseYaml(readFileSync(join(repoRoot, 'data', 'weapons.yaml'), 'utf8')));
const catalogue = indexCatalogue(weapons);

let line = 1;
function row(
	cells: Partial<Omit<DailyRow, 'timeStart' | 'timeEnd'>> & { start?: string; end?: string }
): DailyRow {
	const { start = '2025-07-20 19:00', end = '2025-07-21 08:00', ...rest } = cells;
	return {
		line: ++line,
		timeStart: parseLocal(start)!,
		timeEnd: parseLocal(end),
		model: 'Shahed-136/131',
		target: '',
		targetMain: '',
		affectedRegion: '',
		source: 'kpszsu/posts/pfbidA',
		...rest
	};
}

describe('figures of a row', () => {
	it('counts shot down and lost to electronic warfare as intercepted, the latter also as suppressed', () => {
		expect(rowFigures(row({ launched: 426, destroyed: 200, notReachGoal: 203 })).entry).toEqual({
			launched: 426,
			intercepted: 403,
			suppressed: 203
		});
		expect(rowFigures(row({ launched: 10, destroyed: 8, notReachGoal: 0 })).entry).toEqual({
			launched: 10,
			intercepted: 8,
			suppressed: 0
		});
	});

	it('leaves out what a cell does not say, and never writes it as 0', () => {
		// no not_reach_goal: the post did not split EW losses out; its "destroyed" is the count it gave
		expect(rowFigures(row({ launched: 35, destroyed: 30 })).entry).toEqual({ launched: 35, intercepted: 30 });
		// no destroyed: nothing said about interception
		expect(rowFigures(row({ launched: 14 })).entry).toEqual({ launched: 14 });
		expect(rowFigures(row({ destroyed: 0 })).entry).toEqual({ intercepted: 0 });
		expect(rowFigures(row({})).entry).toEqual({});
	});

	it('leaves out the intercepted figure of a row that contradicts itself, and says why', () => {
		// line 1282 of the reference table
		const { entry, problem } = rowFigures(row({ launched: 16, destroyed: 15, notReachGoal: 11 }));
		expect(entry).toEqual({ launched: 16, suppressed: 11 });
		expect(problem).toMatch(/destroyed 15 \+ not_reach_goal 11, more than launched 16/);
	});
});

describe('claims of a post', () => {
	it('sums drones and missiles apart, bombs in neither, with a transcription as quote', () => {
		const built = buildClaims(
			[
				row({
					launched: 426,
					destroyed: 200,
					notReachGoal: 203,
					affectedRegion: "['Kharkiv oblast', 'Lutsk oblast']"
				}),
				row({ model: 'Молнія', launched: 4, destroyed: 4, notReachGoal: 0 }),
				row({
					model: 'X-101/X-555 and Kalibr',
					start: '2025-07-21 04:00',
					launched: 20,
					destroyed: 18,
					target: 'Kyiv'
				}),
				row({ model: 'GBU', start: '2025-07-21 05:00', launched: 3, destroyed: 1 })
			],
			catalogue
		);
		expect(built.claims).toHaveLength(1);
		const [claim] = built.claims;
		expect(claim.figures).toEqual({
			drones_launched: 430,
			drones_intercepted: 407,
			drones_suppressed: 203,
			missiles_launched: 20,
			missiles_intercepted: 18
		});
		expect(claim.weapons).toEqual([
			{ weapon: 'shahed-136-131', launched: 426, intercepted: 403, suppressed: 203 },
			{ weapon: 'molniya', launched: 4, intercepted: 4, suppressed: 0 },
			// a bundled row stays one entry of a bundle type: the table does not say how it splits
			{ weapon: 'kh-101-kh-555-and-kalibr', launched: 20, intercepted: 18 },
			{ weapon: 'guided-bomb', launched: 3, intercepted: 1 }
		]);
		expect(claim.quote).toBe(
			'Shahed-136/131: launched 426, destroyed 200, not_reach_goal 203; Молнія: launched 4, destroyed 4, not_reach_goal 0; ' +
				'X-101/X-555 and Kalibr: launched 20, destroyed 18; GBU: launched 3, destroyed 1'
		);
		expect(claim.note).toMatch(
			/^Figures as transcribed from this post in the Massive Missile Attacks on Ukraine dataset/
		);
		expect(claim.regions).toEqual(['UA-07', 'UA-30', 'UA-63']);
		expect(claim.night).toBe('2025-07-21');
	});

	it('gives a total only when every part gives it', () => {
		const [claim] = buildClaims(
			[
				row({ launched: 50, destroyed: 40, notReachGoal: 5 }),
				row({ model: 'Unknown UAV', launched: 3, destroyed: 3 }),
				row({ model: 'Kalibr', destroyed: 2 })
			],
			catalogue
		).claims;
		// the unknown drones say nothing of EW, the Kalibr row nothing of how many were launched
		expect(claim.figures).toEqual({ drones_launched: 53, drones_intercepted: 48, missiles_intercepted: 2 });
	});

	it('sums two rows of one weapon type into one entry, under the same rules', () => {
		const [claim] = buildClaims(
			[
				row({ model: 'X-47 Kinzhal', start: '2025-11-25 01:20', launched: 2, destroyed: 1 }),
				row({ model: 'X-47 Kinzhal', start: '2025-11-25 06:50', launched: 2, destroyed: 0, notReachGoal: 1 })
			],
			catalogue
		).claims;
		expect(claim.weapons).toEqual([{ weapon: 'kh-47-kinzhal', launched: 4, intercepted: 2 }]);
		expect(claim.quote).toBe(
			'X-47 Kinzhal: launched 2, destroyed 1; X-47 Kinzhal: launched 2, destroyed 0, not_reach_goal 1'
		);
	});

	it('splits a post whose rows fall on two nights into a claim per night', () => {
		const built = buildClaims(
			[
				row({ start: '2025-11-24 18:00', end: '2025-11-25 10:00', launched: 464, destroyed: 438 }),
				row({ start: '2025-11-23 19:00', end: '2025-11-24 09:00', launched: 162, destroyed: 125 })
			],
			catalogue
		);
		expect(built.posts.map((p) => p.nights)).toEqual([['2025-11-24', '2025-11-25']]);
		expect(built.claims.map((c) => [c.night, c.figures.drones_launched])).toEqual([
			['2025-11-24', 162],
			['2025-11-25', 464]
		]);
		expect(built.claims[1].note).toContain(
			'The table gives this post rows for 2 nights (2025-11-24, 2025-11-25); this claim holds those of 2025-11-25.'
		);
	});

	it('reports unknown models, unmapped places and rows whose speaker cannot be told instead of dropping them silently', () => {
		const built = buildClaims(
			[
				row({ model: 'Geran-5', launched: 1 }),
				row({ target: 'Black Sea and Kyiv oblast (south)', targetMain: 'south', launched: 1 }),
				row({ source: 'watch/?v=1216014506516442', launched: 4 }),
				row({ source: 'SomeNewChannel/posts/pfbidZ', launched: 2 })
			],
			catalogue
		);
		expect([...built.unknownModels.keys()]).toEqual(['Geran-5']);
		expect([...built.unmappedPlaces.keys()]).toEqual(['Black Sea']);
		expect([...built.notRegions]).toEqual([['south', 1]]);
		expect([...built.skipped]).toEqual([
			[
				'watch',
				{ reason: expect.stringMatching(/names no channel/), lines: [built.skipped.get('watch')!.lines[0]] }
			],
			[
				'SomeNewChannel',
				{ reason: expect.stringMatching(/not one the importer knows/), lines: expect.any(Array) }
			]
		]);
		expect(built.claims.map((c) => c.regions)).toEqual([['UA-32']]);
	});

	it('imports the other channels of the table as sources of their own, never as the Air Force', () => {
		const built = buildClaims(
			[
				row({ source: 'GeneralStaff.ua/posts/pfbidB', launched: 13 }),
				row({ source: 'https://t.me/war_monitor/27083', launched: 1 }),
				row({ source: 'CinCAFU/posts/pfbidC', launched: 2 }),
				row({ source: 'https://t.me/ChiefUkrDIU/185', launched: 2 }),
				row({ source: 'kharkivoda.gov.ua/news/123125', launched: 6 }),
				row({ source: 'PvkZahid/posts/pfbidW', launched: 3 })
			],
			catalogue
		);
		expect(built.skipped.size).toBe(0);
		expect(built.claims.map((c) => c.channel.source)).toEqual([
			'ua-general-staff',
			'war-monitor',
			'ua-commander-in-chief',
			'ua-defence-intelligence',
			'kharkiv-regional-military-administration',
			'ua-air-command-west'
		]);
		const byId = new Map(channelSources.map((s) => [s.id, s]));
		for (const claim of built.claims) expect(byId.get(claim.channel.source)?.side).toBe('UA');
		expect(byId.get('kharkiv-regional-military-administration')?.kind).toBe('local_authority');
		expect(byId.get('war-monitor')?.kind).toBe('media');
		expect(byId.get('ua-general-staff')?.part_of).toBeUndefined();
		for (const command of ['south', 'east', 'centre', 'west'])
			expect(byId.get(`ua-air-command-${command}`)?.part_of).toBe('ua-air-force');
	});
});

describe('channels', () => {
	it('finds the channel of post paths and links', () => {
		expect(channelName('kpszsu/posts/pfbid0TdV')).toBe('kpszsu');
		expect(channelName('https://t.me/kpszsu/44624')).toBe('kpszsu');
		expect(channelName('watch/?v=1216014506516442')).toBe('watch');
		expect(channelName('kharkivoda.gov.ua/news/123125')).toBe('kharkivoda.gov.ua');
		expect(channelOf('https://t.me/kpszsu/44624')?.source).toBe('ua-air-force');
		expect(channelOf('PvKPivden/posts/x')?.source).toBe('ua-air-command-south');
		expect(channelOf('pvkshid/posts/x')?.source).toBe('ua-air-command-east');
		expect(channelOf('CinCAFU/posts/x')?.source).toBe('ua-commander-in-chief');
		expect(channelOf('watch/?v=1')).toBeUndefined();
	});

	it('links each post back to where it was published', () => {
		const url = (reference: string) => postUrl(reference, channelOf(reference)!);
		expect(url('kpszsu/posts/pfbid0TdVCdVdkRoJN5jZ26dj64')).toBe(
			'https://www.facebook.com/kpszsu/posts/pfbid0TdVCdVdkRoJN5jZ26dj64'
		);
		expect(url('https://t.me/kpszsu/44624')).toBe('https://t.me/kpszsu/44624');
		expect(url('kharkivoda.gov.ua/news/123125')).toBe('https://kharkivoda.gov.ua/news/123125');
		expect(url('PvKPivden/posts/pfbidX')).toBe('https://www.facebook.com/PvKPivden/posts/pfbidX');
		// what cannot be an http(s) address is left without a link, never made one
		expect(url('https://user:pass@t.me/kpszsu/1')).toBeUndefined();
	});
});

describe('regions', () => {
	it('maps the table’s oblast names, cities and raions to ISO 3166-2:UA codes', () => {
		const code = (name: string) => {
			const m = matchRegion(name);
			return m.kind === 'region' ? m.code : m.kind;
		};
		expect(code('Kharkiv oblast')).toBe('UA-63');
		expect(code('Lutsk oblast')).toBe('UA-07');
		expect(code('Volyn oblast')).toBe('UA-07');
		expect(code('Kyiv')).toBe('UA-30');
		expect(code('Kyiv oblast')).toBe('UA-32');
		expect(code('Kyiv oblast (south)')).toBe('UA-32');
		expect(code('Starokostiantyniv')).toBe('UA-68');
		expect(code('Kryvyi Rih Raion')).toBe('UA-12');
		expect(code('Ukraine')).toBe('not-a-region');
		expect(code('south-east')).toBe('not-a-region');
		expect(code('Kursk oblast')).toBe('unknown');
		expect(code('Black Sea')).toBe('unknown');
		expect(regionCodes).toHaveLength(27);
	});

	it('splits place cells: Python lists and free text', () => {
		expect(placeNames("['Lutsk oblast', 'Kyiv oblast']")).toEqual(['Lutsk oblast', 'Kyiv oblast']);
		expect(placeNames('Kharkiv oblast and Poltava oblast')).toEqual(['Kharkiv oblast', 'Poltava oblast']);
		expect(placeNames('Kryvyi Rih, Kharkiv, Vinnytsia')).toEqual(['Kryvyi Rih', 'Kharkiv', 'Vinnytsia']);
		expect(placeNames('')).toEqual([]);
	});

	it('reads Python lists of strings, and nothing else', () => {
		expect(parsePythonStringList(`["Kam'ianske", 'a\\'b', 'c',]`)).toEqual(["Kam'ianske", "a'b", 'c']);
		expect(parsePythonStringList('[]')).toEqual([]);
		expect(parsePythonStringList("{'south': 87, 'east': NaN}")).toBeUndefined();
		expect(parsePythonStringList("['a' 'b']")).toBeUndefined();
		expect(parsePythonStringList("['a'")).toBeUndefined();
	});
});

describe('the weapon catalogue (data/weapons.yaml)', () => {
	const daily = parse(readFileSync(dailyTable), { columns: true }) as { model: string }[];
	const { models } = readModelsTable(readFileSync(modelsTable, 'utf8'));

	it('has no alias that names two weapons', () => {
		expect(catalogue.problems).toEqual([]);
	});

	it('classifies every model of both reference tables', () => {
		const all = [...new Set([...daily.map((r) => r.model), ...models.map((m) => m.model)])];
		expect(all.filter((m) => !classify(m, catalogue))).toEqual([]);
		expect(all.length).toBeGreaterThan(70);
	});

	it('agrees with the publisher on what is a drone, a missile or a bomb', () => {
		expect(checkAgainstModels(models, catalogue)).toEqual([]);
		expect(classify('Aerial Bomb', catalogue)?.category).toBe('bomb');
		expect(classify('GBU', catalogue)?.category).toBe('bomb');
		for (const drone of ['Молнія', 'Картограф', 'Привет-82', 'Фенікс', 'Unknown UAV'])
			expect(classify(drone, catalogue)?.category, drone).toBe('drone');
		expect(classify('Iskander-M and Iskander-K', catalogue)?.category).toBe('missile');
	});

	it('holds every part of a bundled name as a weapon of the same category', () => {
		const bundles = [...new Set(daily.map((r) => r.model).concat(models.map((m) => m.model)))].filter((m) =>
			m.includes(' and ')
		);
		expect(bundles.length).toBeGreaterThan(20);
		for (const bundle of bundles) {
			const whole = classify(bundle, catalogue)!;
			for (const part of bundle.split(' and ')) {
				const weapon = classify(part, catalogue);
				expect(weapon, `${part} of ${bundle}`).toBeDefined();
				expect(weapon!.id).not.toBe(whole.id);
				expect(weapon!.category, `${part} of ${bundle}`).toBe(whole.category);
			}
		}
	});

	it('keeps the ids it had before the Air Force models were added', () => {
		const ids = weapons.map((w) => w.id);
		for (const id of [
			'shahed-136-131',
			'decoy-drone',
			'kh-101-kh-555',
			'kalibr',
			'iskander-m',
			'iskander-m-kn-23',
			'kn-23',
			'iskander-k',
			'kh-47-kinzhal'
		]) {
			expect(ids).toContain(id);
		}
		expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true);
	});
});

describe('rows of the reference table', () => {
	const table = readDailyTable(readFileSync(dailyTable));
	const at = (line: number) => table.rows.find((r) => r.line === line)!;
	const built = buildClaims(table.rows, catalogue);
	const claimOf = (line: number) => built.claims.find((c) => c.lines.includes(line))!;

	it('reads not_reach_goal 0 as not said from the night of 23–24 July 2025, and as 0 before', () => {
		// 20–21 July 2025: the post split out 203 lost to electronic warfare
		expect(rowFigures(at(544)).entry).toEqual({ launched: 426, intercepted: 403, suppressed: 203 });
		// 14–15 July 2025, Air Command South: 0 of 2 Kh-59 lost, said
		expect(at(570).notReachGoal).toBe(0);
		expect(rowFigures(at(570)).entry).toEqual({ launched: 2, intercepted: 0, suppressed: 0 });
		// 23–24 July 2025 on: the table writes 0 where the post gave no such figure
		expect(at(535).notReachGoal).toBe(0);
		expect(rowFigures(at(535)).entry).toEqual({ launched: 103, intercepted: 90 });
		expect(claimOf(535).figures).toMatchObject({ drones_launched: 103, drones_intercepted: 90 });
		expect(claimOf(535).figures.drones_suppressed).toBeUndefined();
		// a figure above 0 is still what the post said (3 Kinzhal lost, 27–28 July 2025)
		expect(rowFigures(at(520)).entry).toEqual({ launched: 3, intercepted: 3, suppressed: 3 });
		// no claim from that night on gives drones lost to electronic warfare as 0
		const zeros = built.claims.filter((c) => c.night >= zeroNotSaidFrom && c.figures.drones_suppressed === 0);
		expect(zeros).toEqual([]);
	});

	it('tells a second wave from a later report of the same wave, and says why', () => {
		// 1–2 September 2025: 150 Shahed overnight, then 53 in the day: two waves, figures add
		const day = claimOf(399);
		expect(day.follows).toMatchObject({ claim: claimOf(400), as: 'second_wave' });
		expect(day.follows!.why).toBe(
			"another wave: its window (08:00–16:00) does not cover the earlier post's (19:00–08:00)"
		);
		// 3–4 October 2025: a second post gives 2 more Iskander in the same window, without the
		// first post's Shahed: other launches, not an update
		expect(claimOf(293).follows).toMatchObject({ claim: claimOf(291), as: 'second_wave' });
		expect(claimOf(293).follows!.why).toMatch(/does not restate the earlier post's shahed-136-131/);
		// 21–22 April 2025: the daytime wave overlaps the night's window by an hour only
		expect(claimOf(888).follows).toMatchObject({ claim: claimOf(889), as: 'second_wave' });
		// 11 January 2023: two posts, the same window and the same Orlan: a later report
		expect(claimOf(3140).follows).toMatchObject({ claim: claimOf(3139), as: 'later_report' });
		expect(claimOf(3140).follows!.why).toMatch(
			/^a later report of the same wave: its window \(11:00–14:00\) covers/
		);
		// posts without a time of day cannot be placed in one wave: they add, and it is said
		const [first, second] = [claimOf(3014), claimOf(3016)].sort(
			(a, b) => (a.follows ? 1 : 0) - (b.follows ? 1 : 0)
		);
		expect(second.follows).toMatchObject({ claim: first, as: 'second_wave' });
		expect(second.follows!.why).toMatch(/no time of day/);
	});

	it('accounts for every row: in a claim, or reported with its reason', () => {
		const inClaims = new Set(built.claims.flatMap((c) => c.lines));
		const reported = new Map([...built.skipped.values()].flatMap((s) => s.lines.map((l) => [l, s.reason])));
		expect(table.problems).toEqual([]);
		expect(built.duplicates).toEqual([]);
		expect(built.unknownModels.size).toBe(0);
		for (const row of table.rows)
			expect(inClaims.has(row.line) || reported.has(row.line), `line ${row.line}`).toBe(true);
		expect([...reported.keys()]).toEqual([1725, 3244]);
		expect(inClaims.size + reported.size).toBe(table.dataRows);
	});
});
