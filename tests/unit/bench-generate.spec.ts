import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { banner, generate } from '../../scripts/bench/generate.ts';
import { loadDataset } from '../../src/lib/data/load.server.ts';

const work = mkdtempSync(join(tmpdir(), 'salvo-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
}

/** Every file of a folder, path relative to it → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
	return new Map(files(dir).map((p) => [relative(dir, p), readFileSync(p)]));
}

describe('synthetic benchmark generator', () => {
	const a = join(work, 'a');
	const b = join(work, 'b');
	const c = join(work, 'c');
	generate(a, 50, 7);
	generate(b, 50, 7);
	generate(c, 50, 8);

	it('writes the same bytes for the same seed', () => {
		const sa = snapshot(a);
		const sb = snapshot(b);
		expect([...sa.keys()]).toEqual([...sb.keys()]);
		for (const [path, bytes] of sa) expect(bytes.equals(sb.get(path)!), path).toBe(true);
		expect(files(join(a, 'attacks'))).toHaveLength(50);
	});

	it('writes other records for another seed', () => {
		expect([...snapshot(c).keys()]).not.toEqual([...snapshot(a).keys()]);
	});

	it('labels every generated file and attack synthetic', () => {
		const generated = [...files(join(a, 'attacks')), join(a, 'articles/synthetic.yaml')];
		for (const path of generated) {
			expect(readFileSync(path, 'utf8').startsWith(`${banner}\n`), path).toBe(true);
		}
		const { dataset } = loadDataset(a, { today: '2026-11-22' });
		for (const attack of dataset.attacks) expect(attack.id).toContain('-synthetic-');
	});

	it('validates with no problems', () => {
		const { dataset, problems } = loadDataset(a, { today: '2026-11-22' });
		expect(problems).toEqual([]);
		expect(dataset.attacks).toHaveLength(50);
		expect(dataset.attacks.reduce((n, x) => n + x.claims.length, 0)).toBeGreaterThan(100);
	});
});
