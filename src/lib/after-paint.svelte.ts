import { untrack } from 'svelte';
import { afterPaint, sameFields } from './after-paint.ts';

/**
 * A value that follows another once the browser has painted its change: what the reader is
 * looking at (the map) is redrawn in the change's own frame, and what lies below it (the map's
 * table) in the next. On /map at 10k attacks the table's text and layout were about a third of
 * a "Size by" change; it sits just below the fold, where the browser lays it out anyway. Quick
 * changes keep only the last (the effect's cleanup cancels the one before). The server and the
 * first render show the value as it is.
 *
 * Create it while a component initialises (it sets up an effect).
 */
export class AfterPaint<T> {
	current = $state.raw() as T;

	constructor(get: () => T) {
		this.current = untrack(get);
		let first = true;
		$effect(() => {
			const next = get();
			// the effect's first run reads what the constructor read: taking it again after the
			// first paint would redo the work below the fold while the page loads
			const again = first && sameFields(next, this.current);
			first = false;
			if (!again) return afterPaint(() => (this.current = next));
		});
	}
}
