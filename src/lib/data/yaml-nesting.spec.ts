import { describe, expect, it } from 'vitest';
import { maxDepth, nestingProblem } from './yaml-nesting.ts';

describe('nestingProblem', () => {
	it('passes records, however many brackets they hold side by side', () => {
		expect(nestingProblem(`places: [${Array.from({ length: 500 }, (_, i) => `[p${i}]`).join(', ')}]`)).toBeUndefined();
		expect(nestingProblem(`a: ${'['.repeat(maxDepth)}1${']'.repeat(maxDepth)}`)).toBeUndefined();
	});

	it('does not count brackets in quotes or comments, and reads an apostrophe in plain text as text', () => {
		const brackets = '['.repeat(100);
		expect(nestingProblem(`quote: "${brackets}"\nnote: '${brackets}'\n# ${brackets}\n`)).toBeUndefined();
		expect(nestingProblem(`quote: "an escaped \\" ${brackets}"\n`)).toBeUndefined();
		expect(nestingProblem(`note: 'it''s ${brackets}'\n`)).toBeUndefined();
		// `it's` opens no quote, so the brackets after it are counted
		expect(nestingProblem(`note: it's\nx: ${brackets}`)).toMatchObject({ line: 2 });
	});

	it('names the line where brackets or indentation first go too deep', () => {
		expect(nestingProblem(`a: 1\nb: ${'{c: '.repeat(maxDepth + 1)}`)).toEqual({
			line: 2,
			message: `YAML: brackets nested more than ${maxDepth} deep; a record is a few levels deep`
		});
		expect(nestingProblem(`a:\n${' '.repeat(300)}b: 1`)).toMatchObject({ line: 2, message: /200 columns/ });
	});
});
