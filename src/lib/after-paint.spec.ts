import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, sameFields } from './after-paint.ts';

describe('afterPaint', () => {
	// frames are driven by hand: a frame runs the callbacks requested before it
	let frames: ((() => void) | undefined)[] = [];
	const frame = () => {
		const now = frames;
		frames = [];
		for (const f of now) f?.();
	};
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = undefined));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs the task in a task after the next frame, not before', () => {
		const task = vi.fn();
		afterPaint(task);
		vi.runAllTimers();
		expect(task).not.toHaveBeenCalled();
		frame();
		expect(task).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(task).toHaveBeenCalledOnce();
	});

	it('runs nothing once cancelled, before or after the frame', () => {
		const early = vi.fn();
		const late = vi.fn();
		const cancelEarly = afterPaint(early);
		const cancelLate = afterPaint(late);
		cancelEarly();
		frame();
		cancelLate();
		vi.runAllTimers();
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});

describe('sameFields', () => {
	it('holds for one value, and for objects whose fields hold the same values', () => {
		const values = [1, 2];
		const filter = { metric: 'attacks' };
		expect(sameFields(filter, filter)).toBe(true);
		expect(sameFields({ values, filter }, { values, filter })).toBe(true);
		expect(sameFields(3, 3)).toBe(true);
	});

	it('fails for a field of another value, a field more or less, or a copy deeper down', () => {
		const filter = { metric: 'attacks' };
		expect(sameFields({ values: [1], filter }, { values: [1], filter })).toBe(false);
		expect(sameFields({ filter }, { filter, values: [] })).toBe(false);
		expect(sameFields({ filter, values: [] }, { filter })).toBe(false);
		expect(sameFields(filter, { metric: 'injured' })).toBe(false);
		expect(sameFields(null, {})).toBe(false);
		expect(sameFields(1, '1')).toBe(false);
	});
});
