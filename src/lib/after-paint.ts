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

/** The same value, or objects with the same fields holding the same values (one level deep). */
export function sameFields(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const keys = Object.keys(a);
	return (
		keys.length === Object.keys(b).length &&
		keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
	);
}
