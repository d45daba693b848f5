/**
 * Period claims (issue 19) through the same loader as the nightly records: a valid file loads
 * with its qualifiers kept, and each bad input is reported naming file, record and field,
 * while the fixture's other records still load.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/valid');
const today = '2026-11-22';
const temp = mkdtempSync(join(tmpdir(), 'salvo-periods-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folderWith(name: string, files: Record<string, string>): string {
	const dir = join(temp, name.replace(/[^a-z0-9]+/gi, '-'), 'data');
	cpSync(fixture, dir, { recursive: true });
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), body);
	}
	return dir;
}

const period = {
	id: 'week-2025-07-27',
	source: 'test-outlet',
	article: 'test-article',
	attacker: 'RU',
	from: '2025-07-21',
	to: '2025-07-27',
	quote: 'more than 1,300 attack drones, nearly 1,200 guided aerial bombs',
	figures: { drones_launched: '>1300', guided_bombs_launched: '~1200' },
	compare_with: 'test-air-force'
};
type Json = Record<string, unknown>;
const file = 'periods/2025/weekly.yaml';
const load = (name: string, records: Json[], path = file) =>
	loadDataset(folderWith(name, { [path]: JSON.stringify(records, null, 1) }), { today });
const baseline = loadDataset(fixture, { today });

describe('period claims', () => {
	it('load from data/periods/YYYY/ with their qualifiers kept', () => {
		const { dataset, problems, files } = load('valid', [period]);
		expect(problems).toEqual([]);
		expect(files).toContain(`data/${file}`);
		expect(dataset.periods).toHaveLength(1);
		expect(dataset.periods?.[0].figures).toEqual({
			drones_launched: { value: 1300, qualifier: 'more_than' },
			guided_bombs_launched: { value: 1200, qualifier: 'about' }
		});
		expect(dataset.attacks).toEqual(baseline.dataset.attacks);
	});

	it('are optional: a data folder without periods/ has none', () => {
		expect(baseline.problems).toEqual([]);
		expect(baseline.dataset.periods).toEqual([]);
	});

	const cases: [string, Json[], { record: string; field?: string; message: RegExp }][] = [
		[
			'an end before the start',
			[{ ...period, to: '2025-07-20' }],
			{ record: period.id, field: 'to', message: /before from/ }
		],
		[
			'a span over a year',
			[{ ...period, from: '2024-07-21' }],
			{ record: period.id, field: 'to', message: /at most 366/ }
		],
		[
			'a date that does not exist',
			[{ ...period, from: '2025-02-30' }],
			{ record: period.id, field: 'from', message: /does not exist/ }
		],
		[
			'an end in the future',
			[{ ...period, from: '2026-12-01', to: '2026-12-07' }],
			{ record: period.id, field: 'to', message: /in the future/ }
		],
		[
			'no figures',
			[{ ...period, figures: {} }],
			{ record: period.id, field: 'figures', message: /at least one figure/ }
		],
		[
			'an unknown metric',
			[{ ...period, figures: { bombs: 3 } }],
			{ record: period.id, field: 'figures', message: /.+/ }
		],
		[
			'a negative figure',
			[{ ...period, figures: { killed: -1 } }],
			{ record: period.id, field: 'figures.killed', message: /negative/ }
		],
		[
			'a figure that is not a count',
			[{ ...period, figures: { killed: 'many' } }],
			{ record: period.id, field: 'figures.killed', message: /not a count/ }
		],
		[
			'a part above its whole',
			[{ ...period, figures: { killed: 3, children_killed: 5 } }],
			{ record: period.id, field: 'figures.children_killed', message: /greater than killed/ }
		],
		[
			'an unknown source',
			[{ ...period, source: 'nobody' }],
			{ record: period.id, field: 'source', message: /unknown source "nobody"/ }
		],
		[
			'an unknown source to compare with',
			[{ ...period, compare_with: 'nobody' }],
			{ record: period.id, field: 'compare_with', message: /unknown source/ }
		],
		[
			'an unknown article',
			[{ ...period, article: 'nowhere' }],
			{ record: period.id, field: 'article', message: /unknown article/ }
		],
		['an unknown field', [{ ...period, weeks: 1 }], { record: period.id, message: /unknown field weeks/ }],
		[
			'a missing quote',
			[{ ...period, quote: undefined }],
			{ record: period.id, field: 'quote', message: /is required/ }
		],
		[
			'a duplicate id',
			[period, { ...period }],
			{ record: period.id, field: 'id', message: /duplicate period claim id/ }
		],
		[
			'a record without an id',
			[{ ...period, id: undefined }],
			{ record: '#1', field: 'id', message: /is required/ }
		]
	];
	it.each(cases)('report %s naming file, record and field', (name, records, expected) => {
		const { problems, dataset } = load(name, records);
		expect(problems.length).toBeGreaterThan(0);
		const problem = problems.find(
			(p) => p.record === expected.record && (expected.field === undefined || p.field === expected.field)
		);
		expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
		expect(problem?.file).toBe(`data/${file}`);
		expect(problem?.message).toMatch(expected.message);
		// the nightly records are untouched by a bad period file
		expect(dataset.attacks).toEqual(baseline.dataset.attacks);
	});

	it('report a file that is not a list', () => {
		const { problems } = loadDataset(folderWith('not a list', { [file]: 'id: x\n' }), { today });
		expect(problems).toEqual([
			expect.objectContaining({
				file: `data/${file}`,
				message: expect.stringMatching(/list of period claims/)
			})
		]);
	});

	it('report a period filed under another year than its last night', () => {
		const { problems } = load('wrong folder', [period], 'periods/2024/weekly.yaml');
		expect(problems).toEqual([
			expect.objectContaining({
				record: period.id,
				field: 'to',
				message: expect.stringMatching(/folder 2024/)
			})
		]);
	});

	it('give the line of the field in YAML files', () => {
		const yaml = `- id: a\n  source: test-outlet\n  article: test-article\n  attacker: RU\n  from: 2025-07-21\n  to: 2025-07-27\n  quote: x\n  figures:\n    killed: -4\n`;
		const { problems } = loadDataset(folderWith('line', { [file]: yaml }), { today });
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^data\/periods\/2025\/weekly.yaml:9: a: figures.killed: .*negative/)
		]);
	});
});
