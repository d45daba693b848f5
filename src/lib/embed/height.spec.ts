import { describe, expect, it, vi } from 'vitest';
import { heightMessage, isHeightMessage, postHeight, type HeightEnv } from './height.ts';

describe('the height message', () => {
	it('rounds up to whole pixels', () => {
		expect(heightMessage(412.2)).toEqual({ type: 'salvo:height', height: 413 });
	});
	it('is told apart from other messages a host receives', () => {
		expect(isHeightMessage({ type: 'salvo:height', height: 400 })).toBe(true);
		expect(isHeightMessage({ type: 'salvo:height', height: '400' })).toBe(false);
		expect(isHeightMessage({ type: 'salvo:height', height: -1 })).toBe(false);
		expect(isHeightMessage({ type: 'other', height: 400 })).toBe(false);
		expect(isHeightMessage('salvo:height')).toBe(false);
		expect(isHeightMessage(null)).toBe(false);
	});
});

describe('posting the height', () => {
	function setup(heights: number[]) {
		vi.stubGlobal('window', { scrollY: 0 });
		const element = {
			getBoundingClientRect: () => ({ bottom: heights.shift() ?? 0 })
		} as unknown as HTMLElement;
		const posted: unknown[] = [];
		let resize = () => {};
		const stop = vi.fn();
		const env: HeightEnv = {
			target: { postMessage: (message, origin) => void posted.push([message, origin]) },
			observe: (_, onresize) => ((resize = onresize), stop)
		};
		return { element, posted, env, resize: () => resize(), stop };
	}

	it('posts on start and on each change, not on a resize of the same height', () => {
		const { element, posted, env, resize, stop } = setup([300, 300.4, 520]);
		const cleanup = postHeight(element, env);
		resize(); // 300.4 rounds up to 301: a change
		resize();
		expect(posted).toEqual([
			[{ type: 'salvo:height', height: 300 }, '*'],
			[{ type: 'salvo:height', height: 301 }, '*'],
			[{ type: 'salvo:height', height: 520 }, '*']
		]);
		cleanup();
		expect(stop).toHaveBeenCalled();
		vi.unstubAllGlobals();
	});

	it('stays silent in a page that is not framed', () => {
		const { element, posted, env } = setup([300]);
		postHeight(element, { ...env, target: undefined });
		expect(posted).toEqual([]);
		vi.unstubAllGlobals();
	});
});
