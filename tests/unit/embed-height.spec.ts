import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// static/embed-height.js is a plain script the embed pages load: run it in a made-up page
const script = readFileSync(new URL('../../static/embed-height.js', import.meta.url), 'utf8');

function frame(heights: number[], framed = true) {
	const posted: unknown[] = [];
	const observers: (() => void)[] = [];
	const content = { getBoundingClientRect: () => ({ bottom: heights.shift() ?? 0 }) };
	const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
	const window: Record<string, unknown> = { scrollY: 0 };
	window.parent = framed ? parent : window;
	runInNewContext(script, {
		window,
		document: { querySelector: (selector: string) => (selector === 'main.embed' ? content : null) },
		ResizeObserver: class {
			constructor(callback: () => void) {
				observers.push(callback);
			}
			observe() {}
		},
		Math
	});
	return { posted, resize: () => observers.forEach((f) => f()) };
}

describe('the embed height script', () => {
	it('posts the height on load and after each change, not after a resize to the same height', () => {
		const { posted, resize } = frame([300, 300.4, 300.2, 520]);
		resize(); // 300.4 rounds up to 301: a change
		resize(); // 300.2 is 301 again: nothing to say
		resize();
		expect(posted).toEqual([
			[{ type: 'salvo:height', height: 300 }, '*'],
			[{ type: 'salvo:height', height: 301 }, '*'],
			[{ type: 'salvo:height', height: 520 }, '*']
		]);
	});

	it('stays silent in a page that is not framed', () => {
		const { posted, resize } = frame([300], false);
		resize();
		expect(posted).toEqual([]);
	});
});
