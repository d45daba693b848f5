import { describe, expect, it } from 'vitest';
import {
	changesView,
	listedAdditions,
	listedEntries,
	nightChanges
} from '../../src/lib/publish/changes-view.ts';
import type { DataChange, DataHistory } from '../../src/lib/publish/history.server.ts';
import { citation } from '../../src/lib/publish/citation.ts';

const claim = (night: string, i: number) => ({
	night,
	attack: `${night}-russian-strikes`,
	claim: `c${i}`,
	source: i % 2 ? 'ua-air-force' : 'ua-air-command-south',
	figures: { drones_launched: String(i) }
});

function change(commit: string, date: string, over: Partial<DataChange>): DataChange {
	return {
		commit: commit.padEnd(40, '0'),
		date,
		message: `change ${commit}`,
		nights: [],
		added: [],
		removed: [],
		figures: [],
		edits: [],
		lists: [],
		unreadable: [],
		...over
	};
}

describe('changesView', () => {
	// the commit that bundled the Air Force table added 1,687 claims: a page of them would bury the corrections
	const nights = Array.from(
		{ length: 40 },
		(_, i) => `2025-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`
	);
	const bundle = change('aaaaaaa', '2026-12-07T20:49:09+00:00', {
		nights: [...new Set(nights)].sort(),
		added: nights.map((n, i) => claim(n, i)),
		figures: [{ ...claim('2025-01-03', 1), figure: 'drones_launched', before: '>420', after: '426' }]
	});
	const fix = change('bbbbbbb', '2026-12-08T09:00:00+00:00', {
		nights: ['2025-01-03'],
		removed: [claim('2025-01-03', 7)],
		figures: Array.from({ length: listedEntries + 5 }, (_, i) => ({
			...claim('2025-01-03', i),
			figure: 'killed',
			before: '1',
			after: '2'
		}))
	});
	const history: DataHistory = { available: true, changes: [bundle, fix] };
	const view = changesView(history);
	if (!view.available) throw new Error('no view');

	it('puts the newest change first', () => {
		expect(view.changes.map((c) => c.short)).toEqual(['bbbbbbb', 'aaaaaaa']);
		expect(view.changes[0].day).toBe('2026-12-08');
	});

	it('summarises a large addition by count, nights and source, and still lists its corrections', () => {
		const b = view.changes[1];
		expect(nights.length).toBeGreaterThan(listedAdditions);
		expect(b.addedSummary).toEqual({
			claims: 40,
			nights: 40,
			sources: [
				['ua-air-command-south', 20],
				['ua-air-force', 20]
			]
		});
		expect(b.blocks.flatMap((x) => x.added)).toEqual([]);
		expect(b.blocks.flatMap((x) => x.figures)).toHaveLength(1);
		expect(b.nights).toEqual({ count: 40, from: '2025-01-01', to: '2025-02-12' });
	});

	it('lists corrections up to a bound and counts the rest', () => {
		const f = view.changes[0];
		expect(f.blocks).toHaveLength(1);
		expect(f.blocks[0].anchor).toBe('change-bbbbbbb-2025-01-03');
		expect(f.blocks[0].figures).toHaveLength(listedEntries);
		// the removal did not fit either: counted, with the figures past the bound
		expect(f.blocks[0].removed).toEqual([]);
		expect(f.more).toBe(6);
	});

	it('links a night to its own entries where they are listed, else to the change', () => {
		const byNight = nightChanges(view, history);
		expect(byNight.get('2025-01-03')!.map((c) => c.anchor)).toEqual([
			'change-bbbbbbb-2025-01-03',
			'change-aaaaaaa-2025-01-03'
		]);
		expect(byNight.get('2025-01-09')!.map((c) => c.anchor)).toEqual(['change-aaaaaaa']);
	});

	it('says why when there is no history', () => {
		expect(changesView({ available: false, reason: 'shallow', detail: 'x' })).toEqual({
			available: false,
			reason: 'shallow'
		});
	});
});

describe('citation', () => {
	it('names the version and the build’s date in APA and BibTeX', () => {
		const c = citation({
			version: '1.2.3',
			date: '2026-12-07',
			dataUpTo: '2026-01-21',
			origin: 'https://salvo.example'
		});
		expect(c.apa).toBe(
			'Salvo contributors. (2026, December 7). Salvo: Drone, missile and casualty claims from the Russia–Ukraine war (Version 1.2.3; data up to 2026-01-21) [Data set]. Salvo. https://salvo.example/downloads'
		);
		expect(c.bibtex).toContain('@misc{salvo_2026_12_07,');
		expect(c.bibtex).toContain('version = {1.2.3}');
		expect(c.bibtex).toContain('date    = {2026-12-07}');
		expect(c.bibtex).toContain('month   = dec');
		expect(c.bibtex).toContain('url     = {https://salvo.example/downloads}');
		expect(citation({ version: '1.2.3', date: '2026-12-07' }).apa).not.toContain('http');
	});
});
