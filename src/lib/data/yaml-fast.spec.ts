import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from './yaml-fast.ts';

function yamlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return yamlFiles(path);
		return name.endsWith('.yaml') ? [path] : [];
	});
}

describe('parseFast', () => {
	const root = resolve(import.meta.dirname, '../../..');
	const files = [...yamlFiles(join(root, 'data')), ...yamlFiles(join(root, 'tests/fixtures'))];

	it('reads every record file in data/ and the fixtures as the careful parser does', () => {
		expect(files.length).toBeGreaterThan(10);
		let fast = 0;
		for (const file of files) {
			const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
			const result = parseFast(text);
			if (!result) continue;
			fast++;
			let careful: unknown;
			try {
				careful = parse(text);
			} catch {
				throw new Error(`${file}: js-yaml read a file the yaml package rejects`);
			}
			expect(result.value, file).toEqual(careful);
		}
		expect(fast).toBeGreaterThan(10);
	});

	it('keeps dates and numbers-like ids as YAML 1.2 core reads them', () => {
		expect(parseFast('date: 2025-07-09\nn: 012\nyes: no\nv: ">500"')).toEqual({
			value: { date: '2025-07-09', n: 12, yes: 'no', v: '>500' }
		});
	});

	it('leaves syntax errors, duplicate keys, anchors and aliases to the careful parser', () => {
		expect(parseFast('a: [1, 2')).toBeUndefined();
		expect(parseFast('a: 1\na: 2')).toBeUndefined();
		expect(parseFast('a: &x [1]\nb: *x')).toBeUndefined();
		expect(parseFast('- &a [1]\n- [*a, *a]')).toBeUndefined();
	});
});
