/**
 * Importing into a folder that already has records: hand-curated attacks, articles and
 * claims citing the same posts, comments a curator wrote, re-imports and re-dated posts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { claimCounts, formatSummary } from '../../src/lib/import/summary.ts';
import { importUaAirForceDaily } from '../../src/lib/import/ua-air-force-daily.ts';
import {
	changedPaths,
	cleanFolder,
	postRow,
	referenceRows,
	snapshot,
	tempDir,
	writeTable,
	removeTempDirs
} from './import-fixtures.ts';

afterAll(removeTempDirs);

const { header, columns } = referenceRows();
const row = (cells: Record<string, string>) =>
	postRow(columns, { source: 'kpszsu/posts/pfbidPOST1', ...cells });

/** The night of 20–21 July 2025 in the table: an Air Force post, an Air Command South post. */
const julyRows = [
	row({
		launched: '426.0',
		destroyed: '200.0',
		not_reach_goal: '203.0',
		'affected region': "['Kharkiv oblast', 'Kyiv']"
	}),
	row({
		time_start: '2025-07-21 03:00',
		time_end: '2025-07-21 06:00',
		model: 'X-101/X-555',
		launched: '24.0',
		destroyed: '20.0'
	}),
	row({
		time_start: '2025-07-21',
		time_end: '2025-07-21',
		model: 'Молнія',
		launched: '11.0',
		destroyed: '11.0',
		target: 'south',
		source: 'PvKPivden/posts/pfbidPOST2'
	})
];

const curatedArticles = `# yaml-language-server: $schema=../static/schema/articles.schema.json
# Articles read by hand.

- id: open-2025-07-21
  outlet: Open
  title: "Ucraina, lanciati 426 droni"
  language: it

- id: kpszsu-2025-07-21
  outlet: Ukrainian Air Force
  reference: kpszsu/posts/pfbidPOST1
  language: uk
`;

const curatedAttack = (
	places: string
) => `# yaml-language-server: $schema=../../../static/schema/attack.schema.json
# The night of 20–21 July 2025, read by hand.
id: 2025-07-21-russian-strike-on-ukraine   # the file name without .yaml
date: 2025-07-21          # the night, dated by the morning it ends
date_precision: exact
attacker: RU
${places}claims:
  - id: open              # the outlet, unattributed
    source: open
    article: open-2025-07-21
    quote: "lanciati 426 droni"
    figures:
      drones_launched: "426"
      injured: "≥5"

  - id: ua-air-force
    source: ua-air-force
    article: kpszsu-2025-07-21
    quote: "426 засобів повітряного нападу"
    figures:
      drones_launched: 400   # misread, the import corrects it
      injured: 3
    note: >-
      Read from the post itself, a long note that a curator wrapped by hand at a width of their
      own choosing, which a re-serialised file would reflow.
`;

function curatedFolder(places = 'places: [ua-30]\n'): string {
	const dir = cleanFolder();
	writeFileSync(join(dir, 'articles.yaml'), curatedArticles);
	writeFileSync(
		join(dir, 'sources.yaml'),
		readFileSync(join(dir, 'sources.yaml'), 'utf8') +
			'- id: open\n  name: { en: Open }\n  side: other\n  kind: media\n'
	);
	mkdirSync(join(dir, 'attacks', '2025'), { recursive: true });
	writeFileSync(
		join(dir, 'attacks', '2025', '2025-07-21-russian-strike-on-ukraine.yaml'),
		curatedAttack(places)
	);
	expect(loadDataset(dir).problems).toEqual([]);
	return dir;
}

const attackPath = (dir: string) => join(dir, 'attacks', '2025', '2025-07-21-russian-strike-on-ukraine.yaml');

function importRows(dir: string, rows: string[], options: { overwriteCurated?: boolean } = {}) {
	const table = writeTable(tempDir(), 'table.csv', [header, ...rows]);
	const result = importUaAirForceDaily({ table, into: dir, ...options });
	expect(result.failures).toEqual([]);
	return result;
}

describe('a night that already has a hand-curated attack', () => {
	it("keeps a curator's figure that the table gives otherwise, and reports the conflict", () => {
		const dir = curatedFolder();
		const result = importRows(dir, julyRows);
		expect(result.plan!.conflicts).toEqual([
			"data/attacks/2025/2025-07-21-russian-strike-on-ukraine.yaml: claim 2025-07-21-russian-strike-on-ukraine/ua-air-force drones_launched: the curator wrote 400, the table gives 426; the curator's claim is kept as written"
		]);
		expect(formatSummary(result)).toContain('conflicts with hand-curated claims (1)');
		const airForce = loadDataset(dir).dataset.attacks[0].claims[1];
		expect(airForce.figures).toEqual({
			drones_launched: { value: 400, qualifier: 'exact' },
			injured: { value: 3, qualifier: 'exact' }
		});
		expect(airForce.weapons).toEqual([]);
	});

	it('gets the new claims in that file, and the curated claim citing the same post is updated, not doubled', () => {
		const dir = curatedFolder();
		const original = readFileSync(attackPath(dir), 'utf8');
		const result = importRows(dir, julyRows, { overwriteCurated: true });
		expect(result.plan!.conflicts).toEqual([]);
		expect(result.plan!.changedFigures).toContain(
			"data/attacks/2025/2025-07-21-russian-strike-on-ukraine.yaml: claim 2025-07-21-russian-strike-on-ukraine/ua-air-force drones_launched: 400 → 426 (a curator's figure, replaced as told)"
		);
		expect(claimCounts(result)).toEqual({ added: 1, changed: 1, unchanged: 0, removed: 0 });
		expect(result.plan!.articlesReused).toBe(1);
		expect(existsSync(join(dir, 'attacks', '2025', '2025-07-21-russian-strikes.yaml'))).toBe(false);

		const { dataset, problems } = loadDataset(dir);
		expect(problems).toEqual([]);
		expect(dataset.attacks).toHaveLength(1);
		const [attack] = dataset.attacks;
		expect(attack.claims.map((c) => c.id)).toEqual(['open', 'ua-air-force', 'pvkpivden-2025-07-21']);
		// the post has one article: the curated one
		expect(
			dataset.articles.filter((a) => a.reference === 'kpszsu/posts/pfbidPOST1').map((a) => a.id)
		).toEqual(['kpszsu-2025-07-21']);

		const airForce = attack.claims[1];
		expect(airForce.quote).toBe('426 засобів повітряного нападу'); // the curator's words stay
		expect(airForce.note).toMatch(/^Read from the post itself/);
		expect(airForce.figures).toEqual({
			drones_launched: { value: 426, qualifier: 'exact' },
			injured: { value: 3, qualifier: 'exact' }, // not the importer's metric: kept
			drones_intercepted: { value: 403, qualifier: 'exact' },
			drones_suppressed: { value: 203, qualifier: 'exact' },
			missiles_launched: { value: 24, qualifier: 'exact' },
			missiles_intercepted: { value: 20, qualifier: 'exact' }
		});
		expect(airForce.weapons.map((w) => w.weapon)).toEqual(['shahed-136-131', 'kh-101-kh-555']);
		expect(attack.places).toEqual(['ua-30', 'ua-63']);
		// the post's claim speaks for the regions the post names; the outlet's for what it did
		expect(airForce.places).toEqual(['ua-30', 'ua-63']);
		expect(attack.claims[0].places).toEqual(['ua-30']);
		expect(attack.claims[2].places).toEqual([]); // Air Command South names only "south"

		// everything else is as the curator wrote it, comments and wrapping included
		const text = readFileSync(attackPath(dir), 'utf8');
		const lost = original.split('\n').filter((line) => !text.split('\n').includes(line));
		expect(lost).toEqual([
			'places: [ua-30]',
			'      drones_launched: 400   # misread, the import corrects it'
		]);
		const openClaim = original.slice(
			original.indexOf('  - id: open'),
			original.indexOf('  - id: ua-air-force')
		);
		// the outlet's claim is pinned to the places it spoke for before the import
		expect(text).toContain(
			openClaim.replace(
				'    article: open-2025-07-21\n',
				'    article: open-2025-07-21\n    places: [ua-30]\n'
			)
		);
		expect(text).toContain(
			'Read from the post itself, a long note that a curator wrapped by hand at a width of their\n      own choosing'
		);
		expect(text.startsWith(original.slice(0, original.indexOf('places:')))).toBe(true);
	});

	it('changes no byte when imported again', () => {
		const dir = curatedFolder();
		importRows(dir, julyRows, { overwriteCurated: true });
		const before = snapshot(dir);
		const again = importRows(dir, julyRows);
		expect(claimCounts(again)).toEqual({ added: 0, changed: 0, unchanged: 2, removed: 0 });
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
	});

	it.each([
		['a flow list', 'places: [ua-30]\n', 'places: [ua-30, ua-63]\n'],
		['an empty flow list', 'places: []\n', 'places: [ua-30, ua-63]\n'],
		['a block list', 'places:\n  - ua-30   # Kyiv\n', 'places:\n  - ua-30   # Kyiv\n  - ua-63\n'],
		['no places at all', '', 'places: [ua-30, ua-63]\n']
	])('adds its places to %s', (_, places, expected) => {
		const dir = curatedFolder(places);
		importRows(dir, julyRows);
		const text = readFileSync(attackPath(dir), 'utf8');
		expect(text).toContain(`attacker: RU\n${expected}claims:\n`);
		expect(loadDataset(dir).problems).toEqual([]);
	});

	it('keeps a curated claim dated to another night where it is, and says so', () => {
		const dir = curatedFolder();
		// the table dates the post a night later than the curator did
		const later = [
			row({
				time_start: '2025-07-21 19:00',
				time_end: '2025-07-22 08:00',
				launched: '426.0',
				destroyed: '200.0'
			})
		];
		const result = importRows(dir, later);
		expect(claimCounts(result)).toEqual({ added: 0, changed: 1, unchanged: 0, removed: 0 });
		expect(result.warnings.join('\n')).toMatch(
			/cites post kpszsu\/posts\/pfbidPOST1, which the table dates 2025-07-22: updated where it is/
		);
		expect(loadDataset(dir).dataset.attacks.map((a) => a.id)).toEqual([
			'2025-07-21-russian-strike-on-ukraine'
		]);
	});
});

describe('a newer copy of the table', () => {
	it('moves a claim the importer wrote when the publisher re-dates its post', () => {
		const dir = cleanFolder();
		const first = [
			row({}),
			row({
				source: 'kpszsu/posts/pfbidPOST3',
				time_start: '2025-07-21 19:00',
				time_end: '2025-07-22 07:00',
				launched: '50.0',
				destroyed: '45.0'
			})
		];
		importRows(dir, first);
		const file = (night: string) => join(dir, 'attacks', '2025', `${night}-russian-strikes.yaml`);
		expect(existsSync(file('2025-07-22'))).toBe(true);

		// POST3 is re-dated a day later; POST1 is unchanged
		const newer = [
			row({}),
			row({
				source: 'kpszsu/posts/pfbidPOST3',
				time_start: '2025-07-22 19:00',
				time_end: '2025-07-23 07:00',
				launched: '50.0',
				destroyed: '45.0'
			})
		];
		const result = importRows(dir, newer);
		expect(claimCounts(result)).toEqual({ added: 1, changed: 0, unchanged: 1, removed: 1 });
		expect(existsSync(file('2025-07-22'))).toBe(false);
		const { dataset, problems } = loadDataset(dir);
		expect(problems).toEqual([]);
		expect(dataset.attacks.map((a) => [a.id, a.claims.map((c) => c.article)])).toEqual([
			['2025-07-21-russian-strikes', ['kpszsu-2025-07-21']],
			// the post keeps its article (and id): only its claim moved
			['2025-07-23-russian-strikes', ['kpszsu-2025-07-22']]
		]);
	});

	it('numbers several posts of one channel and night by their first time', () => {
		const dir = cleanFolder();
		importRows(dir, [
			row({
				source: 'kpszsu/posts/pfbidLATE',
				time_start: '2025-07-21 05:00',
				model: 'X-47 Kinzhal',
				launched: '2.0',
				destroyed: '0.0'
			}),
			row({ source: 'kpszsu/posts/pfbidEARLY', launched: '100.0', destroyed: '90.0' })
		]);
		const { dataset } = loadDataset(dir);
		expect(dataset.articles.map((a) => [a.id, a.reference])).toEqual([
			['kpszsu-2025-07-21', 'kpszsu/posts/pfbidEARLY'],
			['kpszsu-2025-07-21-2', 'kpszsu/posts/pfbidLATE']
		]);
		expect(dataset.attacks[0].claims.map((c) => c.id)).toEqual(['kpszsu-2025-07-21', 'kpszsu-2025-07-21-2']);
	});

	it('adds the air commands’ sources to sources.yaml only when missing, keeping what is there', () => {
		const dir = cleanFolder();
		const before = readFileSync(join(dir, 'sources.yaml'), 'utf8');
		importRows(dir, [
			row({
				source: 'pvkshid/posts/pfbidEAST',
				time_start: '2024-07-25',
				time_end: '2024-07-25',
				model: 'ZALA',
				launched: '2.0',
				destroyed: '2.0'
			})
		]);
		const after = readFileSync(join(dir, 'sources.yaml'), 'utf8');
		expect(after.startsWith(before.replace(/\n$/, ''))).toBe(true);
		expect(loadDataset(dir).dataset.sources.map((s) => s.id)).toEqual([
			'ua-air-force',
			'ua-air-command-south',
			'ua-air-command-east'
		]);
	});
});

describe('the places each claim speaks for', () => {
	/** A night read by hand: a president's nationwide toll, which names no place of its own. */
	const nationwideAttack = (
		places: string
	) => `# yaml-language-server: $schema=../../../static/schema/attack.schema.json
id: 2025-07-21-russian-strike-on-ukraine
date: 2025-07-21
date_precision: exact
attacker: RU
${places}claims:
  - id: zelensky
    source: zelensky
    article: zelensky-2025-07-21   # his post on X
    quote: "два загиблих"
    figures:
      killed: 2
`;
	const zelenskyArticle = `
- id: zelensky-2025-07-21
  outlet: X
  title: "Zelensky on the night's attack"
  language: uk
`;
	/** An Air Force post of the same night, not cited by any curated article. */
	const twoRegions = row({
		source: 'kpszsu/posts/pfbidTWO',
		launched: '100.0',
		destroyed: '90.0',
		'affected region': "['Odesa oblast', 'Kharkiv oblast']"
	});

	function nationwideFolder(places: string): string {
		const dir = cleanFolder();
		writeFileSync(join(dir, 'articles.yaml'), '# Articles read by hand.\n' + zelenskyArticle);
		writeFileSync(
			join(dir, 'sources.yaml'),
			readFileSync(join(dir, 'sources.yaml'), 'utf8') +
				'- id: zelensky\n  name: { en: Volodymyr Zelensky }\n  side: UA\n  kind: government\n'
		);
		mkdirSync(join(dir, 'attacks', '2025'), { recursive: true });
		writeFileSync(attackPath(dir), nationwideAttack(places));
		expect(loadDataset(dir).problems).toEqual([]);
		return dir;
	}

	const loaded = (dir: string) => {
		const { dataset, problems } = loadDataset(dir);
		expect(problems).toEqual([]);
		expect(dataset.attacks).toHaveLength(1);
		const [attack] = dataset.attacks;
		return { attack, claim: (id: string) => attack.claims.find((c) => c.id === id)! };
	};

	it('pins a curated claim without places to the attack’s places before adding the regions a post names', () => {
		const dir = nationwideFolder('places: [ua-30]\n');
		const original = readFileSync(attackPath(dir), 'utf8');
		const result = importRows(dir, [twoRegions]);
		expect(claimCounts(result)).toEqual({ added: 1, changed: 0, unchanged: 0, removed: 0 });

		const { attack, claim } = loaded(dir);
		expect(attack.places).toEqual(['ua-30', 'ua-51', 'ua-63']);
		// the president's toll still speaks for Kyiv, and only for it
		expect(claim('zelensky').places).toEqual(['ua-30']);
		// the post's claim speaks for exactly the two regions it names, not for Kyiv
		expect(claim('kpszsu-2025-07-21').places).toEqual(['ua-51', 'ua-63']);

		// the curated text is kept byte for byte, but for the two lines that say so
		const text = readFileSync(attackPath(dir), 'utf8');
		const expected = original
			.replace('places: [ua-30]\n', 'places: [ua-30, ua-51, ua-63]\n')
			.replace('   # his post on X\n', '   # his post on X\n    places: [ua-30]\n');
		expect(text.startsWith(expected)).toBe(true);
		expect(text.slice(expected.length)).toMatch(
			/^\n {2}- id: kpszsu-2025-07-21\n {4}source: ua-air-force\n {4}article: kpszsu-2025-07-21\n {4}places: \[ua-51, ua-63\]\n/
		);

		// a second import changes nothing
		const before = snapshot(dir);
		const again = importRows(dir, [twoRegions]);
		expect(claimCounts(again)).toEqual({ added: 0, changed: 0, unchanged: 1, removed: 0 });
		expect(changedPaths(before, snapshot(dir))).toEqual([]);
	});

	it.each([
		['no places at all', ''],
		['an empty list', 'places: []\n']
	])('pins a curated claim of an attack with %s to no place', (_, places) => {
		const dir = nationwideFolder(places);
		importRows(dir, [twoRegions]);
		const { attack, claim } = loaded(dir);
		expect(attack.places).toEqual(['ua-51', 'ua-63']);
		expect(claim('zelensky').places).toEqual([]);
		expect(readFileSync(attackPath(dir), 'utf8')).toContain('   # his post on X\n    places: []\n    quote:');
	});

	it('gives a post that names no region an empty list, so it does not speak for the curated places', () => {
		const dir = nationwideFolder('places: [ua-30]\n');
		const original = readFileSync(attackPath(dir), 'utf8');
		const south = row({
			source: 'PvKPivden/posts/pfbidSOUTH',
			launched: '7.0',
			destroyed: '7.0',
			target: 'south'
		});
		importRows(dir, [south]);
		const { attack, claim } = loaded(dir);
		expect(attack.places).toEqual(['ua-30']);
		expect(claim('pvkpivden-2025-07-21').places).toEqual([]);
		// no place was added, so nothing is pinned: the curated text is untouched
		expect(claim('zelensky').places).toBeUndefined();
		expect(readFileSync(attackPath(dir), 'utf8').startsWith(original)).toBe(true);
	});

	it('keeps the places a curator gave a claim citing the post, and adds the post’s to the attack', () => {
		const dir = curatedFolder();
		const path = attackPath(dir);
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(
				'    article: kpszsu-2025-07-21\n',
				'    article: kpszsu-2025-07-21\n    places: [ua-30]   # the curator’s reading\n'
			)
		);
		importRows(dir, julyRows);
		const { attack, claim } = loaded(dir);
		expect(claim('ua-air-force').places).toEqual(['ua-30']);
		expect(attack.places).toEqual(['ua-30', 'ua-63']);
		expect(readFileSync(path, 'utf8')).toContain('    places: [ua-30]   # the curator’s reading\n');
	});

	it('writes each claim’s places in a new file, the attack’s being their union, and adds to them later', () => {
		const dir = cleanFolder();
		importRows(dir, julyRows);
		const file = join(dir, 'attacks', '2025', '2025-07-21-russian-strikes.yaml');
		const { attack, claim } = loaded(dir);
		expect(attack.places).toEqual(['ua-30', 'ua-63']);
		expect(claim('kpszsu-2025-07-21').places).toEqual(['ua-30', 'ua-63']);
		expect(claim('pvkpivden-2025-07-21').places).toEqual([]);
		expect(readFileSync(file, 'utf8')).toContain('    places: []\n');

		// a newer copy with one more post of that night, naming another region
		const before = snapshot(dir);
		const result = importRows(dir, [...julyRows, twoRegions]);
		expect(claimCounts(result)).toEqual({ added: 1, changed: 0, unchanged: 2, removed: 0 });
		expect(changedPaths(before, snapshot(dir))).toEqual([
			'articles/ua-air-force.yaml',
			'attacks/2025/2025-07-21-russian-strikes.yaml'
		]);
		const after = loaded(dir);
		expect(after.attack.places).toEqual(['ua-30', 'ua-63', 'ua-51']);
		expect(after.claim('kpszsu-2025-07-21').places).toEqual(['ua-30', 'ua-63']);
		expect(after.claim('pvkpivden-2025-07-21').places).toEqual([]);
		expect(after.claim('kpszsu-2025-07-21-2').places).toEqual(['ua-51', 'ua-63']);
	});
});
