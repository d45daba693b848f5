import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const today = '2026-11-22';

describe('loadDataset on a valid folder', () => {
	const { dataset, problems } = loadDataset(`${fixtures}/valid`, { today });
	it('reports nothing and normalises figures', () => {
		expect(problems).toEqual([]);
		expect(dataset.attacks).toHaveLength(1);
		expect(dataset.attacks[0].claims[0].figures.drones_launched).toEqual({
			value: 420,
			qualifier: 'more_than'
		});
	});
	it('fills defaults the schema declares', () => {
		expect(dataset.places.find((p) => p.id === 'ua-63')?.aliases).toEqual([]);
	});
});

describe('loadDataset on a folder with one mistake of each kind', () => {
	const { dataset, problems } = loadDataset(`${fixtures}/invalid`, { today });
	const messages = problems.map(formatProblem);

	it('reports every problem at once, each with file, line, record and field', () => {
		expect(messages).toEqual([
			'invalid/sources.yaml:5: extra-field: unknown field sidee',
			'invalid/sources.yaml:14: Bad Id: id: an id is lower-case letters, digits and dashes',
			'invalid/sources.yaml:16: Bad Id: side: Invalid option: expected one of "UA"|"RU"|"other"',
			'invalid/articles.yaml:9: script-url: url: a URL must start with http:// or https://',
			'invalid/articles.yaml:13: impossible-date: published: this date does not exist',
			'invalid/places.yaml:8: no-coordinates: lat: a settlement needs lat and lon',
			'invalid/places.yaml:17: wrong-country: region: region RU-STA is not in country UA',
			'invalid/attacks/2025/2025-01-01-broken-yaml.yaml:4: YAML syntax: Block collections are not allowed within flow collections',
			'invalid/attacks/2025/2025-01-01-broken-yaml.yaml:5: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml: 2025-01-02-bad-figures: attacker: is required',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:11: 2025-01-02-bad-figures/negative: figures.killed: a count cannot be negative',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:12: 2025-01-02-bad-figures/negative: figures.injured: a count must be a whole number',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:16: 2025-01-02-bad-figures/more-down-than-up: quote: cannot be empty',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:19: 2025-01-02-bad-figures/more-down-than-up: figures.drones_intercepted: drones_intercepted (12) is greater than drones_launched (10)',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:25: 2025-01-02-bad-figures/negative: figures.killed: "two" is not a count: write 420, ">420", "≥13", "~50" or "≤30"',
			'invalid/attacks/2025/2025-01-04-wrong-name.yaml:1: 2025-01-05-other-name: id: must match the file name (2025-01-04-wrong-name)',
			'invalid/sources.yaml:10: good-source: id: duplicate source id (first in invalid/sources.yaml:1)',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:4: 2025-01-02-bad-figures: places.1: unknown place "atlantis"',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:14: 2025-01-02-bad-figures/more-down-than-up: source: unknown source "nobody"',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:20: 2025-01-02-bad-figures/negative: id: duplicate claim id in this attack',
			'invalid/attacks/2025/2025-01-02-bad-figures.yaml:22: 2025-01-02-bad-figures/negative: article: unknown article "missing-article"',
			'invalid/attacks/2099/2099-01-01-future.yaml:2: 2099-01-01-future: date: 2099-01-01 is in the future',
			'invalid/articles.yaml: future-article: published: 2099-01-01 is in the future'
		]);
	});

	it('still returns the valid records beside the problems, unaltered', () => {
		expect(dataset.attacks.map((a) => a.id)).toContain('2025-01-03-valid');
		const valid = dataset.attacks.find((a) => a.id === '2025-01-03-valid')!;
		expect(valid.claims[0].figures).toEqual({
			drones_launched: { value: 40, qualifier: 'more_than' },
			drones_intercepted: { value: 30, qualifier: 'at_least' }
		});
		expect(dataset.places.map((p) => p.id)).toEqual(['good-city']);
		expect(dataset.articles.map((a) => a.id)).toEqual(['good-article', 'future-article']);
	});

	it('reports a missing folder rather than building an empty site', () => {
		const empty = loadDataset(`${fixtures}/does-not-exist`, { today });
		expect(empty.problems.map(formatProblem)).toEqual([
			'does-not-exist/sources.yaml: is missing',
			'does-not-exist/articles.yaml: is missing',
			'does-not-exist/places.yaml: is missing',
			'does-not-exist/weapons.yaml: is missing'
		]);
	});
});
