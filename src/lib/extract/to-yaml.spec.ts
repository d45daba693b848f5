import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Attack } from '../schema/attack.ts';
import type { Candidate } from './extract.ts';
import { toYaml } from './to-yaml.ts';

const text = 'Russia launched 310 drones and two Iskander-M missiles. In Kharkiv, three people were injured.';
const candidate = (c: Partial<Candidate>): Candidate => ({
	id: 'c1',
	metric: 'drones_launched',
	value: 310,
	qualifier: 'exact',
	source: 'ua-air-force',
	sourceKnown: true,
	places: [],
	attacker: 'RU',
	date: '2025-07-21',
	where: 'text',
	quote: { start: 16, end: 26 },
	quoteText: '310 drones',
	number: { start: 16, end: 19 },
	...c
});
const accepted = [
	candidate({}),
	candidate({
		id: 'c2',
		metric: 'missiles_launched',
		value: 2,
		weapon: { id: 'iskander-m', metric: 'launched' },
		quote: { start: 31, end: 57 },
		quoteText: 'two Iskander-M missiles'
	}),
	candidate({
		id: 'c3',
		metric: 'injured',
		value: 3,
		source: 'test-wire',
		sourceKnown: false,
		places: ['kharkiv'],
		scope: 'kharkiv',
		quote: { start: 71, end: 93 },
		quoteText: 'three people were injured'
	})
];
const article = { outlet: 'Test Wire', date: '2025-07-21', title: 'Night raid', language: 'en' as const };
const known = new Set(['ua-air-force']);
const existingFile = `# a comment the curator wrote\nid: 2025-07-21-russian-strike-on-ukraine\ndate: 2025-07-21\ndate_precision: exact\nattacker: RU\nplaces: [kyiv]\nclaims:\n  - id: ua-air-force\n    source: ua-air-force\n    article: an-article\n    quote: "x"\n    figures:\n      drones_launched: 300\n`;
const existing = [
	{
		id: '2025-07-21-russian-strike-on-ukraine',
		date: '2025-07-21',
		attacker: 'RU' as const,
		claimIds: ['ua-air-force']
	}
];

describe('toYaml', () => {
	it('gives a new night a whole attack file, a place-scoped claim of its own, and the missiles in figures', () => {
		const blocks = toYaml(accepted, text, article, [], known, {
			places: new Set(['kharkiv']),
			added: [{ id: 'test-wire', name: 'Test Wire', kind: 'media', side: 'other' }]
		});
		const attack = blocks.find((b) => b.kind === 'attack')!;
		expect(attack.problems).toEqual([]);
		const record = Attack.parse(parse(attack.yaml));
		expect(record.claims.map((c) => [c.source, c.places ?? []])).toEqual([
			['ua-air-force', []],
			['test-wire', ['kharkiv']]
		]);
		// one weapon type of a family: its count is the claim's count too
		expect(record.claims[0].figures.missiles_launched?.value).toBe(2);
		expect(blocks.find((b) => b.kind === 'sources')?.yaml).toContain('id: test-wire');
	});

	it('names a source nobody added as a problem', () => {
		const blocks = toYaml(accepted, text, article, [], known, { places: new Set(['kharkiv']) });
		expect(blocks.find((b) => b.kind === 'attack')!.problems.join()).toContain(
			'"test-wire" is not in data/sources.yaml'
		);
	});

	it('waits for an existing file, then gives it back whole with the claims appended and its comment kept', () => {
		const waiting = toYaml(accepted.slice(0, 1), text, article, existing, known);
		expect(waiting.find((b) => b.kind === 'attack-edit')?.waitingFor).toBe(existing[0].id);

		const files = new Map([[existing[0].id, existingFile]]);
		const [, edit] = toYaml(accepted.slice(0, 2), text, article, existing, known, { files });
		expect(edit.kind).toBe('attack-edit');
		expect(edit.problems).toEqual([]);
		expect(edit.yaml).toMatch(/^# a comment the curator wrote/);
		const record = Attack.parse(parse(edit.yaml));
		expect(record.claims.map((c) => c.id)).toEqual(['ua-air-force', 'ua-air-force-2']);
		expect(record.weapons).toEqual(['iskander-m']);
	});
});
