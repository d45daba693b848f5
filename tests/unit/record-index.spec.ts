import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '../../scripts/bench/generate.ts';
import { loadDataset } from '../../src/lib/data/load.server.ts';
import { months, nights } from '../../src/lib/data/nights.ts';
import { listedIds, listedMonths, listedNights } from '../../src/lib/data/record-index.server.ts';

const work = mkdtempSync(join(tmpdir(), 'salvo-index-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// the pages listed from file names must be exactly the pages the validated records make:
// a night missing here is a page never built, one too many a build that fails on a 404
describe('pages listed from a folder without reading its records', () => {
	const synthetic = join(work, 'synthetic');
	generate(synthetic, 300, 11);
	for (const [name, dir] of [
		['data/', resolve('data')],
		['a synthetic folder', synthetic]
	] as const) {
		// data/ holds years of nights of both directions: reading them all takes seconds
		it(`lists the nights, months, sources and places of ${name}`, { timeout: 60_000 }, () => {
			const { dataset, problems } = loadDataset(dir);
			expect(problems).toEqual([]);
			expect(listedNights(dir)).toEqual([...nights(dataset).keys()]);
			expect(listedMonths(dir)).toEqual(
				months(dataset)
					.map((m) => m.month)
					.reverse()
			);
			expect(listedIds('source', dir)).toEqual(dataset.sources.map((s) => s.id));
			expect(listedIds('place', dir)).toEqual(dataset.places.map((p) => p.id));
		});
	}

	it('reads a list written with anchors through the careful parser', () => {
		const dir = join(work, 'anchors');
		generate(dir, 5, 3);
		writeFileSync(
			join(dir, 'sources.yaml'),
			'- &first\n  id: a-source\n  name: A\n- id: other\n  name: *first\n'
		);
		expect(listedIds('source', dir)).toEqual(['a-source', 'other']);
	});
});
