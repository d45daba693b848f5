import { describe, expect, it } from 'vitest';
import { fitView, union } from './view.ts';

describe('fitView', () => {
	const frame = { width: 1000, height: 640 };
	it('keeps the frame aspect ratio and contains every box', () => {
		const [x, y, w, h] = fitView(
			[
				[100, 100, 300, 200],
				[500, 150, 600, 400]
			],
			frame
		);
		expect(w / h).toBeCloseTo(1000 / 640, 2);
		expect(x).toBeLessThanOrEqual(100);
		expect(y).toBeLessThanOrEqual(100);
		expect(x + w).toBeGreaterThanOrEqual(600);
		expect(y + h).toBeGreaterThanOrEqual(400);
	});
	it('does not zoom in further than the minimum width on one point', () => {
		const [, , w] = fitView([[400, 380, 400, 380]], frame, { minWidth: 160, padding: 0 });
		expect(w).toBe(160);
	});
	it('shows the whole frame when there is nothing to fit', () => {
		expect(fitView([], frame, { padding: 0 })).toEqual([0, 0, 1000, 640]);
		expect(union([])).toBeUndefined();
	});
});
