/**
 * Runs `task` once the browser has painted the current change: a task after the next frame's
 * callbacks. Returns a function that cancels it, for a change that comes before.
 */
export function afterPaint(task: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(task);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
