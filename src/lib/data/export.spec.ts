/**
 * The downloads are written in chunks (a single string of claims.json passes V8's longest
 * string a little above 100k attacks): the chunks must join to the bytes the one-string
 * versions wrote, on the bundled records and on awkward text.
 */
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from './load.server.ts';
import { eachClaimRecord, targetOf, type ClaimRecord } from './claims.ts';
import { claimsCsv, claimsCsvChunks, claimsJsonChunks } from './export.ts';
import { attributionLine } from './attribution.ts';
import { byteStream } from './byte-stream.ts';
import type { Attack } from '../schema/attack.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../../data'));

/** The records as `claimRecords` made them before the downloads streamed: one array. */
function referenceRecords(data: Pick<Dataset, 'attacks'>): ClaimRecord[] {
	const attacks = [...data.attacks].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
	return attacks.flatMap((attack) =>
		attack.claims.map((claim) => ({
			key: `${attack.id}/${claim.id}`,
			attack: attack.id,
			date: attack.date,
			attacker: attack.attacker,
			target: targetOf(attack.attacker),
			source: claim.source,
			article: claim.article,
			places: claim.places ?? attack.places,
			quote: claim.quote,
			figures: claim.figures,
			weapons: claim.weapons,
			...(claim.follows ? { follows: claim.follows } : {}),
			...(claim.note ? { note: claim.note } : {})
		}))
	);
}

/** claims.json as `json()` wrote it, in one string. */
const referenceJson = (data: Dataset) =>
	JSON.stringify({
		about: `Salvo: claims about drone, missile and casualty figures; each figure as its source qualified it. Absent metric = not said. ${attributionLine}`,
		claims: referenceRecords(data),
		sources: data.sources,
		articles: data.articles,
		places: data.places,
		weapons: data.weapons
	});

/** Quotes, notes and names that need escaping in JSON or quoting in CSV. */
const awkward: Dataset = (() => {
	const attack = (id: string, date: string, places: string[], claims: Partial<Attack['claims'][number]>[]): Attack => ({
		id,
		date,
		date_precision: 'exact',
		attacker: id.endsWith('ua') ? 'UA' : 'RU',
		places,
		weapons: [],
		claims: claims.map((c, i) => ({
			id: `c${i}`,
			source: 'air-force',
			article: 'a1',
			quote: 'x',
			figures: {},
			weapons: [],
			...c
		}))
	});
	const attacks = [
		attack('2025-07-20-ru', '2025-07-20', ['kyiv', 'lviv'], [
			{ quote: 'He said "about 50", then left', figures: { drones_launched: { value: 50, qualifier: 'about' } } },
			{ quote: '=HYPERLINK("http://evil.example","click")', places: [], note: 'line one\nline two, "quoted"' },
			{ quote: 'понад 50 «дронів» — 🚀 \u2028 end', places: ['lviv'] }
		]),
		// same night: ordered by id
		attack('2025-07-20-ua', '2025-07-20', [], [
			{ quote: '-2+3, @SUM(A1)', figures: { killed: { value: 0, qualifier: 'exact' } } },
			{ quote: 'tab\there\r\ncarriage, "comma"', note: '' }
		]),
		attack('2025-07-21-ru', '2025-07-21', [], [
			{
				quote: '\\ back\\slash and </script>',
				figures: { drones_launched: { value: 2000, qualifier: 'more_than' }, drones_intercepted: { value: 1900, qualifier: 'at_least' } },
				weapons: [{ weapon: 'shahed', launched: { value: 2000, qualifier: 'exact' } }]
			}
		])
	];
	return { ...dataset, attacks };
})();

const small: [string, Dataset][] = [
	['awkward text', awkward],
	['no claims', { ...dataset, attacks: [] }]
];

describe('eachClaimRecord', () => {
	it.each([['the bundled records', dataset], ...small])('yields the records of the one-array version: %s', (_, data) => {
		expect([...eachClaimRecord(data)]).toEqual(referenceRecords(data));
	});
});

describe('claims.json in chunks', () => {
	it.each([['the bundled records', dataset], ...small])('joins to the one-string file: %s', (_, data) => {
		expect([...claimsJsonChunks(data, eachClaimRecord(data))].join('')).toBe(referenceJson(data));
		expect([...claimsJsonChunks(data, eachClaimRecord(data), 7)].join('')).toBe(referenceJson(data));
	});

	it.each([1, 2, 4, 1000])('keeps the bytes and at most %i claims per chunk', (perChunk) => {
		const chunks = [...claimsJsonChunks(awkward, eachClaimRecord(awkward), perChunk)];
		expect(chunks.join('')).toBe(referenceJson(awkward));
		const claimChunks = chunks.slice(1, -1).map((c) => JSON.parse(`[${c.replace(/^,/, '')}]`) as unknown[]);
		expect(claimChunks.flat()).toHaveLength(6);
		expect(Math.max(...claimChunks.map((c) => c.length))).toBeLessThanOrEqual(perChunk);
		// the head and tail hold no claims
		expect(chunks[0]).toMatch(/"claims":\[$/);
		expect(chunks.at(-1)).toMatch(/^\],"sources":/);
	});
});

describe('the attribution the Air Force records’ licence asks for (ODC-BY 1.0)', () => {
	it('heads claims.json’s about and claims.csv, as a comment line', () => {
		const json = JSON.parse([...claimsJsonChunks(awkward, eachClaimRecord(awkward))].join(''));
		const chain = /Air Force Command of the Armed Forces of Ukraine \(posts\) → P\. Ivaniuk, "Massive Missile Attacks on Ukraine" .* → Salvo\. Licence: Open Data Commons Attribution License v1\.0 \(ODC-BY 1\.0\), https:\/\/opendatacommons\.org\/licenses\/by\/1-0\//;
		expect(json.about).toMatch(chain);
		const [comment, header] = claimsCsv(referenceRecords(awkward)).split('\n');
		expect(comment).toMatch(new RegExp(`^# Air Force figures: ${chain.source}`));
		expect(header).toMatch(/^claim,attack,/);
	});
});

describe('claims.csv in chunks', () => {
	it.each([['the bundled records', dataset], ...small])('joins to the one-string file: %s', (_, data) => {
		expect([...claimsCsvChunks(eachClaimRecord(data))].join('')).toBe(claimsCsv(referenceRecords(data)));
		expect([...claimsCsvChunks(eachClaimRecord(data), 7)].join('')).toBe(claimsCsv(referenceRecords(data)));
	});

	it.each([1, 2, 4, 1000])('keeps the bytes and at most %i rows per chunk', (perChunk) => {
		const chunks = [...claimsCsvChunks(eachClaimRecord(awkward), perChunk)];
		const whole = claimsCsv(referenceRecords(awkward));
		expect(chunks.join('')).toBe(whole);
		expect(whole.endsWith('\n')).toBe(true);
		const rows = chunks.map((c) => parse(c, { comment: '#' }) as string[][]);
		expect(rows[0]).toHaveLength(1);
		expect(rows.slice(1).flat()).toHaveLength(6);
		expect(Math.max(...rows.slice(1).map((r) => r.length))).toBeLessThanOrEqual(perChunk);
		// awkward cells survive a CSV reader: quotes, commas and line breaks inside one cell
		const quotes = (parse(whole, { columns: true, comment: '#' }) as { quote: string }[]).map((r) => r.quote);
		expect(quotes).toContain('tab\there\r\ncarriage, "comma"');
		expect(quotes).toContain(`'=HYPERLINK("http://evil.example","click")`);
	});
});

describe('byteStream', () => {
	it('encodes each chunk as UTF-8, one chunk per read, the text whole', async () => {
		const chunks = [...claimsJsonChunks(awkward, eachClaimRecord(awkward), 2)];
		const reads: Uint8Array[] = [];
		for await (const bytes of byteStream(chunks)) reads.push(bytes);
		expect(reads).toHaveLength(chunks.length);
		expect(Buffer.concat(reads).toString('utf8')).toBe(referenceJson(awkward));
	});

	it('makes no chunk before it is read', async () => {
		let made = 0;
		function* counted() {
			for (let i = 0; i < 10; i++) {
				made++;
				yield String(i);
			}
		}
		const reader = byteStream(counted()).getReader();
		await reader.read();
		expect(made).toBeLessThanOrEqual(2);
		await reader.cancel();
	});
});
