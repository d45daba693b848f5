/**
 * The embed height protocol. An embed page posts `{ type: 'salvo:height', height }` (CSS pixels,
 * a whole number) to the page that frames it, once on load and again whenever its content
 * changes height, so the host can size the <iframe> and no scrollbar appears. The message
 * carries no data, so any origin may read it (targetOrigin '*'); hosts should still check
 * `event.source` is their iframe. Documented in the README, "Embedding".
 */
export const HEIGHT_MESSAGE = 'salvo:height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** The content's height in CSS pixels, rounded up. */
	height: number;
}

export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** Whether a `message` event's data is a height message (hosts receive others too). */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const { type, height } = data as Record<string, unknown>;
	return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0;
}

/** What `postHeight` needs from the browser, so tests can stand in for it. */
export interface HeightEnv {
	/** Where messages go: the framing page, or undefined when not framed. */
	target: { postMessage(message: HeightMessage, targetOrigin: string): void } | undefined;
	/** Calls back when the element's size changes (a ResizeObserver in the browser). */
	observe: (element: Element, onresize: () => void) => () => void;
}

function browserEnv(): HeightEnv {
	return {
		// a page opened on its own is its own parent: nobody to tell
		target: window.parent !== window ? window.parent : undefined,
		observe(element, onresize) {
			const observer = new ResizeObserver(onresize);
			observer.observe(element);
			return () => observer.disconnect();
		}
	};
}

/**
 * Posts the element's height now and after every change of it; returns the cleanup. The element
 * should wrap the whole content: the body itself is at least as tall as the frame, so measuring
 * it would never let the frame shrink.
 */
export function postHeight(element: HTMLElement, env: HeightEnv = browserEnv()): () => void {
	const target = env.target;
	if (!target) return () => {};
	let last = -1;
	const send = () => {
		const { height } = heightMessage(element.getBoundingClientRect().bottom + window.scrollY);
		// a host that sets the height triggers a resize of the same size: don't echo it
		if (height === last) return;
		last = height;
		target.postMessage(heightMessage(height), '*');
	};
	send();
	return env.observe(element, send);
}
