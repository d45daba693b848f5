import { describe, expect, it } from 'vitest';
import { spreadOf } from './compare.ts';

describe('spreadOf', () => {
	it('sets claims side by side with min, max, ratio and agreement', () => {
		const s = spreadOf([
			{ key: 'press', figure: { value: 420, qualifier: 'more_than' } },
			{ key: 'air-force', figure: { value: 426, qualifier: 'exact' } },
			{ key: 'mayor', figure: undefined }
		])!;
		expect(s.min).toBe(420);
		expect(s.max).toBe(426);
		expect(s.ratio).toBeCloseTo(426 / 420);
		expect(s.disagree).toBe(false);
		expect(s.figures.map((f) => [f.key, f.agreesWith])).toEqual([
			['press', ['air-force']],
			['air-force', ['press']]
		]);
	});
	it('flags sources that cannot all be right', () => {
		const s = spreadOf([
			{ key: 'a', figure: { value: 20, qualifier: 'exact' } },
			{ key: 'b', figure: { value: 24, qualifier: 'exact' } }
		])!;
		expect(s.disagree).toBe(true);
		expect(s.figures[0].agreesWith).toEqual([]);
	});
	it('has no ratio when a source says zero, and nothing when no claim gives the metric', () => {
		expect(spreadOf([{ key: 'a', figure: { value: 0, qualifier: 'exact' } }])!.ratio).toBeUndefined();
		expect(spreadOf([{ key: 'a', figure: undefined }])).toBeUndefined();
	});
});
