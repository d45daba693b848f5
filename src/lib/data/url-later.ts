import { replaceState } from '$app/navigation';

/**
 * Writes a filter's URL shortly after the reader's last change, not during it: the browser's
 * history update costs about as much as redrawing the map, and quick changes need only the
 * last one kept.
 */
export function urlWriter(delayMs = 100): (url: string) => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (url) => {
		clearTimeout(timer);
		timer = setTimeout(() => replaceState(url, {}), delayMs);
	};
}
