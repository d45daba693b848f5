import { describe, expect, it } from 'vitest';
import { Figure, parseShortFigure } from './figure.ts';

describe('Figure', () => {
	it.each([
		[420, { value: 420, qualifier: 'exact' }],
		['420', { value: 420, qualifier: 'exact' }],
		['>420', { value: 420, qualifier: 'more_than' }],
		['≥13', { value: 13, qualifier: 'at_least' }],
		['>=13', { value: 13, qualifier: 'at_least' }],
		['~50', { value: 50, qualifier: 'about' }],
		['≈50', { value: 50, qualifier: 'about' }],
		['≤30', { value: 30, qualifier: 'at_most' }],
		['<=30', { value: 30, qualifier: 'at_most' }],
		[' > 7 ', { value: 7, qualifier: 'more_than' }],
		[0, { value: 0, qualifier: 'exact' }],
		[
			{ value: 3, qualifier: 'about' },
			{ value: 3, qualifier: 'about' }
		]
	])('normalises %j', (input, expected) => {
		expect(Figure.parse(input)).toEqual(expected);
	});

	it.each([
		[-1, 'a count cannot be negative'],
		[2.5, 'a count must be a whole number'],
		[1e20, 'too large to be a count'],
		[
			Number.NaN,
			'a figure is a count (420), a short form (">420", "≥13", "~50", "≤30") or { value, qualifier }'
		],
		['two', '"two" is not a count: write 420, ">420", "≥13", "~50" or "≤30"'],
		['>-3', '">-3" is not a count: write 420, ">420", "≥13", "~50" or "≤30"'],
		['', '"" is not a count: write 420, ">420", "≥13", "~50" or "≤30"'],
		[{ value: -2, qualifier: 'exact' }, 'a count cannot be negative'],
		[
			{ value: 2 },
			'a figure is a count (420), a short form (">420", "≥13", "~50", "≤30") or { value, qualifier }'
		],
		[
			{ value: 2, qualifier: 'roughly' },
			'a figure is a count (420), a short form (">420", "≥13", "~50", "≤30") or { value, qualifier }'
		],
		[true, 'a figure is a count (420), a short form (">420", "≥13", "~50", "≤30") or { value, qualifier }']
	])('rejects %j with a message a curator can act on', (input, message) => {
		const result = Figure.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
	});

	it('parses short forms without zod, for the curation tools', () => {
		expect(parseShortFigure('~12')).toEqual({ value: 12, qualifier: 'about' });
		expect(typeof parseShortFigure('12 droni')).toBe('string');
	});
});
