import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { plainNumberTags } from './yaml-numbers.ts';
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
			if (!result || !('value' in result)) continue;
			fast++;
			let careful: unknown;
			try {
				careful = parse(text, { customTags: plainNumberTags });
			} catch {
				throw new Error(`${file}: js-yaml read a file the yaml package rejects`);
			}
			expect(result.value, file).toEqual(careful);
		}
		expect(fast).toBeGreaterThan(10);
		// about a thousand files through the careful parser: seconds on a busy machine
	}, 30_000);

	it('keeps dates and numbers-like ids as YAML 1.2 core reads them', () => {
		expect(parseFast('date: 2025-07-09\nn: 012\nyes: no\nv: ">500"')).toEqual({
			value: { date: '2025-07-09', n: 12, yes: 'no', v: '>500' }
		});
	});

	// issue 24: `killed: 0x1F` was published as 31
	it('reads hexadecimal, octal and exponent numbers as text, as the careful parser does', () => {
		const text = 'a: 0x1F\nb: 0o17\nc: 1e3\nd: 1.5E+2\ne: 31\nf: 2.5';
		const value = { a: '0x1F', b: '0o17', c: '1e3', d: '1.5E+2', e: 31, f: 2.5 };
		expect(parseFast(text)).toEqual({ value });
		expect(parse(text, { customTags: plainNumberTags })).toEqual(value);
	});

	it('gives syntax errors and duplicate keys with their line, and leaves anchors and aliases to the careful parser', () => {
		expect(parseFast('a: 1\nb: [1, 2\nc: 3')).toMatchObject({ line: 3 });
		expect(parseFast('a: 1\na: 2')).toMatchObject({ error: expect.stringMatching(/duplicate/), line: 2 });
		expect(parseFast('a: &x [1]\nb: *x')).toBeUndefined();
		expect(parseFast('- &a [1]\n- [*a, *a]')).toBeUndefined();
	});
});
