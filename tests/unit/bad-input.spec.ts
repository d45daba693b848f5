/**
 * The bad-input corpus for record files (issue 6): each case copies the valid fixture folder,
 * adds one bad file or one bad field, and checks that
 * - the loader returns (never throws) and reports the problem naming file, record and field,
 *   with a message a curator can act on, cut short when the input is huge;
 * - every valid record of the fixture still loads, unchanged.
 * Cases that look hostile but are legal (markup in a quote, a BOM, CRLF) must load as written.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/lib/data/load.server.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/valid');
const today = '2026-11-22';
const temp = mkdtempSync(join(tmpdir(), 'salvo-bad-input-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * A folder holding the valid fixture plus `files` (paths relative to the data folder), and
 * whatever `setup` makes there that a file's bytes cannot (links, pipes).
 */
function folderWith(
	name: string,
	files: Record<string, string | Uint8Array>,
	setup?: (dir: string) => void
): string {
	const dir = join(temp, name.replace(/[^a-z0-9]+/gi, '-'), 'data');
	cpSync(fixture, dir, { recursive: true });
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), body);
	}
	setup?.(dir);
	return dir;
}

const baseline = loadDataset(fixture, { today });
const idsOf = (r: LoadResult) => ({
	sources: r.dataset.sources.map((s) => s.id),
	articles: r.dataset.articles.map((a) => a.id),
	places: r.dataset.places.map((p) => p.id),
	weapons: r.dataset.weapons.map((w) => w.id),
	attacks: r.dataset.attacks.map((a) => a.id)
});

const badFile = 'attacks/2025/2025-07-22-bad.yaml';
const claim = {
	id: 'c1',
	source: 'test-outlet',
	article: 'test-article',
	quote: 'oltre 50 droni',
	figures: { drones_launched: '>50' }
};
const attack = {
	id: '2025-07-22-bad',
	date: '2025-07-22',
	date_precision: 'exact',
	attacker: 'RU',
	places: ['test-city'],
	claims: [claim]
};
type Json = Record<string, unknown>;
/** An attack file (JSON is YAML) with one change to the attack or to its claim. */
const attackWith = (change: Json = {}, claimChange: Json = {}) =>
	JSON.stringify({ ...attack, claims: [{ ...claim, ...claimChange }], ...change }, null, 1);
/** The claim's figures replaced. */
const figures = (f: Json) => attackWith({}, { figures: f });
/** A list file with one more record, beside the fixture's own file. */
const extra = (kind: string, record: Json) => ({ [`${kind}s/extra.yaml`]: JSON.stringify([record]) });
const place = {
	id: 'new-town',
	kind: 'settlement',
	names: { en: 'New Town' },
	country: 'UA',
	region: 'UA-63',
	lat: 50,
	lon: 36
};
const article = { id: 'new-article', outlet: 'Outlet', language: 'en' };
const source = { id: 'new-source', name: { en: 'New Source' }, side: 'other', kind: 'media' };

const utf16 = (text: string, bom: 'le' | 'be' | 'none') => {
	const le = Buffer.from(text, 'utf16le');
	if (bom === 'none') return le;
	if (bom === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
	return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.swap16())]);
};
const tenMegabytes = 10 * 1024 * 1024;
const bomb = [
	'a: &a ["x","x","x","x","x","x","x","x","x"]',
	'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
	'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
	'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
	'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
	'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]'
].join('\n');

interface Case {
	name: string;
	files: Record<string, string | Uint8Array>;
	/** Makes what bytes cannot: links, pipes (paths relative to the data folder). */
	setup?: (dir: string) => void;
	/** The problem expected; `file` relative to the data folder. */
	problem: { file: string; record?: string; field?: string; line?: number; message: RegExp };
}

const bad: Case[] = [
	// encodings and bytes
	{
		name: 'UTF-16 LE with a byte-order mark',
		files: { [badFile]: utf16(attackWith(), 'le') },
		problem: { file: badFile, message: /is UTF-16 text.*save it as UTF-8/ }
	},
	{
		name: 'UTF-16 BE with a byte-order mark',
		files: { [badFile]: utf16(attackWith(), 'be') },
		problem: { file: badFile, message: /is UTF-16 text/ }
	},
	{
		name: 'UTF-16 without a byte-order mark',
		files: { [badFile]: utf16(attackWith(), 'none') },
		problem: { file: badFile, message: /NUL bytes: UTF-16/ }
	},
	{
		name: 'Latin-1 accents',
		files: { [badFile]: Buffer.from(attackWith({}, { quote: 'più di 50 droni' }), 'latin1') },
		problem: { file: badFile, message: /not valid UTF-8.*Latin-1/ }
	},
	{
		name: 'Windows-1252 curly quotes',
		files: { [badFile]: Buffer.concat([Buffer.from('id: x\nnote: '), Buffer.from([0x93, 0x78, 0x94])]) },
		problem: { file: badFile, message: /not valid UTF-8/ }
	},
	{
		name: 'a binary file',
		files: { [badFile]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
		problem: { file: badFile, message: /NUL bytes|not valid UTF-8/ }
	},
	// broken YAML
	{
		name: 'an unclosed flow list',
		files: { [badFile]: 'id: 2025-07-22-bad\nplaces: [test-city\nclaims: []\n' },
		problem: { file: badFile, message: /^YAML syntax/ }
	},
	{
		name: 'an unclosed quote',
		files: { [badFile]: 'id: "2025-07-22-bad\ndate: 2025-07-22\n' },
		problem: { file: badFile, message: /^YAML syntax/ }
	},
	{
		name: 'tab indentation',
		files: { [badFile]: 'id: 2025-07-22-bad\nclaims:\n\t- id: c1\n' },
		problem: { file: badFile, message: /^YAML syntax/ }
	},
	{
		name: 'a duplicate key',
		files: { [badFile]: 'id: 2025-07-22-bad\nid: 2025-07-22-bad\n' },
		problem: { file: badFile, message: /YAML syntax: Map keys must be unique/ }
	},
	{
		name: 'two documents in one file',
		files: { [badFile]: `${attackWith()}\n---\n${attackWith()}\n` },
		problem: { file: badFile, message: /^YAML syntax/ }
	},
	{
		name: 'a billion-laughs alias bomb',
		files: { [badFile]: bomb },
		problem: { file: badFile, message: /too many aliases.*billion laughs/ }
	},
	{
		name: 'nesting 50 000 levels deep',
		files: { [badFile]: '['.repeat(50_000) + ']'.repeat(50_000) },
		problem: { file: badFile, line: 1, message: /brackets nested more than 40 deep/ }
	},
	{
		name: 'an empty attack file',
		files: { [badFile]: '' },
		problem: { file: badFile, message: /is empty: an attack file holds one attack/ }
	},
	{
		name: 'a single value instead of an attack',
		files: { [badFile]: 'just some words' },
		problem: { file: badFile, message: /must hold one attack/ }
	},
	{
		name: 'a list instead of an attack',
		files: { [badFile]: `[${attackWith()}]` },
		problem: { file: badFile, message: /must hold one attack/ }
	},
	{
		name: 'a mapping instead of a list of places',
		files: { 'places/extra.yaml': JSON.stringify(place) },
		problem: { file: 'places/extra.yaml', message: /must be a list of records/ }
	},
	// figures
	{
		name: 'a negative count',
		files: { [badFile]: figures({ killed: -1 }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /cannot be negative/
		}
	},
	{
		name: 'a fractional count',
		files: { [badFile]: figures({ injured: 2.5 }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'figures.injured', message: /whole number/ }
	},
	{
		name: 'a count past 2^53',
		files: { [badFile]: figures({ killed: 1e20 }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /too large to be a count/
		}
	},
	{
		name: 'a 21-digit literal',
		files: { [badFile]: attackWith().replace('">50"', '123456789012345678901') },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.drones_launched',
			message: /too large/
		}
	},
	{
		name: 'more than a million drones in a night',
		files: { [badFile]: figures({ drones_launched: 1_000_001 }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.drones_launched',
			message: /more than 1000000: too large for one attack/
		}
	},
	{
		name: 'a short form past a million',
		files: { [badFile]: figures({ drones_launched: '>4000000' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.drones_launched',
			message: /too large for one attack/
		}
	},
	{
		name: 'infinity',
		files: { [badFile]: attackWith().replace('">50"', '.inf') },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.drones_launched',
			message: /finite|a figure is/
		}
	},
	{
		name: 'not a number',
		files: { [badFile]: attackWith().replace('">50"', '.nan') },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.drones_launched',
			message: /a figure is|finite/
		}
	},
	{
		name: 'a count in words',
		files: { [badFile]: figures({ killed: 'two' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /"two" is not a count/
		}
	},
	{
		name: 'a negative short form',
		files: { [badFile]: figures({ killed: '>-3' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /is not a count/
		}
	},
	{
		name: 'a count in exponent notation',
		files: { [badFile]: figures({ killed: '1e3' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /"1e3" is a number in exponent form \(1000\).*plain digits/
		}
	},
	{
		name: 'a 1 MB string of digits',
		files: { [badFile]: figures({ killed: '9'.repeat(1024 * 1024) }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /too large to be a count/
		}
	},
	{
		name: 'an unknown qualifier',
		files: { [badFile]: figures({ killed: { value: 3, qualifier: 'roughly' } }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /a figure is a count/
		}
	},
	{
		name: 'a long form with a string value',
		files: { [badFile]: figures({ killed: { value: '3', qualifier: 'exact' } }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /a figure is a count/
		}
	},
	{
		name: 'figures as a list',
		files: { [badFile]: figures([50] as unknown as Json) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures',
			message: /expected record|expected object|Invalid/
		}
	},
	{
		name: 'an unknown metric',
		files: { [badFile]: figures({ wounded: 3 }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures',
			message: /unknown field wounded/
		}
	},
	{
		name: 'more intercepted than launched',
		files: { [badFile]: figures({ missiles_launched: 20, missiles_intercepted: 24 }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.missiles_intercepted',
			message: /is greater than missiles_launched/
		}
	},
	{
		name: 'more intercepted than launched for one weapon',
		files: {
			[badFile]: attackWith({}, { weapons: [{ weapon: 'test-drone', launched: 5, intercepted: 6 }] })
		},
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'weapons.0.intercepted',
			message: /greater than launched \(5\) for test-drone/
		}
	},
	{
		name: 'a negative weapon count',
		files: { [badFile]: attackWith({}, { weapons: [{ weapon: 'test-drone', launched: -5 }] }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'weapons.0.launched',
			message: /cannot be negative/
		}
	},
	// dates
	{
		name: 'February 30th',
		files: { [badFile]: attackWith({ date: '2025-02-30', id: '2025-02-30-bad' }) },
		problem: { file: badFile, record: '2025-02-30-bad', field: 'date', message: /this date does not exist/ }
	},
	{
		name: 'February 29th of a common year',
		files: { [badFile]: attackWith({ date: '2025-02-29' }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'date', message: /does not exist/ }
	},
	{
		name: 'month 13',
		files: { [badFile]: attackWith({ date: '2025-13-01' }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'date', message: /does not exist/ }
	},
	{
		name: 'a day-first date',
		files: { [badFile]: attackWith({ date: '22/07/2025' }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'date', message: /written YYYY-MM-DD/ }
	},
	{
		name: 'a timestamp for a date',
		files: { [badFile]: attackWith({ date: '2025-07-22T03:00:00Z' }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'date', message: /written YYYY-MM-DD/ }
	},
	{
		name: 'a date in the future',
		files: { 'attacks/2099/2099-07-22-bad.yaml': attackWith({ id: '2099-07-22-bad', date: '2099-07-22' }) },
		problem: {
			file: 'attacks/2099/2099-07-22-bad.yaml',
			record: '2099-07-22-bad',
			field: 'date',
			message: /is in the future/
		}
	},
	{
		name: 'an article published on April 31st',
		files: extra('article', { ...article, published: '2025-04-31' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'published',
			message: /does not exist/
		}
	},
	{
		name: 'an attack filed under the wrong year',
		files: { 'attacks/2024/2025-07-22-bad.yaml': attackWith() },
		problem: {
			file: 'attacks/2024/2025-07-22-bad.yaml',
			record: '2025-07-22-bad',
			message: /is in folder 2024 but dated 2025-07-22/
		}
	},
	// ids
	{
		name: 'an unknown source',
		files: { [badFile]: attackWith({}, { source: 'nobody' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'source',
			message: /unknown source "nobody"/
		}
	},
	{
		name: 'an unknown article',
		files: { [badFile]: attackWith({}, { article: 'nowhere' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'article',
			message: /unknown article "nowhere"/
		}
	},
	{
		name: 'an unknown place',
		files: { [badFile]: attackWith({ places: ['atlantis'] }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad',
			field: 'places.0',
			message: /unknown place "atlantis"/
		}
	},
	{
		name: 'an unknown weapon',
		files: { [badFile]: attackWith({}, { weapons: [{ weapon: 'death-ray', launched: 1 }] }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'weapons.0.weapon',
			message: /unknown weapon "death-ray"/
		}
	},
	{
		name: "a claim's place the attack does not name",
		files: { [badFile]: attackWith({}, { places: ['ua-63'] }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'places.0',
			message: /is not one of the attack's places/
		}
	},
	{
		name: 'a duplicate claim id',
		files: { [badFile]: JSON.stringify({ ...attack, claims: [claim, claim] }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'id', message: /duplicate claim id/ }
	},
	{
		name: 'a duplicate attack id in another folder',
		files: {
			'attacks/2025/extra/2025-07-21-test-attack.yaml': attackWith({
				id: '2025-07-21-test-attack',
				date: '2025-07-21'
			})
		},
		problem: {
			file: 'attacks/2025/extra/2025-07-21-test-attack.yaml',
			record: '2025-07-21-test-attack',
			field: 'id',
			message: /duplicate attack id \(first in data\/attacks\/2025\/2025-07-21-test-attack\.yaml:1\)/
		}
	},
	{
		name: 'a duplicate source id in another file',
		files: extra('source', { ...source, id: 'test-outlet' }),
		problem: {
			file: 'sources/extra.yaml',
			record: 'test-outlet',
			field: 'id',
			message: /duplicate source id \(first in data\/sources\.yaml:\d+\)/
		}
	},
	{
		name: 'a duplicate place id',
		files: extra('place', { ...place, id: 'test-city' }),
		problem: {
			file: 'places/extra.yaml',
			record: 'test-city',
			field: 'id',
			message: /duplicate place id \(first in data\/places\.yaml:1\)/
		}
	},
	{
		name: 'markup in an id',
		files: extra('source', { ...source, id: '<script>alert(1)</script>' }),
		problem: {
			file: 'sources/extra.yaml',
			record: '<script>alert(1)</script>',
			field: 'id',
			message: /lower-case letters, digits and dashes/
		}
	},
	{
		name: 'upper case in an id',
		files: extra('place', { ...place, id: 'New-Town' }),
		problem: { file: 'places/extra.yaml', record: 'New-Town', field: 'id', message: /lower-case/ }
	},
	{
		name: 'a 10 MB id',
		files: extra('source', { ...source, id: 'a'.repeat(tenMegabytes) }),
		problem: { file: 'sources/extra.yaml', field: 'id', message: /characters long: at most 100/ }
	},
	{
		name: "an id that is not the file's name",
		files: { [badFile]: attackWith({ id: '2025-07-22-other' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-other',
			field: 'id',
			message: /must match the file name \(2025-07-22-bad\)/
		}
	},
	// text
	{
		name: 'a 10 MB quote',
		files: { [badFile]: attackWith({}, { quote: 'x'.repeat(tenMegabytes) }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'quote',
			message: /is 10485760 characters long: at most 2000/
		}
	},
	{
		name: 'a quote one character too long',
		files: { [badFile]: attackWith({}, { quote: 'd'.repeat(2001) }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'quote',
			message: /2001 characters long: at most 2000/
		}
	},
	{
		name: 'a 201-character name',
		files: extra('place', { ...place, names: { en: 'N'.repeat(201) } }),
		problem: { file: 'places/extra.yaml', record: 'new-town', field: 'names.en', message: /at most 200/ }
	},
	{
		name: 'a 10 MB note',
		files: extra('source', { ...source, note: 'n'.repeat(tenMegabytes) }),
		problem: { file: 'sources/extra.yaml', record: 'new-source', field: 'note', message: /at most 5000/ }
	},
	{
		name: 'a bell character in a quote',
		files: { [badFile]: attackWith({}, { quote: 'oltre\u0007 50' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'quote',
			message: /control character \(U\+0007 at character 6\)/
		}
	},
	{
		name: 'a NUL escape in a quote',
		files: { [badFile]: attackWith({}, { quote: 'oltre\u0000 50' }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'quote', message: /U\+0000/ }
	},
	{
		name: 'an escape sequence in a title',
		files: extra('article', { ...article, title: '\u001b[31mred\u001b[0m' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'title', message: /U\+001B/ }
	},
	{
		name: 'a right-to-left override in a name',
		files: extra('source', { ...source, name: { en: 'evil\u202Egnp.exe' } }),
		problem: { file: 'sources/extra.yaml', record: 'new-source', field: 'name.en', message: /U\+202E/ }
	},
	{
		name: 'a line break in a name',
		files: extra('place', { ...place, names: { en: 'New\nTown' } }),
		problem: {
			file: 'places/extra.yaml',
			record: 'new-town',
			field: 'names.en',
			message: /U\+000A.*one line/
		}
	},
	{
		name: 'a control character in a note',
		files: extra('article', { ...article, note: 'see\u0008' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'note',
			message: /control character/
		}
	},
	{
		name: 'an empty quote',
		files: { [badFile]: attackWith({}, { quote: '   ' }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'quote', message: /cannot be empty/ }
	},
	// URLs
	{
		name: 'a javascript: URL',
		files: extra('article', { ...article, url: 'javascript:alert(document.cookie)' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'url',
			message: /must start with http:\/\/ or https:\/\//
		}
	},
	{
		name: 'a javascript: URL in capitals with a leading space',
		files: extra('article', { ...article, url: ' JavaScript:alert(1)' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /http/ }
	},
	{
		name: 'a data: URL',
		files: extra('article', { ...article, url: 'data:text/html,<script>alert(1)</script>' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'url',
			message: /must start with http/
		}
	},
	{
		name: 'a vbscript: URL',
		files: extra('article', { ...article, url: 'vbscript:msgbox(1)' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /http/ }
	},
	{
		name: 'a relative URL',
		files: extra('article', { ...article, url: '/a/page' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /http/ }
	},
	{
		name: 'an ftp URL',
		files: extra('article', { ...article, url: 'ftp://example.org/file' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /http/ }
	},
	{
		name: 'a URL that does not parse',
		files: extra('article', { ...article, url: 'https://exa mple.org/' }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /http/ }
	},
	{
		name: 'a 3000-character URL',
		files: extra('article', { ...article, url: `https://example.org/${'a'.repeat(3000)}` }),
		problem: { file: 'articles/extra.yaml', record: 'new-article', field: 'url', message: /at most 2000/ }
	},
	// structure
	{
		name: 'an unknown field',
		files: { [badFile]: attackWith({}, { sourse: 'test-outlet' }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: undefined, message: /unknown field sourse/ }
	},
	{
		name: 'a missing quote',
		files: { [badFile]: attackWith({}, { quote: undefined }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'quote', message: /is required/ }
	},
	{
		name: 'an attack without claims',
		files: { [badFile]: JSON.stringify({ ...attack, claims: [] }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'claims', message: /at least one claim/ }
	},
	{
		name: 'an unknown attacker',
		files: { [badFile]: attackWith({ attacker: 'XX' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad',
			field: 'attacker',
			message: /expected one of "UA"\|"RU"/
		}
	},
	{
		name: 'a latitude off the globe',
		files: extra('place', { ...place, lat: 91 }),
		problem: { file: 'places/extra.yaml', record: 'new-town', field: 'lat', message: /<=90|90/ }
	}
];

// issue 24: a round of hostile input beyond the corpus above
/** An attack file whose claim's figure is written unquoted, as a curator would type it. */
const unquotedFigure = (value: string) => figures({ killed: '__value__' }).replace('"__value__"', value);
const attackFolder = 'attacks/2025';
const round2: Case[] = [
	// the folder itself
	{
		name: 'a dangling symbolic link (an editor lock file)',
		files: {},
		setup: (dir) =>
			symlinkSync('user@host.1234:1700000000', join(dir, attackFolder, '.#2025-07-21-test-attack.yaml')),
		problem: {
			file: `${attackFolder}/.#2025-07-21-test-attack.yaml`,
			message: /symbolic link to nothing.*delete it/
		}
	},
	{
		name: 'a symbolic link that loops',
		files: {},
		setup: (dir) => symlinkSync('loop.yaml', join(dir, attackFolder, 'loop.yaml')),
		problem: { file: `${attackFolder}/loop.yaml`, message: /loops back on itself/ }
	},
	{
		name: 'a pipe named *.yaml',
		files: {},
		setup: (dir) => execFileSync('mkfifo', [join(dir, attackFolder, 'pipe.yaml')]),
		problem: { file: `${attackFolder}/pipe.yaml`, message: /not a plain file \(a pipe/ }
	},
	{
		name: 'a symbolic link to a file outside the data folder',
		files: {},
		setup: (dir) => {
			writeFileSync(join(dir, '..', 'outside.yaml'), attackWith());
			symlinkSync(join(dir, '..', 'outside.yaml'), join(dir, badFile));
		},
		problem: { file: badFile, message: /symbolic link to .*outside\.yaml, outside the data folder/ }
	},
	{
		name: 'a symbolic link to a folder',
		files: {},
		setup: (dir) => symlinkSync(join(dir, 'attacks', '2025'), join(dir, 'attacks', '2026')),
		problem: { file: 'attacks/2026', message: /link to a folder, which is not followed/ }
	},
	{
		name: 'a list file that is a dangling link',
		files: {},
		setup: (dir) => {
			mkdirSync(join(dir, 'places'), { recursive: true });
			symlinkSync('nowhere.yaml', join(dir, 'places', 'more.yaml'));
		},
		problem: { file: 'places/more.yaml', message: /symbolic link to nothing/ }
	},
	{
		name: 'a dangling link among the period files',
		files: {},
		setup: (dir) => {
			mkdirSync(join(dir, 'periods', '2025'), { recursive: true });
			symlinkSync('gone.yaml', join(dir, 'periods', '2025', '.#weekly.yaml'));
		},
		problem: { file: 'periods/2025/.#weekly.yaml', message: /symbolic link to nothing/ }
	},
	{
		name: 'a file ending .YAML',
		files: { 'attacks/2025/2025-07-22-bad.YAML': attackWith() },
		problem: {
			file: 'attacks/2025/2025-07-22-bad.YAML',
			message: /ends in "\.YAML", so it was not read: rename it/
		}
	},
	{
		name: 'a file ending .Yml',
		files: { 'places/more.Yml': JSON.stringify([place]) },
		problem: { file: 'places/more.Yml', message: /ends in "\.Yml"/ }
	},
	// nesting and size: one pass, before any parser recurses or keeps a node
	{
		name: '20 MB of nested brackets',
		files: { [badFile]: `id: x\nplaces: ${'['.repeat(10 * 1024 * 1024)}${']'.repeat(10 * 1024 * 1024)}\n` },
		problem: { file: badFile, line: 2, message: /brackets nested more than 40 deep/ }
	},
	{
		name: 'nested braces after many ordinary lines',
		files: {
			[badFile]: `${'# a comment [[[\n'.repeat(50)}claims: ${'{a: '.repeat(100)}1${'}'.repeat(100)}\n`
		},
		problem: { file: badFile, line: 51, message: /brackets nested more than 40 deep/ }
	},
	{
		name: 'block lists nested on one line',
		files: { [badFile]: `claims:\n${'- '.repeat(300)}x\n` },
		problem: { file: badFile, line: 2, message: /nested more than 200 columns deep/ }
	},
	{
		name: 'a huge file with a syntax error, past the careful parser’s bound',
		files: { [badFile]: `${'# padding\n'.repeat(500_000)}id: [unclosed\n` },
		problem: { file: badFile, message: /^YAML syntax/ }
	},
	// values that change meaning unseen
	{
		name: 'an unquoted hexadecimal count',
		files: { [badFile]: unquotedFigure('0x1F') },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /"0x1F" is a number in hexadecimal \(31\).*plain digits/
		}
	},
	{
		name: 'an unquoted octal count',
		files: { [badFile]: unquotedFigure('0o17') },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'figures.killed', message: /octal \(15\)/ }
	},
	{
		name: 'an unquoted exponent count',
		files: { [badFile]: unquotedFigure('1e3') },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'figures.killed',
			message: /exponent form \(1000\)/
		}
	},
	{
		name: 'an unquoted exponent latitude',
		files: {
			'places/extra.yaml': JSON.stringify([{ ...place, lat: '__lat__' }]).replace('"__lat__"', '5e1')
		},
		problem: { file: 'places/extra.yaml', record: 'new-town', field: 'lat', message: /exponent form \(50\)/ }
	},
	{
		name: 'an attack dated 1900',
		files: { 'attacks/1900/1900-07-22-bad.yaml': attackWith({ id: '1900-07-22-bad', date: '1900-07-22' }) },
		problem: {
			file: 'attacks/1900/1900-07-22-bad.yaml',
			record: '1900-07-22-bad',
			field: 'date',
			message: /1900-07-22 is before 2014-02-20, the start of the war/
		}
	},
	{
		name: 'an attack dated in the year 0100',
		files: { 'attacks/0100/0100-07-22-bad.yaml': attackWith({ id: '0100-07-22-bad', date: '0100-07-22' }) },
		problem: {
			file: 'attacks/0100/0100-07-22-bad.yaml',
			record: '0100-07-22-bad',
			field: 'date',
			message: /before 2014-02-20/
		}
	},
	{
		name: 'an article published in 1900',
		files: extra('article', { ...article, published: '1900-01-01' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'published',
			message: /before 2014-02-20/
		}
	},
	// text that reads otherwise than it is stored
	{
		name: 'a C1 control character in a name',
		files: extra('place', { ...place, names: { en: 'New\u0085Town' } }),
		problem: {
			file: 'places/extra.yaml',
			record: 'new-town',
			field: 'names.en',
			message: /control character \(U\+0085 at character 4\)/
		}
	},
	{
		name: 'a line separator U+2028 in a quote',
		files: { [badFile]: attackWith({}, { quote: 'oltre\u202850 droni' }) },
		problem: {
			file: badFile,
			record: '2025-07-22-bad/c1',
			field: 'quote',
			message: /line or paragraph separator \(U\+2028/
		}
	},
	{
		name: 'a paragraph separator U+2029 in a summary',
		files: { [badFile]: attackWith({ summary: { en: 'one\u2029two' } }) },
		problem: { file: badFile, record: '2025-07-22-bad', field: 'summary.en', message: /U\+2029/ }
	},
	{
		name: 'a zero-width space in an article title',
		files: extra('article', { ...article, title: 'Drones\u200b over Kyiv' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'title',
			message: /invisible character.*U\+200B at character 7\); delete it/
		}
	},
	{
		name: 'a zero-width joiner in a source name',
		files: extra('source', { ...source, name: { en: 'New\u200dSource' } }),
		problem: {
			file: 'sources/extra.yaml',
			record: 'new-source',
			field: 'name.en',
			message: /invisible character \(.*U\+200D/
		}
	},
	{
		name: 'a right-to-left mark in a place name',
		files: extra('place', { ...place, names: { en: '\u200fNew Town' } }),
		problem: {
			file: 'places/extra.yaml',
			record: 'new-town',
			field: 'names.en',
			message: /bidirectional mark.*U\+200F/
		}
	},
	{
		name: 'an Arabic letter mark in a quote',
		files: { [badFile]: attackWith({}, { quote: '50\u061c droni' }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'quote', message: /bidirectional.*U\+061C/ }
	},
	{
		name: 'a name made only of zero-width spaces',
		files: extra('place', { ...place, names: { en: '\u200b\u200b\u200b' } }),
		problem: {
			file: 'places/extra.yaml',
			record: 'new-town',
			field: 'names.en',
			message: /^cannot be empty$/
		}
	},
	{
		name: 'a quote made of spaces and a byte-order mark',
		files: { [badFile]: attackWith({}, { quote: ' \ufeff \u2060 ' }) },
		problem: { file: badFile, record: '2025-07-22-bad/c1', field: 'quote', message: /^cannot be empty$/ }
	},
	// links that go elsewhere than they read
	{
		name: 'a URL with a user name and password',
		files: extra('article', { ...article, url: 'https://user:pass@example.org/' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'url',
			message: /user name or password/
		}
	},
	{
		name: 'a URL that reads as the BBC and goes elsewhere',
		files: extra('article', { ...article, url: 'https://www.bbc.co.uk@evil.example/news' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'url',
			message: /user name or password.*hides the site/
		}
	},
	{
		name: 'a URL with a raw line break',
		files: extra('article', { ...article, url: 'https://example.org/a\nb' }),
		problem: {
			file: 'articles/extra.yaml',
			record: 'new-article',
			field: 'url',
			message: /no line breaks, tabs/
		}
	},
	// YAML
	{
		name: 'an alias to an anchor that is not there',
		files: { [badFile]: attackWith({ places: '__places__' }).replace('"__places__"', '[*kyiv]') },
		problem: { file: badFile, message: /alias \*kyiv names no anchor: write &kyiv/ }
	}
];
bad.push(...round2);

// the 10 MB cases read their file twice (values, then lines for the report): seconds each
describe('bad input: every case is reported with file, record and field, and nothing valid is lost', () => {
	it('has a corpus of at least 30 cases', () => {
		expect(bad.length).toBeGreaterThanOrEqual(30);
	});

	it.each(bad.map((c) => [c.name, c] as const))(
		'%s',
		(name, c) => {
			const dir = folderWith(name, c.files, c.setup);
			let result: LoadResult | undefined;
			expect(() => (result = loadDataset(dir, { today }))).not.toThrow();
			const { problems } = result!;
			const want = c.problem;
			const match = problems.find(
				(p) =>
					p.file === `data/${want.file}` &&
					(want.record === undefined || p.record === want.record) &&
					('field' in want ? p.field === want.field : true) &&
					(want.line === undefined || p.line === want.line) &&
					want.message.test(p.message)
			);
			expect(
				match,
				`expected ${JSON.stringify({ ...want, message: String(want.message) })} among\n${problems.map(formatProblem).join('\n')}`
			).toBeDefined();
			// the fixture's own records are untouched, and the bad file is the only one blamed
			// (a duplicate is blamed where the second copy is)
			expect(problems.every((p) => p.file === `data/${want.file}`)).toBe(true);
			for (const [kind, ids] of Object.entries(idsOf(baseline))) {
				expect(idsOf(result!)[kind as keyof ReturnType<typeof idsOf>]).toEqual(expect.arrayContaining(ids));
			}
			expect(result!.dataset.attacks.find((a) => a.id === '2025-07-21-test-attack')).toEqual(
				baseline.dataset.attacks[0]
			);
			// a huge input never becomes a huge report
			for (const p of problems) expect(formatProblem(p).length).toBeLessThan(1000);
		},
		30_000
	);
});

// issue 24: `check:data | cat` printed 1,063–2,271 of 60,002 lines and no summary
describe('check:data through a pipe', () => {
	it('passes every one of 60,000 problems and the summary', () => {
		const count = 60_000;
		const places = Array.from({ length: count }, (_, i) =>
			JSON.stringify({ ...place, id: `p${i}`, lon: 999 })
		);
		const dir = folderWith('pipe', { 'places/many.yaml': `[\n${places.join(',\n')}\n]\n` });
		const script = resolve(import.meta.dirname, '../../scripts/check-data.ts');
		// the exit status is check:data's own, not cat's
		const run = spawnSync('bash', ['-c', `node "${script}" "${dir}" 2>&1 | cat; exit "\${PIPESTATUS[0]}"`], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines.filter((l) => l.startsWith('data/places/many.yaml')).length).toBe(count);
		expect(lines.at(-1)).toMatch(/^check:data: 60000 problems in /);
		expect(run.status).toBe(1);
	}, 120_000);
});

describe('input that looks hostile but is legal loads exactly as written', () => {
	const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\'';
	it.each([
		[
			'markup and script in a quote',
			{ [badFile]: attackWith({}, { quote: markup }) },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote,
			markup
		],
		[
			'markup in a place name',
			extra('place', { ...place, names: { en: '<b>Town</b>' } }),
			(r: LoadResult) => r.dataset.places.find((p) => p.id === 'new-town')?.names.en,
			'<b>Town</b>'
		],
		[
			'a javascript: URL inside quote text',
			{ [badFile]: attackWith({}, { quote: 'see javascript:alert(1)' }) },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote,
			'see javascript:alert(1)'
		],
		[
			'a tab and a line break in a quote',
			{ [badFile]: attackWith({}, { quote: 'Shahed:\t50\nKh-101:\t3' }) },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote,
			'Shahed:\t50\nKh-101:\t3'
		],
		[
			'a UTF-8 byte-order mark',
			{ [badFile]: `\uFEFF${attackWith({}, { quote: 'понад 50 дронів' })}` },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote,
			'понад 50 дронів'
		],
		[
			'CRLF line endings',
			{ [badFile]: attackWith({}, { quote: 'più di 50' }).replace(/\n/g, '\r\n') },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote,
			'più di 50'
		],
		[
			'a quote of exactly 2000 characters',
			{ [badFile]: attackWith({}, { quote: 'q'.repeat(2000) }) },
			(r: LoadResult) => r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].quote.length,
			2000
		],
		[
			'a million drones, the largest count allowed',
			{ [badFile]: figures({ drones_launched: 1_000_000 }) },
			(r: LoadResult) =>
				r.dataset.attacks.find((a) => a.id === '2025-07-22-bad')?.claims[0].figures.drones_launched?.value,
			1_000_000
		]
	] as const)('%s', (name, files, read, expected) => {
		const result = loadDataset(folderWith(`legal ${name}`, files), { today });
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(read(result)).toEqual(expected);
	});
});
